import type { SummarySystem } from './sentences';
import type { SystemSpec } from '../../model/system';
import type { ServingSettings } from '../../model/inference/serving';
import type { AssumptionDiff } from '../../share/diff';
import { percentFormat, withMinusSign } from '../../format/percent';
import '../../i18n/summary-messages';
import type { MessageKey } from '../../i18n';

/*
 * "What if": the scenario at one moment becomes the baseline, and the summary says how each
 * system's headline figures moved since. Pure: figures in, relative changes out.
 */

/** The headline figures of one system at the baseline or now. */
export interface Figures {
	/** Which system this is, whatever its slot: its preset, or 'custom'. */
	id: string;
	/** Its hardware and deployment figures, without its name and preset (equal: the same machine). */
	figures: string;
	name: string;
	/** Output tokens/s per chip at the target speed; null without a point there. */
	chipTokensPerS: number | null;
	/** Time to train; null while the worker computes or without an estimate. */
	timeToTrainS: number | null;
}

/** Which side of a what-if comparison has no number for a figure. */
export type Missing = 'baseline' | 'now' | 'both';

export interface Move {
	index: number;
	name: string;
	/** Relative change (0.014 = +1.4%); null when either side has no number. */
	inference: number | null;
	training: number | null;
	/** The side without a point at the target (null: both have one), said in words. */
	inferenceMissing: Missing | null;
	/** The side without a time to train (null: both have one). */
	trainingMissing: Missing | null;
}

const FIGURES_KEYS = new WeakMap<SystemSpec, string>();

/** A system's figures without its name and preset, as text; once per spec (specs are not edited). */
export function figuresKey(spec: SystemSpec): string {
	let key = FIGURES_KEYS.get(spec);
	if (key === undefined) {
		const { name: _name, presetId: _presetId, ...figures } = spec;
		key = JSON.stringify(figures);
		FIGURES_KEYS.set(spec, key);
	}
	return key;
}

export function figuresOf(systems: readonly SummarySystem[]): Figures[] {
	return systems.map((s) => ({
		id: s.id,
		figures: s.figures,
		name: s.name,
		chipTokensPerS: s.inference?.chipTokensPerS.value ?? null,
		timeToTrainS: s.training ? s.training.timeToTrainS.value : null
	}));
}

function missing(before: number | null, after: number | null): Missing | null {
	if (before === null) return after === null ? 'both' : 'baseline';
	return after === null ? 'now' : null;
}

function change(before: number | null, after: number | null): number | null {
	if (before === null || after === null || !(before > 0) || !Number.isFinite(after)) return null;
	return after / before - 1;
}

/** Below this a change is rounding noise, not a move worth a line. */
const NOISE = 1e-9;

/**
 * The baseline's system each system of now is, or -1 for one the baseline lacks. In passes, each
 * matching every system that stands in its own slot first, then in slot order: the same preset
 * with the same figures (an untouched
 * system, wherever it moved; of two copies of a preset, the one with its chips); the same figures
 * (a preset turned Custom, which keeps them); the same preset (an edited one). By slot alone,
 * moving A after B "moved" GB200 NVL72 by +200% (it was compared with CloudMatrix 384's old
 * figures), and a preset replaced in its slot was compared with the one it replaced.
 */
export function matchBaseline(baseline: readonly Figures[], now: readonly Figures[]): number[] {
	const match = now.map(() => -1);
	const taken = baseline.map(() => false);
	const passes: ((b: Figures, f: Figures) => boolean)[] = [
		(b, f) => b.id === f.id && b.figures === f.figures,
		(b, f) => b.figures === f.figures,
		(b, f) => b.id === f.id
	];
	const take = (i: number, j: number) => {
		match[i] = j;
		taken[j] = true;
	};
	// Own slots first for every system: slot by slot, an edited A that now equals B took B's
	// baseline slot before B was tried, and two copies of a preset read as swapped.
	for (const same of passes) {
		now.forEach((f, i) => {
			if (match[i] === -1 && baseline[i] && !taken[i] && same(baseline[i], f)) take(i, i);
		});
		now.forEach((f, i) => {
			if (match[i] !== -1) return;
			const j = baseline.findIndex((b, k) => !taken[k] && same(b, f));
			if (j !== -1) take(i, j);
		});
	}
	return match;
}

