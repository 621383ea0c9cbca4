import type { LlmSpec } from '../llm';

/**
 * Per-model quantities of shared/data/models.md §3, exact per attention type. Byte arguments are
 * bytes per stored value (BYTES_PER_VALUE).
 */

/** KV-cache bytes per token per layer: GQA 2 · kvHeads · headDim; MLA kvLoraRank + ropeDim. */
export function kvBytesPerTokenPerLayer(model: LlmSpec, bytesPerValue: number): number {
	const a = model.attention;
	return a.kind === 'mla'
		? (a.kvLoraRank + a.ropeDim) * bytesPerValue
		: 2 * a.kvHeads * a.headDim * bytesPerValue;
}

/** Layers whose cache grows with context (sliding-window layers excluded). */
export function growingLayers(model: LlmSpec): number {
	const a = model.attention;
	return a.kind === 'mla' ? model.layers : model.layers - a.slidingWindowLayers;
}

/** KV bytes per token over the growing layers (DeepSeek-R1 BF16: 61 × 1,152 = 70,272 B). */
export function kvBytesPerToken(model: LlmSpec, bytesPerValue: number): number {
	return growingLayers(model) * kvBytesPerTokenPerLayer(model, bytesPerValue);
}

/** Token-layers cached for `contextTokens` of context; windowed layers stop at their window size */
function cachedTokenLayers(model: LlmSpec, contextTokens: number): number {
	const a = model.attention;
	const windowed =
		a.kind === 'gqa' ? a.slidingWindowLayers * Math.min(contextTokens, a.windowTokens) : 0;
	return growingLayers(model) * contextTokens + windowed;
}

/** KV bytes of one sequence holding `contextTokens`. */
export function kvBytesPerSequence(
	model: LlmSpec,
	bytesPerValue: number,
	contextTokens: number
): number {
	return kvBytesPerTokenPerLayer(model, bytesPerValue) * cachedTokenLayers(model, contextTokens);
}

/**
 * Attention FLOPs per query token per cached token per layer (models.md §3.1 note 4).
 * GQA: 2 · qHeads · (dqk + dv). MLA decode (absorbed): 2 · qHeads · ((kvLora + rope) + kvLora);
 * MLA prefill (un-absorbed, MHA-like): 2 · qHeads · ((nope + rope) + v) when the dims are known.
 */
export function attentionFlopsPerPair(model: LlmSpec, phase: 'decode' | 'prefill'): number {
	const a = model.attention;
	if (a.kind === 'gqa') return 2 * a.queryHeads * 2 * a.headDim;
	const absorbed = 2 * a.queryHeads * (a.kvLoraRank + a.ropeDim + a.kvLoraRank);
	if (phase === 'decode' || a.nopeDim === undefined || a.valueDim === undefined) return absorbed;
	return 2 * a.queryHeads * (a.nopeDim + a.ropeDim + a.valueDim);
}

/** Attention FLOPs for one new token over a context of `contextTokens` (all layers). */
export function decodeAttentionFlops(model: LlmSpec, contextTokens: number): number {
	return attentionFlopsPerPair(model, 'decode') * cachedTokenLayers(model, contextTokens);
}

/** Σ over positions 1..n of min(position, window): the causal pairs one layer scores. */
function causalPairs(n: number, window: number): number {
	if (n <= window) return (n * (n + 1)) / 2;
	return (window * (window + 1)) / 2 + (n - window) * window;
}

/** Attention FLOPs for a prompt of n tokens: quadratic in n for full layers, linear if windowed. */
export function prefillAttentionFlops(model: LlmSpec, promptTokens: number): number {
	const a = model.attention;
	const full = growingLayers(model) * causalPairs(promptTokens, promptTokens);
	const windowed =
		a.kind === 'gqa' ? a.slidingWindowLayers * causalPairs(promptTokens, a.windowTokens) : 0;
	return attentionFlopsPerPair(model, 'prefill') * (full + windowed);
}

