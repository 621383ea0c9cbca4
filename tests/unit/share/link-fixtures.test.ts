import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clamp, quantize, type Bounds } from '../../../src/lib/model/bounds';
import { SYSTEM_INPUTS } from '../../../src/lib/inputs';
import type { SystemNumberField } from '../../../src/lib/model/system';

/** The hardware figures of a system (the FLOPs per precision are set apart below). */
const HARDWARE_FIELDS = SYSTEM_INPUTS.filter((input) => !input.path.includes('.'));
import {
	DEFAULT_EFFICIENCIES,
	EFFICIENCY_BOUNDS
} from '../../../src/lib/model/inference/efficiencies';
import { LLM_EDITABLE_FIELDS } from '../../../src/lib/model/llm-edit';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { PRECISIONS, type Precision } from '../../../src/lib/model/precision';
import { defaultScenario, specFromPresetId, type Scenario } from '../../../src/lib/model/scenario';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { findLlmPreset } from '../../../src/lib/catalog/llms';
import {
	SLOTS,
	decodeScenario,
	encodeScenario,
	type ViewSettings
} from '../../../src/lib/share/codec';

/**
 * Released link formats, frozen. Each fixture is a link the app once wrote and the scenario it
 * decoded to when recorded (tests/fixtures/links/record.ts). A recorded fixture is never edited:
 * if one fails, the change broke links people have shared.
 *
 * The contract is every stored field, exactly. A field added to Scenario after a fixture was
 * recorded is not in it; such a field may take any value (its default, for an old link), so
 * adding fields needs no fixture edits. Presence maps (denseFlopsPerS: absent = unsupported) are
 * compared whole, since an extra key there changes meaning.
 */
interface LinkFixture {
	description: string;
	link: string;
	/** A known decoder regression, run as an expected failure until it is fixed. */
	knownBug?: string;
	view: ViewSettings;
	fromLink: boolean;
	scenario: Scenario;
}

