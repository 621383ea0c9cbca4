import type { LlmSourceId } from '../../catalog/llm-sources';
import { DEFAULT_EFFICIENCIES } from './efficiencies';
import { DRAFT_ACCEPTANCE } from './draft';

/**
 * Fixed costs that grow with the work: the collective latency α(G) of a group of G chips, and the
 * launch cost of every layer's kernels. Fitted once to operator-level measurements
 * (calibration.md cases 21-24), never to a system-level result, and exported with their data
 * points and residuals so /method can show the fit.
 */

/** One published small-message collective time and the bandwidth share the model takes out. */
export interface LatencyPoint {
	label: string;
	case: string;
	source: LlmSourceId;
	/** Chips in the collective. */
	group: number;
	measuredS: number;
	/** Bytes each chip sends (the model's own bandwidth rule), and the achieved rate it sends at. */
	bytesPerChip: number;
	bytesPerS: number;
}

/** 128 tokens × top-8 × hidden 7,168: the low-latency dispatch batch of case 24. */
const LL_PAIRS = 128 * 8 * 7168;
/** Achieved fraction of line rate for the bandwidth share (EFFICIENCY_SOURCES.scaleUpFraction). */
const UP_FRACTION = 0.8;
/** H800 NVLink 200 GB/s per direction (case 21: 400 GB/s bidirectional). */
const H800_UP = 200e9 * UP_FRACTION;
/** Ascend 910C UB ~196 GB/s per die per direction (case 25). */
const UB_UP = 196e9 * UP_FRACTION;

function lowLatency(
	label: string,
	source: LlmSourceId,
	group: number,
	measuredUs: number,
	bytesPerValue: number,
	bytesPerS: number
): LatencyPoint {
	// Each chip sends its tokens' copies to the (G − 1)/G of experts held elsewhere.
	const bytesPerChip = (LL_PAIRS * bytesPerValue * (group - 1)) / group;
	return {
		label,
		case: '24',
		source,
		group,
		measuredS: measuredUs * 1e-6,
		bytesPerChip,
		bytesPerS
	};
}

/**
 * Scale-up collectives (NVLink, UB) whose time is not all bandwidth. Left out: NCCL curves above
 * 1 MB (bandwidth-bound; NVLS also beats the ring rate), and DeepEP EP256 over RDMA, whose
 * 194 / 360 µs are the bandwidth term alone (39-40 GB/s = 0.8 × 50 GB/s leaves α ≈ 0-11 µs).
 */
export const LATENCY_POINTS: readonly LatencyPoint[] = [
	{
		label: 'NCCL all-reduce 1 MB, 8×H200 (53.0 GB/s busBW)',
		case: '21',
		source: 'AZ_BENCH',
		group: 8,
		measuredS: (1e6 * 1.75) / 53.0e9,
		bytesPerChip: 1e6 * 1.75,
		bytesPerS: 450e9 * UP_FRACTION
	},
	{
		label: 'NCCL all-reduce 1 MB, one GB200 tray of 4 (80.5 GB/s busBW)',
		case: '22',
		source: 'AZ_BENCH_7',
		group: 4,
		measuredS: (1e6 * 1.5) / 80.5e9,
		bytesPerChip: 1e6 * 1.5,
		bytesPerS: 900e9 * UP_FRACTION
	},
	lowLatency('DeepEP dispatch EP8, H800 (FP8)', 'DEEPEP', 8, 77, 1, H800_UP),
	lowLatency('DeepEP combine EP8, H800 (BF16)', 'DEEPEP', 8, 114, 2, H800_UP),
	lowLatency('CloudMatrix dispatch EP8 (INT8)', 'CM384_PAPER', 8, 116, 1, UB_UP),
	lowLatency('CloudMatrix dispatch EP256 (INT8)', 'CM384_PAPER', 256, 152, 1, UB_UP),
	lowLatency('CloudMatrix combine EP8 (BF16)', 'CM384_PAPER', 8, 118, 2, UB_UP),
	lowLatency('CloudMatrix combine EP256 (BF16)', 'CM384_PAPER', 256, 149, 2, UB_UP),
	lowLatency('DeepEP-Ascend dispatch EP8', 'SGL_KERNEL_NPU', 8, 132, 1, UB_UP),
	lowLatency('DeepEP-Ascend dispatch EP16', 'SGL_KERNEL_NPU', 16, 139, 1, UB_UP),
	lowLatency('DeepEP-Ascend dispatch EP32', 'SGL_KERNEL_NPU', 32, 153, 1, UB_UP),
	lowLatency('DeepEP-Ascend combine EP8', 'SGL_KERNEL_NPU', 8, 126, 2, UB_UP),
	lowLatency('DeepEP-Ascend combine EP16', 'SGL_KERNEL_NPU', 16, 135, 2, UB_UP),
	lowLatency('DeepEP-Ascend combine EP32', 'SGL_KERNEL_NPU', 32, 151, 2, UB_UP)
];

export interface LatencyFit {
	/** α(G) = interceptS + perDoublingS · log2(G). */
	interceptS: number;
	perDoublingS: number;
	points: (LatencyPoint & { alphaS: number; fittedS: number; residualS: number })[];
}

