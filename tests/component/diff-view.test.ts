import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import DiffView from '../../src/lib/ui/share/DiffView.svelte';
import { evaluate } from '../../src/lib/model/evaluate';
import { normalizeScenario } from '../../src/lib/model/normalize';
import {
	evaluateOperations,
	trainingJobs,
	trainingOperations
} from '../../src/lib/model/operations';
import { defaultScenario, type Scenario } from '../../src/lib/model/scenario';
import { estimateTraining } from '../../src/lib/model/training/estimate';
import { decodeScenario, encodeScenario } from '../../src/lib/share/codec';
import type { DiffSide } from '../../src/lib/share/diff';
import { formatDuration, formatNumber, formatSi } from '../../src/lib/format/number';
import { formatCount } from '../../src/lib/format/count';
import type { Locale } from '../../src/lib/i18n';

const SCENARIO = normalizeScenario(defaultScenario());

/** A side as the page builds it (training from the worker there, computed here directly). */
function sideOf(scenario: Scenario, withTraining = true): DiffSide {
	const evaluation = evaluate(scenario);
	const operations = evaluateOperations(
		scenario.systems,
		evaluation.inference,
		scenario.operations,
		scenario.efficiencyPrecision
	);
	const training = withTraining
		? trainingJobs(scenario).map((job) => estimateTraining(job.system, job.settings))
		: null;
	const trainingOps =
		training?.map((t, i) =>
			trainingOperations(scenario.systems[i]!, t, operations.systems[i]!, scenario.operations)
		) ?? null;
	return { scenario, evaluation, operations, training, trainingOps };
}
const SIDE = sideOf(SCENARIO);

function setup(
	locale: Locale = 'en',
	side: DiffSide = SIDE,
	pastedTraining = true,
	updating?: boolean
) {
	const onopen = vi.fn();
	const evaluateSpy = vi.fn((scenario: Scenario) => sideOf(scenario, pastedTraining));
	const props = { side, evaluate: evaluateSpy, onopen, updating };
	render(Harness, { props: { component: DiffView, locale, props } });
	return { onopen, evaluateSpy };
}

/** The results row of one system (by slot) and result id. */
function resultRow(slot: string, id: string): HTMLElement {
	const row = document.querySelector<HTMLElement>(
		`tbody[data-slot="${slot}"] tr[data-result="${id}"]`
	);
	expect(row).toBeTruthy();
	return row!;
}
const cells = (row: HTMLElement) =>
	[...row.querySelectorAll('td')].map((td) => td.textContent!.trim());

async function paste(text: string, label = 'Link or query to compare', button = 'Compare') {
	await fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
	await fireEvent.click(screen.getByRole('button', { name: button }));
}

