import type { enBound } from './en-bound';

/** Chinese names of what bounds an estimate; registered by bound-messages.ts. */
export const zhBound: Record<keyof typeof enBound, string> = {
	'inference.bound': '瓶颈',
	'resource.compute': '算力',
	'resource.memory-bandwidth': 'HBM 带宽',
	'resource.memory-capacity': 'HBM 容量',
	'resource.scale-up': '纵向扩展链路',
	'resource.scale-out': '横向扩展网络',
	'resource.latency': '集合通信时延',
	'resource.overhead': '每步开销',
	'resource.power': '功耗'
};
