import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { en } from '../../../src/lib/i18n/en';
import { zh } from '../../../src/lib/i18n/zh';
import { enInference } from '../../../src/lib/i18n/en-inference';
import { zhInference } from '../../../src/lib/i18n/zh-inference';
import { enDiff } from '../../../src/lib/i18n/en-diff';
import { zhDiff } from '../../../src/lib/i18n/zh-diff';
import { enTraining } from '../../../src/lib/i18n/en-training';
import { zhTraining } from '../../../src/lib/i18n/zh-training';
import { evaluate } from '../../../src/lib/model/evaluate';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { evaluateOperations } from '../../../src/lib/model/operations';
import { defaultScenario, type Scenario } from '../../../src/lib/model/scenario';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';
import {
	diffScenarios,
	readPastedLink,
	type AssumptionDiff,
	type ScenarioDiff
} from '../../../src/lib/share/diff';
import { arbitraryScenario } from '../../fixtures/arbitraries';

const side = (scenario: Scenario) => ({ scenario, evaluation: evaluate(scenario) });
const fromLink = (query: string) => side(decodeScenario(query).scenario);
const DEFAULT = side(normalizeScenario(defaultScenario()));
const BASE = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384`;

function row(diff: ScenarioDiff, key: string): AssumptionDiff | undefined {
	return diff.assumptions.find((r) => r.key === key);
}

describe('diffScenarios(): assumptions', () => {
	it('finds nothing between a scenario and itself', () => {
		const diff = diffScenarios(DEFAULT, DEFAULT);
		expect(diff.assumptions).toEqual([]);
		expect(diff.results.every((r) => !r.changed)).toBe(true);
		expect(diff.systems).toEqual([
			{ slot: 'a', a: 'GB200 NVL72', b: 'GB200 NVL72' },
			{ slot: 'b', a: 'CloudMatrix 384', b: 'CloudMatrix 384' }
		]);
	});

	it('names each changed system field by slot and link key, in the link’s display units', () => {
		const edits = '&a.hbm_gb=192&b.chips=768&b.tdp_w=600&a.fp4_tflops=none&b.name=CM+768';
		const diff = diffScenarios(fromLink(BASE), fromLink(`${BASE}${edits}`));
		expect(diff.assumptions.map((r) => r.key)).toEqual([
			'a.hbm_gb',
			'a.fp4_tflops',
			'b.name',
			'b.chips',
			'b.tdp_w'
		]);
		expect(row(diff, 'a.hbm_gb')).toEqual({
			section: 'system',
			slot: 'a',
			key: 'a.hbm_gb',
			label: 'field.hbmBytes',
			unit: 'GB',
			a: { kind: 'number', value: 186 },
			b: { kind: 'number', value: 192 }
		});
		expect(row(diff, 'a.fp4_tflops')).toMatchObject({
			label: 'field.denseFlopsPerS',
			labelParams: { precision: 'FP4' },
			unit: 'TFLOP/s',
			a: { kind: 'number', value: 10000 },
			// GB200 has FP4: a link that removes the figure reads removed, as the table says (not
			// "not cited", a catalog gap's words: helper-131).
			b: { kind: 'none', reason: 'removed' }
		});
		// Ascend 910C has no FP8 format at all: unsupported, until a figure is entered.
		const fp8 = diffScenarios(fromLink(BASE), fromLink(`${BASE}&b.fp8_tflops=1000`));
		expect(row(fp8, 'b.fp8_tflops')).toMatchObject({
			a: { kind: 'none', reason: 'unsupported' },
			b: { kind: 'number', value: 1000 }
		});
		expect(row(diff, 'b.tdp_w')).toMatchObject({
			a: { kind: 'none', reason: 'unknown' },
			b: { kind: 'number', value: 600 }
		});
		expect(row(diff, 'b.chips')).toMatchObject({
			unit: 'chips',
			a: { kind: 'number', value: 384 },
			b: { kind: 'number', value: 768 }
		});
		expect(row(diff, 'b.name')).toMatchObject({
			a: { kind: 'text', text: 'CloudMatrix 384' },
			b: { kind: 'text', text: 'CM 768' }
		});
		expect(diff.systems[1]).toEqual({ slot: 'b', a: 'CloudMatrix 384', b: 'CM 768' });
	});

	it('lists a changed preset and every figure that came with it', () => {
		const diff = diffScenarios(fromLink('v=1&a=hgx-h100'), fromLink('v=1&a=hgx-h200'));
		expect(row(diff, 'a')).toMatchObject({
			label: 'system.preset',
			a: { text: 'hgx-h100' },
			b: { text: 'hgx-h200' }
		});
		expect(row(diff, 'a.hbm_gb')).toBeDefined();
		expect(row(diff, 'a.hbm_tbps')).toBeDefined();
		expect(row(diff, 'a.chips')).toBeUndefined();
	});

	it('shows a system only one side has as one row', () => {
		const diff = diffScenarios(
			fromLink(BASE),
			fromLink(`${BASE}&c=hgx-h100&c.chips=16&c.joined=4`)
		);
		const rows = diff.assumptions.filter((r) => r.slot === 'c');
		expect(rows).toEqual([
			{
				section: 'system',
				slot: 'c',
				key: 'c',
				label: 'system.preset',
				unit: '',
				a: { kind: 'absent' },
				b: { kind: 'text', text: 'hgx-h100' }
			}
		]);
		expect(diff.systems[2]).toEqual({ slot: 'c', a: null, b: 'HGX H100 (8 GPU)' });
		const hbm = diff.results.find((r) => r.slot === 'c' && r.id === 'hbmBytes')!;
		expect(hbm).toMatchObject({ a: null, ratio: null, changed: true });
		expect(hbm.b).toBeCloseTo(16 * 80e9, -6);
	});

	it('covers the workload, the model shape and the efficiencies', () => {
		const diff = diffScenarios(
			fromLink(`${BASE}&llm=deepseek-r1`),
			fromLink(
				`${BASE}&llm=deepseek-r1&llm.experts=128&llm.name=Mine&user_tps=100&ttft_s=0.5&kv=fp8` +
					'&basis=fp8&e.up_lat_us=5&e.overhead_ms=2&e.compute=0.5&serve=co-located'
			)
		);
		expect(row(diff, 'llm.experts')).toMatchObject({
			section: 'model',
			label: 'llmField.experts',
			a: { value: 256 },
			b: { value: 128 }
		});
		expect(row(diff, 'llm.name')).toMatchObject({
			section: 'model',
			label: 'diff.modelName',
			b: { text: 'Mine' }
		});
		expect(row(diff, 'user_tps')).toMatchObject({
			section: 'workload',
			unit: 'tokensPerSPerUser',
			a: { value: 50 },
			b: { value: 100 }
		});
		expect(row(diff, 'ttft_s')).toMatchObject({ unit: 's', a: { value: 2 }, b: { value: 0.5 } });
		expect(row(diff, 'kv')).toMatchObject({
			label: 'workload.kvPrecision',
			a: { text: 'BF16' },
			b: { text: 'FP8' }
		});
		expect(row(diff, 'basis')).toMatchObject({ a: { text: 'BF16' }, b: { text: 'FP8' } });
		// The serving mode is a workload word with its label, not link text under "other".
		expect(row(diff, 'serve')).toMatchObject({
			section: 'workload',
			label: 'workload.servingMode',
			a: { text: 'auto' },
			b: { text: 'co-located' }
		});
		// Times in the link's µs and ms, as the labels say.
		expect(row(diff, 'e.up_lat_us')).toMatchObject({
			section: 'efficiency',
			a: { value: 20 },
			b: { value: 5 }
		});
		expect(row(diff, 'e.overhead_ms')).toMatchObject({ a: { value: 1 }, b: { value: 2 } });
		expect(row(diff, 'e.compute')).toMatchObject({ a: { value: 0.6 }, b: { value: 0.5 } });
		expect(diff.assumptions.filter((r) => r.section === 'other')).toEqual([]);
	});

	it('marks model fields one shape lacks as absent', () => {
		const diff = diffScenarios(
			fromLink(`${BASE}&llm=deepseek-r1`),
			fromLink(`${BASE}&llm=llama-3.1-405b`)
		);
		expect(row(diff, 'llm')).toMatchObject({
			a: { text: 'deepseek-r1' },
			b: { text: 'llama-3.1-405b' }
		});
		// A field one model's shape lacks: not an empty system slot.
		expect(row(diff, 'llm.kv_heads')).toMatchObject({
			a: { kind: 'not-in-model' },
			b: { kind: 'number' }
		});
		expect(row(diff, 'llm.kv_lora')).toMatchObject({
			a: { kind: 'number' },
			b: { kind: 'not-in-model' }
		});
	});

	it('shows schema inputs with their declared label, unit and group', () => {
		const diff = diffScenarios(
			fromLink(BASE),
			fromLink(`${BASE}&o.ckpt_s=30&t.tokens_t=2&t.prec=bf16`)
		);
		expect(row(diff, 'o.ckpt_s')).toMatchObject({
			section: 'operations',
			label: 'reliability.field.checkpointWriteS',
			unit: 's',
			a: { value: 10 },
			b: { value: 30 }
		});
		expect(row(diff, 't.tokens_t')).toMatchObject({
			section: 'training',
			unit: 'trillionTokens',
			a: { value: 15 },
			b: { value: 2 }
		});
		expect(row(diff, 't.prec')).toMatchObject({ a: { text: 'FP8' }, b: { text: 'BF16' } });
		expect(diff.assumptions.filter((r) => r.section === 'other')).toEqual([]);
	});

	it('still reports link keys it has no table for, as link text, named where it can', () => {
		const a = normalizeScenario(defaultScenario());
		const b = structuredClone(a);
		b.systems[0]!.deployment = { ...b.systems[0]!.deployment!, joined: 4 };
		const diff = diffScenarios(side(a), side(normalizeScenario(b)));
		expect(diff.assumptions).toEqual([
			{
				section: 'other',
				slot: 'a',
				key: 'a.joined',
				// Before, the row showed only "a.joined" where every other row has a name.
				label: 'diff.systemsJoined',
				unit: '',
				a: { kind: 'text', text: String(a.systems[0]!.deployment!.joined) },
				b: { kind: 'text', text: '4' }
			}
		]);
		// Left out of a link, a.joined is 1: the row says so ("default" alone hid it; found by
		// helper-82 beside the default comparison's 16 joined NVL72).
		const single = structuredClone(a);
		single.systems[0]!.deployment = { ...single.systems[0]!.deployment!, joined: 1 };
		expect(row(diffScenarios(side(a), side(normalizeScenario(single))), 'a.joined')!.b).toEqual({
			kind: 'default',
			text: '1'
		});
		// A purchase price left out is the preset's reported one, said (helper-127: "default"
		// beside an entered $40,000 hid GB200 NVL72's $2.5M ÷ 72 = $34,722.2); none without one.
		const priced = structuredClone(a);
		priced.systems[0]!.deployment = { ...priced.systems[0]!.deployment!, capexPerChipUsd: 40_000 };
		const capex = diffScenarios(side(normalizeScenario(priced)), side(a));
		expect(row(capex, 'a.capex_usd')).toMatchObject({
			label: 'diff.capexPerChip',
			a: { kind: 'text', text: '40000' },
			b: { kind: 'default', text: '34722.2' }
		});
		const h100 = `v=1&m=${MODEL_VERSION}&a=hgx-h100`;
		expect(
			row(diffScenarios(fromLink(h100), fromLink(`${h100}&a.capex_usd=30000`)), 'a.capex_usd')!.a
		).toEqual({ kind: 'default', text: 'none' });
		// Such rows sit with their system, before the next slot's rows and the workload.
		b.systems[0]!.chips = 36;
		b.systems[1]!.chips = 768;
		b.serving.inputTokens = 4096;
		const ordered = diffScenarios(side(a), side(normalizeScenario(b)));
		// 36 chips cannot hold GB200's 72-chip domain: the domain follows (normalize.ts).
		expect(ordered.assumptions.map((r) => r.key)).toEqual([
			'a.chips',
			'a.domain',
			'a.joined',
			'b.chips',
			'in_tokens'
		]);
	});

	it('lists every key two links write differently (100 random pairs)', () => {
		fc.assert(
			fc.property(arbitraryScenario, arbitraryScenario, (rawA, rawB) => {
				const a = normalizeScenario(rawA);
				const b = normalizeScenario(rawB);
				const linkA = new URLSearchParams(encodeScenario(a));
				const linkB = new URLSearchParams(encodeScenario(b));
				// Evaluations do not matter for the assumption list; skip the inference sweep.
				const none = DEFAULT.evaluation;
				const diff = diffScenarios(
					{ scenario: a, evaluation: none },
					{ scenario: b, evaluation: none }
				);
				const keys = new Set(diff.assumptions.map((r) => r.key));
				for (const [key, value] of linkA)
					if (!['v', 'm'].includes(key) && linkB.has(key) && linkB.get(key) !== value)
						expect(keys, key).toContain(key);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('diffScenarios(): results', () => {
	it('moves each headline result as this page ÷ pasted, per system', () => {
		// This page has the pasted link's B at half the chips: half of every aggregate.
		const diff = diffScenarios(fromLink(BASE), fromLink(`${BASE}&b.chips=768`));
		const b = (id: string) => diff.results.find((r) => r.slot === 'b' && r.id === id)!;
		for (const id of ['denseFlopsPerS.bf16', 'hbmBytes', 'hbmBytesPerS', 'allInPowerW']) {
			expect(b(id).changed).toBe(true);
			expect(b(id).ratio).toBeCloseTo(0.5, 12);
			expect(b(id).a! / b(id).b!).toBeCloseTo(0.5, 12);
		}
		// Less compute and HBM is worse; power alone carries no verdict.
		expect(b('hbmBytes').better).toBe(false);
		expect(b('allInPowerW').better).toBeNull();
		expect(b('hbmBytes').unit).toBe('B');
		expect(b('chipTokensPerS').unit).toBe('tokens/s');
		expect(b('perChipRatio').unit).toBe('1');
		expect(b('perChipRatio').shape).toBe('ratio');
		const a = diff.results.filter((r) => r.slot === 'a' && r.id !== 'perChipRatio');
		// Without energy, reliability or training given, those rows have no number on either side.
		const numbered = a.filter((r) => r.a !== null);
		expect(numbered.map((r) => r.group)).toEqual([
			'hardware',
			'hardware',
			'hardware',
			'hardware',
			'inference'
		]);
		expect(numbered.every((r) => !r.changed && r.ratio === 1 && r.better === null)).toBe(true);
		expect(a.filter((r) => r.a === null).every((r) => r.ratio === null && !r.changed)).toBe(true);
		expect(diff.results.map((r) => r.id).slice(0, 13)).toEqual([
			'denseFlopsPerS.bf16',
			'hbmBytes',
			'hbmBytesPerS',
			'allInPowerW',
			'chipTokensPerS',
			'perChipRatio',
			'timeToTrainS',
			'trainingTokensPerSPerChip',
			'outputJPerToken',
			'outputTokensPerSPerMW',
			'usdPerMillionOutputTokens',
			'interruptionsPerDay',
			'goodput'
		]);
	});

	it('judges lower-is-better figures the other way round', () => {
		// A slower target speed per user batches more: more tokens per chip, fewer joules per token.
		const withOperations = (query: string) => {
			const { scenario, evaluation } = fromLink(query);
			const operations = evaluateOperations(
				scenario.systems,
				evaluation.inference,
				scenario.operations,
				scenario.efficiencyPrecision
			);
			return { scenario, evaluation, operations };
		};
		const page = withOperations(`${BASE}&user_tps=20`);
		// 80 p99 = a 96 tokens/s mean, inside GB200 NVL72's frontier (its fastest: ~119).
		const pasted = withOperations(`${BASE}&user_tps=80`);
		const diff = diffScenarios(page, pasted);
		const find = (id: string) => diff.results.find((r) => r.slot === 'a' && r.id === id)!;
		const joules = find('outputJPerToken');
		expect(joules.lowerIsBetter).toBe(true);
		expect(joules.a).toBe(page.operations.systems[0]!.energy!.outputJPerToken.value);
		expect(joules.ratio).toBeCloseTo(joules.a! / joules.b!, 12);
		expect(joules.ratio!).toBeLessThan(1);
		expect(joules.better).toBe(true);
		// The same change read the throughput way: more tokens per MW, above 1× and better.
		const perMW = find('outputTokensPerSPerMW');
		expect(perMW.ratio!).toBeGreaterThan(1);
		expect(perMW.better).toBe(true);
	});

	it('takes the per-chip numbers at the target from the evaluations it is given', () => {
		const before = fromLink(BASE);
		const after = fromLink(`${BASE}&user_tps=20`);
		const diff = diffScenarios(before, after);
		const tokens = diff.results.find((r) => r.slot === 'a' && r.id === 'chipTokensPerS')!;
		expect(tokens.a).toBe(before.evaluation.atTarget.rows[0]!.chipTokensPerS);
		expect(tokens.b).toBe(after.evaluation.atTarget.rows[0]!.chipTokensPerS);
		const relative = diff.results.find((r) => r.slot === 'b' && r.id === 'perChipRatio')!;
		expect(relative.a).toBe(before.evaluation.atTarget.rows[1]!.perChipRatio);
	});
});

describe('readPastedLink()', () => {
	it('takes a whole URL, a query with or without ?, and keeps the query to open', () => {
		for (const input of [`  https://example.org/app/?${BASE}#results `, `?${BASE}`, BASE]) {
			const pasted = readPastedLink(input)!;
			expect(pasted.query).toBe(BASE);
			expect(pasted.decoded.notices).toEqual([]);
		}
	});

	it('refuses text without a scenario and passes notices on', () => {
		expect(readPastedLink('')).toBeNull();
		expect(readPastedLink('lang=zh&view=inference')).toBeNull();
		// Text that is no link, or whose keys the format does not know, is no scenario either.
		expect(readPastedLink('hello world')).toBeNull();
		expect(readPastedLink('https://example.org/?utm_source=x&lang=zh#top')).toBeNull();
		expect(readPastedLink('b.chips=768')!.decoded.scenario.systems[1]!.chips).toBe(768);
		expect(readPastedLink('v=1&hello')!.decoded.notices.map((n) => n.code)).toEqual([
			'unknown-key'
		]);
		expect(readPastedLink(`${BASE}&b.chips=lots`)!.decoded.notices.map((n) => n.code)).toEqual([
			'not-a-number'
		]);
	});
});