describe('DiffView', () => {
	it('is marked busy while side A’s serving figures are the last answer, not the edit’s', () => {
		setup('en', SIDE, true, true);
		expect(screen.getByRole('region', { name: /compare/i }).getAttribute('aria-busy')).toBe('true');
	});

	it('compares a pasted link: differing assumptions and result movements', async () => {
		const { evaluateSpy } = setup();
		await paste(
			'https://example.org/?v=1&m=3&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768&e.compute=0.5#x'
		);
		expect(evaluateSpy).toHaveBeenCalledTimes(1);

		const assumptions = screen.getByRole('table', { name: /Assumptions that differ/ });
		const chips = within(assumptions).getByRole('row', { name: /Chips per system/ });
		expect(chips.textContent).toContain('b.chips');
		expect(chips.textContent).toContain('384 chips');
		expect(chips.textContent).toContain('768 chips');
		expect(
			within(assumptions).getByRole('row', { name: /Achieved fraction of peak compute/ })
				.textContent
		).toContain('0.5');
		expect(within(assumptions).getByText('System B')).toBeTruthy();

		const results = screen.getByRole('table', { name: /How the results move/ });
		const rows = within(results).getAllByRole('row', { name: /HBM capacity/ });
		expect(rows).toHaveLength(2);
		expect(rows[0]!.textContent).toContain('unchanged');
		// This page ÷ pasted: the page's B has half the pasted B's chips, so half its HBM.
		expect(rows[1]!.textContent).toContain('0.500×');
		expect(within(results).getByText(/System B:/)).toBeTruthy();
	});

	it('writes — for a result neither side has, as for a system the pasted link lacks (it said "unchanged")', async () => {
		// HGX H100 in C does not hold DeepSeek-R1 (8 of the 10 chips it needs): no serving figure here,
		// and the pasted link has no system C at all.
		const three = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-h100').scenario;
		setup('en', sideOf(three));
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384');
		expect(cells(resultRow('c', 'chipTokensPerS')).slice(-3)).toEqual(['—', '—', '—']);
		expect(document.querySelector('tbody[data-slot="c"]')!.textContent).not.toContain('unchanged');
	});

	it('writes a row’s two figures in one scale with 3 digits, as the tables do (helper-88)', async () => {
		setup();
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=500');
		// CloudMatrix 384's HBM: 384 × 128 GB = 49.2 TB; 500 × 128 GB = 64.0 TB, not "64 TB".
		const hbm = cells(resultRow('b', 'hbmBytes'));
		expect(hbm).toContain('49.2\u00a0TB');
		expect(hbm).toContain('64.0\u00a0TB');
	});

	it('names one chip in the singular', async () => {
		setup();
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=1');
		const assumptions = screen.getByRole('table', { name: /Assumptions that differ/ });
		const chips = within(assumptions).getByRole('row', { name: /Chips per system/ });
		const cells = within(chips)
			.getAllByRole('cell')
			.map((cell) => cell.textContent?.trim());
		expect(cells).toContain('384 chips');
		expect(cells).toContain('1 chip');
	});

	it('names prices and failure rates, and says a rental price left out is none (helper-86)', async () => {
		setup();
		await paste(
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&a.usd_chip_h=3&a.capex_usd=50000&o.rate.opticalTransceiverPerHour=0.0001'
		);
		const assumptions = screen.getByRole('table', { name: /Assumptions that differ/ });
		const row = (name: RegExp) => within(assumptions).getByRole('row', { name });
		// They read as a bare key with an empty label, "default | 3".
		expect(cells(row(/Rental price per chip-hour \(USD\)/))).toEqual(['none (default)', '3']);
		// Left out, the price is the preset's reported one: $2.5M ÷ 72 (helper-127: "default" hid it).
		expect(cells(row(/Purchase price per chip \(USD\)/))).toEqual(['34722.2 (default)', '50000']);
		expect(cells(row(/Optical transceiver: failure rate/)).at(-1)).toBe('0.0001/h');
	});

	it('says a field the model lacks is none in this model, not that a slot is empty (helper-87)', async () => {
		setup();
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384&llm=llama-3.1-405b');
		const assumptions = screen.getByRole('table', { name: /Assumptions that differ/ });
		const experts = within(assumptions).getByRole('row', { name: /Routed experts/ });
		expect(cells(experts)).toEqual(['256', 'none in this model']);
		expect(assumptions.textContent).not.toContain('no system in this slot');
	});

	it('lists what the pasted link had wrong, with the notice messages', async () => {
		setup();
		await paste('v=1&a=gb200-nvl72&a.chips=lots&colour=red');
		const notices = screen.getByText(
			'Parts of the pasted link were ignored or changed'
		).parentElement!;
		expect(notices.textContent).toContain('“a.chips” = “lots” is not a number; 72 was used.');
		expect(notices.textContent).toContain('Unknown setting “colour” was ignored.');
	});

	it('shows a hostile pasted link’s first 20 notices and a count of the rest', async () => {
		setup();
		const junk = Array.from({ length: 30 }, (_, i) => `junk${i}=1`).join('&');
		await paste(`v=1&a=gb200-nvl72&${junk}`);
		const notices = screen.getByText(
			'Parts of the pasted link were ignored or changed'
		).parentElement!;
		// 30 unknown keys: 20 lines, then one saying 10 more (NoticeLines, as on the page).
		expect(notices.querySelectorAll('li')).toHaveLength(21);
		expect(within(notices).getByTestId('notices-more').textContent).toMatch(/10/);
	});

	it('says why a side has no serving figures, under the results (helper-106)', async () => {
		setup();
		// 400 tokens/s per user: faster than either system serves DeepSeek-R1, so the pasted
		// side's tokens per chip read "—"; the line under the table says why, as the inference
		// view does.
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384&user_tps=400');
		const why = screen
			.getAllByTestId('diff-why')
			.map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
		expect(why).toHaveLength(2);
		expect(why[0]).toMatch(/^Pasted link, A: GB200 NVL72: /);
		expect(why[1]).toMatch(/^Pasted link, B: CloudMatrix 384: /);
		for (const line of why) expect(line).toMatch(/400/);
	});

	it('refuses text without a scenario, saying so', async () => {
		const { evaluateSpy } = setup();
		await paste('lang=zh');
		expect(screen.getByRole('alert').textContent).toBe('That text holds no Rackscale scenario.');
		expect(screen.getByLabelText('Link or query to compare').getAttribute('aria-invalid')).toBe(
			'true'
		);
		expect(evaluateSpy).not.toHaveBeenCalled();
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('refuses text that is no link, and an empty field with what to paste', async () => {
		const { evaluateSpy } = setup();
		await paste('hello world');
		expect(screen.getByRole('alert').textContent).toBe('That text holds no Rackscale scenario.');
		// Nothing pasted (or blanks) is no bad text (helper-106).
		await paste('  ');
		expect(screen.getByRole('alert').textContent).toBe(
			'Paste a Rackscale link (or its part after “?”) first.'
		);
		expect(evaluateSpy).not.toHaveBeenCalled();
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('isolates a pasted name in its notice and shows the hidden character', async () => {
		setup();
		await paste('v=1&a=gb200-nvl72&a.name=%E2%80%AEabc');
		const notices = screen.getByText(
			'Parts of the pasted link were ignored or changed'
		).parentElement!;
		const given = [...notices.querySelectorAll('bdi')].map((b) => b.textContent);
		expect(given).toEqual(['a.name', '[U+202E]abc', 'abc']);
		expect(notices.textContent).not.toContain('\u202E');
	});

	it('says when nothing differs, and opens the pasted scenario with its query', async () => {
		const { onopen } = setup();
		const query = `${encodeScenario(SCENARIO)}&lang=zh`;
		await paste(`https://example.org/app/?${query}#top`);
		expect(screen.getByText('Both make the same assumptions.')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Open the pasted scenario' }));
		expect(onopen).toHaveBeenCalledWith(query);
	});

	it('keeps hostile names as text', async () => {
		setup();
		await paste(`v=1&a=gb200-nvl72&a.name=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
		expect(document.querySelector('img')).toBeNull();
		expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
	});

	it('speaks Chinese from the catalog', async () => {
		setup('zh');
		await paste(
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768',
			'要对比的链接或查询参数',
			'对比'
		);
		expect(screen.getByRole('table', { name: /不同的假设/ })).toBeTruthy();
		await paste(
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&o.usd_kwh=0.2',
			'要对比的链接或查询参数',
			'对比'
		);
		// The power price in 美元/千瓦时, as the cost panel writes it, not "USD/kWh".
		const assumptions = screen.getByRole('table', { name: /不同的假设/ });
		expect(assumptions.textContent).toContain('美元/千瓦时');
		expect(assumptions.textContent).not.toContain('USD/kWh');
		expect(screen.getByRole('button', { name: '打开粘贴的场景' })).toBeTruthy();
	});

	it('writes a training time in the reader’s words, as the training view does (helper-109)', async () => {
		// 50B tokens: GB200 NVL72 (16 racks) trains in ~33 h, "33.4 小时", not "33.4 h".
		const link = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&t.tokens_t=0.05';
		setup('zh', sideOf(decodeScenario(link).scenario));
		await paste(`${link}&b.chips=768`, '要对比的链接或查询参数', '对比');
		const time = cells(resultRow('a', 'timeToTrainS')).slice(0, 2);
		expect(time[0]).toMatch(/^\d[\d.]*\u00a0小时$/);
		expect(time[1]).toBe(time[0]);
	});

	it('reads a gain as a gain: this page ÷ pasted, with better or worse by the figure’s direction', async () => {
		// The page's B has twice the pasted B's chips (768 against 384).
		const page = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768').scenario;
		setup('en', sideOf(page));
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384');
		// 768 × 128 GB ÷ (384 × 128 GB) = 2: more HBM is better.
		expect(cells(resultRow('b', 'hbmBytes'))).toEqual([
			formatSi(768 * 128e9, 'B'),
			formatSi(384 * 128e9, 'B'),
			'2.00× ▲ better'
		]);
		// Power doubles too, but more power is no verdict on its own.
		expect(cells(resultRow('b', 'allInPowerW'))[2]).toBe('2.00×');
		// More parts fail more often: twice the interruptions per day, which is worse.
		const interruptions = cells(resultRow('b', 'interruptionsPerDay'));
		expect(interruptions[2]).toMatch(/▼ worse$/);
		// System A is the same on both sides.
		expect(cells(resultRow('a', 'hbmBytes'))[2]).toBe('unchanged');
	});

	it('carries every view’s key figures: hardware, inference, training, energy, reliability', async () => {
		setup();
		await paste(`${encodeScenario(SCENARIO)}&b.chips=768`);
		const results = screen.getByRole('table', { name: /How the results move/ });
		for (const view of ['Hardware', 'LLM inference', 'Training', 'Energy & cost', 'Reliability'])
			expect(within(results).getAllByText(view, { selector: 'tr.view th' })).toHaveLength(2);

		// Each figure is the model's, formatted: A's side of the page against the pasted A.
		const a = SIDE.training![0]!;
		if (a.kind !== 'training') throw new Error(a.note);
		expect(cells(resultRow('a', 'timeToTrainS')).slice(0, 2)).toEqual([
			formatDuration(a.timeToTrainS.value, 'en'),
			formatDuration(a.timeToTrainS.value, 'en')
		]);
		expect(cells(resultRow('a', 'trainingTokensPerSPerChip'))[0]).toBe(
			`${formatNumber(a.tokensPerSPerChip.value, 'en')}\u00a0tokens/s`
		);
		const ops = SIDE.operations!.systems[0]!;
		expect(cells(resultRow('a', 'outputJPerToken'))[0]).toBe(
			formatSi(ops.energy!.outputJPerToken.value, 'J')
		);
		// Compact, as the energy view's column: "1.45 M tokens/s", never "1,450,000 tokens/s".
		const perMW = cells(resultRow('a', 'outputTokensPerSPerMW'))[0];
		expect(perMW).toMatch(/^\d[\d.]*\u00a0[kM]\u00a0tokens\/s$/);
		// Both sides are this one: the row's largest is the figure itself, written with 3 digits
		// exactly ("1.40 M", as the table beside it; formatCount without it trims to "1.4 M").
		const perMWValue = ops.energy!.outputTokensPerSPerMW.value;
		expect(perMW).toBe(`${formatCount(perMWValue, 'en', perMWValue)}\u00a0tokens/s`);
		expect(perMW).toMatch(/^\d\.\d\d\u00a0M\u00a0tokens\/s$/); // literal: a formatter change fails
		expect(cells(resultRow('a', 'usdPerMillionOutputTokens'))[0]).toMatch(/^\$/);
		expect(cells(resultRow('a', 'interruptionsPerDay'))[0]).toBe(
			formatNumber(ops.reliability.interruptionsPerDay.value, 'en')
		);
		// As the reliability view's column writes it, three digits: "99.0%", never "99%".
		expect(cells(resultRow('a', 'goodput'))[0]).toMatch(/^\d\d\.\d%$/);
		expect(results.textContent).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('says training is computing while the pasted side’s worker has not answered', async () => {
		setup('en', SIDE, false);
		await paste('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768');
		expect(cells(resultRow('b', 'timeToTrainS'))[1]).toBe('computing…');
		expect(cells(resultRow('b', 'hbmBytes'))[1]).not.toBe('computing…');
	});
});
