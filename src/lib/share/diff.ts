import { findLlmPreset } from '../catalog/llms';
import { valueOf } from '../model/estimate-types';
import type { Evaluation } from '../model/evaluate';
import type { Frontier } from '../model/inference/types';
import { ratio, type MetricId } from '../model/evaluate-hardware';
import type { OperationsEvaluation, TrainingOperations } from '../model/operations';
import type { TrainingResult } from '../model/training/estimate';
import type { ServingSettings } from '../model/inference/serving';
import { LLM_EDITABLE_FIELDS } from '../model/llm-edit';
import { PRECISIONS, type Precision } from '../model/precision';
import { chipLacks, presetGives } from '../model/missing-flops';
import type { LlmSpec } from '../model/llm';
import type { Scenario } from '../model/scenario';
import type { SystemSpec } from '../model/system';
import type { Unit } from '../model/units';
import { SLOTS, VIEW_KEYS, decodeScenario, encodeScenario, type Decoded } from './codec';
import { capexFor, DEFAULT_DEPLOYMENT } from '../model/deployment';
import { formatNumber } from './fields';
import {
	BASIS_CHOICES,
	EFFICIENCY_INPUTS,
	SCENARIO_CHOICES,
	SCENARIO_INPUTS,
	SERVING_CHOICES,
	SERVING_INPUTS,
	SYSTEM_CHOICES,
	SYSTEM_INPUTS,
	readPath,
	type ChoiceInput,
	type InputUnit,
	type NumberInput
} from '../inputs';

/**
 * Two scenarios side by side: which assumptions differ (per system slot and field, in the link's
 * display units and with the link key) and how each view's key results move (A ÷ B: above 1 this
 * page has more). A is the page's scenario, B a pasted link's. Pure; the evaluations come in, so
 * no model math happens here.
 * Systems are compared slot by slot (a with a), as the links number them.
 */

export type Slot = (typeof SLOTS)[number];

/** A setting's value as a reader sees it: in the link's display unit, a word, or nothing. */
export type DiffValue =
	| { kind: 'number'; value: number }
	| { kind: 'text'; text: string }
	/**
	 * The link's "none": no such figure (unsupported precision, unpublished power), or the preset's
	 * figure removed.
	 */
	| { kind: 'none'; reason: 'unsupported' | 'removed' | 'unknown' }
	/**
	 * Left out of the link: the preset's or default value (keys this file has no table for), with
	 * that value as link text where it is one for every system (`a.joined`: 1).
	 */
	| { kind: 'default'; text?: string }
	/** No system in this slot. */
	| { kind: 'absent' }
	/** A field the model's shape lacks (KV heads of an MLA model, experts of a dense one). */
	| { kind: 'not-in-model' };

/** Display units; words ('chips', 'tokens', …) are translated by the page, symbols are not. */
export type DisplayUnit =
	| 'chips'
	| 'tokens'
	| 'tokensPerSPerUser'
	| 's'
	| 'GB'
	| 'TB/s'
	| 'GB/s'
	| 'W'
	| 'TFLOP/s'
	| ''
	| InputUnit;

export interface AssumptionDiff {
	/** Schema inputs sit under their group: the first part of their path (`training`, …). */
	section: 'system' | 'workload' | 'model' | 'efficiency' | 'training' | 'operations' | 'other';
	slot: Slot | null;
	/** The link key, e.g. `b.hbm_gb`, `e.compute`, `llm.kv_heads`. */
	key: string;
	/** Message id of the label (e.g. `field.hbmBytes`), or null: show the key alone (section 'other'). */
	label: string | null;
	labelParams?: Record<string, string>;
	unit: DisplayUnit;
	a: DiffValue;
	b: DiffValue;
}

export type ResultId =
	| 'denseFlopsPerS.bf16'
	| 'hbmBytes'
	| 'hbmBytesPerS'
	| 'allInPowerW'
	| 'chipTokensPerS'
	| 'perChipRatio'
	| 'timeToTrainS'
	| 'trainingTokensPerSPerChip'
	| 'outputJPerToken'
	| 'outputTokensPerSPerMW'
	| 'usdPerMillionOutputTokens'
	| 'interruptionsPerDay'
	| 'goodput';

/** The view a result belongs to, in the page's order of views. */
export type ResultGroup = 'hardware' | 'inference' | 'training' | 'energy' | 'reliability';

/** How a result is written: in its unit, as a ratio (1.23×), a percentage or a count per day. */
export type ResultShape = 'unit' | 'ratio' | 'percent' | 'perDay';

