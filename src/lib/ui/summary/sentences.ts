// The message ids below are the summary's own catalog, registered with this module.
import '../../i18n/summary-messages';
import type { Estimate, Resource, Result } from '../../model/estimate-types';
import type { MetricRow } from '../../model/evaluate-hardware';
import { BYTES_PER_VALUE, type Precision } from '../../model/precision';
import { formatNumber, formatRatio, formatSi } from '../../format/number';
import type { View } from '../../share/codec';
import { sameValue } from '../../state/keep-unchanged';
import { nameBesideCount } from '../../format/system-name';
import { fieldUnit, whyEqual, type Limit, type SpecField } from '../../format/why-equal';
import { whyDiffer } from '../../format/why-differ';
import { percentFormat } from '../../format/percent';
import type { SystemSpec } from '../../model/system';
import type { ResolvedLayout } from '../../model/training/types';
import { STEEP_FACTOR, type NearbyReading } from './steep';

/*
 * The summary at the top of the results: which figures, which ratios, in which order. Pure: the
 * page's state computes every estimate; this picks and pairs them, and the component words them
 * from the message catalog. Each system after the first is set against the first (the reference).
 */

/** A sentence's value, formatted by the page in its language. */
export type Part =
	| { kind: 'text'; text: string }
	| { kind: 'ratio'; value: number }
	| { kind: 'count'; value: number }
	| { kind: 'number'; value: number }
	/** A value the reader set, with the digits a link keeps: a target of 15.68, not "15.7". */
	| { kind: 'input'; value: number }
	/** A figure with its unit, SI-prefixed: "180 PFLOP/s". */
	| { kind: 'quantity'; value: number; unit: string }
	| { kind: 'duration'; seconds: number }
	| { kind: 'resource'; resource: Resource }
	| { kind: 'precision'; precision: Precision }
	/** A fraction as a percentage beside another: "38.4%" against "30.4%". */
	| { kind: 'percent'; value: number }
	/** System figures by name, as a list: "FP4 compute, HBM capacity and power". */
	| { kind: 'fields'; fields: readonly SpecField[] };

export interface Sentence {
	/** Which view it answers; the open view's sentences come first. */
	topic: 'hardware' | 'inference' | 'training';
	/** Message id (summary.*) and its placeholders. */
	key: SummaryKey;
	parts: Record<string, Part>;
	/** The estimate the sentence turns on, for the formula inspector (null: nothing to show). */
	formula: Estimate | null;
	/**
	 * Whose figure `formula` is: the sentence's system (`of`, set by summarize), else the
	 * reference's where the system has none ("B has no serving point" shows A's figure).
	 */
	formulaOf?: 'reference';
	/** The system the sentence is about, by position (0 when alone). */
	of?: number;
	/**
	 * A ratio's other side: the reference's figure, so the math shows both, each named, and the
	 * ratio can be checked from them ("= 106 days" alone was CloudMatrix's, unnamed).
	 */
	against?: Estimate | null;
	/**
	 * A sentence after it, when the two systems compute in different precisions: the ratio
	 * compares CloudMatrix 384's BF16 training (it has no FP8 figure) with GB200's FP8, and a
	 * reader quoting the ratio must see it.
	 */
	precisions?: { key: PrecisionKey; parts: Record<string, Part> };
	/**
	 * A sentence after it when its ratio is about 1 though the two systems differ (GB300 NVL72
	 * beside GB200 NVL72 at 1.00×): what limits both, the same on each, and what they differ in,
	 * none of which moves the figure (format/why-equal.ts).
	 */
	equal?: { key: EqualKey; parts: Record<string, Part> };
	/**
	 * A sentence after it when its training ratio is away from 1 though the figure limiting both
	 * is the same on each (GB300 NVL72 at 0.792× the time of GB200 NVL72, both limited by 5 PFLOP/s
	 * of FP8): the layout each picks, its MFU, and what let the faster pick its own
	 * (format/why-differ.ts).
	 */
	differ?: { key: DifferKey; parts: Record<string, Part> };
	/**
	 * A sentence after it when a system serves the target near the fastest it reaches at all:
	 * there tokens per chip fall steeply with speed (the 30x claim: 33× at 15.7 tokens/s per user,
	 * 3.1× at 12.5), so a ratio quoted without its speed misleads.
	 */
	edge?: {
		key: 'summary.nearEdge' | 'summary.neverFinishes' | 'summary.steep' | 'summary.steepFaster';
		parts: Record<string, Part>;
	};
	/**
	 * The figures its ratio rests on that are assumptions, not published (a system with no
	 * published power given another's; a serving software fraction no result of its platform
	 * gave): a reader quoting "at 1.00× the power" must see it is assumed (helper-100).
	 */
	assumed?: AssumedFigure[];
}

/** An assumed figure a sentence rests on: whose, and which (SummarySystem.assumed). */
export interface AssumedFigure {
	system: string;
	figure: string;
	/** The serving software fraction, for 'software'. */
	value?: number;
}