/**
 * Expected distinct experts per MoE layer that `tokens` routed tokens touch under uniform routing:
 * E · (1 − (1 − k/E)^tokens). DeepSeek (E 256, k 8) at 1/8/32/64/256 tokens: 8/57/163/222/256.
 */
export function expectedExpertsTouched(experts: number, perToken: number, tokens: number): number {
	const miss = Math.max(0, 1 - perToken / experts);
	return experts * (1 - Math.pow(miss, Math.max(0, tokens)));
}

/** Parameters of every routed expert in every MoE layer. */
export function routedParams(model: LlmSpec): number {
	const moe = model.moe;
	return moe ? moe.moeLayers * moe.routedExperts * moe.paramsPerExpert : 0;
}

/** Parameters held in memory (embedding table excluded): always-read + all routed experts. */
export function storedParams(model: LlmSpec): number {
	return model.alwaysReadParams + routedParams(model);
}

/** Bytes per value of the parts kept in BF16 whatever the weight precision: never narrower. */
export function bf16Bytes(bytesPerWeight: number): number {
	return Math.max(bytesPerWeight, 2);
}

/** Of the always-read weights, the output head: vocab × d (LlmSpec.vocab), within them. */
export function outputHeadParams(model: LlmSpec): number {
	return Math.min(model.alwaysReadParams, (model.vocab ?? 0) * model.hiddenSize);
}

/**
 * The always-read parameters held at max(bytesPerWeight, 2 B): the output head and, where the
 * release keeps them in BF16 (LlmSpec.bf16Routers), the routers, moeLayers × routedExperts × d.
 * DeepSeek-R1: 0.927B + 58 × 256 × 7,168 = 0.927B + 0.106B.
 */
export function bf16AlwaysReadParams(model: LlmSpec): number {
	const moe = model.moe;
	const routers =
		model.bf16Routers && moe ? moe.moeLayers * moe.routedExperts * model.hiddenSize : 0;
	return Math.min(model.alwaysReadParams, outputHeadParams(model) + routers);
}

/** Bytes of the output head, at max(bytesPerWeight, 2 B). DeepSeek-R1: 0.927B × 2 B = 1.85 GB. */
export function outputHeadBytes(model: LlmSpec, bytesPerWeight: number): number {
	return outputHeadParams(model) * bf16Bytes(bytesPerWeight);
}

/**
 * Bytes of the always-read weights: the output head and cited routers at max(bytesPerWeight, 2 B),
 * the rest at bytesPerWeight. DeepSeek-R1 at FP8: (16.19 − 0.927 − 0.106)B × 1 B + 1.033B × 2 B
 * = 17.22 GB, where all at FP8 was 16.19 GB; at FP4 (0.5 B) 7.58 + 2.07 = 9.64 GB, not 8.10.
 */
export function alwaysReadBytes(model: LlmSpec, bytesPerWeight: number): number {
	const bf16 = bf16AlwaysReadParams(model);
	return (model.alwaysReadParams - bf16) * bytesPerWeight + bf16 * bf16Bytes(bytesPerWeight);
}

/**
 * Bytes of the input embedding table held (embeddingParams), at max(bytesPerWeight, 2 B):
 * held, never read beyond a token's row.
 */
export function embeddingBytes(model: LlmSpec, bytesPerWeight: number): number {
	return embeddingParams(model) * bf16Bytes(bytesPerWeight);
}

/** The input embedding table's parameters: vocab × d (LlmSpec.vocab), 0 where vocab is unknown. */
export function embeddingParams(model: LlmSpec): number {
	return (model.vocab ?? 0) * model.hiddenSize;
}

/**
 * Bytes of the weights held: always-read (alwaysReadBytes), every routed expert at bytesPerWeight
 * and the embedding table (embeddingBytes). storedParams × bytesPerWeight for a model without
 * those parts.
 */
export function storedWeightBytes(model: LlmSpec, bytesPerWeight: number): number {
	return (
		alwaysReadBytes(model, bytesPerWeight) +
		routedParams(model) * bytesPerWeight +
		embeddingBytes(model, bytesPerWeight)
	);
}
