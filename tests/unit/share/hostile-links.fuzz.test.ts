import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LLM_PRESETS } from '../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../src/lib/catalog/systems';
import { aggregate, efficiency } from '../../../src/lib/model/aggregate';
import { evaluate } from '../../../src/lib/model/evaluate';
import type { Result } from '../../../src/lib/model/estimate-types';
import { MAX_NAME_LENGTH, normalizeScenario } from '../../../src/lib/model/normalize';
import { PRECISIONS } from '../../../src/lib/model/precision';
import type { Scenario } from '../../../src/lib/model/scenario';
import { decodeScenario, encodeScenario, type Decoded } from '../../../src/lib/share/codec';
import { MAX_SHOWN_VALUE_LENGTH } from '../../../src/lib/share/notices';
import { arbitraryScenario } from '../../fixtures/arbitraries';
import { FUZZ_RUNS } from '../../fixtures/runs';

/*
 * Fixed seed, fixed count (FUZZ_RUNS, tests/fixtures/runs.ts): the same links on every machine.
 * FUZZ_RUNS=100000 for a deep run; the default keeps `npm test` within minutes on one core. Speed
 * is measured in `npm run bench`.
 */

/**
 * Links are user data from anywhere: a chat message, a hand edit, an attacker. Whatever arrives,
 * the decoder must not throw, must yield only finite numbers, and must keep names inert text.
 * Speed matters here (100,000 links): checks avoid `expect` in the hot path, and the full
 * evaluation (inference sweep, ~1 ms) runs on every 100th link only; the others evaluate the
 * aggregate and efficiency figures the results table is built from.
 */

const FIXTURE_LINKS = (() => {
	const root = fileURLToPath(new URL('../../fixtures/links/v1/', import.meta.url));
	return readdirSync(root)
		.filter((file) => file.endsWith('.json'))
		.map(
			(file) =>
				JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as { link: string; knownBug?: string }
		)
		.filter((fixture) => !fixture.knownBug)
		.map((fixture) => fixture.link);
})();

const queryOf = (link: string) =>
	(link.includes('?') ? link.slice(link.indexOf('?') + 1) : link).split('#')[0]!;

/** Every key a real link holds: the fixtures', and whatever the encoder writes for random scenarios. */
const KNOWN_KEYS = [
	...new Set([
		...FIXTURE_LINKS.flatMap((link) => [...new URLSearchParams(queryOf(link)).keys()]),
		...fc
			.sample(arbitraryScenario, { numRuns: 200, seed: 7 })
			.flatMap((s) => [...new URLSearchParams(encodeScenario(normalizeScenario(s))).keys()])
	])
].sort();

const ODD_KEYS = [
	...['', '.', 'a.', 'A', 'e', 'e.', 'llm.', 'x', 'a.b.c', 'd.chips', 'z.chips'],
	...['__proto__', 'constructor', 'a.__proto__', 'toString', 'o.rate.__proto__']
];

const ODD_VALUES = [
	...[
		'0',
		'-0',
		'-1',
		'1',
		'1.5',
		'+3',
		'.5',
		'5.',
		'1e3',
		' 7 ',
		'\t8\n',
		'00012',
		'1e309',
		'-1e309'
	],
	...[
		'1e-400',
		'5e-324',
		'1.7976931348623157e308',
		'9'.repeat(400),
		'NaN',
		'Infinity',
		'-Infinity'
	],
	...[
		'0x10',
		'1_000',
		'1,5',
		'١٢',
		'１２',
		'none',
		'None',
		'custom',
		'auto',
		'',
		'%',
		'%zz',
		'%00',
		'+'
	],
	...[
		'inference',
		'hardware',
		'zh',
		'en',
		'tp0.pp0.ep0.dp0.mb0',
		`tp${'9'.repeat(30)}.pp1.ep1.dp1.mb1`
	],
	...[
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'\u202e\u0000\u001f\u007f',
		'\ud800'
	],
	...SYSTEM_PRESETS.map((p) => p.id),
	...LLM_PRESETS.map((p) => p.id),
	...PRECISIONS
];

const hostileKey = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
	{ weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'llm', 'o', 't'), fc.string({ maxLength: 6 }))
			.map(([prefix, rest]) => `${prefix}.${rest}`)
	}
);

const hostileValue = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...ODD_VALUES) },
	{ weight: 2, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 16 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }
);

/** Pairs written raw (so `&`, `=`, `%` and `#` inside them break the syntax) or properly encoded. */
const structuredLink = fc
	.tuple(
		fc.constantFrom('', '?', 'https://example.org/app/?', '?&&', 'x?y?'),
		fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 30 }),
		fc.boolean(),
		fc.constantFrom('', '#results', '&', '#?v=2&a=custom')
	)
	.map(([prefix, pairs, raw, suffix]) => {
		const body = raw
			? pairs.map(([k, v]) => `${k}=${v}`).join('&')
			: (() => {
					const params = new URLSearchParams();
					for (const [k, v] of pairs) params.append(k, v);
					return params.toString();
				})();
		return `${prefix}${body}${suffix}`;
	});

