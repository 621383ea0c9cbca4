import type { enSources } from './en-sources';

export const zhSources: Record<keyof typeof enSources, string> = {
	'sources.intro':
		'预设数据的出处。类型：厂商规格、分析机构估算、实测、推算，或 Rackscale 明示的假设。'
};