/** A point at this share of a system's fastest speed per user or above is near its edge. */
export const NEAR_EDGE = 0.8;

export type PrecisionKey = 'summary.servesIn' | 'summary.trainsIn';

export type EqualKey =
	'summary.equal.hardware' | 'summary.equal.inference' | 'summary.equal.training';

export type DifferKey = 'summary.differ.training' | 'summary.differ.trainingRoom';

export type SummaryKey =
	| 'summary.hardware'
	| 'summary.hardwareNoCompute'
	| 'summary.hardwareNoComputeBoth'
	| 'summary.hardwareOtherPrecision'
	| 'summary.hardwareOtherPrecisionBoth'
	| 'summary.inference'
	| 'summary.inferenceBothBound'
	| 'summary.inferenceSameSpeed'
	| 'summary.inferenceMissing'
	| 'summary.inferenceMissingWhy'
	| 'summary.inferenceMissingBoth'
	| 'summary.training'
	| 'summary.trainingUnequal'
	| 'summary.trainingComputing'
	| 'summary.trainingMissing'
	| 'summary.trainingMissingHere'
	| 'summary.trainingMissingBoth'
	| 'summary.trainingMissingBothHere'
	| 'summary.soloHardware'
	| 'summary.soloHardwareNoCompute'
	| 'summary.soloHardwareOtherPrecision'
	| 'summary.soloInference'
	| 'summary.soloInferenceMissing'
	| 'summary.soloInferenceNone'
	| 'summary.soloTraining'
	| 'summary.soloTrainingComputing';

/** What one system contributes, as the state already computed it. */
export interface SummarySystem {
	/** Which system this is, whatever its slot (its preset, or 'custom'): what-if matches by it. */
	id: string;
	/** Its figures without name and preset, as text: what-if tells two copies of a preset apart. */
	figures: string;
	/** Its figures per chip, after edits: what it differs in from the reference (why-equal.ts). */
	spec?: SystemSpec;
	name: string;
	chips: number;
	/**
	 * Output tokens/s per chip at the target (null: no point there) and its estimate; with the
	 * point's mean tokens/s per user and the fastest the system reaches at all (both means).
	 */
	inference: {
		chipTokensPerS: Estimate;
		bound: Resource;
		userTokensPerS?: number;
		fastestUserTokensPerS?: number;
	} | null;
	/** Training run (null while the worker computes; undefined when it has no estimate). */
	training:
		| {
				/** Chips the layout uses; with `idleChips`, the cluster tokens/s per chip counts. */
				chips: number;
				idleChips: number;
				timeToTrainS: Estimate;
				tokensPerSPerChip: Estimate;
				/** The layout the run uses, its MFU and its HBM per chip (why-differ.ts). */
				layout?: ResolvedLayout;
				mfu?: Estimate;
				memory?: { totalBytes: Estimate };
				/** With interruptions the run never finishes (no goodput left; the reliability view's). */
				neverFinishes?: boolean;
		  }
		| null
		| undefined;
	/** Why training has no estimate, worded by the page (the training view's own words). */
	whyNoTraining?: string;
	/** Why there is no point at the target, in the inference view's words (explain.ts whyNoPoint). */
	whyNoInference?: string;
	/** The precision its serving math runs in (a chip without the workload's runs a wider one). */
	servesIn?: Precision;
	/** The precision it trains in (likewise). */
	trainsIn?: Precision;
	/**
	 * Its figures that are assumptions, not published: preset paths ('allInPowerPerChipW',
	 * 'denseFlopsPerS.fp8', 'hbmBytesPerS', …) whose preset figure is labelled an assumption and
	 * still in use ('oversubscription' for its scale-out's), and 'software:carried:<family>' or
	 * 'software:prior' when its serving software fraction is not fitted on its own platform's
	 * results but carried from that family's or the prior (`softwareFraction`, the value used).
	 */
	assumed?: readonly string[];
	softwareFraction?: number;
}

export interface SummaryInput {
	view: View;
	precision: Precision;
	modelName: string;
	targetUserTokensPerS: number;
	/** The hardware table's rows, as the comparison computes them. */
	rows: readonly MetricRow[];
	systems: readonly SummarySystem[];
	/** Every system's tokens/s per chip at steep.ts's readings near the target, once settled. */
	nearby?: readonly NearbyReading[] | null;
}

const text = (value: string): Part => ({ kind: 'text', text: value });
const asEstimate = (result: Result | undefined): Estimate | null =>
	result?.kind === 'estimate' ? result : null;

function rowOf(rows: readonly MetricRow[], id: MetricRow['id']) {
	return rows.find((row) => row.id === id);
}

/** Precisions tried when the asked one has no figure: nearest in width first, the wider on a tie. */
const NEAREST_FIRST: readonly Precision[] = ['bf16', 'fp8', 'int8', 'fp4'];

/**
 * The compute row the sentence compares: the asked precision's, or, when a system has no figure
 * there (Vera Rubin publishes no BF16), the nearest precision with one for `has` (Rubin's FP8),
 * so the sentence still answers the compute question, naming the precision it answers in.
 */