/** A real link with a slice cut out and junk put in its place. */
const mutatedLink = fc
	.tuple(
		fc.constantFrom(...FIXTURE_LINKS),
		fc.nat(),
		fc.integer({ min: 0, max: 12 }),
		fc.string({ maxLength: 12 })
	)
	.map(([link, at, cut, insert]) => {
		const i = at % (link.length + 1);
		return link.slice(0, i) + insert + link.slice(i + cut);
	});

const anyLink = fc.oneof(
	{ weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.webQueryParameters() },
	{ weight: 3, arbitrary: mutatedLink },
	{ weight: 5, arbitrary: structuredLink }
);

// ---------------------------------------------------------------- checks (no expect: hot path)

function fail(message: string): never {
	throw new Error(message);
}

/** Throws on the first number that is NaN or ±Infinity, naming where it sits. */
function assertFinite(value: unknown, path: string): void {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) fail(`${path} = ${value}`);
	} else if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) assertFinite(value[i], `${path}[${i}]`);
	} else if (value !== null && typeof value === 'object') {
		for (const key of Object.keys(value))
			assertFinite((value as Record<string, unknown>)[key], `${path}.${key}`);
	}
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function assertInert(name: string, path: string) {
	if (typeof name !== 'string') fail(`${path} is not text`);
	if (name.length === 0 || name.length > MAX_NAME_LENGTH) fail(`${path} has length ${name.length}`);
	if (CONTROL.test(name)) fail(`${path} holds a control character`);
}

function assertSane(decoded: Decoded) {
	const { scenario, notices } = decoded;
	assertFinite(scenario, 'scenario');
	if (scenario.systems.length < 1 || scenario.systems.length > 4)
		fail(`${scenario.systems.length} systems`);
	scenario.systems.forEach((spec, i) => assertInert(spec.name, `systems[${i}].name`));
	if (scenario.serving.customModel)
		assertInert(scenario.serving.customModel.name, 'customModel.name');
	for (const notice of notices) {
		// A notice shows at most the shortened text plus an ellipsis.
		if (notice.key.length > MAX_SHOWN_VALUE_LENGTH + 1)
			fail(`notice key of ${notice.key.length} chars`);
		if ((notice.given?.length ?? 0) > MAX_SHOWN_VALUE_LENGTH + 1)
			fail(`notice given of ${notice.given!.length} chars`);
		if ((notice.used?.length ?? 0) > MAX_SHOWN_VALUE_LENGTH + 1)
			fail(`notice used of ${notice.used!.length} chars`);
	}
}

/** What the results table shows: per-system totals and efficiencies at the chosen precision. */
function assertAggregatesFinite(scenario: Scenario) {
	for (const [i, spec] of scenario.systems.entries()) {
		const totals = aggregate(spec);
		const results: [string, Result][] = [
			...Object.entries(totals.denseFlopsPerS),
			...Object.entries(totals).filter(([key]) => key !== 'denseFlopsPerS'),
			...Object.entries(efficiency(spec, scenario.efficiencyPrecision))
		] as [string, Result][];
		for (const [key, result] of results)
			if (result.kind === 'estimate' && !Number.isFinite(result.value))
				fail(`systems[${i}] ${key} = ${result.value}`);
	}
}