/**
 * Least squares of α_i = measured − bytes/rate against log2(G), the intercept held at
 * `interceptS` (the scale-up latency default, from the NCCL curves of cases 21-22), so only the
 * slope is fitted: b = Σ x_i (α_i − a) / Σ x_i².
 */
export function fitLatency(points: readonly LatencyPoint[], interceptS: number): LatencyFit {
	const xs = points.map((p) => Math.log2(p.group));
	const ys = points.map((p) => p.measuredS - p.bytesPerChip / p.bytesPerS);
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < points.length; i++) {
		sxy += xs[i]! * (ys[i]! - interceptS);
		sxx += xs[i]! ** 2;
	}
	const perDoublingS = sxx > 0 ? sxy / sxx : 0;
	return {
		interceptS,
		perDoublingS,
		points: points.map((p, i) => {
			const fittedS = interceptS + perDoublingS * xs[i]!;
			return { ...p, alphaS: ys[i]!, fittedS, residualS: ys[i]! - fittedS };
		})
	};
}

export const LATENCY_FIT: LatencyFit = fitLatency(
	LATENCY_POINTS,
	DEFAULT_EFFICIENCIES.scaleUpLatencyS
);

/**
 * Fixed time of one matrix kernel, from case 23 on GB200: FP8 1K³ runs at 489 TFLOP/s while 8K³
 * runs at 2,876.6, so a 1K³ GEMM takes 2·1024³/489e12 = 4.39 µs of which 2·1024³/2,876.6e12 =
 * 0.75 µs is work at the large-shape rate: 3.65 µs is launch, ramp and tail.
 */
export const MATMUL_KERNEL_FIXED_S = (2 * 1024 ** 3) / 489e12 - (2 * 1024 ** 3) / 2876.6e12;
/**
 * Assumption: a decoder layer launches about 8 matrix kernels in decode (attention projections,
 * output projection, FFN or grouped-expert GEMMs in and out, router) each with that fixed cost;
 * norms, attention and communication kernels are counted in their own terms.
 */
export const MATMUL_KERNELS_PER_LAYER = 8;

/**
 * Rows one tensor-core matrix instruction computes (wgmma m64nNk*): an expert GEMM with fewer
 * tokens than this still pays for 64 rows, so small per-expert batches of decode run below peak.
 */
export const MIN_GEMM_ROWS = 64;

/** Cited shape and latency assumptions the serving model adds; zero them for the ideal model. */
export interface ServingLatency {
	/** α(G) slope: extra fixed time per collective per doubling of the group. */
	perDoublingS: number;
	/** Fixed kernel time per layer per forward pass. */
	layerFixedS: number;
	/** Fewest rows an expert GEMM is charged for (tensor-core tile height). */
	minGemmRows: number;
	/** 99th-percentile ÷ mean time per output token: targets are p99 bounds, the model a mean. */
	tpotTailRatio: number;
	/** 99th-percentile ÷ mean time to first token. */
	ttftTailRatio: number;
	/** Share of drafted tokens the target model accepts (speculative decoding / MTP). */
	draftAcceptance: number;
	/** Layers of the draft model (DeepSeek's MTP module is one). */
	draftLayers: number;
	/**
	 * Chips one drafted token's read of the output head is split over (at least its TP group, at
	 * most its stage): each chip reads 1/draftHeadChips of the head per drafted token.
	 */
	draftHeadChips: number;
}

export const SERVING_LATENCY: ServingLatency = {
	perDoublingS: Math.max(0, LATENCY_FIT.perDoublingS),
	layerFixedS: MATMUL_KERNELS_PER_LAYER * MATMUL_KERNEL_FIXED_S,
	minGemmRows: MIN_GEMM_ROWS,
	tpotTailRatio: 1.2,
	ttftTailRatio: 1.5,
	draftAcceptance: DRAFT_ACCEPTANCE,
	draftLayers: 1,
	// TensorRT-LLM's lm-head TP in attention DP over a GB200 tray (latency-sources.ts).
	draftHeadChips: 4
};

export const NO_SERVING_LATENCY: ServingLatency = {
	perDoublingS: 0,
	layerFixedS: 0,
	minGemmRows: 0,
	tpotTailRatio: 1,
	ttftTailRatio: 1,
	draftAcceptance: 1,
	draftLayers: 0,
	// No draft layers, no draft pass: the split is never used.
	draftHeadChips: 1
};

/**
 * The mean tokens/s per user a p99 target needs: a p99 time per token of 1 ÷ target is met by a
 * mean of 1 ÷ (target × tpotTailRatio). The frontier and the operating point are in means.
 */
export function targetMeanUserTokensPerS(
	targetUserTokensPerS: number,
	latency: ServingLatency = SERVING_LATENCY
): number {
	return targetUserTokensPerS * latency.tpotTailRatio;
}

/** α(G) for a fabric whose intercept is `interceptS`: intercept + slope · log2(G); 0 for G ≤ 1. */
export function collectiveAlphaS(interceptS: number, perDoublingS: number, group: number): number {
	return group > 1 ? interceptS + perDoublingS * Math.log2(group) : 0;
}
