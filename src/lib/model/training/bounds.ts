import type { Bounds } from '../bounds';

/**
 * Ranges of the per-system training inputs (systems joined, a pinned layout's degrees); the run's
 * own inputs (tokens, batch, sequence, overlap) are declared in inputs/training.ts. Every
 * output stays finite inside them (an input the model cannot serve gives Unavailable, not NaN).
 */
export const TRAINING_BOUNDS = {
	systems: { min: 1, max: 100_000, log: true, integer: true },
	/** Any one parallel degree. */
	degree: { min: 1, max: 100_000, log: true, integer: true },
	microbatches: { min: 1, max: 1_000_000, log: true }
} as const satisfies Record<string, Bounds>;
