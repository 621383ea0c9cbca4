import type { Resource } from '../estimate-types';
import type { SystemSpec } from '../system';
import { achievedTopology } from '../collectives';
import type { Topology } from '../fabric';
import { collectiveParts, type Collective, type GroupShape } from '../topology';
import { topologyOf } from '../topology-of';
import type { TrainingEfficiencies } from './efficiencies';
import { BYTES_PER_VALUE } from '../precision';
import {
	activeExpertParams,
	attentionFlopsPerToken,
	trainingFlopsPerToken,
	trainingHeadDims
} from './flops';
import { elementwiseBytesPerToken } from './elementwise';
import { TRAINING_MEMORY_ASSUMPTIONS, dataParallelGroups, paramsPerChip } from './memory';
import { placeLayout, type TrainingPlacement } from './placement';
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
	/** Time of the memory-bound kernels between the GEMMs (norms, SwiGLU, MoE permutes). */
	elementwiseS: number;
	elementwiseBytesPerToken: number;
	/** max(flopsS, hbmS) + elementwiseS: a roofline over the GEMMs, then the kernels between. */
	computeS: number;
	computeBound: Resource;
	bubbleS: number;
	computePathS: number;
	tensorParallel: TrafficS & { collectives: number; bytes: number };
	contextParallel: TrafficS & { passes: number; bytes: number };
	pipeline: TrafficS & { sends: number; bytes: number };
	expert: TrafficS & { allToAlls: number; bytes: number };
	dataParallel: TrafficS & { passes: number; bytes: number; ranks: number; ranksPerDomain: number };
	/** Where each parallel group lives on the topology. */
	placement: TrainingPlacement;
	/** The scale-out tier's down-links over up-links (1 = non-blocking). */
	oversubscription: number;
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
 * The system's topology as training sees it: line rates at the achieved fraction, and one ring
 * step's latency from the calibrated alphas (one global pair, every fabric) rather than the
 * catalog's hop latency, which leaves out the software's share of a step.
 */
export function trainingTopology(
	system: SystemSpec,
	eff: TrainingEfficiencies,
	bwFraction: number
): Topology {
	return achievedTopology(topologyOf(system), bwFraction, {
		scaleUpS: eff.scaleUpAlphaS,
		scaleOutS: eff.scaleOutAlphaS
	});
}

/**
 * What every layout of one search shares. A layout search costs about a thousand layouts per
 * system, and the scale curve runs twenty searches; these depend on the system, the model, the
 * sequence and the efficiencies only, so they are worked out once per search, not per layout.
 */
export interface StepContext {
	fabric: Topology;
	/** The fabric at the all-to-all's achieved fraction (expert parallelism). */
	allToAllFabric: Topology;
	modelFlopsPerToken: number;
	attentionFlopsPerToken: number;
	activeExpertParams: number;
	/** Elementwise HBM bytes per token, [selective, full recompute] × [no EP, EP's imbalance]. */
	elementwiseBytesPerToken: readonly [readonly [number, number], readonly [number, number]];
}

export function stepContext(
	system: SystemSpec,
	settings: TrainingSettings,
	eff: TrainingEfficiencies
): StepContext {
	const { model, sequenceTokens } = settings;
	const elementwise = (full: boolean) =>
		[
			elementwiseBytesPerToken(model, full, 1),
			elementwiseBytesPerToken(model, full, eff.moeImbalance)
		] as const;
	return {
		fabric: trainingTopology(system, eff, eff.collectiveBwFraction),
		allToAllFabric: trainingTopology(system, eff, eff.allToAllBwFraction),
		modelFlopsPerToken: trainingFlopsPerToken(model, sequenceTokens),
		attentionFlopsPerToken: attentionFlopsPerToken(model, sequenceTokens),
		activeExpertParams: activeExpertParams(model),
		elementwiseBytesPerToken: [elementwise(false), elementwise(true)]
	};
}

/** `count` collectives of one placed group, split by tier. */
function repeated(
	topology: Topology,
	op: Collective,
	group: GroupShape,
	bytes: number,
	count: number
): TrafficS {
	if (count <= 0) return { upS: 0, outS: 0 };
	const part = collectiveParts(topology, op, group, bytes);
	return { upS: count * part.upS, outS: count * part.outS };
}

const sum = (a: TrafficS, b: TrafficS): TrafficS => ({ upS: a.upS + b.upS, outS: a.outS + b.outS });