function computeRow(
	input: SummaryInput,
	has: (row: MetricRow) => boolean
): { row: MetricRow; precision: Precision } | null {
	const width = (p: Precision) =>
		Math.abs(Math.log2(BYTES_PER_VALUE[p] / BYTES_PER_VALUE[input.precision]));
	const order = [input.precision, ...NEAREST_FIRST.filter((p) => p !== input.precision)];
	// A stable sort: equal widths keep NEAREST_FIRST's order (FP8 before INT8).
	for (const precision of order.sort((a, b) => width(a) - width(b))) {
		const row = rowOf(input.rows, `denseFlopsPerS.${precision}`);
		if (row && has(row)) return { row, precision };
	}
	return null;
}

function hardwareSentence(input: SummaryInput, index: number): Sentence {
	const me = input.systems[index]!;
	const ref = input.systems[0]!;
	const compute = computeRow(input, (row) => row.ratios[index] !== null);
	const hbm = rowOf(input.rows, 'hbmBytes');
	const power = rowOf(input.rows, 'allInPowerW');
	// Who lacks the asked precision's figure: this system, the reference (H100 has no FP4 beside
	// GB200's; the sentence once blamed GB200 for it), or both (Vera Rubin and Helios publish no
	// BF16: naming one read as if the other had it).
	const asked = rowOf(input.rows, `denseFlopsPerS.${input.precision}`);
	const has = (i: number) => asked?.values[i]?.kind === 'estimate';
	const lacking = has(index) ? ref : me;
	const both = !has(index) && !has(0);
	const parts: Record<string, Part> = {
		system: text(nameBesideCount(me.name)),
		reference: text(nameBesideCount(ref.name)),
		who: text(nameBesideCount(lacking.name)),
		chips: { kind: 'count', value: me.chips },
		referenceChips: { kind: 'count', value: ref.chips },
		precision: { kind: 'precision', precision: input.precision },
		hbm: ratioPart(hbm?.ratios[index]),
		power: ratioPart(power?.ratios[index])
	};
	// The reference's assumptions are said in its first sentence only (four systems: three times).
	const figures = hardwareFigures(compute?.precision);
	const assumed = assumedIn(
		index === 1
			? [
					[ref, figures],
					[me, figures]
				]
			: [[me, figures]]
	);
	if (compute === null)
		return {
			topic: 'hardware',
			key: both ? 'summary.hardwareNoComputeBoth' : 'summary.hardwareNoCompute',
			parts,
			formula: asEstimate(hbm?.values[index]),
			against: asEstimate(hbm?.values[0]),
			...(assumed && { assumed })
		};
	// Whole-system compute: the same per chip explains a 1.00× only on as many chips.
	const computeLimit: Limit = { bound: 'compute', precision: compute.precision };
	const equal =
		me.chips === ref.chips
			? equalOf('hardware', [me, ref], compute.row.ratios[index], [computeLimit, computeLimit])
			: undefined;
	return {
		...(assumed && { assumed }),
		...(equal && { equal }),
		topic: 'hardware',
		key:
			compute.precision === input.precision
				? 'summary.hardware'
				: both
					? 'summary.hardwareOtherPrecisionBoth'
					: 'summary.hardwareOtherPrecision',
		parts: {
			...parts,
			compute: ratioPart(compute.row.ratios[index]),
			other: { kind: 'precision', precision: compute.precision }
		},
		formula: asEstimate(compute.row.values[index]),
		against: asEstimate(compute.row.values[0])
	};
}

/**
 * The preset figures a resource's bound rests on (latency, overhead and power: none; collective
 * latency is a global calibrated efficiency, not a preset's figure). Training divides scale-out
 * bandwidth by the fabric's oversubscription; serving does not read it.
 */
function boundFigures(
	bound: Resource | undefined,
	precision: Precision | undefined,
	model: 'serving' | 'training'
): string[] {
	switch (bound) {
		case 'compute':
			return precision ? [`denseFlopsPerS.${precision}`] : [];
		case 'memory-bandwidth':
			return ['hbmBytesPerS'];
		case 'memory-capacity':
			return ['hbmBytes'];
		case 'scale-up':
			return ['scaleUpBytesPerS'];
		case 'scale-out':
			return model === 'training'
				? ['scaleOutBytesPerS', 'oversubscription']
				: ['scaleOutBytesPerS'];
		default:
			return [];
	}
}

/** The software fraction as SummarySystem.assumed names it: Blackwell's fit carried, or the prior. */
const isSoftware = (figure: string) => figure.startsWith('software:');
/** What a serving ratio rests on: the figures binding it, power (per watt) and the software. */
const servingFigures = (system: SummarySystem, bound: Resource) => [
	...boundFigures(bound, system.servesIn, 'serving'),
	'allInPowerPerChipW',
	...(system.assumed?.filter(isSoftware) ?? [])
];
/** What a hardware sentence rests on. */
const hardwareFigures = (precision: Precision | undefined) => [
	...(precision ? [`denseFlopsPerS.${precision}`] : []),
	'hbmBytes',
	'allInPowerPerChipW'
];

