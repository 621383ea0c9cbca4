import type { enShare } from './en-share';

/** Simplified Chinese for the charts, exports and formula inspector; the keys of en-share.ts. */
export const zhShare: Record<keyof typeof enShare, string> = {
	'chartExport.group': '导出此图表',
	'chartExport.png': 'PNG',
	'chartExport.svg': 'SVG',
	'chartExport.pngLabel': '将此图表下载为 PNG 图片',
	'chartExport.svgLabel': '将此图表下载为 SVG 文件',
	'chartExport.workload':
		'负载：{model}；权重 {weights}，KV 缓存 {kv}，计算 {compute}；输入 {input} tokens，输出 {output} tokens；目标单用户 {target} tokens/s',
	'chartExport.stamp': 'Rackscale — 模型估算，而非实测',
	'chartExport.failed': '图表导出失败',
	'csv.title': 'Rackscale 模型估算，而非实测。模型版本 {version}。视图：{view}。',
	'csv.rounding':
		'数值按页面所示保留 3 位有效数字；计数与假设（item 为 “assumption”）按原值；国际单位制。列名与量名是供程序读取的英文标识，各语言相同。',
	'csv.claimsScenario': '每项声明都在其自身的场景（见其 scenario 行）中核验，而非本页的场景。',
	'csv.scenario': '场景：{link}',
	'chart.roleDescription': '图表',
	'chart.noValue': '无数据',
	'chart.tipRatio': '{system} ÷ {reference}',
	'formula.checked': '代入数值后的公式算得此数',
	'formula.range': '从 {perfect}（完全重叠）到 {none}（无重叠）',
	'formula.boundBy': '瓶颈：{resource}',
	'unit.chipHours': '芯片·小时',
	'formula.noteTerm': '；{symbol} = {value}'
};