describe('labels', () => {
	it('has a message in every language for every label a diff can carry', () => {
		const full = [
			`v=1&m=${MODEL_VERSION}&a=hgx-h100&b=hgx-b200&c=gb300-nvl72&d=custom&d.name=X&d.tdp_w=none&basis=fp8`,
			'llm=qwen3-235b-a22b&llm.name=Q&llm.layers=90',
			'in_tokens=9&out_tokens=9&user_tps=9&ttft_s=9&accepted=2&weights=fp4&kv=fp8&compute=fp4',
			'e.compute=0.5&e.hbm=0.5&e.up=0.5&e.out=0.5&e.up_lat_us=9&e.out_lat_us=9',
			'e.moe_imbalance=1.5&e.overhead_ms=9&e.reserve=0.2&e.overlap=0.2',
			't.seq=8192&t.prec=bf16&o.budget_mw=5&o.rate.hbmStackPerHour=0.001&o.frac.other=0.5'
		].join('&');
		const diff = diffScenarios(DEFAULT, fromLink(full));
		const diffBack = diffScenarios(fromLink(full), fromLink(`${full}&llm=deepseek-r1`));
		const labels = new Set(
			[...diff.assumptions, ...diffBack.assumptions].flatMap((r) => (r.label ? [r.label] : []))
		);
		for (const r of diff.results) labels.add(r.label);
		for (const section of [
			'system',
			'workload',
			'model',
			'efficiency',
			'training',
			'operations',
			'other'
		])
			labels.add(`diff.section.${section}`);
		expect(labels.size).toBeGreaterThan(40);
		// The diff view registers its own and the inference catalog beside the main one.
		for (const label of labels) {
			expect({ ...en, ...enInference, ...enDiff, ...enTraining }, label).toHaveProperty([label]);
			expect({ ...zh, ...zhInference, ...zhDiff, ...zhTraining }, label).toHaveProperty([label]);
		}
	});
});