/** Of each system's `figures`, those it assumes; undefined when none (the sentence has no line). */
function assumedIn(
	systems: readonly (readonly [SummarySystem, readonly string[]])[]
): AssumedFigure[] | undefined {
	const found = systems.flatMap(([system, figures]) =>
		figures
			.filter((figure) => system.assumed?.includes(figure))
			.map((figure) => ({
				system: system.name,
				figure,
				...(isSoftware(figure) && { value: system.softwareFraction })
			}))
	);
	return found.length > 0 ? found : undefined;
}

/** A missing ratio reads as a dash, never NaN. */
function ratioPart(value: number | null | undefined): Part {
	return value === null || value === undefined || !Number.isFinite(value)
		? text('—')
		: { kind: 'ratio', value };
}

/**
 * The sentence saying why a ratio about 1 is so though the two systems differ: the figure limiting
 * both, the same on each, and what they differ in. Undefined otherwise, and for systems the state
 * gave no spec.
 */
function equalOf(
	topic: Sentence['topic'],
	[me, ref]: readonly [SummarySystem, SummarySystem],
	ratio: number | null | undefined,
	limits: readonly [Limit, Limit]
): Sentence['equal'] {
	if (!me.spec || !ref.spec || typeof ratio !== 'number') return undefined;
	const reason = whyEqual(ratio, [me.spec, ref.spec], limits);
	if (!reason) return undefined;
	return {
		key: `summary.equal.${topic}`,
		parts: {
			// Whole names, as the sentence before it names them: no count is stated here.
			system: text(me.name),
			reference: text(ref.name),
			bound: { kind: 'fields', fields: [reason.limiting] },
			value: { kind: 'quantity', value: reason.value, unit: fieldUnit(reason.limiting) },
			differs: { kind: 'fields', fields: reason.differs }
		}
	};
}

/**
 * The sentence saying why a training ratio away from 1 is not the chip's (why-differ.ts): the
 * layouts and MFUs, and what let the faster pick its layout where the results say so. Undefined
 * otherwise, and for runs or systems without the figures.
 */
function differOf(
	[me, ref]: readonly [SummarySystem, SummarySystem],
	ratio: number,
	limits: readonly [Limit, Limit]
): Sentence['differ'] {
	const runOf = (system: SummarySystem) => {
		const run = system.training;
		return run?.layout && run.mfu && run.memory
			? { layout: run.layout, mfu: run.mfu.value, memoryBytes: run.memory.totalBytes.value }
			: null;
	};
	const [mine, theirs] = [runOf(me), runOf(ref)];
	if (!me.spec || !ref.spec || !mine || !theirs) return undefined;
	const reason = whyDiffer(ratio, [me.spec, ref.spec], limits, [mine, theirs]);
	if (!reason) return undefined;
	const parts: Record<string, Part> = {
		system: text(me.name),
		reference: text(ref.name),
		bound: { kind: 'fields', fields: [reason.limiting] },
		value: { kind: 'quantity', value: reason.value, unit: fieldUnit(reason.limiting) },
		layout: text(reason.layouts[0]),
		referenceLayout: text(reason.layouts[1]),
		mfu: { kind: 'percent', value: reason.mfu[0] },
		referenceMfu: { kind: 'percent', value: reason.mfu[1] }
	};
	const room = reason.room;
	if (!room) return { key: 'summary.differ.training', parts };
	const [faster, slower] = room.faster === 0 ? [me, ref] : [ref, me];
	return {
		key: 'summary.differ.trainingRoom',
		parts: {
			...parts,
			faster: text(faster.name),
			slower: text(slower.name),
			needs: { kind: 'quantity', value: room.needsBytes, unit: 'B' },
			has: { kind: 'quantity', value: room.slowerHbmBytes, unit: 'B' }
		}
	};
}

/** The sentence saying each system's precision, when they differ; undefined when they agree. */
function precisionsOf(
	key: PrecisionKey,
	me: SummarySystem,
	ref: SummarySystem,
	mine: Precision | undefined,
	theirs: Precision | undefined
): Sentence['precisions'] {
	if (!mine || !theirs || mine === theirs) return undefined;
	return {
		key,
		parts: {
			// Whole names, as the sentence before it names them: no count is stated here.
			system: text(me.name),
			reference: text(ref.name),
			mine: { kind: 'precision', precision: mine },
			theirs: { kind: 'precision', precision: theirs }
		}
	};
}