export interface ResultMove {
	slot: Slot;
	id: ResultId;
	group: ResultGroup;
	/** Message id of the label. */
	label: string;
	unit: Unit;
	shape: ResultShape;
	/** True where less is better (time to train, joules or dollars per token, interruptions). */
	lowerIsBetter: boolean;
	/** This page's value. */
	a: number | null;
	/** The pasted link's value. */
	b: number | null;
	/** a ÷ b (this page ÷ pasted); null where either side has no number. */
	ratio: number | null;
	changed: boolean;
	/** Whether this page does better than the pasted link; null when unchanged or unknown. */
	better: boolean | null;
}

export interface ScenarioDiff {
	/** Every slot either side has, with each side's system name (null: no such system). */
	systems: { slot: Slot; a: string | null; b: string | null }[];
	assumptions: AssumptionDiff[];
	results: ResultMove[];
}

export interface DiffSide {
	scenario: Scenario;
	evaluation: Evaluation<Frontier>;
	/** Energy, cost and reliability per system; without it those rows read "—". */
	operations?: OperationsEvaluation;
	/** Training per system (from the worker); null or absent while it is computing. */
	training?: readonly (TrainingResult | null)[] | null;
	trainingOps?: readonly (TrainingOperations | null)[] | null;
}

// ---------------------------------------------------------------- field tables

/** Keys that carry no assumption: format and model version, and how the page reads. */
const NOT_ASSUMPTIONS = new Set(['v', 'm', ...VIEW_KEYS]);

// ---------------------------------------------------------------- values

const ABSENT: DiffValue = { kind: 'absent' };
const NOT_IN_MODEL: DiffValue = { kind: 'not-in-model' };
const text = (value: string): DiffValue => ({ kind: 'text', text: value });
/** In display units at link precision, so "differs" means "the links differ". */
const number = (si: number, scale: number): DiffValue => ({
	kind: 'number',
	value: Number(formatNumber(si, scale))
});
/** A listed word as the page writes it: precisions in capitals (FP8), other words as linked. */
const word = (value: unknown): DiffValue => {
	const w = String(value);
	return text((PRECISIONS as readonly string[]).includes(w) ? w.toUpperCase() : w);
};
const NO_FIGURE: DiffValue = { kind: 'none', reason: 'unsupported' };
const UNPUBLISHED: DiffValue = { kind: 'none', reason: 'unknown' };
const REMOVED: DiffValue = { kind: 'none', reason: 'removed' };

function same(a: DiffValue, b: DiffValue): boolean {
	if (a.kind !== b.kind) return false;
	if (a.kind === 'number') return a.value === (b as typeof a).value;
	if (a.kind === 'text') return a.text === (b as typeof a).text;
	return true;
}

type Row = Omit<AssumptionDiff, 'a' | 'b' | 'slot'>;

/** Every assumption of one system slot, keyed by link key; a missing system is all 'absent'. */
function systemValues(spec: SystemSpec | undefined, slot: Slot) {
	const rows: Row[] = [];
	const values = new Map<string, DiffValue>();
	const add = (
		suffix: string,
		label: string,
		unit: DisplayUnit,
		value: () => DiffValue,
		params?: Record<string, string>
	) => {
		const key = `${slot}${suffix}`;
		rows.push({ section: 'system', key, label, unit, ...(params ? { labelParams: params } : {}) });
		values.set(key, spec ? value() : ABSENT);
	};
	add('', 'system.preset', '', () => text(spec!.presetId ?? 'custom'));
	add('.name', 'system.name', '', () => text(spec!.name));
	for (const { key, path, label, unit, scale } of SYSTEM_INPUTS) {
		const precision = path.startsWith('denseFlopsPerS.') ? path.split('.')[1]! : null;
		const params = precision ? { precision: precision.toUpperCase() } : undefined;
		add(
			`.${key}`,
			label,
			unit,
			() => {
				const si = readPath(spec!, path) as number | null | undefined;
				if (si !== undefined && si !== null) return number(si, scale);
				// A missing figure in the words the hardware table uses: "unsupported" only where
				// the chip lacks the format, "none (removed)" where the preset gives one, else "not
				// cited" (missing-flops.ts). Only compute rates and chip power may be missing.
				if (si === undefined && (!precision || chipLacks(spec!, precision as Precision)))
					return NO_FIGURE;
				return presetGives(spec!, (precision ?? 'chipPowerW') as Precision | 'chipPowerW')
					? REMOVED
					: UNPUBLISHED;
			},
			params
		);
	}
	for (const { key, path, label } of SYSTEM_CHOICES)
		add(`.${key}`, label, '', () => word(readPath(spec!, path)));
	return { rows, values };
}

