import { activeParams, type LlmSpec } from '../llm';

/**
 * Training runs MLA without absorbing the projections, so attention costs per head (nope + rope)
 * for q·k and v for a·v. Where an MLA spec omits nopeDim / valueDim, assume 128 and 128, as in
 * DeepSeek-V3 and Kimi K2 (models.md §2.1, §2.2).
 */
export const MLA_NOPE_HEAD_DIM = 128;
export const MLA_V_HEAD_DIM = 128;

/** Per-head q·k width and value width of one attention layer as training computes it. */
export function trainingHeadDims(model: LlmSpec): { qk: number; v: number } {
	const a = model.attention;
	if (a.kind === 'gqa') return { qk: a.headDim, v: a.headDim };
	return { qk: (a.nopeDim ?? MLA_NOPE_HEAD_DIM) + a.ropeDim, v: a.valueDim ?? MLA_V_HEAD_DIM };
}

/** Query-key and value widths summed over query heads, for one layer. */
function attentionWidth(model: LlmSpec): number {
	const { qk, v } = trainingHeadDims(model);
	return model.attention.queryHeads * (qk + v);
}

/**
 * Attention-score FLOPs per trained token (forward + backward = 3 × forward):
 *   3 × Σ_layers 2 × queryHeads × (d_qk + d_v) × attendedTokens,
 * attendedTokens = seq/2 for causal full attention, min(window, seq/2) for sliding-window layers.
 * Check: Llama 3.1 405B at 8,192 tokens: 6 × 126 × 4,096 × 128 × 256 = 1.015e11 per token, and
 * 6 × 403.75e9 + 1.015e11 = 2.524e12 = NeMo's model FLOPs (2,053e12 ÷ 813 tok/s, case 17).
 */
export function attentionFlopsPerToken(model: LlmSpec, sequenceTokens: number): number {
	const causal = sequenceTokens / 2;
	const a = model.attention;
	const windowed = a.kind === 'gqa' ? Math.min(a.slidingWindowLayers, model.layers) : 0;
	const windowTokens = a.kind === 'gqa' ? Math.min(a.windowTokens, causal) : causal;
	const attendedTokenLayers = (model.layers - windowed) * causal + windowed * windowTokens;
	return 3 * 2 * attentionWidth(model) * attendedTokenLayers;
}

/** Model FLOPs per trained token: 6 × active params (forward 2, backward 4) + attention scores. */
export function trainingFlopsPerToken(model: LlmSpec, sequenceTokens: number): number {
	return 6 * activeParams(model) + attentionFlopsPerToken(model, sequenceTokens);
}

/** Routed-expert params one token multiplies through (0 for dense). */
export function activeExpertParams(model: LlmSpec): number {
	const moe = model.moe;
	return moe ? moe.moeLayers * moe.expertsPerToken * moe.paramsPerExpert : 0;
}

/** All routed-expert params, and the rest (attention, dense FFN, shared experts, router, head). */
export function paramSplit(model: LlmSpec): { expertParams: number; denseParams: number } {
	const moe = model.moe;
	const expertParams = moe ? moe.moeLayers * moe.routedExperts * moe.paramsPerExpert : 0;
	return { expertParams, denseParams: Math.max(0, model.totalParams - expertParams) };
}
