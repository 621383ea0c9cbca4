import type { LlmSourceId } from '../../catalog/llm-sources';
import { MIN_GEMM_ROWS, SERVING_LATENCY, type ServingLatency } from './latency';

/**
 * Where each serving latency assumption comes from. Its own module so the prose loads with the
 * pages that show it (/method, /validation, the efficiency panel), not with the first visit.
 */
export interface ServingAssumptionSource {
	value: number;
	unit: string;
	cases: string[];
	sources: LlmSourceId[];
	nature: 'derived' | 'assumption';
	/** The arithmetic from the cited figures to the value. */
	note: string;
}

/** What /method and the formula inspector show for each of SERVING_LATENCY. */
export const SERVING_LATENCY_SOURCES: Record<keyof ServingLatency, ServingAssumptionSource> = {
	perDoublingS: {
		value: SERVING_LATENCY.perDoublingS,
		unit: 's',
		cases: ['21', '22', '24'],
		sources: ['AZ_BENCH', 'AZ_BENCH_7', 'DEEPEP', 'CM384_PAPER', 'SGL_KERNEL_NPU'],
		nature: 'derived',
		note: 'Slope of the least-squares fit α(G) = a + b · log2(G) over the 14 small-message collectives of the calibration points table above (each minus its bytes at 0.8 of line rate), the intercept a held at the scale-up latency default (20 µs, from the NCCL curves): b ≈ 9.5 µs per doubling. α(8) ≈ 48 µs, α(72) ≈ 78 µs, α(256) ≈ 96 µs per dispatch or combine; residuals −40 to +43 µs (Ascend dispatch slower, NCCL faster).'
	},
	layerFixedS: {
		value: SERVING_LATENCY.layerFixedS,
		unit: 's',
		cases: ['23'],
		sources: ['AZ_BENCH'],
		nature: 'assumption',
		note: 'Derived per kernel: FP8 1K³ at 489 TFLOP/s takes 4.39 µs, of which 0.75 µs is work at the 8K³ rate (2,876.6 TFLOP/s) on GB200: 3.65 µs fixed. Assumption: 8 matrix kernels per decoder layer, so 29 µs per layer per forward pass (1.8 ms for DeepSeek-R1’s 61 layers), serial with the rest of the step.'
	},
	minGemmRows: {
		value: MIN_GEMM_ROWS,
		unit: 'rows',
		cases: ['23'],
		sources: ['PTX_WGMMA', 'AZ_BENCH'],
		nature: 'derived',
		note: 'Hopper and Blackwell tensor-core instructions compute 64 rows at a time (wgmma m64nNk*), so an expert GEMM over fewer tokens pays for 64: expert FLOPs on the busiest chip are max(token-expert pairs, experts read × 64) × 2 × params.'
	},
	tpotTailRatio: {
		value: SERVING_LATENCY.tpotTailRatio,
		unit: '1',
		cases: ['MLPerf rules', '2026-2'],
		sources: ['MLPERF_CONF', 'CM384_PAPER'],
		nature: 'assumption',
		note: 'MLPerf’s TPOT bounds are 99th percentiles (mlperf.conf); the model computes a mean step. Assumption: p99 TPOT = 1.2 × mean, near the upper end (1.22×) of how far CloudMatrix-Infer’s measured TPOT sits under its bounds (50 ms: 46.8-49.4; 30 ms: 24.6 = 1.22×; 15 ms: 14.9). A 15 ms p99 target is read as a 12.5 ms mean. No case measures the distribution itself.'
	},
	ttftTailRatio: {
		value: SERVING_LATENCY.ttftTailRatio,
		unit: '1',
		cases: ['MLPerf rules'],
		sources: ['MLPERF_CONF'],
		nature: 'assumption',
		note: 'MLPerf’s TTFT bounds are 99th percentiles; prompts also queue behind each other under random arrivals, so the tail is wider than for TPOT. Assumption: p99 TTFT = 1.5 × mean (a 2 s bound is met by a 1.33 s mean pass). No calibration case isolates it.'
	},
	draftAcceptance: {
		value: SERVING_LATENCY.draftAcceptance,
		unit: '1',
		cases: ['5'],
		sources: ['P1', 'LMSYS_EP', 'SPEC_DECODING'],
		nature: 'assumption',
		note: 'Speculative decoding drafts a chain of tokens and verifies all of them. Each draft is accepted with p once the earlier ones are, and the first rejection ends the chain (Leviathan et al.), so n drafts accept 1 + p + … + pⁿ tokens per step. A setting of a tokens accepted per step is charged the chain that accepts that many, n = ln(1 − a(1 − p)) ÷ ln p − 1 drafts: 1 for a = 1.8, 3 for 2.952 (InferenceX’s MTP 3, as measured), and the verify pass runs 1 + n tokens per sequence. No chain accepts 1 ÷ (1 − p) = 5 tokens, so the setting stops at 4.5 (9.3 drafts). DeepSeek-V3 reports 85-90% acceptance of its MTP token; LMSYS assumed 60% for its simulated MTP (case 5). Assumption: 0.8, between them, not falling with a draft’s depth.'
	},
	draftLayers: {
		value: SERVING_LATENCY.draftLayers,
		unit: 'layers',
		cases: [],
		sources: ['P1'],
		nature: 'assumption',
		note: 'DeepSeek-V3’s MTP module is one transformer layer plus the shared output head. Assumption: every model drafts with one such layer, each drafted token costing a one-token pass through 1/layers of the model (its weights without the output head, FLOPs and fixed time) and then a read of the whole output head (draftHeadChips), in sequence before the verify pass. While drafting, every instance also holds that layer as one more layer of the model: its 1/layers share of the always-read weights without the head it shares, one MoE layer’s routed experts and its own KV cache.'
	},
	draftHeadChips: {
		value: SERVING_LATENCY.draftHeadChips,
		unit: 'chips',
		cases: [],
		sources: ['TRTLLM_LM_HEAD_TP', 'SRT_MTP_RECIPE', 'LMSYS_EP'],
		nature: 'assumption',
		note: 'The draft layer has no output head of its own, so each drafted token reads the model’s head again (in BF16, as the model holds it). With attention data-parallel, every rank holds the whole head (split only over its TP group). TensorRT-LLM’s lm-head TP in attention DP (enable_lm_head_tp_in_adp, set in the DEP32 MTP recipe cited for the GB200 rows) splits the draft’s head over nearest_in_buckets(256 ÷ tokens on the rank, [1, GPUs per node]) GPUs: the 4 GPUs of a GB200 tray while a rank holds at most 85 tokens, 2 up to 128, 1 beyond; SGLang reads it whole (split 1). No system here states its node size, so the rule cannot follow it. Assumption: 4 chips on every system at every batch, never fewer than the TP group nor more than the stage: each chip reads 1/4 of the head per drafted token and computes 1/4 of the vocabulary for 4 ranks’ tokens, the same FLOPs as a whole head for its own.'
	}
};