function modelOf(serving: ServingSettings): LlmSpec | undefined {
	return serving.customModel ?? findLlmPreset(serving.modelId)?.spec;
}

/** The diff section of a scenario path: its first segment, named as the page groups it. */
function sectionOf(path: string): AssumptionDiff['section'] {
	const head = path.split('.')[0]!;
	if (head === 'serving' || head === 'efficiencyPrecision') return 'workload';
	if (head === 'efficiencies') return 'efficiency';
	return head as AssumptionDiff['section'];
}

/** Workload, model shape and efficiencies of one scenario, keyed by link key. */
function scenarioValues(scenario: Scenario) {
	const rows: Row[] = [];
	const values = new Map<string, DiffValue>();
	type Section = AssumptionDiff['section'];
	const add = (
		section: Section,
		key: string,
		label: string,
		unit: DisplayUnit,
		value: DiffValue
	) => {
		rows.push({ section, key, label, unit });
		values.set(key, value);
	};
	const numbers = (inputs: readonly NumberInput[]) => {
		for (const { key, path, label, unit, scale } of inputs) {
			const si = readPath(scenario, path) as number | null;
			add(sectionOf(path), key, label, unit, si === null ? UNPUBLISHED : number(si, scale));
		}
	};
	const words = (inputs: readonly ChoiceInput[]) => {
		for (const { key, path, label } of inputs)
			add(sectionOf(path), key, label, '', word(readPath(scenario, path)));
	};
	const { serving } = scenario;
	words(BASIS_CHOICES);
	add('workload', 'llm', 'workload.model', '', text(serving.modelId));
	numbers(SERVING_INPUTS);
	words(SERVING_CHOICES);
	const model = modelOf(serving);
	add('model', 'llm.name', 'diff.modelName', '', model ? text(model.name) : NOT_IN_MODEL);
	for (const { key, scale, get } of LLM_EDITABLE_FIELDS) {
		const value = model && get(model);
		const unit = key === 'ctx' ? 'tokens' : '';
		const shown = value === undefined ? NOT_IN_MODEL : number(value, scale);
		add('model', `llm.${key}`, `llmField.${key}`, unit, shown);
	}
	numbers(EFFICIENCY_INPUTS);
	numbers(SCENARIO_INPUTS);
	words(SCENARIO_CHOICES);
	return { rows, values };
}

/**
 * Keys this file has no table for (added to the link format later, e.g. deployment and training
 * keys), compared as link text, so a new kind of assumption still shows up as a difference.
 */
/** Labels of a system's link keys that are settings, not schema inputs (`a.joined`, `a.sw`). */
const SLOT_SETTING_LABELS: Record<string, string> = {
	joined: 'diff.systemsJoined',
	layout: 'diff.trainingLayout',
	sw: 'system.softwareFraction',
	serve_prec: 'system.servePrecision',
	usd_chip_h: 'diff.pricePerChipHour',
	capex_usd: 'diff.capexPerChip'
};

/**
 * What a slot setting left out of a link is, where it is the same for every system: "default"
 * alone hid that `a.joined` left out is 1 (the page's default comparison joins 16 NVL72).
 */
const SLOT_SETTING_DEFAULTS: Record<string, string> = {
	joined: String(DEFAULT_DEPLOYMENT.joined),
	// No rental price unless the reader enters one (the cost view then asks for it).
	usd_chip_h: 'none'
};

/**
 * The purchase price a system left out of a link has: its preset's reported price per chip, in
 * the link's unit, or none. "default" alone hid the $34,722 a GB200 NVL72 is priced at when the
 * other side entered $40,000 (helper-127).
 */
function capexShown(spec: SystemSpec): string {
	const capex = capexFor(spec.presetId, DEFAULT_DEPLOYMENT);
	return capex === null ? 'none' : formatNumber(capex, 1);
}

