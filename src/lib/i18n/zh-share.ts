import type { enShare } from './en-share';

/** Simplified Chinese for the share views; must have exactly the keys of en-share.ts. */
export const zhShare: Record<keyof typeof enShare, string> = {
	'diff.title': '与另一个链接对比',
	'diff.intro':
		'粘贴一个 Rackscale 链接（或仅其查询参数），查看它与本页在哪些假设上不同、结果如何变化。模型估算，而非实测。',
	'diff.pasteLabel': '要对比的链接或查询参数',
	'diff.placeholder': 'https://…/?v=1&m=1&a=gb200-nvl72&…',
	'diff.compare': '对比',
	'diff.noScenario': '这段文字中没有 Rackscale 场景。',
	'diff.noticesTitle': '粘贴的链接中有部分内容被忽略或更改',
	'diff.open': '打开粘贴的场景',
	'diff.assumptionsTitle': '不同的假设',
	'diff.assumptionsCaption': '本页与粘贴的链接对比，单位与链接中的写法一致。',
	'diff.sameAssumptions': '两者的假设完全相同。',
	'diff.setting': '设置项',
	'diff.key': '链接参数名',
	'diff.current': '本页',
	'diff.pasted': '粘贴的链接',
	'diff.section.system': '系统 {slot}',
	'diff.section.workload': '负载',
	'diff.section.model': '模型结构',
	'diff.section.efficiency': '效率假设',
	'diff.section.other': '其他设置',
	'diff.modelName': '模型名称',
	'diff.absent': '此场景中没有',
	'diff.default': '默认值',
	'diff.resultsTitle': '结果如何变化',
	'diff.resultsCaption':
		'本页每个系统与粘贴链接中同一位置的系统对比；大于 1× 表示粘贴的链接给出的数值更高。模型估算，而非实测。',
	'diff.result': '结果',
	'diff.ratio': '粘贴的链接 ÷ 本页',
	'diff.renamed': '{a} → {b}',
	'diff.chipTokensPerS': '目标速度下的单芯片输出 tokens/s',
	'diff.perChipRatio': '目标速度下单芯片吞吐 ÷ 系统 A',
	'diff.unchanged': '未变',

	'modelChange.differs':
		'结果与生成此链接时不同：此链接由模型版本 {from} 生成，当前结果来自版本 {to}。此后的变化：',
	'modelChange.unaffected':
		'此链接由模型版本 {from} 生成。截至版本 {to} 的变化都不涉及此场景，因此其结果与当时相同。',
	'modelChange.unknown': '此链接注明的模型版本 {from} 本应用无法识别；结果可能与生成链接时不同。',
	'modelChange.newer': '此链接由模型版本 {from} 生成，比本页的版本 {to} 更新；请刷新页面以使用最新模型。',
	'modelChange.release': '版本 {version}（{date}）：{summary}',
	'modelHistory.1':
		'首个版本：基于有出处的预设计算整系统总量与效率指标。推理、训练与运营视图随后在同一版本下加入，只新增结果，未改变已有结果。',

	'chartExport.group': '导出此图表',
	'chartExport.png': 'PNG',
	'chartExport.svg': 'SVG',
	'chartExport.pngLabel': '将此图表下载为 PNG 图片',
	'chartExport.svgLabel': '将此图表下载为 SVG 文件',
	'chartExport.stamp': 'Rackscale — 模型估算，而非实测',
	'chartExport.failed': '图表导出失败'
};