function inferenceSentence(input: SummaryInput, index: number): Sentence {
	const me = input.systems[index]!;
	const ref = input.systems[0]!;
	const lead = {
		model: text(input.modelName),
		target: { kind: 'input', value: input.targetUserTokensPerS } as Part,
		system: text(me.name),
		reference: text(ref.name)
	};
	const mine = me.inference;
	const theirs = ref.inference;
	if (!mine && !theirs && me.whyNoInference && ref.whyNoInference)
		// Neither serves: each says why (naming one implied the other had a point).
		return {
			topic: 'inference',
			key: 'summary.inferenceMissingBoth',
			parts: { ...lead, why: text(me.whyNoInference), referenceWhy: text(ref.whyNoInference) },
			formula: null
		};
	if (!mine || !theirs || theirs.chipTokensPerS.value <= 0) {
		// The reason is the one the inference view gives (a missing figure, too fast a target, no
		// fit), not "no operating point at that speed" for all of them.
		const who = !mine ? me : ref;
		return {
			topic: 'inference',
			key: who.whyNoInference ? 'summary.inferenceMissingWhy' : 'summary.inferenceMissing',
			parts: { ...lead, who: text(who.name), why: text(who.whyNoInference ?? '') },
			formula: mine?.chipTokensPerS ?? theirs?.chipTokensPerS ?? null,
			...(mine ? {} : { formulaOf: 'reference' as const })
		};
	}
	const perChip = mine.chipTokensPerS.value / theirs.chipTokensPerS.value;
	// Tokens per joule of all-in power: per chip ÷ power per chip, so the per-watt ratio is the
	// per-chip ratio ÷ the power-per-chip ratio.
	const powerPerChip = rowOf(input.rows, 'allInPowerPerChipW')?.ratios[index] ?? null;
	const ratios = {
		perChip: { kind: 'ratio', value: perChip } as Part,
		perWatt: ratioPart(powerPerChip ? perChip / powerPerChip : null),
		bound: { kind: 'resource', resource: mine.bound } as Part
	};
	const precisions = precisionsOf('summary.servesIn', me, ref, me.servesIn, ref.servesIn);
	const equal = equalOf('inference', [me, ref], perChip, [
		{ bound: mine.bound, precision: me.servesIn },
		{ bound: theirs.bound, precision: ref.servesIn }
	]);
	// The reference's edge is said once, in the first full sentence; each system's in its own.
	const sameSpeed = input.systems.slice(1, index).some((s) => s.inference);
	const edge =
		nearEdge(sameSpeed ? [me] : [me, ref]) ?? steepEdge(input.nearby, index, [me, ref], sameSpeed);
	// What the per-chip and per-watt ratios rest on: the figure binding each, power and software.
	const mineRests = [me, servingFigures(me, mine.bound)] as const;
	const assumed = assumedIn(
		sameSpeed ? [mineRests] : [[ref, servingFigures(ref, theirs.bound)], mineRests]
	);
	// After a full sentence, "at the same speed" without the reference's own bound again: with four
	// systems the same "(GB200 NVL72: HBM bandwidth)" closed all three sentences. Only after one:
	// when B has no point, C's sentence is the first to state the speed and the reference's bound.
	if (sameSpeed)
		return {
			topic: 'inference',
			key: 'summary.inferenceSameSpeed',
			parts: { system: lead.system, reference: lead.reference, ...ratios },
			formula: mine.chipTokensPerS,
			against: theirs.chipTokensPerS,
			...(precisions && { precisions }),
			...(equal && { equal }),
			...(edge && { edge }),
			...(assumed && { assumed })
		};
	// One limit for both is said once: "(GB200 NVL72: HBM bandwidth)" after "limited by HBM bandwidth".
	const bothBound = mine.bound === theirs.bound;
	return {
		topic: 'inference',
		key: bothBound ? 'summary.inferenceBothBound' : 'summary.inference',
		parts: {
			...lead,
			...ratios,
			...(!bothBound && { referenceBound: { kind: 'resource', resource: theirs.bound } as Part })
		},
		formula: mine.chipTokensPerS,
		against: theirs.chipTokensPerS,
		...(precisions && { precisions }),
		...(equal && { equal }),
		...(edge && { edge }),
		...(assumed && { assumed })
	};
}

/**
 * The ratio 10% under or over the target, or 25% under it (steep.ts), as a sentence, when it is
 * half or twice the target's or more: the ratio sits near a cliff (a layout that stops reaching
 * the speed, or a batch that falls fast with it), and quoted without its target it misleads as
 * much as one at a system's edge. The nearest distance that shows such a move is said, its steeper
 * side; the sentence names the system whose tokens per chip moved more there (in either direction,
 * by how many times), so the reader knows whose cliff it is. The reference's own is said once, in
 * the first full sentence (`referenceSaid`: an earlier sentence stated the speed).
 */