function otherDifferences(a: Scenario, b: Scenario, known: Set<string>): AssumptionDiff[] {
	const linkA = new URLSearchParams(encodeScenario(a));
	const linkB = new URLSearchParams(encodeScenario(b));
	const keys = [...new Set([...linkA.keys(), ...linkB.keys()])];
	const slotOf = (key: string): Slot | null => {
		const prefix = key.split('.')[0] as Slot;
		return key.includes('.') && SLOTS.includes(prefix) ? prefix : null;
	};
	const side = (scenario: Scenario, link: URLSearchParams, key: string): DiffValue => {
		const slot = slotOf(key);
		if (slot && SLOTS.indexOf(slot) >= scenario.systems.length) return ABSENT;
		const value = link.get(key);
		if (value !== null) return text(value);
		const setting = slot ? key.slice(slot.length + 1) : '';
		const shown =
			setting === 'capex_usd'
				? capexShown(scenario.systems[SLOTS.indexOf(slot!)]!)
				: SLOT_SETTING_DEFAULTS[setting];
		return shown === undefined ? { kind: 'default' } : { kind: 'default', text: shown };
	};
	return keys.flatMap((key): AssumptionDiff[] => {
		if (known.has(key) || NOT_ASSUMPTIONS.has(key)) return [];
		const valueA = side(a, linkA, key);
		const valueB = side(b, linkB, key);
		// A system only one side has is already its one preset row.
		if (same(valueA, valueB) || valueA.kind === 'absent' || valueB.kind === 'absent') return [];
		const slot = slotOf(key);
		const label = (slot && SLOT_SETTING_LABELS[key.slice(slot.length + 1)]) || null;
		return [{ section: 'other', slot, key, label, unit: '', a: valueA, b: valueB }];
	});
}

// ---------------------------------------------------------------- results

const RESULT_ROWS: {
	id: ResultId;
	group: ResultGroup;
	label: string;
	shape?: ResultShape;
	lowerIsBetter?: true;
}[] = [
	{ id: 'denseFlopsPerS.bf16', group: 'hardware', label: 'metric.denseFlopsPerS.bf16' },
	{ id: 'hbmBytes', group: 'hardware', label: 'metric.hbmBytes' },
	{ id: 'hbmBytesPerS', group: 'hardware', label: 'metric.hbmBytesPerS' },
	// More power is neither better nor worse on its own: the per-token rows below judge it.
	{ id: 'allInPowerW', group: 'hardware', label: 'metric.allInPowerW' },
	{ id: 'chipTokensPerS', group: 'inference', label: 'diff.chipTokensPerS' },
	{ id: 'perChipRatio', group: 'inference', label: 'diff.perChipRatio', shape: 'ratio' },
	{ id: 'timeToTrainS', group: 'training', label: 'diff.timeToTrainS', lowerIsBetter: true },
	{ id: 'trainingTokensPerSPerChip', group: 'training', label: 'diff.trainingTokensPerSPerChip' },
	{ id: 'outputJPerToken', group: 'energy', label: 'diff.outputJPerToken', lowerIsBetter: true },
	{ id: 'outputTokensPerSPerMW', group: 'energy', label: 'diff.outputTokensPerSPerMW' },
	{
		id: 'usdPerMillionOutputTokens',
		group: 'energy',
		label: 'diff.usdPerMillionOutputTokens',
		lowerIsBetter: true
	},
	{
		id: 'interruptionsPerDay',
		group: 'reliability',
		label: 'diff.interruptionsPerDay',
		shape: 'perDay',
		lowerIsBetter: true
	},
	{ id: 'goodput', group: 'reliability', label: 'diff.goodput', shape: 'percent' }
];

/** Rows that judge nothing: a bigger system draws more power, which is not a loss in itself. */
const NEUTRAL = new Set<ResultId>(['allInPowerW']);

interface Found {
	value: number | null;
	unit: Unit;
}

function resultOf(side: DiffSide, id: ResultId, index: number): Found {
	const { evaluation } = side;
	if (index >= evaluation.systems.length) return { value: null, unit: '1' };
	const atTarget = evaluation.atTarget.rows[index];
	const ops = side.operations?.systems[index];
	const trained = side.training?.[index];
	const training = trained?.kind === 'training' ? trained : null;
	switch (id) {
		case 'chipTokensPerS':
			return { value: atTarget?.chipTokensPerS ?? null, unit: 'tokens/s' };
		case 'perChipRatio':
			return { value: atTarget?.perChipRatio ?? null, unit: '1' };
		case 'timeToTrainS':
			return { value: training?.timeToTrainS.value ?? null, unit: 's' };
		case 'trainingTokensPerSPerChip':
			return { value: training?.tokensPerSPerChip.value ?? null, unit: 'tokens/s' };
		case 'outputJPerToken':
			return { value: ops?.energy?.outputJPerToken.value ?? null, unit: 'J' };
		case 'outputTokensPerSPerMW':
			return { value: ops?.energy?.outputTokensPerSPerMW.value ?? null, unit: 'tokens/s' };
		case 'usdPerMillionOutputTokens':
			return { value: ops?.cost?.usdPerMillionOutputTokens.value ?? null, unit: 'USD' };
		case 'interruptionsPerDay':
			return { value: ops?.reliability.interruptionsPerDay.value ?? null, unit: '1' };
		case 'goodput':
			return { value: ops?.reliability.goodput.value ?? null, unit: '1' };
	}
	const row = evaluation.rows.find((r) => r.id === (id satisfies MetricId));
	const result = row?.values[index];
	return { value: result ? valueOf(result) : null, unit: row?.unit ?? '1' };
}

