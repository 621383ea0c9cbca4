import type { enTopology } from './en-topology';

/** Simplified Chinese for the preset picker (issue 13). */
export const zhTopology: Record<keyof typeof enTopology, string> = {
	'picker.filter': '查找系统',
	'picker.filterHint': '名称、厂商或状态',
	'picker.group': '{vendor} · {status}',
	'picker.noMatch': '没有匹配的预设；显示全部',
	'picker.customGroup': '自定义',
	'picker.customChip': '{vendor}：无可引用数据，请自行填写',
	'picker.customName': '{vendor}（自填数据）',
	'picker.customNameFrom': '{vendor}（沿用 {system} 的数据）',
	'status.shipping': '已出货',
	'status.announced': '已发布',
	'status.roadmap': '路线图'
};
