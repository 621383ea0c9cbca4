import type { LlmSpec } from '../llm';
import type { Layout } from './layouts';

/**
 * Weight bytes one chip of a layout holds: always-read weights split over TP (each
 * DP-attention group keeps a copy), routed experts split over EP, both split over PP stages.
 */
export function weightBytesPerChip(model: LlmSpec, layout: Layout, bytesPerValue: number): number {
	const moe = model.moe;
	const routed = moe ? moe.moeLayers * moe.routedExperts * moe.paramsPerExpert : 0;
	const params = model.alwaysReadParams / layout.tp + routed / Math.max(1, layout.ep);
	return (params * bytesPerValue) / layout.pp;
}

/**
 * KV shards one sequence's cache is split into on a DP-attention group: MLA's latent is shared
 * by all heads, so every TP rank holds all of it (models.md §3.1 note 3); GQA splits its KV
 * heads over TP and replicates them once TP exceeds the head count.
 */
export function kvShards(model: LlmSpec, tp: number): number {
	const a = model.attention;
	return a.kind === 'mla' ? 1 : Math.min(tp, a.kvHeads);
}

/**
 * Most sequences of `kvBytesPerSequence` one instance holds. Each DP-attention group keeps its
 * sequences' cache on its tp chips and each stage its layers' share:
 *   (usable − weights per chip) · dpAttention · kvShards · pp ÷ kvBytesPerSequence.
 * 0 when even the weights do not fit.
 */
export function maxSequences(
	model: LlmSpec,
	layout: Layout,
	weightBytesPerValue: number,
	usableHbmBytes: number,
	kvBytesPerSequence: number
): number {
	const free = usableHbmBytes - weightBytesPerChip(model, layout, weightBytesPerValue);
	if (!(free > 0)) return 0;
	const shards = layout.dpAttention * kvShards(model, layout.tp) * layout.pp;
	const perChip = kvBytesPerSequence / shards;
	if (!(perChip > 0)) return 0;
	const n = Math.floor(free / perChip);
	return Number.isFinite(n) ? n : 0;
}
