import type { Resource } from '../estimate-types';
import type { SystemSpec } from '../system';
import {
	allToAllS,
	hierarchicalPassS,
	ranksPerDomain,
	ringAllReduceS,
	ringPassS,
	type Link
} from '../collectives';
import type { TrainingEfficiencies } from './efficiencies';
import { BYTES_PER_VALUE } from '../precision';
import {
	activeExpertParams,
	attentionFlopsPerToken,
	trainingFlopsPerToken,
	trainingHeadDims
} from './flops';
import { TRAINING_MEMORY_ASSUMPTIONS, dataParallelGroups, paramsPerChip } from './memory';
import type { ResolvedLayout, TrainingSettings } from './types';

/** Time one chip spends on a kind of traffic, split by the fabric it crosses. */
export interface TrafficS {
	upS: number;
	outS: number;
}

/** Every number behind one step time, so the estimate can show its formula and inputs. */
export interface StepTerms {
	chips: number;
	/** Chips in one scale-up domain, capped at the job's chips. */
	domainChips: number;
	/** Tokens in one microbatch of one data-parallel replica. */
	microbatchTokens: number;
	modelFlopsPerToken: number;
	/** Model FLOPs plus recompute and the busiest expert's extra load. */
	hardwareFlopsPerToken: number;
	peakFlopsPerS: number;
	/** Time at the FLOP rate alone. */
	flopsS: number;
	/** Time streaming weights and gradient buffers through HBM, once per microbatch. */
	hbmS: number;
	bytesPerMicrobatch: number;
	/** max(flopsS, hbmS): a roofline over the microbatch. */
	computeS: number;
	bubbleS: number;
	computePathS: number;
	tensorParallel: TrafficS & { collectives: number; bytes: number };
	contextParallel: TrafficS & { passes: number; bytes: number };
	pipeline: TrafficS & { sends: number; bytes: number };
	expert: TrafficS & { allToAlls: number; bytes: number };
	dataParallel: TrafficS & { passes: number; bytes: number; ranks: number; ranksPerDomain: number };
	scaleUpS: number;
	scaleOutS: number;
	/** Perfect overlap: the largest of compute path, scale-up and scale-out. */
	lowS: number;
	/** No overlap: their sum. */
	highS: number;
	stepS: number;
	bound: Resource;
}

/** Bytes of K and V per token one TP rank holds, as context parallelism passes them around. */
function kvBytesPerTokenPerRank(settings: TrainingSettings, tp: number, bytes: number): number {
	const a = settings.model.attention;
	if (a.kind === 'gqa') return 2 * Math.max(1, a.kvHeads / tp) * a.headDim * bytes;
	// Unabsorbed MLA materialises per-head keys (nope + rope) and values; see flops.ts.
	const { qk, v } = trainingHeadDims(settings.model);
	return Math.max(1, a.queryHeads / tp) * (qk + v) * bytes;
}

/**
 * The step time of one layout, from first principles. Ranks are placed in Megatron's default order:
 * TP innermost, then CP, EP/DP, PP outermost, packed into scale-up domains of consecutive ranks.
 */
