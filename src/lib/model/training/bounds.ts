import type { Bounds } from '../bounds';
import { isPrecision } from '../precision';
import type { TrainingLayout, TrainingSettings } from './types';

/**
 * Ranges the training inputs are clamped to; shared by sliders, links and property tests. Every
 * output stays finite inside them (an input the model cannot serve gives Unavailable, not NaN).
 */
export const TRAINING_BOUNDS = {
	/** 1e9 (a toy run) to 1e15 tokens (60× Llama 3's 15T). */
	tokensToTrain: { min: 1e9, max: 1e15, log: true },
	/** 1 Ki tokens to 1 G tokens per step. */
	globalBatchTokens: { min: 1024, max: 1e9, log: true },
	/** 128 tokens to 1 Mi tokens per sequence. */
	sequenceTokens: { min: 128, max: 1_048_576, log: true, integer: true },
	systems: { min: 1, max: 100_000, log: true, integer: true },
	overlap: { min: 0, max: 1, log: false },
	/** Any one parallel degree. */
	degree: { min: 1, max: 100_000, log: true, integer: true },
	microbatches: { min: 1, max: 1_000_000, log: true }
} as const satisfies Record<string, Bounds>;

function clampTo(value: number, bounds: Bounds): number {
	const v = Number.isNaN(value) ? bounds.min : value;
	const rounded = bounds.integer ? Math.round(v) : v;
	return Math.min(bounds.max, Math.max(bounds.min, rounded));
}

function normalizeLayout(layout: TrainingLayout): TrainingLayout {
	const degree = (n: number) => clampTo(n, TRAINING_BOUNDS.degree);
	const out: TrainingLayout = {
		tp: degree(layout.tp),
		pp: degree(layout.pp),
		ep: degree(layout.ep),
		dp: degree(layout.dp),
		microbatches: clampTo(layout.microbatches, TRAINING_BOUNDS.microbatches)
	};
	if (layout.cp !== undefined) out.cp = degree(layout.cp);
	if (layout.virtualStages !== undefined) out.virtualStages = degree(layout.virtualStages);
	if (layout.fsdp !== undefined) out.fsdp = layout.fsdp;
	if (layout.recompute !== undefined) out.recompute = layout.recompute;
	return out;
}

/** Clamp every number into TRAINING_BOUNDS; a batch is at least one sequence. */
export function normalizeTrainingSettings(settings: TrainingSettings): TrainingSettings {
	const b = TRAINING_BOUNDS;
	const sequenceTokens = clampTo(settings.sequenceTokens, b.sequenceTokens);
	return {
		...settings,
		tokensToTrain: clampTo(settings.tokensToTrain, b.tokensToTrain),
		sequenceTokens,
		globalBatchTokens: Math.max(
			sequenceTokens,
			clampTo(settings.globalBatchTokens, b.globalBatchTokens)
		),
		systems: clampTo(settings.systems, b.systems),
		overlap: clampTo(settings.overlap, b.overlap),
		precision: isPrecision(settings.precision) ? settings.precision : 'bf16',
		layout: settings.layout === null ? null : normalizeLayout(settings.layout)
	};
}
