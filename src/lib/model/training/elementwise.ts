import type { LlmSpec } from '../llm';
import { trainingHeadDims } from './flops';

/**
 * Memory-bound kernels between the GEMMs: norms, residual adds, the SwiGLU activation and, in MoE
 * layers, the permute before dispatch and the unpermute after combine. They do few FLOPs each but
 * stream every activation through HBM, and they run between the GEMMs rather than under them.
 * The FLOP count (6N) leaves them out; this counts the values they read and write, a lower bound
 * (RoPE, casts, dropout, the router's softmax and the loss's logits beyond the head's share are
 * left out). Structure after Megatron-Core's transformer and MoE layers (token dispatcher
 * `alltoall`: permute, dispatch, experts, combine, unpermute; arXiv 2603.07685, 2026-03, §2).
 */

/**
 * Bytes of one activation value in HBM. Assumption: BF16, as Megatron keeps activations even in
 * FP8 training (Transformer Engine quantises GEMM inputs only).
 */
export const ACTIVATION_STORAGE_BYTES = 2;

/**
 * Backward traffic over forward traffic. Assumption: each backward kernel reads the upstream
 * gradient and the saved input and writes one gradient, 3 tensors for the forward's 2 (norm:
 * read x, write y; backward: read dy and x, write dx).
 */
export const ELEMENTWISE_BACKWARD_FACTOR = 1.5;

/** Values one token moves through HBM in the forward pass, summed over layers, before sharding. */
export interface ElementwiseValues {
	/** 2 RMSNorms (read + write d each) and 2 residual adds (read 2d, write d each) per layer. */
	normsAndResiduals: number;
	/** SwiGLU of the dense FFNs, shared experts and head: read 2f, write f per 3·d·f params. */
	denseActivation: number;
	/** SwiGLU of the k routed experts a token visits; scales with the busiest expert's load. */
	routedActivation: number;
	/** Permute (read + write k copies of d) and unpermute (read k·d, write d) per MoE layer. */
	moeRouting: number;
}

/**
 * Attention projection parameters per layer. GQA: q, k, v, o = d × headDim × 2(q + kv heads).
 * MLA without the query LoRA (an upper bound, so the dense FFN share below is a lower bound; for
 * DeepSeek-V3 it exceeds the always-read params and that share counts 0):
 * q = d × heads × d_qk, kv down = d × (kvLora + rope), kv up = kvLora × heads × (nope + v),
 * o = heads × v × d.
 */
function attentionParamsPerLayer(model: LlmSpec): number {
	const a = model.attention;
	const d = model.hiddenSize;
	if (a.kind === 'gqa') return d * a.headDim * 2 * (a.queryHeads + a.kvHeads);
	const { qk, v } = trainingHeadDims(model);
	const nope = qk - a.ropeDim;
	return (
		d * a.queryHeads * qk +
		d * (a.kvLoraRank + a.ropeDim) +
		a.kvLoraRank * a.queryHeads * (nope + v) +
		a.queryHeads * v * d
	);
}

/**
 * Forward values per trained token. A SwiGLU FFN of intermediate f holds 3·d·f params and its
 * activation moves 3f values, so its traffic is params ÷ d whatever f is.
 * Check, Llama 3.1 405B (d 16,384, 126 layers, 128 + 8 heads of 128): norms and residuals
 * 126 × 10 × 16,384 = 20.64 M; attention 126 × 16,384 × 128 × 272 = 71.87 B params, so the
 * dense activation is (403.75 B − 71.87 B) ÷ 16,384 = 20.26 M values.
 */
export function elementwiseValuesPerToken(model: LlmSpec): ElementwiseValues {
	const d = model.hiddenSize;
	const moe = model.moe;
	const routedParams = moe ? moe.moeLayers * moe.expertsPerToken * moe.paramsPerExpert : 0;
	const attentionParams = model.layers * attentionParamsPerLayer(model);
	return {
		normsAndResiduals: model.layers * 10 * d,
		denseActivation: Math.max(0, model.alwaysReadParams - attentionParams) / d,
		routedActivation: routedParams / d,
		moeRouting: moe ? moe.moeLayers * (3 * moe.expertsPerToken + 1) * d : 0
	};
}

/**
 * HBM bytes per trained token of the memory-bound kernels: forward, backward (× 1.5) and, with
 * full recompute, the forward again; the routed share stretched by the busiest expert's load.
 */
export function elementwiseBytesPerToken(
	model: LlmSpec,
	fullRecompute: boolean,
	expertLoad: number
): number {
	const v = elementwiseValuesPerToken(model);
	const forward =
		v.normsAndResiduals + v.denseActivation + (v.routedActivation + v.moeRouting) * expertLoad;
	const passes = 1 + ELEMENTWISE_BACKWARD_FACTOR + (fullRecompute ? 1 : 0);
	return forward * passes * ACTIVATION_STORAGE_BYTES;
}
