import { describe, expect, it } from 'vitest';
import '../../../src/lib/i18n/diff-messages';
import '../../../src/lib/i18n/training-messages';
import { loadMessages, type Locale } from '../../../src/lib/i18n';
import { evaluate } from '../../../src/lib/model/evaluate';
import { evaluateHardware } from '../../../src/lib/model/evaluate-hardware';
import { trainingJobs } from '../../../src/lib/model/operations';
import { estimateTraining } from '../../../src/lib/model/training/estimate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { diffScenarios } from '../../../src/lib/share/diff';
import { whyNoPoint } from '../../../src/lib/ui/inference/explain';
import { diffValueText } from '../../../src/lib/ui/share/diff-value';
import { resultText, whyNoTrainingText } from '../../../src/lib/ui/training/view-models';
import { i18nIn } from '../../fixtures/i18n';

await loadMessages('zh');

/*
 * A figure the reader removed (a link's "none", a field cleared) read "not cited", as a figure no
 * cited source gives does (a catalog gap: GB200 NVL72's INT8 rate, CloudMatrix 384's accelerator
 * power). Each view now tells them apart; the catalog gap keeps its words.
 */
const LINK = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&a.fp8_tflops=none&a.tdp_w=none';
const scenarioOf = (query: string) => decodeScenario(query).scenario;

describe('the energy and training views’ word for a missing figure', () => {
	it.each([
		['en', 'none (removed)', 'not cited'],
		['zh', '无（已移除）', '无出处数据']
	] as [Locale, string, string][])('%s: removed, or not cited', (locale, removed, gap) => {
		const [a, b] = evaluateHardware(scenarioOf(LINK)).systems;
		const text = (result: Parameters<typeof resultText>[0]) =>
			resultText(result, String, i18nIn(locale));
		expect(text(a!.aggregate.denseFlopsPerS.fp8)).toBe(removed);
		expect(text(a!.efficiency.chipPowerW)).toBe(removed);
		expect(text(a!.aggregate.denseFlopsPerS.int8)).toBe(gap);
		expect(text(b!.efficiency.chipPowerW)).toBe(gap);
	});
});

describe('why a training run has no estimate, its precision’s figure removed', () => {
	it.each([
		[
			'en',
			'The preset’s dense FP8 figure was removed: enter it again, or pick another training precision.',
			'No dense FP8 figure for this chip: pick another training precision.'
		],
		[
			'zh',
			'预设的 FP8 稠密算力数据已被移除：请重新填写，或换一种训练精度。',
			'此芯片没有 FP8 稠密算力数据：请换一种训练精度。'
		]
	] as [Locale, string, string][])('%s', (locale, removed, gap) => {
		// Every precision at least as wide as FP8 removed: no fallback is left to train in.
		const why = (query: string) => {
			const scenario = scenarioOf(`${query}&t.prec=fp8`);
			const [job] = trainingJobs(scenario);
			const result = estimateTraining(job!.system, job!.settings);
			return whyNoTrainingText(result, job!.system, 'fp8', i18nIn(locale));
		};
		expect(why('v=1&a=gb200-nvl72&a.fp8_tflops=none&a.bf16_tflops=none')).toBe(removed);
		// A custom system's missing figure is no preset's: not cited.
		expect(why('v=1&a=custom&a.fp8_tflops=none&a.int8_tflops=none&a.bf16_tflops=none')).toBe(gap);
	});
});

describe('why a system cannot serve, its figure removed (the inference view and the summary)', () => {
	const why = (query: string, locale: Locale) =>
		whyNoPoint(evaluate(scenarioOf(query)).inference[0]!, i18nIn(locale));

	it('names the figure removed, not unpublished', () => {
		const query = 'v=1&a=gb200-nvl72&a.bf16_tflops=none&compute=bf16';
		expect(why(query, 'en')).toBe(
			'no BF16 dense compute per chip: the preset’s figure was removed. Enter it again in the system panel to serve at BF16, or choose a precision the chip has a figure for.'
		);
		expect(why(query, 'zh')).toBe(
			'单芯片 BF16 稠密算力：预设数据已被移除。可在系统面板中重新填写，以 BF16 运行；或选择芯片有数据的精度。'
		);
	});

	it('keeps a catalog gap unpublished beside a removed figure', () => {
		// GB200 NVL72 gives no INT8 rate (a catalog gap); FP8 and BF16 removed.
		const query = 'v=1&a=gb200-nvl72&a.fp8_tflops=none&a.bf16_tflops=none&compute=fp8';
		expect(why(query, 'en')).toBe(
			'no published INT8 dense compute per chip: unknown, not absent; FP8 dense compute per chip, BF16 dense compute per chip: the preset’s figures were removed. Enter the figures in the system panel to serve at FP8, or choose a precision the chip has a figure for.'
		);
		expect(why(query, 'zh')).toBe(
			'未公开单芯片 INT8 稠密算力：数据未知，并非不支持；单芯片 FP8 稠密算力，单芯片 BF16 稠密算力：预设数据已被移除。可在系统面板中填写，以 FP8 运行；或选择芯片有数据的精度。'
		);
	});
});

describe('the diff panel, as the hardware table says', () => {
	it.each([
		['en', 'none (removed)', 'not cited'],
		['zh', '无（已移除）', '无出处数据']
	] as [Locale, string, string][])('%s', (locale, removed, gap) => {
		const side = (query: string) => {
			const scenario = scenarioOf(query);
			return { scenario, evaluation: evaluate(scenario) };
		};
		// The page's link against one giving CloudMatrix 384 a chip power: every row below differs.
		const rows = diffScenarios(
			side(LINK),
			side('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.tdp_w=600')
		).assumptions;
		const word = (key: string, side: 'a' | 'b') => {
			const row = rows.find((r) => r.key === key)!;
			return diffValueText(row[side], row.unit, i18nIn(locale));
		};
		expect(word('a.fp8_tflops', 'a')).toBe(removed);
		expect(word('a.tdp_w', 'a')).toBe(removed);
		expect(word('b.tdp_w', 'a')).toBe(gap);
	});
});
