import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ResultsTable from '../../src/lib/ui/compare/ResultsTable.svelte';
import { evaluateHardware } from '../../src/lib/model/evaluate-hardware';
import { defaultScenario } from '../../src/lib/model/scenario';
import { decodeScenario } from '../../src/lib/share/codec';
import { loadMessages } from '../../src/lib/i18n';
import FormulaInspector from '../../src/lib/ui/controls/FormulaInspector.svelte';
import { trainingJobs } from '../../src/lib/model/operations';
import { estimateTraining } from '../../src/lib/model/training/estimate';
import { estimate, term } from '../../src/lib/model/estimate-types';

describe('the hardware table’s math', () => {
	// The formula inspector is its own chunk (ui/lazy.svelte.ts), fetched on first use or when idle.
	it('opens on ƒ with a loading line until its chunk arrives, then shows each system’s formula', async () => {
		const evaluation = evaluateHardware(defaultScenario());
		const props = { evaluation, efficiencyPrecision: 'bf16' };
		render(Harness, { props: { component: ResultsTable, props } });
		expect(screen.queryAllByTestId('formula')).toHaveLength(0);
		const toggle = screen.getByRole('button', { name: 'Show the math for HBM capacity' });
		await fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		const formulas = await screen.findAllByTestId('formula');
		// One per system: GB200 NVL72 and CloudMatrix 384 in the default scenario.
		expect(formulas).toHaveLength(evaluation.systems.length);
		expect(formulas[0]!.textContent).toContain('A: GB200 NVL72');
		expect(screen.queryByText('Loading the math…')).toBeNull();
	});
});

describe('the math’s inputs', () => {
	it('show as many digits as the product needs, so it multiplies out', async () => {
		// CloudMatrix 384's INT8: 384 × 1,504 TFLOP/s = 577.5 PFLOP/s, shown 578. Its input at three
		// digits, "1.5 PFLOP/s", made 576.
		const evaluation = evaluateHardware(defaultScenario());
		const int8 = evaluation.systems[1]!.aggregate.denseFlopsPerS.int8;
		if (int8.kind !== 'estimate') throw new Error('CloudMatrix 384 has an INT8 figure');
		render(Harness, {
			props: { component: FormulaInspector, props: { estimate: int8, label: 'INT8' } }
		});
		const math = screen.getByTestId('formula').textContent!.replace(/\s+/g, ' ');
		expect(math).toContain('= 384 chips × 1.504 PFLOP/s');
		expect(math).toMatch(/= 578 PFLOP\/s/);
	});
});

describe('a plain-number input', () => {
	it('keeps 4 digits, so the division works out by hand (helper-108)', () => {
		// 0.0359 interruptions a day ÷ 24 = 0.001496 an hour; 3,600 s ÷ 0.001496 = 2.406e6 s = 27.85
		// days, shown 27.9. Written "0.0015", the hand sum gave 27.8.
		const perHour = 0.0359 / 24;
		const mtbi = estimate(3600 / perHour, 's', '3,600 ÷ interruptionsPerHour', [
			term('interruptionsPerHour', perHour, '1')
		]);
		render(Harness, {
			props: { component: FormulaInspector, props: { estimate: mtbi, label: 'MTBI' } }
		});
		const math = screen.getByTestId('formula').textContent!.replace(/\s+/g, ' ');
		expect(math).toContain('= 3,600 ÷ 0.001496');
		expect(math).toMatch(/= 27\.9 days/);
	});
});

describe('the hardware table’s missing figures', () => {
	// NVIDIA publishes INT8 for GB200, H100 and B200; the catalog leaves it out as not in the cited
	// sources, so the cell must not claim it is unpublished.
	it.each([
		['en', 'not cited'],
		['zh', '无出处数据']
	] as const)('reads a figure missing from the cited sources as %s “%s”', async (locale, text) => {
		if (locale === 'zh') await loadMessages('zh');
		const evaluation = evaluateHardware(decodeScenario('v=1&a=gb200-nvl72&b=hgx-h100').scenario);
		const props = { evaluation, efficiencyPrecision: 'int8' };
		render(Harness, { props: { component: ResultsTable, locale, props } });
		const row = screen.getByTestId('ratio-denseFlopsPerS.int8-1').closest('tr')!;
		const missing = [...row.querySelectorAll('td.missing')].map((td) => td.textContent);
		expect(missing).toEqual([text, text]);
	});
});

describe('the hardware table’s rows', () => {
	// Each cell with its own prefix wrote "1.24 TFLOP/s per W" beside "535 GFLOP/s per W", the
	// smaller figure reading as the larger; a row now takes its largest figure's prefix.
	it('writes every figure of a row with one SI prefix', () => {
		const evaluation = evaluateHardware(defaultScenario());
		const props = { evaluation, efficiencyPrecision: 'bf16' };
		render(Harness, { props: { component: ResultsTable, props } });
		const cells = (metric: string) =>
			[
				...screen.getByTestId(`ratio-${metric}-1`).closest('tr')!.querySelectorAll('td:not(.ratio)')
			].map((td) => td.textContent);
		// 72 × 2.5 PFLOP/s ÷ 145 kW, and 384 × 780 TFLOP/s = 299.5 PFLOP/s ÷ 559 kW.
		expect(cells('flopsPerSPerW')).toEqual(['1.24\u00a0TFLOP/s per W', '0.535\u00a0TFLOP/s per W']);
		// 72 × 8 TB/s and 384 × 3.2 TB/s.
		expect(cells('hbmBytesPerS')).toEqual(['0.576\u00a0PB/s', '1.23\u00a0PB/s']);
	});
});

