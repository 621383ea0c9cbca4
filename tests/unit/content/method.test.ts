import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../src/lib/catalog/llms';
import { aggregate, efficiency } from '../../../src/lib/model/aggregate';
import {
	costPerChipHourUsd,
	illustrativeCostBasis,
	trainingRunCostUsd,
	usdPerMillionTokens
} from '../../../src/lib/model/cost';
import {
	joulesPerToken,
	tokensPerSPerFacilityMW,
	trainingEnergyJ
} from '../../../src/lib/model/energy';
import { evaluateInference } from '../../../src/lib/model/inference/evaluate-inference';
import { memoryFigures } from '../../../src/lib/model/inference/memory';
import { DEFAULT_SERVING } from '../../../src/lib/model/inference/serving';
import {
	METHOD_SECTIONS,
	methodView,
	resolveReference,
	type MethodSection
} from '../../../src/lib/content/method';
import { PRECISIONS } from '../../../src/lib/model/precision';
import { stretchTimeToTrain } from '../../../src/lib/model/reliability/checkpoint';
import {
	defaultReliabilitySettings,
	estimateReliability
} from '../../../src/lib/model/reliability/estimate';
import { META_LLAMA3_RUN } from '../../../src/lib/model/reliability/rates';
import { specFromPresetId } from '../../../src/lib/model/scenario';
import { estimateTrainingOnChips } from '../../../src/lib/model/training/estimate';
import { DEFAULT_TRAINING_OVERLAP } from '../../../src/lib/model/training/efficiencies';
import type { LocalText } from '../../../src/lib/content/validation';

const examples = METHOD_SECTIONS.flatMap((s) =>
	s.examples.map((e) => [`${s.id}/${e.id}`, e] as const)
);
const formulas = METHOD_SECTIONS.flatMap((s) =>
	s.formulas.map((f) => (typeof f === 'string' ? f : f.en))
);

function texts(section: MethodSection): LocalText[] {
	const exampleTexts = section.examples.flatMap((e) => [e.label, e.inputs]);
	const formulaTexts = section.formulas.filter((f): f is LocalText => typeof f !== 'string');
	return [section.title, ...section.paragraphs, ...exampleTexts, ...formulaTexts];
}

/** Every formula string the model attaches to its estimates must be quoted on the Method page. */
function expectQuoted(modelFormula: string) {
	expect(
		formulas.some((f) => f.includes(modelFormula)),
		`Method page does not quote the model's formula “${modelFormula}”`
	).toBe(true);
}