describe('hostile links', () => {
	it(`${FUZZ_RUNS} random, structured and mutated links: no throw, finite scenario and results`, () => {
		let count = 0;
		fc.assert(
			fc.property(anyLink, (link) => {
				const decoded = decodeScenario(link);
				assertSane(decoded);
				if (count++ % 100 === 0) assertFinite(evaluate(decoded.scenario), 'evaluation');
				else assertAggregatesFinite(decoded.scenario);
			}),
			{ numRuns: FUZZ_RUNS, seed: 20_261_129 }
		);
		expect(count).toBe(FUZZ_RUNS);
	}, 900_000);

	it('uses the last of duplicated keys and says so once per key', () => {
		for (const link of FIXTURE_LINKS) {
			const query = queryOf(link);
			const original = decodeScenario(query);
			const pairs = [...new URLSearchParams(query)];
			// Junk first, the real value last: the real one wins and the junk is never read.
			const doubled = new URLSearchParams([
				...pairs.map(([k]) => [k, 'junk'] as [string, string]),
				...pairs
			]);
			const decoded = decodeScenario(doubled.toString());
			expect(decoded.scenario).toEqual(original.scenario);
			expect(decoded.view).toEqual(original.view);
			// A key whose value has a notice of its own (an older model version's `m`) gets that one
			// notice, not a second about the repetition.
			const noticed = new Set(original.notices.map((n) => n.key));
			// The view and language too: a repeated one read silently was a silent change.
			const scenarioKeys = new Set(pairs.map(([k]) => k).filter((k) => !noticed.has(k)));
			// A fixture made by an older model version also says so (model-changed), as its original does.
			const duplicates = decoded.notices.filter((n) => n.code !== 'model-changed');
			expect(duplicates.map((n) => n.code)).toEqual([...scenarioKeys].map(() => 'duplicate-key'));
			expect(new Set(duplicates.map((n) => n.key))).toEqual(scenarioKeys);
			expect(decoded.notices.length - duplicates.length).toBe(
				original.notices.filter((n) => n.code === 'model-changed').length
			);
		}
	});

	const HUGE = 100_000;
	const huge: [string, string][] = [
		['digits', '9'.repeat(HUGE)],
		['tiny fraction', `0.${'0'.repeat(HUGE)}1`],
		['script', '<script>alert(1)</script>'.repeat(HUGE / 25)],
		['letters', 'x'.repeat(HUGE)],
		['wide text', '超节点'.repeat(HUGE / 3)],
		['controls', '\u0001\u001f'.repeat(HUGE / 2)]
	];
	it.each(huge)(
		'survives 100 kB values (%s) in every kind of key, with short notices',
		(_kind, text) => {
			const base = 'v=1&m=3&a=gb200-nvl72&b=hgx-h100';
			const keys = [
				...['a', 'a.chips', 'a.hbm_gb', 'a.name', 'b.bf16_tflops', 'llm', 'llm.name', 'llm.layers'],
				...['in_tokens', 'e.compute', 'basis', 'weights', 'lang', 'view']
			];
			for (const key of keys) {
				const decoded = decodeScenario(`${base}&${key}=${encodeURIComponent(text)}`);
				assertSane(decoded);
				assertAggregatesFinite(decoded.scenario);
			}
			// A 100 kB key name, too.
			assertSane(
				decodeScenario(`${base}&${encodeURIComponent(text)}=1&a.${encodeURIComponent(text)}=1`)
			);
		},
		// Generous: this is about what is decoded; the speed is in `npm run bench`.
		120_000
	);

	// The number pattern once backtracked quadratically on a long run of digits ending in a letter;
	// the length cap refuses it before matching. (Its speed is in `npm run bench`.)
	it('refuses a 20 kB near-number as not a number', () => {
		const { notices } = decodeScenario(`v=1&a=hgx-h100&a.chips=${'9'.repeat(20_000)}x`);
		expect(notices.map((n) => `${n.code} ${n.key}`)).toEqual(['not-a-number a.chips']);
	}, 60_000);

	it('ignores unknown keys without touching the scenario', () => {
		for (const link of FIXTURE_LINKS) {
			const query = queryOf(link);
			const original = decodeScenario(query);
			const noisy = decodeScenario(
				`${query}&colour=red&utm_source=chat&a.colour=blue&e.turbo=2&llm.bogus=1`
			);
			expect(noisy.scenario).toEqual(original.scenario);
			expect(noisy.notices.map((n) => `${n.code} ${n.key}`)).toEqual(
				expect.arrayContaining([
					'unknown-key colour',
					'unknown-key utm_source',
					'unknown-key e.turbo'
				])
			);
		}
	});

	it('keeps script in names as inert, capped text that round-trips', () => {
		const script = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
		const query = new URLSearchParams({
			v: '1',
			a: 'custom',
			'a.name': `${script}\u0000\u0007 ${script}`,
			b: 'hgx-h100',
			'b.name': '"><svg onload=alert(1)>',
			'llm.name': script
		}).toString();
		const { scenario, notices } = decodeScenario(query);
		// Cutting a name to its length is a change like any other: one notice each, none for b.
		expect(notices.map((n) => `${n.code} ${n.key}`)).toEqual([
			'name-cleaned a.name',
			'name-cleaned llm.name'
		]);
		const names = [...scenario.systems.map((s) => s.name), scenario.serving.customModel!.name];
		for (const name of names) {
			expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
			expect(CONTROL.test(name)).toBe(false);
		}
		// Kept literally (the page renders names as text), not stripped or decoded.
		expect(scenario.systems[0]!.name).toBe(`${script}  ${script}`.slice(0, MAX_NAME_LENGTH));
		expect(scenario.systems[1]!.name).toBe('"><svg onload=alert(1)>');
		expect(scenario.serving.customModel!.name).toBe(script.slice(0, MAX_NAME_LENGTH));
		const again = decodeScenario(encodeScenario(scenario));
		expect(again.notices).toEqual([]);
		expect(again.scenario).toEqual(scenario);
	});
});
