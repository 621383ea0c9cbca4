import type { SummarySystem } from './sentences';
import { percentFormat, withMinusSign } from '../../format/percent';

/*
 * "What if": the scenario at one moment becomes the baseline, and the summary says how each
 * system's headline figures moved since. Pure: figures in, relative changes out.
 */

/** The headline figures of one system at the baseline or now. */
export interface Figures {
	name: string;
	/** Output tokens/s per chip at the target speed; null without a point there. */
	chipTokensPerS: number | null;
	/** Time to train; null while the worker computes or without an estimate. */
	timeToTrainS: number | null;
}

export interface Move {
	index: number;
	name: string;
	/** Relative change (0.014 = +1.4%); null when either side has no number. */
	inference: number | null;
	training: number | null;
}

export function figuresOf(systems: readonly SummarySystem[]): Figures[] {
	return systems.map((s) => ({
		name: s.name,
		chipTokensPerS: s.inference?.chipTokensPerS.value ?? null,
		timeToTrainS: s.training ? s.training.timeToTrainS.value : null
	}));
}

function change(before: number | null, after: number | null): number | null {
	if (before === null || after === null || !(before > 0) || !Number.isFinite(after)) return null;
	return after / before - 1;
}

/** Below this a change is rounding noise, not a move worth a line. */
const NOISE = 1e-9;

/**
 * How each system's figures moved from the baseline, for systems in the same slot on both sides;
 * a system whose figures did not move is left out.
 */
export function movesSince(baseline: readonly Figures[], now: readonly Figures[]): Move[] {
	const moves: Move[] = [];
	now.forEach((figures, index) => {
		const before = baseline[index];
		if (!before) return;
		const move = {
			index,
			name: figures.name,
			inference: change(before.chipTokensPerS, figures.chipTokensPerS),
			training: change(before.timeToTrainS, figures.timeToTrainS)
		};
		const moved = [move.inference, move.training].some((c) => c !== null && Math.abs(c) > NOISE);
		const appeared =
			(before.chipTokensPerS === null) !== (figures.chipTokensPerS === null) ||
			(before.timeToTrainS === null) !== (figures.timeToTrainS === null);
		if (moved || appeared) moves.push(move);
	});
	return moves;
}

/** A relative change as a signed percentage in the page's language: +1.4%, −4%. */
export function formatChange(value: number | null, tag: string): string {
	if (value === null || !Number.isFinite(value)) return '—';
	return withMinusSign(percentFormat(tag, 2, 'signed').format(value));
}