const ROOT = fileURLToPath(new URL('../../fixtures/links/', import.meta.url));
const FIXTURES = readdirSync(ROOT, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.flatMap((dir) =>
		readdirSync(`${ROOT}${dir.name}`)
			.filter((file) => file.endsWith('.json'))
			.map((file): [string, LinkFixture] => [
				`${dir.name}/${file}`,
				JSON.parse(readFileSync(`${ROOT}${dir.name}/${file}`, 'utf8')) as LinkFixture
			])
	);

const EXACT_MAPS = new Set(['denseFlopsPerS']);

/** Where `actual` departs from `stored`, as readable lines; [] when it keeps the contract. */
function contractMismatches(stored: unknown, actual: unknown, path = 'scenario'): string[] {
	const show = (value: unknown) => JSON.stringify(value) ?? String(value);
	if (Array.isArray(stored)) {
		if (!Array.isArray(actual) || actual.length !== stored.length)
			return [`${path}: stored ${show(stored)}, decoded ${show(actual)}`];
		return stored.flatMap((item, index) =>
			contractMismatches(item, actual[index], `${path}[${index}]`)
		);
	}
	if (stored !== null && typeof stored === 'object') {
		if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
			return [`${path}: stored ${show(stored)}, decoded ${show(actual)}`];
		const record = actual as Record<string, unknown>;
		const lines = Object.entries(stored).flatMap(([key, value]) =>
			contractMismatches(value, record[key], `${path}.${key}`)
		);
		const name = path.split('.').at(-1)!;
		if (EXACT_MAPS.has(name))
			for (const key of Object.keys(record))
				if (!(key in stored) && record[key] !== undefined)
					lines.push(`${path}.${key}: not stored, decoded ${show(record[key])}`);
		return lines;
	}
	return stored === actual ? [] : [`${path}: stored ${show(stored)}, decoded ${show(actual)}`];
}

function modelVersionOf(link: string): string | undefined {
	const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : link;
	return new URLSearchParams(query.split('#')[0]).get('m') ?? undefined;
}

/** Notices a released link may raise: only that the model has moved on since it was made. */
function unexpectedNotices(
	fixture: LinkFixture,
	notices: ReturnType<typeof decodeScenario>['notices']
) {
	const changed =
		modelVersionOf(fixture.link) !== undefined && modelVersionOf(fixture.link) !== MODEL_VERSION;
	return changed ? notices.filter((n) => n.code !== 'model-changed') : notices;
}

/**
 * Preset figures published after the v1 fixtures were recorded. A link leaves out figures equal
 * to its preset, so an old link on that preset now decodes with the new figure: a deliberate
 * change of meaning, not a decoder bug. Issue 12 item 8: CloudMatrix 384's INT8 peak, derived from
 * Huawei's paper (catalog/systems.ts). It must be announced like any moved preset figure: the
 * model-version bump of the serving rework carries a model-history entry
 * `{ kind: 'system-preset', id: 'cloudmatrix-384', keys: ['int8_tflops'] }`.
 */
const PRESET_FIGURES_ADDED: { presetId: string; precision: Precision }[] = [
	{ presetId: 'cloudmatrix-384', precision: 'int8' }
];

/** The stored scenario with the figures added since, on slots whose link does not set them. */
function withAddedFigures(fixture: LinkFixture): Scenario {
	const expected = structuredClone(fixture.scenario);
	const params = new URLSearchParams(
		fixture.link.slice(fixture.link.indexOf('?') + 1).split('#')[0]
	);
	expected.systems.forEach((spec, index) => {
		for (const { presetId, precision } of PRESET_FIGURES_ADDED) {
			if (spec.presetId !== presetId || precision in spec.denseFlopsPerS) continue;
			if (params.has(`${SLOTS[index]}.${precision}_tflops`)) continue;
			const figure = specFromPresetId(presetId)!.denseFlopsPerS[precision];
			if (figure !== undefined) spec.denseFlopsPerS[precision] = figure;
		}
	});
	return expected;
}

function checkFixture(fixture: LinkFixture) {
	const decoded = decodeScenario(fixture.link);
	expect(unexpectedNotices(fixture, decoded.notices)).toEqual([]);
	expect(decoded.fromLink).toBe(fixture.fromLink);
	expect(decoded.view).toEqual(fixture.view);
	expect(contractMismatches(withAddedFigures(fixture), decoded.scenario)).toEqual([]);

	// The stored scenario, written out again, is a link that means the same thing.
	const again = decodeScenario(
		encodeScenario(normalizeScenario(structuredClone(fixture.scenario)), fixture.view)
	);
	expect(again.notices).toEqual([]);
	expect(again.view).toEqual(fixture.view);
	expect(contractMismatches(fixture.scenario, again.scenario)).toEqual([]);
}

describe('released link fixtures', () => {
	it('has a dozen or more v1 links to hold', () => {
		expect(FIXTURES.filter(([name]) => name.startsWith('v1/')).length).toBeGreaterThanOrEqual(12);
	});

	for (const [name, fixture] of FIXTURES) {
		if (fixture.knownBug)
			it.fails(`${name} (known bug: ${fixture.knownBug})`, () => checkFixture(fixture));
		else it(`${name}: ${fixture.description}`, () => checkFixture(fixture));
	}

	it('the contract check itself catches a changed value, a lost system and an added precision', () => {
		const [, fixture] = FIXTURES.find(([name]) => name === 'v1/precisions-removed.json')!;
		const changed = structuredClone(fixture.scenario);
		changed.systems[1]!.chips += 1;
		expect(contractMismatches(fixture.scenario, changed)).toEqual([
			'scenario.systems[1].chips: stored 8, decoded 9'
		]);
		expect(
			contractMismatches(fixture.scenario, { ...changed, systems: changed.systems.slice(1) })
		).toHaveLength(1);
		const added = structuredClone(fixture.scenario);
		added.systems[0]!.denseFlopsPerS.fp4 = 1e15;
		expect(contractMismatches(fixture.scenario, added)).toEqual([
			'scenario.systems[0].denseFlopsPerS.fp4: not stored, decoded 1000000000000000'
		]);
		// A field the fixture predates is free.
		expect(contractMismatches(fixture.scenario, { ...fixture.scenario, later: { x: 1 } })).toEqual(
			[]
		);
	});
});

// ---------------------------------------------------------------- link length

/** A value with six significant digits (the most a link writes) a fraction `t` along the bounds. */
function sixDigits(bounds: Bounds, t: number): number {
	const raw = bounds.log
		? bounds.min * (bounds.max / bounds.min) ** t
		: bounds.min + (bounds.max - bounds.min) * t;
	return clamp(
		bounds.integer ? Math.round(raw) : Number((raw * 1.000_001_23).toPrecision(6)),
		bounds
	);
}

/** Four custom, named systems, every field off its default, an edited LLM and edited efficiencies. */
function everythingEdited(): Scenario {
	const scenario = normalizeScenario(defaultScenario());
	const template = scenario.systems[0]!;
	scenario.systems = SLOTS.map((slot, index) => {
		const spec = structuredClone(template);
		spec.presetId = null;
		spec.name = `Custom rack ${slot.toUpperCase()} (2027, liquid)`;
		for (const [k, { path, bounds }] of HARDWARE_FIELDS.entries())
			spec[path as SystemNumberField] = sixDigits(bounds, 0.31 + 0.013 * k + 0.07 * index);
		spec.scaleUpDomainChips = Math.min(spec.scaleUpDomainChips, spec.chips);
		for (const [k, precision] of PRECISIONS.entries())
			spec.denseFlopsPerS[precision] = quantize(123.457e12 * (k + 1) * (index + 1.5));
		return spec;
	});
	scenario.efficiencyPrecision = 'fp8';
	let model = findLlmPreset('qwen3-235b-a22b')!.spec;
	for (const field of LLM_EDITABLE_FIELDS) {
		const value = field.get(model);
		if (value !== undefined)
			model = field.set(model, field.bounds.integer ? value + 7 : quantize(value * 1.234_57));
	}
	scenario.serving = {
		...scenario.serving,
		modelId: 'qwen3-235b-a22b',
		customModel: { ...model, name: 'Qwen3 wide, my guess' },
		inputTokens: 123_457,
		outputTokens: 12_345,
		weightPrecision: 'fp4',
		kvPrecision: 'fp8',
		computePrecision: 'fp4',
		targetUserTokensPerS: 123.457,
		targetTtftS: 1.23457,
		acceptedTokensPerStep: 2.34567
	};
	for (const [k, key] of (
		Object.keys(DEFAULT_EFFICIENCIES) as (keyof typeof DEFAULT_EFFICIENCIES)[]
	).entries())
		scenario.efficiencies[key] = sixDigits(EFFICIENCY_BOUNDS[key], 0.234 + 0.05 * k);
	return normalizeScenario(scenario);
}

describe('link length', () => {
	it('keeps a four-system scenario with everything edited under 2,000 characters', () => {
		const scenario = everythingEdited();
		const query = encodeScenario(scenario, { lang: 'zh', view: 'inference' });
		const decoded = decodeScenario(query);
		// The scenario really is fully edited and survives the trip, so the length is honest.
		expect(decoded.notices).toEqual([]);
		expect(decoded.scenario).toEqual(scenario);
		const keys = [...new URLSearchParams(query).keys()];
		for (const slot of SLOTS)
			expect(keys.filter((key) => key.startsWith(`${slot}.`)).length).toBeGreaterThanOrEqual(13);
		expect(keys.filter((key) => key.startsWith('llm.')).length).toBeGreaterThanOrEqual(10);
		expect(keys.filter((key) => key.startsWith('e.')).length).toBe(
			Object.keys(DEFAULT_EFFICIENCIES).length
		);
		const url = `https://rackscale.example/?${query}`;
		expect(url.length).toBeLessThan(2000);
	});
});

// ---------------------------------------------------------------- round trip

describe('round trip', () => {
	// The random round trips (any scenario, any Unicode name) are property tests:
	// tests/unit/share/codec.property.test.ts.
	// cleanName once cut names by UTF-16 units, splitting an emoji, which then came back as U+FFFD.
	it('round-trips a name whose 60th code unit starts an emoji', () => {
		const scenario = normalizeScenario(defaultScenario());
		scenario.systems[0]!.name = `${'x'.repeat(59)}😀`;
		const normalized = normalizeScenario(scenario);
		expect(decodeScenario(encodeScenario(normalized)).scenario.systems[0]!.name).toBe(
			normalized.systems[0]!.name
		);
	});
});