// ---------------------------------------------------------------- diff

export function diffScenarios(a: DiffSide, b: DiffSide): ScenarioDiff {
	const count = Math.max(a.scenario.systems.length, b.scenario.systems.length);
	const slots = SLOTS.slice(0, count);
	const assumptions: AssumptionDiff[] = [];
	const known = new Set<string>();

	for (const [index, slot] of slots.entries()) {
		const specA = a.scenario.systems[index];
		const specB = b.scenario.systems[index];
		const sideA = systemValues(specA, slot);
		const sideB = systemValues(specB, slot);
		for (const row of sideA.rows) {
			known.add(row.key);
			const valueA = sideA.values.get(row.key)!;
			const valueB = sideB.values.get(row.key)!;
			// A system only one side has is one row (its preset), not a row per field.
			const shown = !specA || !specB ? row.key === slot : !same(valueA, valueB);
			if (shown) assumptions.push({ ...row, slot, a: valueA, b: valueB });
		}
	}
	// Slots neither side has still count as known, so their keys never reach 'other'.
	for (const slot of SLOTS.slice(count))
		for (const row of systemValues(undefined, slot).rows) known.add(row.key);

	const sideA = scenarioValues(a.scenario);
	const sideB = scenarioValues(b.scenario);
	for (const row of sideA.rows) {
		known.add(row.key);
		const valueA = sideA.values.get(row.key)!;
		const valueB = sideB.values.get(row.key)!;
		if (!same(valueA, valueB)) assumptions.push({ ...row, slot: null, a: valueA, b: valueB });
	}
	// Keys without a table sit with their system slot, or after everything else.
	for (const row of otherDifferences(a.scenario, b.scenario, known)) {
		const slot = row.slot;
		if (slot === null) assumptions.push(row);
		else {
			const after = assumptions.findLastIndex((r) => r.slot !== null && r.slot <= slot);
			assumptions.splice(after + 1, 0, row);
		}
	}

	const results = slots.flatMap((slot, index) =>
		RESULT_ROWS.map(({ id, group, label, shape = 'unit', lowerIsBetter = false }): ResultMove => {
			const here = resultOf(a, id, index);
			const there = resultOf(b, id, index);
			const changed = here.value !== there.value;
			const known = here.value !== null && there.value !== null;
			return {
				slot,
				id,
				group,
				label,
				unit: here.value !== null ? here.unit : there.unit,
				shape,
				lowerIsBetter,
				a: here.value,
				b: there.value,
				// This page ÷ pasted: above 1× this page has more of it.
				ratio: ratio(there.value, here.value),
				changed,
				better:
					changed && known && !NEUTRAL.has(id)
						? lowerIsBetter
							? here.value! < there.value!
							: here.value! > there.value!
						: null
			};
		})
	);

	const systems = slots.map((slot, index) => ({
		slot,
		a: a.scenario.systems[index]?.name ?? null,
		b: b.scenario.systems[index]?.name ?? null
	}));
	return { systems, assumptions, results };
}

// ---------------------------------------------------------------- pasted links

export interface PastedLink {
	/** The query (after `?`, before `#`): what the page loads to open the pasted scenario. */
	query: string;
	decoded: Decoded;
}

/**
 * Read a pasted link or query; null when it holds no scenario: empty, only lang/view, or no key
 * the link format knows ("hello world" would otherwise be compared as the default scenario).
 */
export function readPastedLink(input: string): PastedLink | null {
	const trimmed = input.trim();
	const afterMark = trimmed.includes('?') ? trimmed.slice(trimmed.indexOf('?') + 1) : trimmed;
	const query = afterMark.split('#')[0] ?? '';
	const decoded = decodeScenario(query);
	if (!decoded.fromLink) return null;
	// Each key the decoder did not read has one notice; a link with only such keys holds nothing.
	const keys = new Set(new URLSearchParams(query).keys());
	for (const key of VIEW_KEYS) keys.delete(key);
	const ignored = decoded.notices.filter(
		(n) => n.code === 'unknown-key' || n.code === 'orphan-key'
	).length;
	return ignored < keys.size ? { query, decoded } : null;
}
