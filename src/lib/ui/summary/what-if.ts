import type { SummarySystem } from './sentences';
import { percentFormat, withMinusSign } from '../../format/percent';

/*
 * "What if": the scenario at one moment becomes the baseline, and the summary says how each
 * system's headline figures moved since. Pure: figures in, relative changes out.
 */

/** The headline figures of one system at the baseline or now. */
export interface Figures {
	/** Which system this is, whatever its slot: its preset, or 'custom'. */
	id: string;
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
		id: s.id ?? s.name,
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
 * The baseline's system each system of now is: the same one (preset, or custom) in the same slot,
 * else the first of its kind not yet taken, in slot order; -1 for a system the baseline lacks.
 * By slot alone, moving A after B "moved" GB200 NVL72 by +200% (it was compared with CloudMatrix
 * 384's old figures), and a preset replaced in its slot was compared with the one it replaced.
 */
export function matchBaseline(baseline: readonly Figures[], now: readonly Figures[]): number[] {
	const sameSlot = now.map((f, i) => baseline[i]?.id === f.id);
	// Baseline systems already paired: those that kept their slot, then each one matched.
	const taken = baseline.map((_, k) => sameSlot[k] === true);
	return now.map((f, i) => {
		if (sameSlot[i]) return i;
		const j = baseline.findIndex((b, k) => b.id === f.id && !taken[k]);
		if (j === -1) return -1;
		taken[j] = true;
		return j;
	});
}

/**
 * How each system's figures moved from the baseline, each against the same system there
 * (matchBaseline); a system whose figures did not move, or that the baseline lacks, is left out
 * (`added` lists the latter).
 */
export function movesSince(
	baseline: readonly Figures[],
	now: readonly Figures[]
): { moves: Move[]; added: string[] } {
	const moves: Move[] = [];
	const added: string[] = [];
	const match = matchBaseline(baseline, now);
	now.forEach((figures, index) => {
		const before = baseline[match[index]!];
		if (!before) {
			added.push(figures.name);
			return;
		}
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
	return { moves, added };
}

/** A relative change as a signed percentage in the page's language: +1.4%, −4%. */
export function formatChange(value: number | null, tag: string): string {
	if (value === null || !Number.isFinite(value)) return '—';
	return withMinusSign(percentFormat(tag, 2, 'signed').format(value));
}
