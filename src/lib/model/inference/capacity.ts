import type { LlmSpec } from '../llm';
import type { Layout } from './layouts';
import { alwaysReadBytes, embeddingBytes, outputHeadBytes, routedParams } from './shape';

/**
 * Weight bytes one chip of a layout holds: always-read weights and the input embedding table split
 * over TP (each DP-attention group keeps a copy), routed experts split over EP, all split over PP
 * stages. The output head, cited routers and the table count at max(bytesPerValue, 2 B)
 * (shape.ts alwaysReadBytes, embeddingBytes).
 */
export function weightBytesPerChip(model: LlmSpec, layout: Layout, bytesPerValue: number): number {
	const routed = routedParams(model) * bytesPerValue;
	const always = alwaysReadBytes(model, bytesPerValue) + embeddingBytes(model, bytesPerValue);
	return (always / layout.tp + routed / Math.max(1, layout.ep)) / layout.pp;
}

/**
 * Weight bytes one chip holds for `draftLayers` draft layers (speculative decoding, latency.ts
 * draftLayers), each one more layer of the model, split as its layers are: a 1/layers share of the
 * always-read weights without the output head, which the draft shares (models.md §2.1), over TP
 * (the share a draft pass reads, sweep.ts) and, for an MoE model, one MoE layer's routed experts
 * over EP, both over PP stages. DeepSeek-R1's MTP module at FP8: (17.22 − 1.85) GB ÷ 61 + 256 ×
 * 44,040,192 × 1 B = 11.53 GB (models.md §2.1: 11.61B of its own, without the embedding and
 * output head it shares). 0 when not drafting.
 */
export function draftWeightBytesPerChip(
	model: LlmSpec,
	layout: Layout,
	bytesPerValue: number,
	draftLayers: number
): number {
	if (!(draftLayers > 0)) return 0;
	const moe = model.moe;
	const routed = (moe ? moe.routedExperts * moe.paramsPerExpert : 0) * bytesPerValue;
	const layer =
		(alwaysReadBytes(model, bytesPerValue) - outputHeadBytes(model, bytesPerValue)) / model.layers;
	return (draftLayers * (layer / layout.tp + routed / Math.max(1, layout.ep))) / layout.pp;
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
 * 0 when even the weights do not fit. While drafting (`draftLayers` > 0) the draft layers are held
 * too, as layers of the model: their weights (draftWeightBytesPerChip) and their own cache of
 * every token, kvBytesPerSequence × (1 + draftLayers ÷ layers).
 */
export function maxSequences(
	model: LlmSpec,
	layout: Layout,
	weightBytesPerValue: number,
	usableHbmBytes: number,
	kvBytesPerSequence: number,
	draftLayers = 0
): number {
	const free =
		usableHbmBytes -
		weightBytesPerChip(model, layout, weightBytesPerValue) -
		draftWeightBytesPerChip(model, layout, weightBytesPerValue, draftLayers);
	if (!(free > 0)) return 0;
	const shards = layout.dpAttention * kvShards(model, layout.tp) * layout.pp;
	const draftKv = draftLayers > 0 ? 1 + draftLayers / model.layers : 1;
	const perChip = (kvBytesPerSequence * draftKv) / shards;
	if (!(perChip > 0)) return 0;
	const n = Math.floor(free / perChip);
	return Number.isFinite(n) ? n : 0;
}
