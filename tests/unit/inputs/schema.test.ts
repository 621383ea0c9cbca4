import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BASIS_CHOICES,
	DEPLOYMENT_INPUTS,
	EFFICIENCY_INPUTS,
	SERVING_CHOICES,
	SERVING_INPUTS,
	SCENARIO_CHOICES,
	SCENARIO_INPUTS,
	SCENARIO_RULES,
	SYSTEM_CHOICES,
	SYSTEM_INPUTS,
	accepts,
	readPath,
	writePath
} from '../../../src/lib/inputs';
import { SYSTEM_RULES } from '../../../src/lib/inputs/system';
import '../../../src/lib/catalog/all-systems';
import { SYSTEM_PRESETS } from '../../../src/lib/catalog/systems';
import type { NumberInput } from '../../../src/lib/inputs';
import { quantize } from '../../../src/lib/model/bounds';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { defaultScenario, specFromPresetId, type Scenario } from '../../../src/lib/model/scenario';
import { operationInput } from '../../../src/lib/inputs/operations';
import { trainingInput } from '../../../src/lib/inputs/training';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';
import { enTraining } from '../../../src/lib/i18n/en-training';
import { en } from '../../../src/lib/i18n/en';
import { zh } from '../../../src/lib/i18n/zh';
import { zhTraining } from '../../../src/lib/i18n/zh-training';
import { enInference } from '../../../src/lib/i18n/en-inference';
import { zhInference } from '../../../src/lib/i18n/zh-inference';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const ALL = [
	...[...SCENARIO_INPUTS, ...SERVING_INPUTS, ...EFFICIENCY_INPUTS].map((input) => ({
		input,
		prefix: '',
		root: (s: Scenario) => s as object
	})),
	...[...SYSTEM_INPUTS, ...DEPLOYMENT_INPUTS].map((input) => ({
		input,
		prefix: 'a.',
		root: (s: Scenario) => s.systems[0] as object
	}))
];
const RULE_KEYS = new Set([
	...SCENARIO_RULES.flatMap((rule) => rule.keys),
	...SYSTEM_RULES.flatMap((rule) => rule.keys.map((key) => `a.${key}`))
]);
const link = (extra: string) => `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384&${extra}`;

/**
 * Link text for a display number with at most 6 significant digits, as the app writes it, from
 * anywhere around the bounds: inside (log-uniform on log inputs), at and just past each edge,
 * zero, negatives, huge values and fractions of whole-number inputs.
 */
function linkNumbers(input: NumberInput): fc.Arbitrary<string> {
	const { min, max, log } = input.bounds;
	const shown = (si: number) => si / input.scale;
	const inside = fc
		.double({ min: 0, max: 1, noNaN: true })
		.map((t) => (log && min > 0 ? min * (max / min) ** t : min + (max - min) * t));
	const edges = fc.constantFrom(
		min,
		max,
		min * 0.999,
		max * 1.001,
		min - 1,
		max + 1,
		0,
		-1,
		1e30,
		(min + max) / 2 + 0.5
	);
	return fc
		.oneof(inside, edges)
		.map((si) => String(Number(shown(si).toPrecision(6))))
		.filter((text) => !text.includes('Infinity'));
}

describe('every schema input: the link, the normaliser and the sliders accept the same values', () => {
	it.each(ALL.map((entry) => [entry.prefix + entry.input.key, entry]))(
		'%s',
		(_key, { input, prefix, root }) => {
			fc.assert(
				fc.property(linkNumbers(input), (text) => {
					const key = prefix + input.key;
					const si = Number(text) * input.scale;
					// The slider and number field: their one acceptance rule.
					const slider = accepts(input.bounds, si);
					// The link: no notice for the key.
					const decoded = decodeScenario(link(`${key}=${encodeURIComponent(text)}`));
					const forKey = decoded.notices.filter((n) => n.key === key);
					// A cross-field rule (a batch of fewer tokens than a sequence) is not a limit:
					// only inputs a rule names may be adjusted, and the rule tests below cover them.
					if (forKey.some((n) => n.code === 'adjusted')) {
						expect(RULE_KEYS.has(key), key).toBe(true);
						return;
					}
					const codec = forKey.length === 0;
					// The normaliser: keeps the value (to 6 digits) in an otherwise default scenario.
					const given = structuredClone(defaultScenario());
					writePath(root(given), input.path, si);
					const normalized = readPath(root(normalizeScenario(given)), input.path);
					const kept = normalized === (input.bounds.integer ? si : quantize(si));
					expect({ codec, kept }).toEqual({ codec: slider, kept: slider });
					// And the link and the normaliser use the same value when they change it.
					expect(readPath(root(decoded.scenario), input.path)).toBe(normalized);
				}),
				{ numRuns: RUNS, seed: 15 }
			);
		},
		30_000
	);
});

