import type { LlmSpec } from '../llm';
import { embeddingParams } from '../inference/shape';
import { paramSplit } from './flops';
import type { Recompute, ResolvedLayout } from './types';

/**
 * Bytes per parameter and per activation. Assumptions from the literature, not from shared/data:
 * - Mixed-precision Adam holds 2 (BF16 weights) + 2 (BF16 grads) + 12 (FP32 master, Adam m and v)
 *   = 16 bytes per parameter (ZeRO, Rajbhandari et al. 2020). FP8 training keeps the same master
 *   state, so precision does not change it. The 12 optimizer bytes are sharded over data parallel
 *   (Megatron's distributed optimizer, ZeRO-1); FSDP also shards weights and grads.
 * - Activations per token per layer ≈ 34 × hidden bytes in BF16, divided by TP with sequence
 *   parallelism; flash attention removes the score term (Korthikanti et al. 2022, "Reducing
 *   Activation Recomputation"). Rough: SwiGLU and MoE layers hold somewhat more.
 * - Full recompute keeps only each layer's input (2 × hidden bytes per token) plus one layer's
 *   activations while it is recomputed.
 */
export const TRAINING_MEMORY_ASSUMPTIONS = {
	weightBytesPerParam: 2,
	gradBytesPerParam: 2,
	optimizerBytesPerParam: 12,
	activationBytesPerTokenLayerHidden: 34,
	checkpointBytesPerTokenLayerHidden: 2
} as const;

export interface MemoryBreakdown {
	weightsBytes: number;
	gradsBytes: number;
	optimizerBytes: number;
	activationBytes: number;
	totalBytes: number;
}

/** Parameters one chip owns before any data-parallel sharding, split dense / expert. */
export function paramsPerChip(model: LlmSpec, layout: ResolvedLayout) {
	const { expertParams, denseParams } = paramSplit(model);
	return {
		dense: denseParams / (layout.tp * layout.pp),
		expert: expertParams / (layout.pp * layout.ep)
	};
}

/** Ranks that hold copies of the same dense weights (dp × cp) and of the same experts. */
export function dataParallelGroups(layout: ResolvedLayout) {
	const dense = layout.dp * layout.cp;
	return { dense, expert: (layout.tp * layout.cp * layout.dp) / layout.ep };
}

/**
 * Peak HBM per chip: the first pipeline stage, which holds the most in-flight activations and the
 * input embedding table.
 */
export function trainingMemoryPerChip(
	model: LlmSpec,
	layout: ResolvedLayout,
	microbatchTokens: number,
	recompute: Recompute = layout.recompute
): MemoryBreakdown {
	const a = TRAINING_MEMORY_ASSUMPTIONS;
	const params = paramsPerChip(model, layout);
	const groups = dataParallelGroups(layout);
	// The input embedding table (vocab × d, left out of totalParams: llm.ts) lives on the first
	// stage, the one measured here, split over TP (vocab-parallel) and copied over data parallel
	// like the dense weights. DeepSeek-R1: 0.927B parameters, 14.8 GB of weights, grads and Adam
	// state before any split. Unknown vocabulary: 0.
	const table = embeddingParams(model) / layout.tp;
	const optimizerShard =
		params.dense / groups.dense + params.expert / groups.expert + table / groups.dense;
	const heldParams = layout.fsdp ? optimizerShard : params.dense + params.expert + table;
	// 1F1B: the first stage holds up to `pp` microbatches in flight (interleaving adds a little).
	const inFlight = Math.min(layout.microbatches, layout.pp);
	const tokensPerChip = microbatchTokens / (layout.cp * layout.tp);
	const tokenLayers = tokensPerChip * (model.layers / layout.pp) * inFlight;
	const fullLayerBytes = a.activationBytesPerTokenLayerHidden * model.hiddenSize;
	const activationBytes =
		recompute === 'selective'
			? fullLayerBytes * tokenLayers
			: a.checkpointBytesPerTokenLayerHidden * model.hiddenSize * tokenLayers +
				fullLayerBytes * tokensPerChip;
	const weightsBytes = heldParams * a.weightBytesPerParam;
	const gradsBytes = heldParams * a.gradBytesPerParam;
	const optimizerBytes = optimizerShard * a.optimizerBytesPerParam;
	return {
		weightsBytes,
		gradsBytes,
		optimizerBytes,
		activationBytes,
		totalBytes: weightsBytes + gradsBytes + optimizerBytes + activationBytes
	};
}