export function stepTerms(
	system: SystemSpec,
	settings: TrainingSettings,
	layout: ResolvedLayout,
	peakFlopsPerS: number,
	eff: TrainingEfficiencies
): StepTerms {
	const { model } = settings;
	const { tp, cp, pp, dp, ep } = layout;
	const m = layout.microbatches;
	const v = layout.virtualStages;
	const full = layout.recompute === 'full';
	const chips = tp * cp * pp * dp;
	const domainChips = Math.max(1, Math.min(system.scaleUpDomainChips, chips));
	const up: Link = {
		bytesPerS: system.scaleUpBytesPerS * eff.collectiveBwFraction,
		alphaS: eff.scaleUpAlphaS
	};
	const out: Link = {
		bytesPerS: system.scaleOutBytesPerS * eff.collectiveBwFraction,
		alphaS: eff.scaleOutAlphaS
	};
	const act = eff.activationBytes;
	const d = model.hiddenSize;
	const tokens = settings.globalBatchTokens;
	const microbatchTokens = tokens / (dp * m);
	const seqShardTokens = microbatchTokens / cp;
	const layersPerStage = model.layers / pp;

	// Compute: tokens × FLOPs ÷ (chips × peak × fraction); full recompute repeats the forward (+1/3).
	// Assumption: 8- and 4-bit training quantises the linear layers only; attention scores run in
	// BF16 (Transformer Engine's default recipes), so they go at the BF16 rate where there is one.
	const modelFlopsPerToken = trainingFlopsPerToken(model, settings.sequenceTokens);
	const attentionFlops = attentionFlopsPerToken(model, settings.sequenceTokens);
	const imbalanceFlops = ep > 1 ? 6 * activeExpertParams(model) * (eff.moeImbalance - 1) : 0;
	const linearFlops = modelFlopsPerToken - attentionFlops + imbalanceFlops;
	const recomputeFactor = full ? 4 / 3 : 1;
	const hardwareFlopsPerToken = (linearFlops + attentionFlops) * recomputeFactor;
	const attentionPeak = system.denseFlopsPerS.bf16 ?? peakFlopsPerS;
	const effectiveChips = chips * eff.computeFraction;
	const flopsS =
		(tokens * recomputeFactor * (linearFlops / peakFlopsPerS + attentionFlops / attentionPeak)) /
		effectiveChips;
	// Roofline per microbatch: the chip streams its weights three times (forward, both backward
	// GEMMs) at the training precision and reads + writes an FP32 gradient accumulator (2 × 4 B).
	// Assumption (Megatron keeps FP32 main grads). Binds when few tokens meet many weights (small
	// microbatches, experts without expert parallelism).
	const held = paramsPerChip(model, layout);
	const bytesPerParam = 3 * BYTES_PER_VALUE[settings.precision] + 8;
	const bytesPerMicrobatch = (held.dense + held.expert) * bytesPerParam;
	const hbmS = (m * bytesPerMicrobatch) / (system.hbmBytesPerS * eff.hbmBwFraction);
	const computeS = Math.max(flopsS, hbmS);
	// Bubble: (p−1)/v microbatch slots idle, each computeS/m long.
	const bubbleS = pp > 1 ? (computeS * (pp - 1)) / (v * m) : 0;

	// TP with sequence parallelism: per layer 2 all-gathers + 2 reduce-scatters forward, the same
	// backward (and again when recomputing) = 4 (6) all-reduce equivalents of the activations.
	const tpCollectives = tp > 1 ? m * layersPerStage * (full ? 6 : 4) : 0;
	const tpBytes = seqShardTokens * d * act;
	const tpLink = tp <= domainChips ? up : out;
	const tpS = tpCollectives * ringAllReduceS(tpBytes, tp, tpLink);
	const tensorParallel = { upS: tpLink === up ? tpS : 0, outS: tpLink === out ? tpS : 0 };

	// CP (ring attention): per layer, all-gather K,V forward; all-gather + reduce-scatter backward.
	const cpPasses = cp > 1 ? m * layersPerStage * (full ? 4 : 3) : 0;
	const cpBytes = microbatchTokens * kvBytesPerTokenPerRank(settings, tp, act);
	const cpLink = tp * cp <= domainChips ? up : out;
	const cpS = cpPasses * ringPassS(cpBytes, cp, cpLink);
	const contextParallel = { upS: cpLink === up ? cpS : 0, outS: cpLink === out ? cpS : 0 };

	// PP: each microbatch chunk sends its activations forward and their gradients back; the slowest
	// stage boundary sets the pace, so a pipeline spanning domains runs at scale-out speed.
	const pipelineSends = pp > 1 ? m * v * 2 : 0;
	const pipelineBytes = (seqShardTokens * d * act) / tp;
	const ppLink = tp * cp * dp * pp <= domainChips ? up : out;
	const ppS = pipelineSends * (pipelineBytes / ppLink.bytesPerS + ppLink.alphaS);
	const pipeline = { upS: ppLink === up ? ppS : 0, outS: ppLink === out ? ppS : 0 };

	// EP: per MoE layer dispatch + combine forward and backward = 4 all-to-alls (6 with recompute);
	// each chip sends its tokens' k expert copies, (ep−1)/ep of them to other chips. EP groups are
	// consecutive ranks: the share inside the domain rides scale-up, the rest scale-out.
	const moe = model.moe;
	const allToAlls = moe && ep > 1 ? m * (moe.moeLayers / pp) * (full ? 6 : 4) : 0;
	const a2aBytes = moe ? (seqShardTokens / tp) * moe.expertsPerToken * d * act : 0;
	const epInDomain = ranksPerDomain(1, ep, domainChips);
	const a2a = allToAllS(
		a2aBytes,
		ep,
		epInDomain,
		{ bytesPerS: system.scaleUpBytesPerS * eff.allToAllBwFraction, alphaS: eff.scaleUpAlphaS },
		{ bytesPerS: system.scaleOutBytesPerS * eff.allToAllBwFraction, alphaS: eff.scaleOutAlphaS }
	);
	const expert = { upS: allToAlls * a2a.upS, outS: allToAlls * a2a.outS };

	// DP: reduce-scatter grads + all-gather params (distributed optimizer) = 2 ring passes per step;
	// FSDP gathers weights for every microbatch forward and backward: 2m + 1 passes.
	const grad = TRAINING_MEMORY_ASSUMPTIONS.gradBytesPerParam;
	const params = held;
	const groups = dataParallelGroups(layout);
	const dpPasses = layout.fsdp ? 2 * m + 1 : 2;
	const densePerDomain = ranksPerDomain(tp, groups.dense, domainChips);
	const dense = hierarchicalPassS(params.dense * grad, groups.dense, densePerDomain, up, out);
	const experts =
		params.expert > 0
			? hierarchicalPassS(
					params.expert * grad,
					groups.expert,
					ranksPerDomain(ep, groups.expert, domainChips),
					up,
					out
				)
			: { upS: 0, outS: 0 };
	const dataParallel = {
		upS: dpPasses * (dense.upS + experts.upS),
		outS: dpPasses * (dense.outS + experts.outS)
	};

	const computePathS = computeS + bubbleS;
	const parts = [tensorParallel, contextParallel, pipeline, expert, dataParallel];
	const scaleUpS = parts.reduce((sum, p) => sum + p.upS, 0);
	const scaleOutS = parts.reduce((sum, p) => sum + p.outS, 0);
	const lowS = Math.max(computePathS, scaleUpS, scaleOutS);
	const highS = computePathS + scaleUpS + scaleOutS;
	const overlap = Math.min(1, Math.max(0, settings.overlap));
	const computeBound: Resource = hbmS > flopsS ? 'memory-bandwidth' : 'compute';
	const bound: Resource =
		lowS === computePathS ? computeBound : lowS === scaleUpS ? 'scale-up' : 'scale-out';
	return {
		chips,
		domainChips,
		microbatchTokens,
		modelFlopsPerToken,
		hardwareFlopsPerToken,
		peakFlopsPerS,
		flopsS,
		hbmS,
		bytesPerMicrobatch,
		computeS,
		bubbleS,
		computePathS,
		tensorParallel: { ...tensorParallel, collectives: tpCollectives, bytes: tpBytes },
		contextParallel: { ...contextParallel, passes: cpPasses, bytes: cpBytes },
		pipeline: { ...pipeline, sends: pipelineSends, bytes: pipelineBytes },
		expert: { ...expert, allToAlls, bytes: a2aBytes },
		dataParallel: {
			...dataParallel,
			passes: dpPasses,
			bytes: params.dense * grad,
			ranks: groups.dense,
			ranksPerDomain: densePerDomain
		},
		scaleUpS,
		scaleOutS,
		lowS,
		highS,
		// point estimate: max + (1 − overlap) × (sum − max)
		stepS: lowS + (1 - overlap) * (highS - lowS),
		bound
	};
}
