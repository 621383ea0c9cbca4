import type { enDiff } from './en-diff';

/** Simplified Chinese for the diff view; must have exactly the keys of en-diff.ts. */
export const zhDiff: Record<keyof typeof enDiff, string> = {
	'diff.title': '与另一个链接对比',
	'diff.intro':
		'粘贴一个 Rackscale 链接（或仅其查询参数），查看它与本页在哪些假设上不同、结果如何变化。',
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
	'diff.section.training': '训练任务',
	'diff.section.operations': '设施、成本与故障',
	'diff.section.other': '其他设置',
	'diff.modelName': '模型名称',
	'diff.absent': '此场景中没有',
	'diff.default': '默认值',
	'diff.resultsTitle': '结果如何变化',
	'diff.resultsCaption':
		'本页每个系统与粘贴链接中同一位置的系统对比；大于 1× 表示粘贴的链接给出的数值更高。',
	'diff.result': '结果',
	'diff.ratio': '粘贴的链接 ÷ 本页',
	'diff.renamed': '{a} → {b}',
	'diff.chipTokensPerS': '目标速度下的单芯片输出 tokens/s',
	'diff.perChipRatio': '目标速度下单芯片吞吐 ÷ 系统 A',
	'diff.unchanged': '未变'
};
