import { describe, expect, it } from 'vitest';
import { evaluateFormula, substitute } from '../../../src/lib/format/formula';
import { estimate, term, type Estimate } from '../../../src/lib/model/estimate-types';
import { decodeScenario } from '../../../src/lib/share/codec';
import { evaluate } from '../../../src/lib/model/evaluate';
import { evaluateOperations, trainingJobs } from '../../../src/lib/model/operations';
import { estimateTraining } from '../../../src/lib/model/training/estimate';
import { zhData } from '../../../src/lib/i18n/zh-data';

/** Every Estimate reachable inside a value, depth first. */
function collect(value: unknown, out: Estimate[] = [], seen = new Set<unknown>()): Estimate[] {
	if (value === null || typeof value !== 'object' || seen.has(value)) return out;
	seen.add(value);
	if ((value as Estimate).kind === 'estimate' && typeof (value as Estimate).formula === 'string')
		out.push(value as Estimate);
	for (const child of Object.values(value)) collect(child, out, seen);
	return out;
}

/**
 * Every Estimate the page can show for a link: hardware rows, inference, energy, cost and
 * reliability, and with `training` the training estimates too.
 */
function shownEstimates(query: string, training = false): Estimate[] {
	const { scenario } = decodeScenario(query);
	const evaluation = evaluate(scenario);
	const ops = evaluateOperations(
		scenario.systems,
		evaluation.inference,
		scenario.operations,
		'bf16'
	);
	const trained = training
		? trainingJobs(scenario).map((j) => estimateTraining(j.system, j.settings))
		: [];
	return collect({ rows: evaluation.rows, inference: evaluation.inference, ops, trained });
}

describe('evaluateFormula()', () => {
	it('reads the operators, numbers and functions the model writes', () => {
		const e = estimate(0, '1', '⌊budget ÷ (pue × 1,000)⌋ + √(4) − max(1, x) × 1e3', [
			term('budget', 10_500, 'W'),
			term('pue', 1.25, '1'),
			term('x', 0.002, '1')
		]);
		// ⌊10,500 ÷ 1,250⌋ + 2 − 1 × 1,000 = 8 + 2 − 1,000 = −990
		expect(evaluateFormula(e)).toBe(-990);
	});

	it('reads clamp(x, low, high), the goodput formula’s, and refuses it with other counts', () => {
		const e = (formula: string) => estimate(0, '1', formula, [term('x', 1.4, '1')]);
		expect(evaluateFormula(e('clamp(1 − x, 0, 1)'))).toBe(0); // 1 − 1.4 = −0.4 → 0
		expect(evaluateFormula(e('clamp(x, 0, 1)'))).toBe(1);
		expect(evaluateFormula(e('clamp(x − 1, 0, 1)'))).toBeCloseTo(0.4, 12);
		expect(evaluateFormula(e('clamp(x, 0)'))).toBeNull();
	});

	it('returns null for prose or unknown symbols instead of a wrong number', () => {
		expect(
			evaluateFormula(estimate(1, '1', 'systems × Σ(count × rate)', [term('systems', 2, '1')]))
		).toBeNull();
		expect(evaluateFormula(estimate(1, '1', 'a × b', [term('a', 2, '1')]))).toBeNull();
	});

	it('gives back the displayed number for every readable estimate the page shows', () => {
		// gpt-oss-120b: its sliding-window layers make the KV formula read min(…).
		const all = shownEstimates(
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-b200&llm=gpt-oss-120b&in_tokens=8192'
		);
		let checked = 0;
		for (const e of all) {
			const v = evaluateFormula(e);
			if (v === null) continue;
			checked++;
			expect(
				Math.abs(v - e.value) / Math.max(Math.abs(e.value), 1e-300),
				`${e.formula}`
			).toBeLessThan(1e-9);
		}
		// Every aggregate and efficiency row, energy, cost and envelope estimate is readable.
		expect(checked).toBeGreaterThan(80);
		// Past its 128-token window, gpt-oss's KV per sequence is checked too (min is read).
		const windowed = all.filter((e) => e.formula.includes('min(contextTokens, windowTokens)'));
		expect(windowed.length).toBeGreaterThan(0);
		for (const e of windowed) expect(evaluateFormula(e), e.formula).not.toBeNull();
	});
});

