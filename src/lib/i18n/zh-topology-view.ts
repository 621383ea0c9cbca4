import type { enTopologyView } from './en-topology-view';

/** Simplified Chinese for the topology schematic (issue 13). */
export const zhTopologyView: Record<keyof typeof enTopologyView, string> = {
	'topology.title': '芯片如何互连',
	'topology.kind.switched': '交换式',
	'topology.kind.full-mesh': '全互连，无交换机',
	'topology.kind.torus': '{dims} 环面（torus）',
	'topology.kind.optical-mesh': '光互连网格',
	'topology.kind.fat-tree': '胖树',
	'topology.kind.dcn': '数据中心网络',
	'topology.kind.ocs': '光路交换',
	'topology.scaleUp': '纵向扩展：{kind}，{chips} 颗芯片',
	'topology.links': '{links} 条链路 × 每条单向 {perLink}',
	'topology.linksUnknown': '每芯片链路数未公布；每芯片单向 {perChip}',
	'topology.nvls': '在交换机内归约',
	'topology.scaleOut': '横向扩展：{kind}，每芯片 {perChip}，{oversubscription}:1',
	'topology.hop': '单跳 {latency}',
	'placement.title': '各并行组的位置',
	'placement.scale-up': '{groups} 在同一个纵向扩展域内',
	'placement.scale-up.fabric': '{groups} 在同一个纵向扩展域内（{fabric}）',
	'placement.scale-out': '{groups} 跨域，经横向扩展网络',
	'placement.none': '没有并行组：单颗芯片',
	'placement.fabric': '{kind}，{chips} 颗芯片',
	'placement.domains': '{group}（{domains} 个域）',
	'placement.comma': '，',
	'placement.end': '；'
};