function steepEdge(
	nearby: readonly NearbyReading[] | null | undefined,
	index: number,
	[me, ref]: readonly [SummarySystem, SummarySystem],
	referenceSaid: boolean
): Sentence['edge'] {
	const mineHere = me.inference?.chipTokensPerS.value ?? 0;
	const theirsHere = ref.inference?.chipTokensPerS.value ?? 0;
	const perChip = mineHere / theirsHere;
	if (!nearby || !(perChip > 0) || !Number.isFinite(perChip)) return undefined;
	let steepest:
		| { reading: NearbyReading; there: number; factor: number; mine: number; theirs: number }
		| undefined;
	for (const reading of [...nearby].sort((a, b) => a.percent - b.percent)) {
		// A nearer cliff is the one to quote: a farther reading only where no nearer one is steep.
		if (steepest && reading.percent > steepest.reading.percent) break;
		const mine = reading.chipTokensPerS[index];
		const theirs = reading.chipTokensPerS[0];
		if (!mine || !theirs) continue;
		const there = mine / theirs;
		const factor = Math.max(there / perChip, perChip / there);
		if (Number.isFinite(factor) && factor >= STEEP_FACTOR && factor > (steepest?.factor ?? 0))
			steepest = { reading, there, factor, mine, theirs };
	}
	if (!steepest) return undefined;
	// How many times each system's figure moved; the larger move (as a factor either way) is named.
	const moved = (change: number) => Math.max(change, 1 / change);
	const mineMoves = steepest.mine / mineHere;
	const theirsMove = steepest.theirs / theirsHere;
	const mineMore = moved(mineMoves) >= moved(theirsMove);
	// The reference's own cliff is said once, in the first full sentence, as its edge is.
	if (!mineMore && referenceSaid) return undefined;
	return {
		key: steepest.reading.side === 'slower' ? 'summary.steep' : 'summary.steepFaster',
		parts: {
			speed: { kind: 'input', value: steepest.reading.userTokensPerS },
			percent: { kind: 'count', value: steepest.reading.percent },
			ratio: { kind: 'ratio', value: steepest.there },
			who: text((mineMore ? me : ref).name),
			change: { kind: 'ratio', value: mineMore ? mineMoves : theirsMove }
		}
	};
}

/** The first of `systems` serving the target near its fastest speed, as a sentence. */
function nearEdge(systems: SummarySystem[]): Sentence['edge'] {
	for (const system of systems) {
		const point = system.inference;
		const fastest = point?.fastestUserTokensPerS;
		if (!point?.userTokensPerS || !fastest || point.userTokensPerS < NEAR_EDGE * fastest) continue;
		return {
			key: 'summary.nearEdge',
			parts: { who: text(system.name), fastest: { kind: 'number', value: fastest } }
		};
	}
	return undefined;
}

/** `who` has no training estimate: why, in the training view's words. */
function noTraining(input: SummaryInput, who: SummarySystem): Sentence {
	return {
		topic: 'training',
		// On the training view the reader already sees it: no pointer there.
		key: input.view === 'training' ? 'summary.trainingMissingHere' : 'summary.trainingMissing',
		parts: {
			who: text(who.name),
			why: text(who.whyNoTraining ?? ''),
			model: text(input.modelName)
		},
		formula: null
	};
}

function trainingSentence(input: SummaryInput, index: number): Sentence {
	const me = input.systems[index]!;
	const ref = input.systems[0]!;
	const names = { system: text(me.name), reference: text(ref.name) };
	if (me.training === null || ref.training === null)
		return { topic: 'training', key: 'summary.trainingComputing', parts: names, formula: null };
	if (!me.training && !ref.training)
		// Neither trains: each says why (naming one implied the other had an estimate).
		return {
			topic: 'training',
			key:
				input.view === 'training'
					? 'summary.trainingMissingBothHere'
					: 'summary.trainingMissingBoth',
			parts: {
				...names,
				model: text(input.modelName),
				why: text(me.whyNoTraining ?? ''),
				referenceWhy: text(ref.whyNoTraining ?? '')
			},
			formula: null
		};
	if (!me.training || !ref.training) return noTraining(input, !me.training ? me : ref);
	const mine = me.training;
	const theirs = ref.training;
	const precisions = precisionsOf('summary.trainsIn', me, ref, me.trainsIn, ref.trainsIn);
	// Per chip: with clusters of different sizes the time mostly counts chips.
	const perChip = mine.tokensPerSPerChip.value / theirs.tokensPerSPerChip.value;
	const limits: readonly [Limit, Limit] = [
		{ bound: mine.timeToTrainS.bound, precision: me.trainsIn },
		{ bound: theirs.timeToTrainS.bound, precision: ref.trainsIn }
	];
	const equal = equalOf('training', [me, ref], perChip, limits);
	const differ = differOf([me, ref], perChip, limits);
	const parts: Record<string, Part> = {
		system: text(nameBesideCount(me.name)),
		reference: text(nameBesideCount(ref.name)),
		model: text(input.modelName),
		// The whole cluster, idle chips too, as tokens/s per chip counts them.
		chips: { kind: 'count', value: mine.chips + mine.idleChips },
		referenceChips: { kind: 'count', value: theirs.chips + theirs.idleChips },
		time: ratioPart(mine.timeToTrainS.value / theirs.timeToTrainS.value),
		perChip: ratioPart(perChip),
		bound: mine.timeToTrainS.bound
			? { kind: 'resource', resource: mine.timeToTrainS.bound }
			: text('—')
	};
	// The times compared leave interruptions out: a run that then never finishes is said to.
	const stalled = [me, ref].find((s) => s.training?.neverFinishes);
	const trainingRests = (system: SummarySystem, time: Estimate) =>
		[system, boundFigures(time.bound, system.trainsIn, 'training')] as const;
	const assumed = assumedIn([
		// The reference's in the first full training sentence (B may have no estimate).
		...(input.systems.slice(1, index).some((s) => s.training)
			? []
			: [trainingRests(ref, theirs.timeToTrainS)]),
		trainingRests(me, mine.timeToTrainS)
	]);
	const edge: Sentence['edge'] = stalled && {
		key: 'summary.neverFinishes',
		parts: { who: text(nameBesideCount(stalled.name)) }
	};
	return {
		topic: 'training',
		...(edge && { edge }),
		// Clusters of different sizes: the time ratio mostly says how many chips each has, so the
		// sentence says so and adds the per-chip ratio.
		key:
			mine.chips + mine.idleChips === theirs.chips + theirs.idleChips
				? 'summary.training'
				: 'summary.trainingUnequal',
		parts,
		formula: mine.timeToTrainS,
		against: theirs.timeToTrainS,
		...(precisions && { precisions }),
		...(equal && { equal }),
		...(differ && { differ }),
		...(assumed && { assumed })
	};
}

