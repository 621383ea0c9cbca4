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
