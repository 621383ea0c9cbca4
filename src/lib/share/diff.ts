import { findLlmPreset } from '../catalog/llms';
import { valueOf } from '../model/estimate-types';
import type { Evaluation } from '../model/evaluate';
import { ratio, type MetricId } from '../model/evaluate-hardware';
import type { Efficiencies } from '../model/inference/efficiencies';
import type { ServingNumberField, ServingSettings } from '../model/inference/serving';
import { LLM_EDITABLE_FIELDS } from '../model/llm-edit';
import type { LlmSpec } from '../model/llm';
import type { Scenario } from '../model/scenario';
import type { SystemSpec } from '../model/system';
import type { Unit } from '../model/units';
import { SLOTS, decodeScenario, encodeScenario, type Decoded } from './codec';
import { formatNumber } from './fields';
import {
	SCENARIO_CHOICES,
	SCENARIO_INPUTS,
	SYSTEM_CHOICES,
	SYSTEM_INPUTS,
	readPath,
	type InputUnit
} from '../inputs';

/**
 * Two scenarios side by side: which assumptions differ (per system slot and field, in the link's
 * display units and with the link key) and how the headline results move (B ÷ A). A is the page's
 * scenario, B a pasted link's. Pure; the evaluations come in, so no model math happens here.
 * Systems are compared slot by slot (a with a), as the links number them.
 */

export type Slot = (typeof SLOTS)[number];

/** A setting's value as a reader sees it: in the link's display unit, a word, or nothing. */
export type DiffValue =
	| { kind: 'number'; value: number }
	| { kind: 'text'; text: string }
	/** The link's "none": no such figure (unsupported precision, unpublished power). */
	| { kind: 'none'; reason: 'unsupported' | 'unknown' }
	/** Left out of the link: the preset's or default value (keys this file has no table for). */
	| { kind: 'default' }
	/** Not in this scenario at all: no such system slot, or a field the model's shape lacks. */
	| { kind: 'absent' };

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
	/** Message id of the label (e.g. `field.hbmBytes`), or null: show the key (section 'other'). */
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
	| 'perChipRatio';

export interface ResultMove {
	slot: Slot;
	id: ResultId;
	/** Message id of the label. */
	label: string;
	/** '1' for the ratio to the first system (shown as 1.23×). */
	unit: Unit;
	a: number | null;
	b: number | null;
	/** b ÷ a; null where either side has no number. */
	ratio: number | null;
	changed: boolean;
}

export interface ScenarioDiff {
	/** Every slot either side has, with each side's system name (null: no such system). */
	systems: { slot: Slot; a: string | null; b: string | null }[];
	assumptions: AssumptionDiff[];
	results: ResultMove[];
}

export interface DiffSide {
	scenario: Scenario;
	evaluation: Evaluation;
}

// ---------------------------------------------------------------- field tables

/** Link keys of serving-codec.ts (private there; a unit test holds the two in step). */
const SERVING_NUMBERS: { key: string; field: ServingNumberField; unit: DisplayUnit }[] = [
	{ key: 'in_tokens', field: 'inputTokens', unit: 'tokens' },
	{ key: 'out_tokens', field: 'outputTokens', unit: 'tokens' },
	{ key: 'user_tps', field: 'targetUserTokensPerS', unit: 'tokensPerSPerUser' },
	{ key: 'ttft_s', field: 'targetTtftS', unit: 's' },
	{ key: 'accepted', field: 'acceptedTokensPerStep', unit: '' }
];

const SERVING_PRECISIONS = [
	{ key: 'weights', field: 'weightPrecision' },
	{ key: 'kv', field: 'kvPrecision' },
	{ key: 'compute', field: 'computePrecision' }
] as const satisfies readonly { key: string; field: keyof ServingSettings }[];

/** Efficiency link keys and scales (µs and ms for the times; the labels name the unit). */
const EFFICIENCY_FIELDS: { key: string; field: keyof Efficiencies; scale: number }[] = [
	{ key: 'compute', field: 'computeFraction', scale: 1 },
	{ key: 'hbm', field: 'hbmFraction', scale: 1 },
	{ key: 'up', field: 'scaleUpFraction', scale: 1 },
	{ key: 'out', field: 'scaleOutFraction', scale: 1 },
	{ key: 'up_lat_us', field: 'scaleUpLatencyS', scale: 1e-6 },
	{ key: 'out_lat_us', field: 'scaleOutLatencyS', scale: 1e-6 },
	{ key: 'moe_imbalance', field: 'moeImbalance', scale: 1 },
	{ key: 'overhead_ms', field: 'stepOverheadS', scale: 1e-3 },
	{ key: 'reserve', field: 'memoryReserveFraction', scale: 1 },
	{ key: 'overlap', field: 'overlapFraction', scale: 1 },
	{ key: 'decode_overlap', field: 'decodeOverlapFraction', scale: 1 }
];

/** Keys that carry no assumption: format and model version, and how the page reads. */
const NOT_ASSUMPTIONS = new Set(['v', 'm', 'view', 'lang']);

// ---------------------------------------------------------------- values