describe('METHOD_SECTIONS', () => {
	it('covers every part of the model, once each', () => {
		const ids = METHOD_SECTIONS.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining([
				'aggregates',
				'efficiency',
				'assumptions',
				'memory',
				'decode',
				'communication',
				'overlap',
				'prefill',
				'frontier',
				'latency-fit',
				'serving-assumptions',
				'decode-step',
				'software',
				'collectives',
				'training',
				'reliability',
				'energy',
				'cost'
			])
		);
		for (const section of METHOD_SECTIONS) {
			expect(section.formulas.length, section.id).toBeGreaterThan(0);
			expect(section.examples.length, section.id).toBeGreaterThan(0);
			expect(section.references.length, section.id).toBeGreaterThan(0);
		}
		expect(new Set(examples.map(([id]) => id)).size).toBe(examples.length);
	});

	it.each(examples)('%s: the quoted hand calculation equals the model output', (_id, example) => {
		const value = example.example();
		expect(Number.isFinite(value)).toBe(true);
		expect(Math.abs(value / example.quoted - 1)).toBeLessThanOrEqual(example.tolerance);
	});

	it('quotes each result once in its stated inputs', () => {
		for (const [id, example] of examples) {
			for (const locale of ['en', 'zh'] as const) {
				expect(example.inputs[locale].split('{quoted}').length - 1, `${id} ${locale}`).toBe(1);
			}
		}
	});

	it('gives a formula with words in it in both languages', () => {
		// A formula held as one string is in the model's symbols; words showed in English on the
		// Chinese page ("frontier: no other point has…", "high = their sum"). Prose is two plain
		// words in a row ("bubble fraction", "token-expert pairs") or an English function word.
		const prose =
			/\b[a-z][a-z-]+ [a-z][a-z-]+\b|\b(the|their|for|without|per|to|if|else|once|of|one)\b/;
		const neutral = METHOD_SECTIONS.flatMap((s) => s.formulas).filter(
			(f): f is string => typeof f === 'string'
		);
		expect(neutral.filter((f) => prose.test(f))).toEqual([]);
	});

	it('gives a data-sheet reference with words in it in both languages', () => {
		// "calibration.md cases 3, 5, 21–24" and "notes for fitting" read in English on the
		// Chinese page. One string holds file names, sections and numbers only.
		const sheets = METHOD_SECTIONS.flatMap((s) => s.references).flatMap((r) =>
			r.kind === 'sheet' ? [r.text] : []
		);
		const bare = /^[\w-]+\.md( §[\d.]+(, §[\d.]+)*)?$/;
		expect(sheets.filter((t) => typeof t === 'string' && !bare.test(t))).toEqual([]);
		const words = /\b(?!md\b)[a-z]{2,}\b/;
		const english = sheets.filter(
			(t): t is LocalText => typeof t !== 'string' && words.test(t.zh.replace(/[\w-]+\.md/g, ''))
		);
		expect(english).toEqual([]);
	});

	it('has every text in English and Simplified Chinese', () => {
		const cjk = /[\u4e00-\u9fff]/;
		for (const section of METHOD_SECTIONS) {
			for (const t of texts(section)) {
				expect(t.en.trim().length, section.id).toBeGreaterThan(0);
				expect(t.zh.trim().length, `${section.id}: ${t.en}`).toBeGreaterThan(0);
			}
			// Prose and labels are translated; the hand arithmetic may be the same in both.
			const prose = [section.title, ...section.paragraphs, ...section.examples.map((e) => e.label)];
			for (const t of prose) {
				expect(t.zh, t.en).toMatch(cjk);
			}
		}
	});

	it('resolves every reference to a cited source or a data-sheet section', () => {
		for (const section of METHOD_SECTIONS) {
			for (const reference of section.references) {
				const resolved = resolveReference(reference);
				expect(resolved, `${section.id}: ${JSON.stringify(reference)}`).not.toBeNull();
				if (resolved?.kind === 'source') expect(resolved.url).toMatch(/^https?:\/\//);
			}
		}
	});

	it('lists each reference once per section', () => {
		// The software section once listed MLPERF_INF_51 twice: as a round and as the newest source.
		for (const section of METHOD_SECTIONS) {
			const keys = section.references.map((r) => JSON.stringify(r));
			expect(
				keys.filter((key, i) => keys.indexOf(key) !== i),
				section.id
			).toEqual([]);
		}
	});

	it('names files under src/lib that exist', () => {
		for (const section of METHOD_SECTIONS) {
			for (const file of section.code) {
				expect(existsSync(`src/lib/${file}`), `${section.id}: ${file}`).toBe(true);
			}
		}
	});

	it('quotes Meta’s run as the reliability model holds it', () => {
		const paragraph = METHOD_SECTIONS.find((s) => s.id === 'reliability')!.paragraphs[0]!;
		for (const locale of ['en', 'zh'] as const) {
			expect(paragraph[locale]).toContain(String(META_LLAMA3_RUN.unexpectedInterruptions));
			expect(paragraph[locale]).toContain(`${META_LLAMA3_RUN.hours / 24}`);
			expect(paragraph[locale]).toContain(META_LLAMA3_RUN.gpus.toLocaleString('en'));
		}
	});
});