/** How the systems of now line up with the baseline's (alignBaseline). */
export interface Alignment {
	/** The baseline's slot of each system now; -1 for one added since. */
	match: number[];
	/** The baseline's slots of the systems removed since. */
	removed: number[];
	/** Whether the systems both sides have stand in another order now. */
	reordered: boolean;
}

/**
 * Which baseline system each system of now is (matchBaseline), which were removed, and whether the
 * kept ones were reordered. The edits since the baseline then compare each system with itself and
 * say once what was added, removed or moved: field by field by slot, removing B read as C's
 * system edited into B's ("Preset (B) cloudmatrix-384 → tpu7x-pod", every figure changed), and
 * moving GB200 NVL72 after CloudMatrix 384 as every figure of both slots changed.
 */
export function alignBaseline(baseline: readonly Figures[], now: readonly Figures[]): Alignment {
	const match = matchBaseline(baseline, now);
	const kept = match.filter((j) => j !== -1);
	return {
		match,
		removed: baseline.flatMap((_, j) => (match.includes(j) ? [] : [j])),
		reordered: kept.some((j, k) => k > 0 && j < kept[k - 1]!)
	};
}

/**
 * How each system's figures moved from the baseline, each against the same system there
 * (matchBaseline); a system whose figures did not move, or that the baseline lacks, is left out
 * (`added` lists the latter). `match` is matchBaseline's, when the caller has it already.
 */
export function movesSince(
	baseline: readonly Figures[],
	now: readonly Figures[],
	match = matchBaseline(baseline, now)
): { moves: Move[]; added: string[] } {
	const moves: Move[] = [];
	const added: string[] = [];
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
			training: change(before.timeToTrainS, figures.timeToTrainS),
			inferenceMissing: missing(before.chipTokensPerS, figures.chipTokensPerS),
			trainingMissing: missing(before.timeToTrainS, figures.timeToTrainS)
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

const INFERENCE_WORDS: Record<Missing, MessageKey> = {
	baseline: 'summary.moved.inferenceNoneBaseline',
	now: 'summary.moved.inferenceNoneNow',
	both: 'summary.moved.inferenceNoneEither'
};
const TRAINING_WORDS: Record<Missing, MessageKey> = {
	baseline: 'summary.moved.trainingNoneBaseline',
	now: 'summary.moved.trainingNoneNow',
	both: 'summary.moved.trainingNoneEither'
};

/**
 * A move's two figures in words for summary.moved: each its change, or which side has none. A
 * bare "—" in the sentence ("tokens per chip at the target —") left the reader to guess that
 * the baseline or the edit has no operating point at the target (helper-145).
 */
export function moveWords(
	move: Move,
	t: (key: MessageKey, params?: Record<string, string>) => string,
	tag: string
): { inference: string; training: string } {
	return {
		inference: move.inferenceMissing
			? t(INFERENCE_WORDS[move.inferenceMissing])
			: t('summary.moved.inference', { change: formatChange(move.inference, tag) }),
		training: move.trainingMissing
			? t(TRAINING_WORDS[move.trainingMissing])
			: t('summary.moved.training', { change: formatChange(move.training, tag) })
	};
}

/**
 * The edits since the baseline with another model picked said as one: "Model DeepSeek-R1 / V3 →
 * Llama 3.1 405B", by name, not its id, its name again and each shape figure that came with it
 * (13 edits, helper-140). A model edited on either side (a custom model) keeps every row.
 */
export function modelPicked(
	rows: AssumptionDiff[],
	before: ServingSettings,
	now: ServingSettings
): AssumptionDiff[] {
	const name = rows.find((row) => row.key === 'llm.name');
	if (before.customModel || now.customModel || !name) return rows;
	return rows.flatMap((row) =>
		row.key.startsWith('llm.') ? [] : row.key === 'llm' ? [{ ...row, a: name.a, b: name.b }] : [row]
	);
}