const ORDER: Record<View, Sentence['topic'][]> = {
	hardware: ['hardware', 'inference', 'training'],
	inference: ['inference', 'hardware', 'training'],
	training: ['training', 'hardware', 'inference'],
	energy: ['inference', 'hardware', 'training'],
	reliability: ['training', 'hardware', 'inference'],
	claims: ['inference', 'hardware', 'training']
};

const BUILDERS = {
	hardware: hardwareSentence,
	inference: inferenceSentence,
	training: trainingSentence
} as const;

/*
 * One system alone: nothing to set it against, so its own figures, with their units and what
 * bounds them (a link to one preset once opened on a heading with nothing under it).
 */

const quantity = (result: Result | undefined): Part | null =>
	result?.kind === 'estimate' ? { kind: 'quantity', value: result.value, unit: result.unit } : null;

function soloHardware(input: SummaryInput): Sentence {
	const me = input.systems[0]!;
	const found = computeRow(input, (row) => row.values[0]?.kind === 'estimate');
	const compute = found?.row.values[0];
	const parts: Record<string, Part> = {
		system: text(nameBesideCount(me.name)),
		chips: { kind: 'count', value: me.chips },
		precision: { kind: 'precision', precision: input.precision },
		hbm: quantity(rowOf(input.rows, 'hbmBytes')?.values[0]) ?? text('—'),
		power: quantity(rowOf(input.rows, 'allInPowerW')?.values[0]) ?? text('—')
	};
	const computePart = quantity(compute);
	const assumed = assumedIn([[me, hardwareFigures(computePart ? found?.precision : undefined)]]);
	if (computePart === null)
		return {
			topic: 'hardware',
			key: 'summary.soloHardwareNoCompute',
			parts,
			formula: null,
			...(assumed && { assumed })
		};
	return {
		...(assumed && { assumed }),
		topic: 'hardware',
		key:
			found?.precision === input.precision
				? 'summary.soloHardware'
				: 'summary.soloHardwareOtherPrecision',
		parts: {
			...parts,
			compute: computePart,
			other: { kind: 'precision', precision: found?.precision ?? input.precision }
		},
		formula: asEstimate(compute)
	};
}

function soloInference(input: SummaryInput): Sentence {
	const me = input.systems[0]!;
	const lead = {
		model: text(input.modelName),
		target: { kind: 'input', value: input.targetUserTokensPerS } as Part,
		system: text(me.name)
	};
	if (!me.inference)
		return me.whyNoInference
			? {
					topic: 'inference',
					key: 'summary.soloInferenceMissing',
					parts: { ...lead, why: text(me.whyNoInference) },
					formula: null
				}
			: { topic: 'inference', key: 'summary.soloInferenceNone', parts: lead, formula: null };
	const assumed = assumedIn([[me, servingFigures(me, me.inference.bound)]]);
	return {
		...(assumed && { assumed }),
		topic: 'inference',
		key: 'summary.soloInference',
		parts: {
			...lead,
			tokens: { kind: 'number', value: me.inference.chipTokensPerS.value },
			bound: { kind: 'resource', resource: me.inference.bound }
		},
		formula: me.inference.chipTokensPerS
	};
}

function soloTraining(input: SummaryInput): Sentence {
	const me = input.systems[0]!;
	const system = text(nameBesideCount(me.name));
	if (me.training === null)
		return {
			topic: 'training',
			key: 'summary.soloTrainingComputing',
			parts: { system },
			formula: null
		};
	if (!me.training) return noTraining(input, me);
	const time = me.training.timeToTrainS;
	const assumed = assumedIn([[me, boundFigures(time.bound, me.trainsIn, 'training')]]);
	return {
		...(assumed && { assumed }),
		topic: 'training',
		key: 'summary.soloTraining',
		parts: {
			system,
			model: text(input.modelName),
			chips: { kind: 'count', value: me.training.chips + me.training.idleChips },
			time: { kind: 'duration', seconds: time.value },
			bound: time.bound ? { kind: 'resource', resource: time.bound } : text('—')
		},
		formula: time
	};
}

