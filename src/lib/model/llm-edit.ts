import { quantize, type Bounds } from './bounds';
import type { LlmSpec } from './llm';
import { GIGA, MEGA } from './units';

/**
 * The LLM fields a user may edit (e.g. GPT-MoE-1.8T's unpublished KV heads): an id (also the
 * link key after `llm.`), the display scale, bounds, and how to read and write it on a spec.
 */
export interface LlmEditableField {
	key: string;
	scale: number;
	bounds: Bounds;
	get: (m: LlmSpec) => number | undefined;
	set: (m: LlmSpec, v: number) => LlmSpec;
}

const COUNT: Bounds = { min: 1, max: 1_000_000, log: true, integer: true };
const withAttention = (m: LlmSpec, patch: Record<string, number>): LlmSpec =>
	({ ...m, attention: { ...m.attention, ...patch } }) as LlmSpec;
const withMoe = (m: LlmSpec, patch: Record<string, number>): LlmSpec =>
	m.moe ? { ...m, moe: { ...m.moe, ...patch } } : m;

export const LLM_EDITABLE_FIELDS: readonly LlmEditableField[] = [
	{
		key: 'layers',
		scale: 1,
		bounds: { min: 1, max: 1000, log: true, integer: true },
		get: (m) => m.layers,
		set: (m, v) => ({ ...m, layers: v })
	},
	{
		key: 'hidden',
		scale: 1,
		bounds: COUNT,
		get: (m) => m.hiddenSize,
		set: (m, v) => ({ ...m, hiddenSize: v })
	},
	{
		key: 'always_b',
		scale: GIGA,
		bounds: { min: 1e6, max: 1e14, log: true },
		get: (m) => m.alwaysReadParams,
		set: (m, v) => ({ ...m, alwaysReadParams: v })
	},
	{
		key: 'q_heads',
		scale: 1,
		bounds: COUNT,
		get: (m) => m.attention.queryHeads,
		set: (m, v) => withAttention(m, { queryHeads: v })
	},
	{
		key: 'kv_heads',
		scale: 1,
		bounds: COUNT,
		get: (m) => (m.attention.kind === 'gqa' ? m.attention.kvHeads : undefined),
		set: (m, v) => withAttention(m, { kvHeads: v })
	},
	{
		key: 'head_dim',
		scale: 1,
		bounds: COUNT,
		get: (m) => (m.attention.kind === 'gqa' ? m.attention.headDim : undefined),
		set: (m, v) => withAttention(m, { headDim: v })
	},
	{
		key: 'kv_lora',
		scale: 1,
		bounds: COUNT,
		get: (m) => (m.attention.kind === 'mla' ? m.attention.kvLoraRank : undefined),
		set: (m, v) => withAttention(m, { kvLoraRank: v })
	},
	{
		key: 'rope',
		scale: 1,
		bounds: COUNT,
		get: (m) => (m.attention.kind === 'mla' ? m.attention.ropeDim : undefined),
		set: (m, v) => withAttention(m, { ropeDim: v })
	},
	{
		key: 'experts',
		scale: 1,
		bounds: COUNT,
		get: (m) => m.moe?.routedExperts,
		set: (m, v) => withMoe(m, { routedExperts: v })
	},
	{
		key: 'top_k',
		scale: 1,
		bounds: COUNT,
		get: (m) => m.moe?.expertsPerToken,
		set: (m, v) => withMoe(m, { expertsPerToken: v })
	},
	{
		key: 'expert_m',
		scale: MEGA,
		bounds: { min: 1, max: 1e12, log: true },
		get: (m) => m.moe?.paramsPerExpert,
		set: (m, v) => withMoe(m, { paramsPerExpert: v })
	},
	{
		key: 'moe_layers',
		scale: 1,
		bounds: { min: 1, max: 1000, log: true, integer: true },
		get: (m) => m.moe?.moeLayers,
		set: (m, v) => withMoe(m, { moeLayers: v })
	},
	{
		key: 'ctx',
		scale: 1,
		bounds: { min: 1, max: 100_000_000, log: true, integer: true },
		get: (m) => m.maxContextTokens,
		set: (m, v) => ({ ...m, maxContextTokens: v })
	}
];

/** Total parameters follow from the shape: always-read + every routed expert. */
export function withDerivedTotal(m: LlmSpec): LlmSpec {
	const routed = m.moe ? m.moe.moeLayers * m.moe.routedExperts * m.moe.paramsPerExpert : 0;
	return { ...m, totalParams: m.alwaysReadParams + routed };
}

/** True when every editable field and the name match: the edit is no edit at all. */
export function sameEditableShape(a: LlmSpec, b: LlmSpec): boolean {
	const same = (x: number | undefined, y: number | undefined) =>
		x === y || (x !== undefined && y !== undefined && quantize(x) === quantize(y));
	return a.name === b.name && LLM_EDITABLE_FIELDS.every((f) => same(f.get(a), f.get(b)));
}