/**
 * The step time of one layout, from first principles. Ranks are placed in Megatron's default order
 * (placement.ts): TP innermost, then CP, EP/DP, PP outermost, packed into scale-up domains of
 * consecutive ranks; every collective is costed on the system's topology (topology.ts).
 */
export function stepTerms(
	system: SystemSpec,
	settings: TrainingSettings,
	layout: ResolvedLayout,
	peakFlopsPerS: number,
	eff: TrainingEfficiencies,
	context: StepContext = stepContext(system, settings, eff)
): StepTerms {
	const { model } = settings;
	const { tp, cp, pp, dp, ep } = layout;
	const m = layout.microbatches;
	const v = layout.virtualStages;
	const full = layout.recompute === 'full';
	const chips = tp * cp * pp * dp;
	const domainChips = Math.max(1, Math.min(system.scaleUpDomainChips, chips));
	const { fabric, allToAllFabric } = context;
	const placement = placeLayout(fabric, layout, domainChips);
	const act = eff.activationBytes;
	const d = model.hiddenSize;
	const tokens = settings.globalBatchTokens;
	const microbatchTokens = tokens / (dp * m);
	const seqShardTokens = microbatchTokens / cp;
	const layersPerStage = model.layers / pp;

	// Compute: tokens × FLOPs ÷ (chips × peak × fraction); full recompute repeats the forward (+1/3).
	// Assumption: 8- and 4-bit training quantises the linear layers only; attention scores run in
	// BF16 (Transformer Engine's default recipes), so they go at the BF16 rate where there is one.
	const { modelFlopsPerToken } = context;
	const attentionFlops = context.attentionFlopsPerToken;
	const imbalanceFlops = ep > 1 ? 6 * context.activeExpertParams * (eff.moeImbalance - 1) : 0;
	const linearFlops = modelFlopsPerToken - attentionFlops + imbalanceFlops;
	const recomputeFactor = full ? 4 / 3 : 1;
	const hardwareFlopsPerToken = (linearFlops + attentionFlops) * recomputeFactor;
	const attentionPeak = system.denseFlopsPerS.bf16 ?? peakFlopsPerS;
	const effectiveChips = chips * eff.computeFraction;
	const flopsS =
		(tokens * recomputeFactor * (linearFlops / peakFlopsPerS + attentionFlops / attentionPeak)) /
		effectiveChips;
	// Roofline per microbatch: the chip streams its weights three times (forward, both backward
	// GEMMs) at the training precision and reads + writes its gradient accumulator, held at the
	// memory model's bytes per gradient (memory.ts: BF16, ZeRO's 16 B per parameter). It had read
	// FP32 main grads (2 × 4 B) that the memory model never held (helper-110); both now take one
	// assumption. Binds when few tokens meet many weights (small microbatches, experts without
	// expert parallelism).
	const held = paramsPerChip(model, layout);
	const bytesPerParam =
		3 * BYTES_PER_VALUE[settings.precision] + 2 * TRAINING_MEMORY_ASSUMPTIONS.gradBytesPerParam;
	const bytesPerMicrobatch = (held.dense + held.expert) * bytesPerParam;
	const hbmS = (m * bytesPerMicrobatch) / (system.hbmBytesPerS * eff.hbmBwFraction);
	// Norms, residual adds, SwiGLU and MoE permutes stream activations through HBM between the
	// GEMMs (elementwise.ts); every chip holds tokens ÷ chips of them, layers split by pp.
	// The routed share is stretched by the busiest expert's load (eff.moeImbalance) under EP.
	const elementwisePerToken = context.elementwiseBytesPerToken[full ? 1 : 0][ep > 1 ? 1 : 0];
	const elementwiseS =
		(tokens * elementwisePerToken) / (chips * system.hbmBytesPerS * eff.hbmBwFraction);
	const computeS = Math.max(flopsS, hbmS) + elementwiseS;
	// Bubble: (p−1)/v microbatch slots idle, each computeS/m long.
	const bubbleS = pp > 1 ? (computeS * (pp - 1)) / (v * m) : 0;

	// TP with sequence parallelism: per layer 2 all-gathers + 2 reduce-scatters forward, the same
	// backward (and again when recomputing) = 4 (6) all-reduce equivalents of the activations, each
	// one reduce-scatter + one all-gather (so in-switch reduction does not apply).
	const tpCollectives = tp > 1 ? m * layersPerStage * (full ? 6 : 4) : 0;
	const tpBytes = seqShardTokens * d * act;
	const tensorParallel = sum(
		repeated(fabric, 'reduce-scatter', placement.tp, tpBytes, tpCollectives),
		repeated(fabric, 'all-gather', placement.tp, tpBytes, tpCollectives)
	);

	// CP (ring attention): per layer, all-gather K,V forward; all-gather + reduce-scatter backward.
	const cpPasses = cp > 1 ? m * layersPerStage * (full ? 4 : 3) : 0;
	const cpBytes = microbatchTokens * kvBytesPerTokenPerRank(settings, tp, act);
	const contextParallel = repeated(fabric, 'all-gather', placement.cp, cpBytes, cpPasses);

	// PP: each microbatch chunk sends its activations forward and their gradients back; the slowest
	// stage boundary sets the pace, so a pipeline spanning domains runs at scale-out speed.
	const pipelineSends = pp > 1 ? m * v * 2 : 0;
	const pipelineBytes = (seqShardTokens * d * act) / tp;
	const pipeline = repeated(fabric, 'point-to-point', placement.pp, pipelineBytes, pipelineSends);

	// EP: per MoE layer dispatch + combine forward and backward = 4 all-to-alls (6 with recompute);
	// each chip sends its tokens' k expert copies, (ep−1)/ep of them to other chips. EP groups are
	// consecutive ranks: the share inside the domain rides scale-up, the rest scale-out.
	const moe = model.moe;
	const allToAlls = moe && ep > 1 ? m * (moe.moeLayers / pp) * (full ? 6 : 4) : 0;
	const a2aBytes = moe ? (seqShardTokens / tp) * moe.expertsPerToken * d * act : 0;
	const expert = repeated(allToAllFabric, 'all-to-all', placement.ep, a2aBytes, allToAlls);

	// DP: reduce-scatter grads + all-gather params (distributed optimizer) = 2 ring passes per step;
	// FSDP gathers weights for every microbatch forward and backward: 2m + 1 passes.
	const grad = TRAINING_MEMORY_ASSUMPTIONS.gradBytesPerParam;
	const params = held;
	const groups = dataParallelGroups(layout);
	const dpPasses = layout.fsdp ? 2 * m + 1 : 2;
	// One pass = one reduce-scatter (or all-gather): the same ring time, so RS stands for both.
	const dataParallel = sum(
		repeated(fabric, 'reduce-scatter', placement.dp, params.dense * grad, dpPasses),
		repeated(fabric, 'reduce-scatter', placement.expertDp, params.expert * grad, dpPasses)
	);

	const computePathS = computeS + bubbleS;
	const parts = [tensorParallel, contextParallel, pipeline, expert, dataParallel];
	const scaleUpS = parts.reduce((sum, p) => sum + p.upS, 0);
	const scaleOutS = parts.reduce((sum, p) => sum + p.outS, 0);
	const lowS = Math.max(computePathS, scaleUpS, scaleOutS);
	const highS = computePathS + scaleUpS + scaleOutS;
	const overlap = Math.min(1, Math.max(0, settings.overlap));
	// Memory binds when the GEMMs wait on HBM or the memory-bound kernels outlast the FLOPs.
	const memoryBound = hbmS > flopsS || elementwiseS > flopsS;
	const computeBound: Resource = memoryBound ? 'memory-bandwidth' : 'compute';
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
		elementwiseS,
		elementwiseBytesPerToken: elementwisePerToken,
		computeS,
		computeBound,
		bubbleS,
		computePathS,
		// Fields written out, not spread: spreads into literals were half the scale curve's time
		// (V8 clones them on a slow path), and this runs for every layout of every search.
		tensorParallel: {
			upS: tensorParallel.upS,
			outS: tensorParallel.outS,
			collectives: tpCollectives,
			bytes: tpBytes
		},
		contextParallel: {
			upS: contextParallel.upS,
			outS: contextParallel.outS,
			passes: cpPasses,
			bytes: cpBytes
		},
		pipeline: {
			upS: pipeline.upS,
			outS: pipeline.outS,
			sends: pipelineSends,
			bytes: pipelineBytes
		},
		expert: { upS: expert.upS, outS: expert.outS, allToAlls, bytes: a2aBytes },
		dataParallel: {
			upS: dataParallel.upS,
			outS: dataParallel.outS,
			passes: dpPasses,
			bytes: params.dense * grad,
			ranks: groups.dense,
			ranksPerDomain: placement.dp.chipsPerDomain
		},
		placement,
		oversubscription: fabric.scaleOut.oversubscription,
		scaleUpS,
		scaleOutS,
		lowS,
		highS,
		// point estimate: max + (1 − overlap) × (sum − max)
		stepS: lowS + (1 - overlap) * (highS - lowS),
		bound
	};
}
