import type { enTopologyView } from './en-topology-view';

/** Simplified Chinese for the topology schematic (issue 13). */
export const zhTopologyView: Record<keyof typeof enTopologyView, string> = {
	'topology.title': '芯片如何互连',
	'topology.schematic': '{system}：{kind}',
	'topology.kind.switched': '交换式',
	'topology.kind.full-mesh': '全互连，无交换机',
	'topology.kind.torus': '{dims} 环面（torus）',
	'topology.kind.mesh': '{dims} 网格（无环绕链路）',
	'topology.kind.cubeTorus': '{dims} 环面（torus），由光路交换连接的 {cube} 立方体组成',
	'topology.kind.optical-mesh': '光互连网格',
	'topology.kind.fat-tree': '胖树',
	'topology.kind.dcn': '数据中心网络',
	'topology.kind.ocs': '光路交换',
	'topology.scaleUp': '纵向扩展：{kind}，{chips} 颗芯片',
	'topology.kind.none': '单颗芯片，无纵向扩展互连',
	'topology.scaleUpNone': '纵向扩展：无，单颗芯片',
	'topology.drawn': '图中画出 {chips} 颗芯片中的 {shown} 颗',
	'topology.links': '{links} 条链路 × 每条单向 {perLink}',
	'topology.linksUnknown': '每芯片链路数未公布；每芯片单向 {perChip}',
	'topology.nvls': '在交换机内归约',
	'topology.scaleOut': '横向扩展：{kind}，每芯片 {perChip}，{oversubscription}:1',
	'topology.hop': '单跳 {latency}',
	'placement.brief': '位置',
	'placement.title': '各并行组的位置',
	// The groups last: a group such as 'PP2（2 个域）' ends in a full-width bracket, after which
	// the Latin–Chinese space of '{groups} 跨域' would be a stray space.
	'placement.scale-up': '同一个纵向扩展域内：{groups}',
	'placement.scale-up.fabric': '同一个纵向扩展域内（{fabric}）：{groups}',
	'placement.scale-out': '跨域，经横向扩展网络：{groups}',
	'placement.none': '没有并行组：单颗芯片',
	'placement.fabric': '{kind}，{chips} 颗芯片',
	'placement.domains': '{group}（{domains} 个域）',
	'placement.comma': '，',
	'placement.end': '；',
	'fabricShare.label':
		'{group} {collective}（域内 {chips} 颗芯片）：该互连相对普通交换机带宽的比例（时间以 S ÷ B 为单位）；{why}',
	'fabricShare.all-reduce': '全归约（all-reduce）',
	'fabricShare.all-to-all': '全对全（all-to-all）',
	'fabricShare.why.switch': '交换机即参照：每颗芯片都能以全带宽到达其他芯片',
	'fabricShare.why.in-switch': '交换机在网内归约（NVLS）：S ÷ B，而环形算法需 2(G − 1) ÷ G × S ÷ B',
	'fabricShare.why.full-mesh':
		'无交换机的全互连：{chips} 颗芯片只用到每颗芯片 {links} 条链路中的 {used} 条，每条 B ÷ {links}',
	'fabricShare.why.bisection':
		'环面中的 {block} 子块：全对全受最长环中间截面的链路（对分带宽）限制',
	'fabricShare.why.torus-links': '环面中的 {block} 子块：环形算法只用到其所跨维度上的链路',
	'unknown.flops':
		'未公开{fields}：数据未知，并非不支持。可在系统面板中填写，以 {precision} 运行；或选择芯片有数据的精度。',
	'unknown.flopsRemoved':
		'{fields}：预设数据已被移除。可在系统面板中重新填写，以 {precision} 运行；或选择芯片有数据的精度。',
	'unknown.flopsSomeRemoved':
		'未公开{fields}：数据未知，并非不支持；{removed}：预设数据已被移除。可在系统面板中填写，以 {precision} 运行；或选择芯片有数据的精度。'
};