describe('the Method page quotes the model’s own formulas', () => {
	const gb200 = specFromPresetId('gb200-nvl72')!;
	const deepseek = findLlmPreset('deepseek-r1')!.spec;
	const llama70 = findLlmPreset('llama-3.3-70b')!.spec;

	it('aggregates and figures of merit', () => {
		const a = aggregate(gb200);
		for (const e of [a.hbmBytes, a.hbmBytesPerS, a.scaleUpBytesPerS, a.allInPowerW]) {
			expect(e.formula).toMatch(/^chips × \w+$/);
		}
		expectQuoted('chips × scaleUpBytesPerSPerChip');
		const eff = efficiency(gb200, 'bf16');
		for (const r of [eff.flopsPerSPerW, eff.wattsPerFlopsPerS, eff.hbmBytesPerFlop]) {
			expect(r.kind).toBe('estimate');
			if (r.kind === 'estimate') expectQuoted(r.formula.replace('bf16', '<precision>'));
		}
		expect(PRECISIONS).toContain('bf16');
	});

	it('inference memory, decode and prefill', () => {
		for (const model of [deepseek, llama70]) {
			const m = memoryFigures(model, 1, 2, 1024, gb200.hbmBytes, 0.1);
			for (const e of [m.weightBytes, m.kvBytesPerToken, m.usableHbmBytesPerChip]) {
				expectQuoted(e.formula);
			}
		}
		const result = evaluateInference(gb200, DEFAULT_SERVING);
		expect(result.kind).toBe('ok');
		if (result.kind !== 'ok' || !result.atTarget) throw new Error('default scenario has no point');
		const e = result.atTarget.estimates;
		for (const f of [e.stepS, e.userTokensPerS, e.decodeChipTokensPerS, e.chipTokensPerS]) {
			expectQuoted(f.formula);
		}
		expectQuoted(result.prefill.chipTokensPerS.formula);
	});

	it('training', () => {
		const result = estimateTrainingOnChips(
			specFromPresetId('hgx-h100')!,
			{
				model: findLlmPreset('llama-3.1-405b')!.spec,
				tokensToTrain: 1e12,
				globalBatchTokens: 512 * 8192,
				sequenceTokens: 8192,
				precision: 'fp8',
				systems: 1,
				layout: { tp: 8, cp: 2, pp: 8, dp: 8, ep: 1, virtualStages: 8, microbatches: 64 },
				overlap: DEFAULT_TRAINING_OVERLAP
			},
			1024
		);
		if (result.kind !== 'training') throw new Error(result.note);
		expectQuoted(result.stepS.formula);
		expectQuoted(result.breakdown.bubbleS.formula);
		const dp = result.breakdown.dataParallelS;
		expectQuoted(dp.formula);
		// The per-pass math is the note's prose (translated on the page): the same on /method.
		expectQuoted(dp.note!.match(/\(outer − 1\)\/outer × .*?oversubscription\)/)![0]);
	});

	it('reliability, energy and cost', () => {
		const counts = {
			accelerators: 72,
			hbmStacks: 576,
			switchChips: 18,
			opticalTransceivers: 0,
			copperLinks: 0,
			hostCpus: 36
		};
		const r = estimateReliability(defaultReliabilitySettings(counts, 1, 72));
		expectQuoted(r.interruptionsPerDay.formula.replace(' × 24', ''));
		for (const e of [r.mtbiS, r.checkpointIntervalS, r.goodput]) expectQuoted(e.formula);
		const stretched = stretchTimeToTrain(1, 0.9);
		if (stretched.kind === 'estimate') expectQuoted(stretched.formula);
		expectQuoted(joulesPerToken(1, 1).formula);
		// Energy and cost per token quote each phase's own rate, as the page's math names it
		// (helper-114: /method gave only the generic tokensPerSPerChip).
		for (const rate of ['decodeChipTokensPerS', 'prefillChipTokensPerS'] as const) {
			expectQuoted(joulesPerToken(1, 1, rate).formula);
			expectQuoted(rate);
		}
		expectQuoted(tokensPerSPerFacilityMW(1, 1).formula);
		expectQuoted(trainingEnergyJ(1, 1, 1, 1).formula);
		expectQuoted(costPerChipHourUsd(illustrativeCostBasis('gb200-nvl72')!, 1000).formula);
		expectQuoted(usdPerMillionTokens(1, 1).formula);
		expectQuoted(trainingRunCostUsd(1, 1).formula);
	});
});

describe('methodView()', () => {
	it('computes each example with the model and resolves every reference', () => {
		const view = methodView();
		expect(view.map((s) => s.id)).toEqual(METHOD_SECTIONS.map((s) => s.id));
		view.forEach((section, i) => {
			const source = METHOD_SECTIONS[i]!;
			expect(section.references).toHaveLength(source.references.length);
			section.examples.forEach((e, j) => expect(e.value).toBe(source.examples[j]!.example()));
		});
	});
});
