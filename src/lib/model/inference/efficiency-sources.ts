import type { LlmSourceId } from '../../catalog/llm-sources';
import type { Efficiencies } from './efficiencies';

/**
 * Where each default efficiency comes from: the calibration cases, the sources and the arithmetic.
 * Its own module so the prose loads with the views that show it (the efficiency panel, /method,
 * /validation), not with the first visit that only needs the defaults.
 */
export interface EfficiencySource {
	/**
	 * Calibration cases (or other sheet sections) the default comes from: calibration.md's by
	 * number, calibration-2026.md's as "2026-n".
	 */
	cases: string[];
	sources: LlmSourceId[];
	nature: 'derived' | 'assumption';
	/** The arithmetic from the cited figures to the default. */
	note: string;
}

export const EFFICIENCY_SOURCES: Record<keyof Efficiencies, EfficiencySource> = {
	computeFraction: {
		cases: ['23', '3'],
		sources: ['AZ_BENCH', 'CM384_PAPER'],
		nature: 'derived',
		note: 'Large FP8 GEMMs reach 66–69% of peak on H200 and ~58% on GB200 (2,877 of 5,000 TFLOP/s); CloudMatrix MLA 65.4%. Serving GEMMs are smaller (FP8 1K³ reaches only 489 TFLOP/s on GB200), so 0.60, near their low end (GB200’s 58%).'
	},
	hbmFraction: {
		cases: ['23', '3'],
		sources: ['AZ_BENCH', 'CM384_PAPER'],
		nature: 'derived',
		note: 'STREAM-like HBM 83–93% on H200, 7.35 of 8 TB/s (92%) on GB200; memory-bound MLA 84.1% (CloudMatrix) and 89.6% (H800): 0.85.'
	},
	scaleUpFraction: {
		cases: ['21', '22', '24'],
		sources: ['NCCL_212', 'AZ_BENCH_7', 'DEEPEP'],
		nature: 'derived',
		note: 'Ring all-reduce without NVLS ~370 of 450 GB/s (0.82) on 8×H100; nvbandwidth ~770 of 900 GB/s (0.86) on GB200; DeepEP intranode ~153–158 GB/s on H800 NVLink: 0.80.'
	},
	scaleOutFraction: {
		cases: ['24'],
		sources: ['DEEPEP'],
		nature: 'derived',
		note: 'DeepEP low-latency kernels at EP256 move 39–40 GB/s over 400 Gb/s (50 GB/s) RDMA: 0.80.'
	},
	scaleUpLatencyS: {
		cases: ['21', '22'],
		sources: ['AZ_BENCH', 'AZ_BENCH_7'],
		nature: 'derived',
		note: 'Intercept of t = α + S/β through two points of NCCL all-reduce curves: GB200 tray 1 MiB / 128 MiB gives α ≈ 17 µs; 8×H200 1 MiB / 256 MiB gives α ≈ 30 µs. Between them: 20 µs.'
	},
	scaleOutLatencyS: {
		cases: ['21', 'specs.md §11.2'],
		sources: ['AZ_BENCH'],
		nature: 'assumption',
		note: 'Assumption: the scale-up α plus 10 µs, the upper end of the extra hardware latency of InfiniBand / RoCE (1–10 µs) over NVLink (1–2 µs) that a low-authority interconnect explainer gives as orders of magnitude; no calibration case isolates it.'
	},
	moeImbalance: {
		cases: ['5'],
		sources: ['LMSYS_EP'],
		nature: 'derived',
		note: 'LMSYS prefill, 4K input: simulated perfect EPLB 59,337 vs default 50,302 tok/s per node = 1.18 (calibration notes: 15–20%).'
	},
	stepOverheadS: {
		cases: [],
		sources: [],
		nature: 'assumption',
		note: 'Assumption: ~1 ms per step of scheduling, launch and sampling left after CUDA graphs; no calibration case isolates it.'
	},
	memoryReserveFraction: {
		cases: [],
		sources: ['ENGINE_MEM'],
		nature: 'assumption',
		note: 'Assumption: engines hand ~90% of HBM to weights and KV cache by default (vLLM gpu_memory_utilization 0.90, TensorRT-LLM free_gpu_memory_fraction 0.9): 0.10 held back.'
	},
	overlapFraction: {
		cases: ['5'],
		sources: ['LMSYS_EP'],
		nature: 'assumption',
		note: 'Assumption for prefill: halfway between perfect and no overlap. Engines overlap part of communication with compute (two-batch overlap: +27–35% prefill in case 5; microbatch pipelining +23–31% on CloudMatrix, case 1) but not all of it.'
	},
	decodeOverlapFraction: {
		cases: ['2026-2'],
		sources: ['CM384_PAPER'],
		nature: 'derived',
		note: 'CloudMatrix-Infer’s decode ablation: two-stream microbatching speeds decode by 5.8–9.4%. With the model’s own terms at case 2’s 50 ms point (compute 49.5 ms; memory, communication and fixed time 40.5 ms more; their sum 90 ms with no overlap), a 1.058–1.094× gain means step = 52.2 + (1 − o) × 37.8 ms = 85.1–82.3 ms (the fixed kernel time, which no overlap hides, counted with compute), so o = 0.13–0.20: 0.15. Decode kernels are small and per layer; little of their time hides behind another resource.'
	}
};