describe('step and TTFT formulas (the formula inspector at the target)', () => {
	const queries = [
		'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-b200',
		// No speculative decoding: no draft pass in the serial term.
		'v=1&a=hgx-h100&a.chips=72&b=gb200-nvl72&llm=gpt-moe-1.8t&in_tokens=32768&out_tokens=1024&weights=fp4&kv=fp8&compute=fp4&user_tps=20&ttft_s=5&accepted=1',
		'v=1&a=gb200-nvl72&b=hgx-b200&serving=co-located&in_tokens=1024&out_tokens=1024'
	];
	for (const query of queries)
		it(`give back the value from the terms shown, and the range from the same terms: ${query}`, () => {
			const { scenario } = decodeScenario(query);
			let checked = 0;
			for (const r of evaluate(scenario).inference) {
				if (r.kind !== 'ok') continue;
				const shown = [r.prefill.ttftS, ...(r.atTarget ? [r.atTarget.estimates.stepS] : [])];
				for (const e of shown) {
					const v = evaluateFormula(e);
					expect(v, e.formula).not.toBeNull();
					expect(v! / e.value).toBeCloseTo(1, 9);
					const t = Object.fromEntries(e.terms.map((x) => [x.symbol, x.value]));
					const parts = [t.compute!, t.memory!, t.communication!, t.host!];
					// Perfect overlap: the largest blended term plus the serial time; none: their sum.
					expect(e.range!.low / (Math.max(...parts) + t.serial!)).toBeCloseTo(1, 9);
					expect(e.range!.high / (parts.reduce((a, b) => a + b) + t.serial!)).toBeCloseTo(1, 9);
					checked++;
				}
			}
			expect(checked).toBeGreaterThanOrEqual(2);
		});

	it('reads definitions after the result, and nothing else', () => {
		const e = (formula: string) =>
			estimate(0, '1', formula, [term('a', 2, '1'), term('b', 3, '1'), term('o', 0.5, '1')]);
		expect(evaluateFormula(e('step = lo + (1 − o) × (hi − lo); lo = max(a, b); hi = a + b'))).toBe(
			4
		);
		expect(evaluateFormula(e('lo; lo = a; and some prose'))).toBeNull();
		expect(evaluateFormula(e('lo; lo = hi; hi = lo'))).toBeNull();
		expect(evaluateFormula(e('a; a = b'))).toBeNull();
	});
});

describe('formulas hold math; their prose is a note the Chinese page translates', () => {
	// Every estimate the page's formula inspectors can show: hardware, inference, training,
	// energy, cost and reliability, on presets with each fabric and a sliding-window model.
	const shown = [
		'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-b200',
		'v=1&a=hgx-h100&b=gb200-nvl72&llm=gpt-oss-120b&view=training'
	].flatMap((query) => shownEstimates(query, true));

	it('writes no words in a formula: two plain words in a row are prose the page cannot translate', () => {
		// Before: 'tokensPerS ÷ chips (idle ones included)', and 'bytes over the tp group', which
		// substitution turned into '1.2 GB over the 8 group'.
		expect(shown.length).toBeGreaterThan(100);
		for (const e of shown) expect(e.formula, e.formula).not.toMatch(/\b[a-z]+ [a-z]+\b/);
	});

	it('has a Chinese translation of every note', () => {
		const notes = [...new Set(shown.flatMap((e) => (e.note ? [e.note] : [])))];
		// The step's terms, the five parallel groups' traffic and the two tiers' sums at least.
		expect(notes.length).toBeGreaterThanOrEqual(8);
		for (const note of notes) expect(zhData[note], note).toBeDefined();
	});
});

describe('substitute()', () => {
	it('puts each term’s value in place, and drops the name of a named result', () => {
		const named = estimate(5, 's', 'stepS = low + (1 − overlap) × (high − low); low = a', [
			term('overlap', 0.15, '1'),
			term('a', 2, 's')
		]);
		// Shown after "=": "= low + (1 − 0.15) …", not "= stepS = low + …".
		expect(substitute(named, (t) => String(t.value))).toBe(
			'low + (1 − 0.15) × (high − low); low = 2'
		);
		const plain = estimate(6, 'B', 'chips × hbmBytesPerChip', [
			term('chips', 2, 'chips'),
			term('hbmBytesPerChip', 3, 'B')
		]);
		expect(substitute(plain, (t) => String(t.value))).toBe('2 × 3');
		// A term before "=" is math, not a result's name: it is substituted, not dropped.
		const equation = estimate(1, '1', 'overlap = a', [
			term('overlap', 0.5, '1'),
			term('a', 1, '1')
		]);
		expect(substitute(equation, (t) => String(t.value))).toBe('0.5 = 1');
	});
});