describe('the hardware table’s system names', () => {
	it('name each system by the chips it has, in its cells’ labels too (a phone’s card lines)', () => {
		// The 30x claim's H100 side: one board's preset given 72 chips.
		const { scenario } = decodeScenario('v=1&a=hgx-h100&a.chips=72&b=gb200-nvl72');
		const evaluation = evaluateHardware(scenario);
		const props = { evaluation, efficiencyPrecision: 'bf16' };
		const { container } = render(Harness, { props: { component: ResultsTable, props } });
		const labels = new Set(
			[...container.querySelectorAll('td.slot-a:not(.ratio)')].map((td) =>
				td.getAttribute('data-label')
			)
		);
		expect([...labels]).toEqual(['A: HGX H100 (72 GPU)']);
	});
});

describe('a formula’s note', () => {
	// The note is the model's prose (English); the formula stays in symbols in both languages.
	it.each([
		['en', 'The time every group’s traffic spends on the scale-up fabric, summed.', 'en'],
		['zh', '各并行组的流量在纵向扩展链路上所用时间之和。', 'zh-CN']
	] as const)('reads in the page’s language (%s)', async (locale, note, lang) => {
		if (locale === 'zh') await loadMessages('zh');
		const estimate = tierEstimate();
		render(Harness, {
			props: { component: FormulaInspector, locale, props: { estimate, label: 'scale-up' } }
		});
		const shown = screen.getByText(note);
		expect(shown.getAttribute('lang')).toBe(lang);
		expect(screen.getByTestId('formula').textContent).toContain('tpUpS + cpUpS');
	});
});

/** A training estimate's scale-up sum, as the training view's inspector shows it. */
function tierEstimate() {
	const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=hgx-h100');
	const [job] = trainingJobs(scenario);
	const result = estimateTraining(job!.system, job!.settings);
	if (result.kind !== 'training') throw new Error('the default training job has no estimate');
	return result.breakdown.scaleUpS;
}

describe('a range over overlap', () => {
	// Perfect overlap is the shortest step: the highest throughput, the lowest time. The range once
	// read "from 340,000 tokens/s (perfect overlap) to 534,000 tokens/s (no overlap)".
	it('names each end by the overlap that gives it, for a time and for a rate', () => {
		const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=hgx-h100');
		const [job] = trainingJobs(scenario);
		const result = estimateTraining(job!.system, job!.settings);
		if (result.kind !== 'training') throw new Error('the default training job has no estimate');
		const { tokensPerS, stepS } = result;
		expect(tokensPerS.range!.high).toBeGreaterThan(tokensPerS.range!.low);
		const rangeText = (estimate: typeof stepS) => {
			const { container, unmount } = render(Harness, {
				props: { component: FormulaInspector, props: { estimate, label: 'x' } }
			});
			const text = container.querySelector('.range')!.textContent!;
			unmount();
			return text;
		};
		const perfect = (text: string) => Number(/from ([\d.,]+)/.exec(text)![1]!.replace(/,/g, ''));
		const none = (text: string) => Number(/to ([\d.,]+)/.exec(text)![1]!.replace(/,/g, ''));
		const rate = rangeText(tokensPerS);
		expect(rate).toMatch(/^from [\d.,]+.* \(perfect overlap\) to [\d.,]+.* \(no overlap\)$/);
		expect(perfect(rate)).toBeGreaterThan(none(rate));
		const time = rangeText(stepS);
		expect(perfect(time)).toBeLessThan(none(time));
	});
});

describe('a plain number in the math', () => {
	// "Systems that fit = 5,830 ✓" stood beside the table's 5,827.
	it('shows a count whole, as the tables do, and an input as it was entered', () => {
		const systems = estimate(5827, '1', 'budget ÷ perSystem', [
			term('budget', 58_270, '1'),
			term('perSystem', 10, '1')
		]);
		const { container, unmount } = render(Harness, {
			props: { component: FormulaInspector, props: { estimate: systems, label: 'fit' } }
		});
		expect(container.querySelector('.result strong')!.textContent).toBe('5,827');
		expect(screen.getByTestId('formula').textContent).toContain('= 58,270 ÷ 10');
		unmount();
		const perDay = estimate(2.4e6, '1', 'dayS ÷ rate', [
			term('dayS', 3600, '1'),
			term('rate', 0.0015, '1')
		]);
		render(Harness, {
			props: { component: FormulaInspector, props: { estimate: perDay, label: 'rate' } }
		});
		expect(screen.getByTestId('formula').textContent).toContain('= 3,600 ÷ 0.0015');
		expect(screen.getByTestId('formula').textContent).toContain('= 2,400,000');
	});
});