const ABSENT: DiffValue = { kind: 'absent' };
const text = (value: string): DiffValue => ({ kind: 'text', text: value });
/** In display units at link precision, so "differs" means "the links differ". */
const number = (si: number, scale: number): DiffValue => ({
	kind: 'number',
	value: Number(formatNumber(si, scale))
});
const NO_FIGURE: DiffValue = { kind: 'none', reason: 'unsupported' };
const UNPUBLISHED: DiffValue = { kind: 'none', reason: 'unknown' };

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
				if (si === undefined) return NO_FIGURE;
				return si === null ? UNPUBLISHED : number(si, scale);
			},
			params
		);
	}
	for (const { key, path, label } of SYSTEM_CHOICES)
		add(`.${key}`, label, '', () => text(String(readPath(spec!, path)).toUpperCase()));
	return { rows, values };
}

function modelOf(serving: ServingSettings): LlmSpec | undefined {
	return serving.customModel ?? findLlmPreset(serving.modelId)?.spec;
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
	const { serving, efficiencies } = scenario;
	const basis = text(scenario.efficiencyPrecision.toUpperCase());
	add('workload', 'basis', 'results.efficiencyPrecision', '', basis);
	add('workload', 'llm', 'workload.model', '', text(serving.modelId));
	for (const { key, field, unit } of SERVING_NUMBERS)
		add('workload', key, `workload.${field}`, unit, number(serving[field], 1));
	for (const { key, field } of SERVING_PRECISIONS)
		add('workload', key, `workload.${field}`, '', text(serving[field].toUpperCase()));
	const model = modelOf(serving);
	add('model', 'llm.name', 'diff.modelName', '', model ? text(model.name) : ABSENT);
	for (const { key, scale, get } of LLM_EDITABLE_FIELDS) {
		const value = model && get(model);
		const unit = key === 'ctx' ? 'tokens' : '';
		const shown = value === undefined ? ABSENT : number(value, scale);
		add('model', `llm.${key}`, `llmField.${key}`, unit, shown);
	}
	for (const { key, field, scale } of EFFICIENCY_FIELDS)
		add('efficiency', `e.${key}`, `efficiency.${field}`, '', number(efficiencies[field], scale));
	for (const { key, path, label, unit, scale } of SCENARIO_INPUTS) {
		const si = readPath(scenario, path) as number | null;
		const section = path.split('.')[0] as Section;
		add(section, key, label, unit, si === null ? UNPUBLISHED : number(si, scale));
	}
	for (const { key, path, label } of SCENARIO_CHOICES) {
		const section = path.split('.')[0] as Section;
		add(section, key, label, '', text(String(readPath(scenario, path)).toUpperCase()));
	}
	return { rows, values };
}

/**
 * Keys this file has no table for (added to the link format later, e.g. deployment and training
 * keys), compared as link text, so a new kind of assumption still shows up as a difference.
 */
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
		return value === null ? { kind: 'default' } : text(value);
	};
	return keys.flatMap((key): AssumptionDiff[] => {
		if (known.has(key) || NOT_ASSUMPTIONS.has(key)) return [];
		const valueA = side(a, linkA, key);
		const valueB = side(b, linkB, key);
		// A system only one side has is already its one preset row.
		if (same(valueA, valueB) || valueA.kind === 'absent' || valueB.kind === 'absent') return [];
		const slot = slotOf(key);
		return [{ section: 'other', slot, key, label: null, unit: '', a: valueA, b: valueB }];
	});
}

// ---------------------------------------------------------------- results

const RESULT_ROWS: { id: ResultId; label: string }[] = [
	{ id: 'denseFlopsPerS.bf16', label: 'metric.denseFlopsPerS.bf16' },
	{ id: 'hbmBytes', label: 'metric.hbmBytes' },
	{ id: 'hbmBytesPerS', label: 'metric.hbmBytesPerS' },
	{ id: 'allInPowerW', label: 'metric.allInPowerW' },
	{ id: 'chipTokensPerS', label: 'diff.chipTokensPerS' },
	{ id: 'perChipRatio', label: 'diff.perChipRatio' }
];

interface Found {
	value: number | null;
	unit: Unit;
}

function resultOf(evaluation: Evaluation, id: ResultId, index: number): Found {
	if (index >= evaluation.systems.length) return { value: null, unit: '1' };
	const atTarget = evaluation.atTarget.rows[index];
	if (id === 'chipTokensPerS') return { value: atTarget?.chipTokensPerS ?? null, unit: 'tokens/s' };
	if (id === 'perChipRatio') return { value: atTarget?.perChipRatio ?? null, unit: '1' };
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
		RESULT_ROWS.map(({ id, label }): ResultMove => {
			const before = resultOf(a.evaluation, id, index);
			const after = resultOf(b.evaluation, id, index);
			return {
				slot,
				id,
				label,
				unit: before.value !== null ? before.unit : after.unit,
				a: before.value,
				b: after.value,
				ratio: ratio(before.value, after.value),
				changed: before.value !== after.value
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

/** Read a pasted link or query; null when it holds no scenario (empty, or only lang/view). */
export function readPastedLink(input: string): PastedLink | null {
	const trimmed = input.trim();
	const afterMark = trimmed.includes('?') ? trimmed.slice(trimmed.indexOf('?') + 1) : trimmed;
	const query = afterMark.split('#')[0] ?? '';
	const decoded = decodeScenario(query);
	return decoded.fromLink ? { query, decoded } : null;
}
