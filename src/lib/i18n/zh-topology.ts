import type { enTopology } from './en-topology';

/** Simplified Chinese for the preset picker and the topology schematic (issue 13). */
export const zhTopology: Record<keyof typeof enTopology, string> = {
	'picker.filter': '查找系统',
	'picker.filterHint': '名称、厂商或状态',
	'picker.group': '{vendor} · {status}',
	'picker.noMatch': '没有匹配的预设；显示全部',
	'picker.customGroup': '自定义',
	'picker.customChip': '{vendor}：无可引用数据，请自行填写',
	'picker.customName': '{vendor}（自填数据）',
	'status.shipping': '已出货',
	'status.announced': '已发布',
	'status.roadmap': '路线图',
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
