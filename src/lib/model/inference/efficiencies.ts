import type { LlmSourceId } from '../../catalog/llm-sources';
import type { Bounds } from '../bounds';

/**
 * The inference model's global efficiencies: one visible, editable set for every system and
 * scenario, never tuned per system. Each default is traced to shared/data/calibration.md below.
 */
export interface Efficiencies {
	/** Achieved fraction of dense peak FLOP/s in matrix units. */
	computeFraction: number;
	/** Achieved fraction of HBM bandwidth. */
	hbmFraction: number;
	/** Achieved fraction of scale-up (NVLink, UB) bandwidth per direction. */
	scaleUpFraction: number;
	/** Achieved fraction of scale-out (InfiniBand / RoCE) bandwidth per direction. */
	scaleOutFraction: number;
	/**
	 * Fixed cost of one collective message inside a scale-up domain (alpha of alpha-beta): the
	 * intercept of α(G) = intercept + slope · log2(G); the slope is fitted in latency.ts.
	 */
	scaleUpLatencyS: number;
	/** Fixed cost of one collective message that crosses domains over scale-out. */
	scaleOutLatencyS: number;
	/** Busiest expert-parallel rank's load ÷ mean load (1 = perfect balance). */
	moeImbalance: number;
	/** Host-side cost per forward step (scheduling, launch, sampling) not hidden by the GPU. */
	stepOverheadS: number;
	/** Share of HBM held back from weights and KV cache (activations, runtime, fragmentation). */
	memoryReserveFraction: number;
	/**
	 * Where the point estimate sits between the bounds: 1 = perfect overlap (max of the terms),
	 * 0 = none (their sum). step = low + (1 − overlap) · (high − low).
	 */
	overlapFraction: number;
	/**
	 * The same for decode steps, whose small per-layer kernels leave little to overlap (two-stream
	 * microbatching gains only 6-9 % in decode, against 23-35 % in prefill).
	 */
	decodeOverlapFraction: number;
}

export const DEFAULT_EFFICIENCIES: Efficiencies = {
	computeFraction: 0.6,
	hbmFraction: 0.85,
	scaleUpFraction: 0.8,
	scaleOutFraction: 0.8,
	scaleUpLatencyS: 20e-6,
	scaleOutLatencyS: 30e-6,
	moeImbalance: 1.18,
	stepOverheadS: 1e-3,
	memoryReserveFraction: 0.1,
	overlapFraction: 0.5,
	decodeOverlapFraction: 0.15
};

export const EFFICIENCY_BOUNDS: Record<keyof Efficiencies, Bounds> = {
	computeFraction: { min: 0.05, max: 1, log: false },
	hbmFraction: { min: 0.05, max: 1, log: false },
	scaleUpFraction: { min: 0.05, max: 1, log: false },
	scaleOutFraction: { min: 0.05, max: 1, log: false },
	scaleUpLatencyS: { min: 0, max: 1e-3, log: false },
	scaleOutLatencyS: { min: 0, max: 1e-3, log: false },
	moeImbalance: { min: 1, max: 4, log: false },
	stepOverheadS: { min: 0, max: 0.1, log: false },
	memoryReserveFraction: { min: 0, max: 0.9, log: false },
	overlapFraction: { min: 0, max: 1, log: false },
	decodeOverlapFraction: { min: 0, max: 1, log: false }
};

export interface EfficiencySource {
	/** calibration.md case numbers (or other sheet sections) the default comes from. */
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
		note: 'Large FP8 GEMMs reach 66–69 % of peak on H200 and ~58 % on GB200 (2,877 of 5,000 TFLOP/s); CloudMatrix MLA 65.4 %. Serving GEMMs are smaller (FP8 1K³ reaches only 489 TFLOP/s on GB200), so 0.60, the low end.'
	},
	hbmFraction: {
		cases: ['23', '3'],
		sources: ['AZ_BENCH', 'CM384_PAPER'],
		nature: 'derived',
		note: 'STREAM-like HBM 83–93 % on H200, 7.35 of 8 TB/s (92 %) on GB200; memory-bound MLA 84.1 % (CloudMatrix) and 89.6 % (H800): 0.85.'
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
		note: 'Assumption: the scale-up α plus 10 µs, the upper end of the extra hardware latency of InfiniBand / RoCE (1–10 µs) over NVLink (1–2 µs) in specs.md §11.2; no calibration case isolates it.'
	},
	moeImbalance: {
		cases: ['5'],
		sources: ['LMSYS_EP'],
		nature: 'derived',
		note: 'LMSYS prefill, 4K input: simulated perfect EPLB 59,337 vs default 50,302 tok/s per node = 1.18 (calibration notes: 15–20 %).'
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
		note: 'Assumption: engines hand ~90 % of HBM to weights and KV cache by default (vLLM gpu_memory_utilization 0.90, TensorRT-LLM free_gpu_memory_fraction 0.9): 0.10 held back.'
	},
	overlapFraction: {
		cases: ['5'],
		sources: ['LMSYS_EP'],
		nature: 'assumption',
		note: 'Assumption for prefill: halfway between perfect and no overlap. Engines overlap part of communication with compute (two-batch overlap: +27–35 % prefill in case 5; microbatch pipelining +23–31 % on CloudMatrix, case 1) but not all of it.'
	},
	decodeOverlapFraction: {
		cases: ['2'],
		sources: ['CM384_PAPER'],
		nature: 'derived',
		note: 'CloudMatrix-Infer’s decode ablation: two-stream microbatching speeds decode by 5.8–9.4 %. With the model’s own terms at case 2’s 50 ms point (compute 49.5 ms; memory, communication and fixed time 38.5 ms more; their sum 90 ms with no overlap), a 1.058–1.094× gain means step = 52.2 + (1 − o) × 37.8 ms = 85.1–82.3 ms, so o = 0.13–0.20: 0.15. Decode kernels are small and per layer; little of their time hides behind another resource.'
	}
};

/** Clamp every efficiency into EFFICIENCY_BOUNDS; NaN falls back to the default. */
export function normalizeEfficiencies(e: Efficiencies): Efficiencies {
	const out = { ...e };
	for (const key of Object.keys(EFFICIENCY_BOUNDS) as (keyof Efficiencies)[]) {
		const { min, max } = EFFICIENCY_BOUNDS[key];
		const v = e[key];
		out[key] = Number.isNaN(v) ? DEFAULT_EFFICIENCIES[key] : Math.min(max, Math.max(min, v));
	}
	return out;
}