describe('the schema itself', () => {
	it('has one declaration per link key and per path', () => {
		const keys = ALL.map((e) => e.prefix + e.input.key);
		expect(new Set(keys).size).toBe(keys.length);
		const paths = ALL.map((e) => e.prefix + e.input.path);
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('points every path at a number (or, where allowed, no figure) of the default scenario', () => {
		const scenario = normalizeScenario(defaultScenario());
		for (const { input, root } of ALL) {
			const value = readPath(root(scenario), input.path);
			if (typeof value !== 'number') expect(input.nullable, input.key).toBe(true);
		}
	});

	// A preset beyond its field's limits would open clamped to the limit, not as cited: Kyber's
	// 104 PF FP4 per package opened as 100 PF, the field's maximum, until model version 13.
	it('holds every system preset figure within its field’s limits, so a preset opens as cited', () => {
		const outside = SYSTEM_PRESETS.flatMap((preset) => {
			const spec = specFromPresetId(preset.id)!;
			return SYSTEM_INPUTS.flatMap((input) => {
				const value = readPath(spec, input.path);
				return typeof value === 'number' && !accepts(input.bounds, value)
					? [`${preset.id} ${input.key} ${value}`]
					: [];
			});
		});
		expect(SYSTEM_PRESETS.length).toBeGreaterThan(20); // the 2026 presets are registered too
		expect(outside).toEqual([]);
	});

	it('takes "none" (no figure) exactly where the input may be unknown, in the link and the normaliser', () => {
		for (const { input, prefix, root } of ALL) {
			const key = prefix + input.key;
			const notices = decodeScenario(link(`${key}=none`)).notices.filter((n) => n.key === key);
			expect(notices.length === 0, key).toBe(input.nullable);
			const given = structuredClone(defaultScenario());
			writePath(root(given), input.path, null);
			const used = readPath(root(normalizeScenario(given)), input.path);
			expect(typeof used !== 'number', key).toBe(input.nullable);
		}
	});

	it('replaces what is not a number by the value in use: the default, or the preset', () => {
		const scenario = defaultScenario();
		(scenario.operations as unknown as Record<string, unknown>).pue = 'abc';
		scenario.training.overlap = Number.NaN;
		scenario.systems[1] = { ...scenario.systems[1]!, hbmBytes: Number.NaN };
		const used = normalizeScenario(scenario);
		expect(used.operations.pue).toBe(operationInput('pue').default);
		expect(used.training.overlap).toBe(trainingInput('overlap').default);
		// CloudMatrix 384 keeps its own HBM, as a link with b.hbm_gb=abc does.
		expect(used.systems[1]!.hbmBytes).toBe(specFromPresetId('cloudmatrix-384')!.hbmBytes);
		expect(decodeScenario(link('b.hbm_gb=abc')).scenario.systems[1]!.hbmBytes).toBe(
			used.systems[1]!.hbmBytes
		);
	});

	it('holds every default inside its own limits', () => {
		for (const { input } of ALL)
			if (input.default !== null)
				expect(accepts(input.bounds, input.default), input.key).toBe(true);
	});

	it('names every label in both languages', () => {
		const english: Record<string, string> = { ...en, ...enTraining, ...enInference };
		const chinese: Record<string, string> = { ...zh, ...zhTraining, ...zhInference };
		const words = [...SCENARIO_CHOICES, ...SERVING_CHOICES, ...BASIS_CHOICES, ...SYSTEM_CHOICES];
		for (const { label } of [...ALL.map((e) => e.input), ...words]) {
			expect(english[label], label).toBeTruthy();
			expect(chinese[label], label).toBeTruthy();
		}
	});

	it('writes only values that differ from the default, and reads them back exactly', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ALL), fc.double({ min: 0, max: 1, noNaN: true }), (e, t) => {
				const { min, max } = e.input.bounds;
				const si = e.input.bounds.integer
					? Math.round(min + (max - min) * t)
					: quantize(min + (max - min) * t);
				const given = structuredClone(normalizeScenario(defaultScenario()));
				writePath(e.root(given), e.input.path, si);
				const scenario = normalizeScenario(given);
				const decoded = decodeScenario(encodeScenario(scenario));
				expect(decoded.notices).toEqual([]);
				expect(readPath(e.root(decoded.scenario), e.input.path)).toBe(
					readPath(e.root(scenario), e.input.path)
				);
			}),
			{ numRuns: RUNS, seed: 15 }
		);
	});
});

