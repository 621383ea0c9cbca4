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
	'topology.hop': '单跳 {latency}'
};