const SOLO_BUILDERS = {
	hardware: soloHardware,
	inference: soloInference,
	training: soloTraining
} as const;

/**
 * Every system after the first against the first, the open view's topic first; one system
 * alone, its own figures.
 */
export function summarize(input: SummaryInput): Sentence[] {
	if (input.systems.length === 1)
		return ORDER[input.view].map((topic) => ({ ...SOLO_BUILDERS[topic](input), of: 0 }));
	const others = input.systems.map((_, i) => i).slice(1);
	return ORDER[input.view].flatMap((topic) =>
		others.map((i) => ({ ...BUILDERS[topic](input, i), of: i }))
	);
}

/**
 * The same words and the same formula: a sentence rebuilt on a slider's tick that equals the last
 * one need not be worded again. Parts are compared first (cheap, and where a tick differs); the
 * formula, when not the very same estimate, by value.
 */
export function sameSentence(last: Sentence, next: Sentence): boolean {
	if (last.key !== next.key || last.topic !== next.topic) return false;
	if (last.precisions?.key !== next.precisions?.key) return false;
	if (last.precisions && !sameParts(last.precisions.parts, next.precisions!.parts)) return false;
	if (last.equal?.key !== next.equal?.key) return false;
	if (last.equal && !sameParts(last.equal.parts, next.equal!.parts)) return false;
	if (last.differ?.key !== next.differ?.key) return false;
	if (last.differ && !sameParts(last.differ.parts, next.differ!.parts)) return false;
	if (last.edge?.key !== next.edge?.key) return false;
	if (last.edge && !sameParts(last.edge.parts, next.edge!.parts)) return false;
	if (!sameAssumed(last.assumed, next.assumed)) return false;
	return (
		sameParts(last.parts, next.parts) &&
		sameValue(last.formula, next.formula) &&
		sameValue(last.against ?? null, next.against ?? null)
	);
}

function sameAssumed(last?: AssumedFigure[], next?: AssumedFigure[]): boolean {
	if (!last || !next) return last === next;
	return (
		last.length === next.length &&
		last.every(
			(a, i) =>
				a.system === next[i]!.system && a.figure === next[i]!.figure && a.value === next[i]!.value
		)
	);
}

/**
 * Parts compared by kind, not by the generic sameValue: a tick compares every sentence's parts,
 * and the generic walk over records of every shape was de-optimised and re-optimised by V8 about
 * once every ten ticks (`--trace-deopt`: "wrong map"), a slow tick each time.
 */
function sameParts(last: Record<string, Part>, next: Record<string, Part>): boolean {
	let keys = 0;
	for (const name in last) {
		const a = last[name]!;
		const b = next[name];
		if (b === undefined || !samePart(a, b)) return false;
		keys++;
	}
	for (const name in next) if (name) keys--;
	return keys === 0;
}

function samePart(a: Part, b: Part): boolean {
	switch (a.kind) {
		case 'text':
			return b.kind === 'text' && a.text === b.text;
		case 'resource':
			return b.kind === 'resource' && a.resource === b.resource;
		case 'precision':
			return b.kind === 'precision' && a.precision === b.precision;
		case 'quantity':
			return b.kind === 'quantity' && a.unit === b.unit && Object.is(a.value, b.value);
		case 'duration':
			return b.kind === 'duration' && Object.is(a.seconds, b.seconds);
		case 'fields':
			return (
				b.kind === 'fields' &&
				a.fields.length === b.fields.length &&
				a.fields.every((field, i) => field === b.fields[i])
			);
		default:
			return b.kind === a.kind && Object.is(a.value, (b as typeof a).value);
	}
}

/** The words of a part in a language: ratios as "1.66×", counts with separators (Intl). */
export function wordPart(
	part: Part,
	tag: string,
	resourceName: (resource: Resource) => string,
	durationText: (seconds: number) => string,
	fieldsText: (fields: readonly SpecField[]) => string = (fields) => fields.join(', ')
): string {
	switch (part.kind) {
		case 'text':
			return part.text;
		case 'ratio':
			return formatRatio(part.value, tag);
		case 'count':
			// 21 significant digits, Intl's most: a count exactly, with separators (cached).
			return formatNumber(part.value, tag, 21);
		case 'number':
			return formatNumber(part.value, tag);
		case 'input':
			return formatNumber(part.value, tag, 6);
		case 'resource':
			return resourceName(part.resource);
		case 'precision':
			return part.precision.toUpperCase();
		case 'quantity':
			return formatSi(part.value, part.unit, tag);
		case 'percent':
			return percentFormat(tag, 3, 'column').format(part.value);
		case 'duration':
			return durationText(part.seconds);
		case 'fields':
			return fieldsText(part.fields);
	}
}