describe('cross-field rules', () => {
	it('a batch holds at least one sequence: raised to it, with one notice, given or implied', () => {
		const given = decodeScenario(link('t.batch_tokens=2048'));
		expect(given.notices).toEqual([
			{ code: 'adjusted', key: 't.batch_tokens', given: '2048', used: '4096' }
		]);
		expect(given.scenario.training.globalBatchTokens).toBe(4096);
		// A sequence longer than the batch given raises the batch to it.
		const implied = decodeScenario(link('t.seq=1048576&t.batch_tokens=1024'));
		expect(implied.notices).toEqual([
			{ code: 'adjusted', key: 't.batch_tokens', given: '1024', used: '1048576' }
		]);
		// The default batch (16,777,216 tokens) holds a 1 Mi-token sequence: nothing changes.
		const untouched = decodeScenario(link('t.seq=1048576'));
		expect(untouched.notices).toEqual([]);
		expect(untouched.scenario.training.globalBatchTokens).toBe(16_777_216);
	});

	it('the normaliser applies the same rule', () => {
		const scenario = defaultScenario();
		scenario.training = { ...scenario.training, sequenceTokens: 8192, globalBatchTokens: 2048 };
		expect(normalizeScenario(scenario).training.globalBatchTokens).toBe(8192);
	});
});

describe('every schema word: the link and the normaliser take the same words', () => {
	const CHOICES = [
		...[...SCENARIO_CHOICES, ...SERVING_CHOICES, ...BASIS_CHOICES].map((input) => ({
			input,
			prefix: '',
			root: (s: Scenario) => s as object
		})),
		...SYSTEM_CHOICES.map((input) => ({
			input,
			prefix: 'a.',
			root: (s: Scenario) => s.systems[0] as object
		}))
	];
	it.each(CHOICES.map((entry) => [entry.prefix + entry.input.key, entry]))(
		'%s',
		(_key, { input, prefix, root }) => {
			const key = prefix + input.key;
			const inUse = readPath(root(normalizeScenario(defaultScenario())), input.path);
			for (const word of [...input.choices, 'FP8', 'none', '', 'bf16 ']) {
				const decoded = decodeScenario(link(`${key}=${encodeURIComponent(word)}`));
				const taken = input.choices.includes(word);
				expect(decoded.notices.length === 0, `${key}=${word}`).toBe(taken);
				const given = structuredClone(defaultScenario());
				writePath(root(given), input.path, word);
				const used = readPath(root(normalizeScenario(given)), input.path);
				expect(used, `${key}=${word}`).toBe(taken ? word : inUse);
				expect(readPath(root(decoded.scenario), input.path)).toBe(used);
			}
		}
	);
});

describe('a word under an earlier key', () => {
	it('reads `eff` (v1’s first name for `basis`) only when `basis` is absent, and writes `basis`', () => {
		const old = decodeScenario(link('eff=fp8'));
		expect(old.notices).toEqual([]);
		expect(old.scenario.efficiencyPrecision).toBe('fp8');
		expect(encodeScenario(old.scenario)).toContain('basis=fp8');
		const both = decodeScenario(link('basis=int8&eff=fp8'));
		expect(both.scenario.efficiencyPrecision).toBe('int8');
		// Read, and said to be overridden: it was 'unknown-key' (helper-116).
		expect(both.notices).toEqual([{ code: 'old-key', key: 'eff', used: 'basis' }]);
		expect(decodeScenario(link('eff=fp6')).notices).toEqual([
			{ code: 'unknown-choice', key: 'eff', given: 'fp6', used: 'bf16' }
		]);
	});
});

describe('a system name (a TextInput)', () => {
	it('cleans a name in the link with one notice, and keeps the name in use when nothing is left', () => {
		const decoded = decodeScenario(link('a.name=%01%02&b.name=CM%07384'));
		expect(decoded.scenario.systems.map((s) => s.name)).toEqual(['GB200 NVL72', 'CM384']);
		// The notice shows what was removed, as code points: invisible characters printed raw
		// would read as nothing ("" → "GB200 NVL72") or as the name kept ("CM384" → "CM384").
		expect(decoded.notices).toEqual([
			{ code: 'name-cleaned', key: 'a.name', given: '[U+0001][U+0002]', used: 'GB200 NVL72' },
			{ code: 'name-cleaned', key: 'b.name', given: 'CM[U+0007]384', used: 'CM384' }
		]);
	});

	it('normalises as the link reads: empty or not text becomes the preset’s name, else the default', () => {
		const scenario = defaultScenario();
		scenario.systems[0] = { ...scenario.systems[0]!, name: ' \u0000 ' };
		scenario.systems[1] = { ...scenario.systems[1]!, name: 42 as never, presetId: null };
		const used = normalizeScenario(scenario);
		expect(used.systems.map((s) => s.name)).toEqual(['GB200 NVL72', 'Custom system']);
		expect(decodeScenario(encodeScenario(used)).scenario).toEqual(used);
	});
});
