import { LLAMA_405B_TRAINING } from '../fixtures/training';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import TrainingView, {
	type TrainingSystemView
} from '../../src/lib/ui/training/TrainingView.svelte';
import { CLOUDMATRIX_384, GB200_NVL72, HGX_B200, HGX_H100 } from '../../src/lib/catalog/systems';
import { formatDuration, formatNumber, formatRatio } from '../../src/lib/format/number';
import { specFromPreset } from '../../src/lib/model/scenario';
import type { SystemSpec } from '../../src/lib/model/system';
import { stretchTimeToTrain } from '../../src/lib/model/reliability';
import {
	estimateTraining,
	trainingScaleCurve,
	type TrainingEstimate,
	type TrainingLayout,
	type TrainingResult,
	type TrainingSettings
} from '../../src/lib/model/training';

// jsdom has no ResizeObserver, which bind:clientWidth needs; the chart keeps its default width.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;

const GB200 = specFromPreset(GB200_NVL72);
const CM384 = specFromPreset(CLOUDMATRIX_384);
const H100 = specFromPreset(HGX_H100);
const B200 = specFromPreset(HGX_B200);

const SETTINGS = LLAMA_405B_TRAINING;

function trained(result: TrainingResult): TrainingEstimate {
	if (result.kind !== 'training') throw new Error(result.note);
	return result;
}

/** A slot as the page builds it: real model output for `systems` × `spec`. */
function slot(
	letter: string,
	spec: SystemSpec,
	systems: number,
	options: {
		layout?: TrainingLayout | null;
		precision?: TrainingSettings['precision'];
		pending?: boolean;
		curve?: boolean;
	} = {}
): TrainingSystemView {
	const settings = {
		...SETTINGS,
		systems,
		layout: options.layout ?? null,
		precision: options.precision ?? 'bf16'
	};
	return {
		slot: letter,
		name: spec.name,
		chipsPerSystem: spec.chips,
		scaleUpDomainChips: spec.scaleUpDomainChips,
		systems,
		layout: settings.layout,
		result: options.pending ? null : estimateTraining(spec, settings),
		curve: options.pending || !options.curve ? null : trainingScaleCurve(spec, settings)
	};
}

function setup(systems: TrainingSystemView[], locale: 'en' | 'zh' = 'en', settings = SETTINGS) {
	const callbacks = {
		onsetting: vi.fn(),
		onprecision: vi.fn(),
		onsystems: vi.fn(),
		onlayout: vi.fn()
	};
	render(Harness, {
		props: { component: TrainingView, locale, props: { systems, settings, ...callbacks } }
	});
	return callbacks;
}

describe('TrainingView', () => {
	it('says when a chip trains in another precision than the setting, and what its MFU is against', () => {
		const settings = { ...SETTINGS, precision: 'fp8' as const };
		setup(
			[
				{ ...slot('a', GB200, 16, { precision: 'fp8' }), trainsIn: 'fp8' },
				{ ...slot('b', CM384, 3), trainsIn: 'bf16' }
			],
			'en',
			settings
		);
		expect(screen.getAllByTestId('training-precision-fallback').map((p) => p.textContent)).toEqual([
			'CloudMatrix 384 has no FP8 figure: it trains in BF16, and its MFU is against its BF16 peak.'
		]);
		cleanup();
		setup([{ ...slot('b', CM384, 3), trainsIn: 'bf16' }], 'zh', settings);
		expect(screen.getByTestId('training-precision-fallback').textContent).toBe(
			'CloudMatrix 384 没有 FP8 算力数值：按 BF16 训练，其 MFU 以 BF16 峰值为基准。'
		);
		cleanup();
		setup([{ ...slot('a', GB200, 16), trainsIn: 'bf16' }]); // the setting's own precision
		expect(screen.queryByTestId('training-precision-fallback')).toBeNull();
	});

	it('shows the global batch as a whole count of tokens, and reads one typed that way', async () => {
		const callbacks = setup([slot('a', GB200, 16, { pending: true })], 'en', {
			...SETTINGS,
			globalBatchTokens: 16_777_216
		});
		const field = document.getElementById('training-globalBatchTokens-number') as HTMLInputElement;
		expect(field.value).toBe('16,777,216');
		expect(field.parentElement?.textContent).toContain('tokens');
		expect(field.parentElement?.textContent).not.toContain('M tokens');
		await fireEvent.focus(field);
		await fireEvent.input(field, { target: { value: '4,194,304' } });
		await fireEvent.blur(field);
		expect(callbacks.onsetting).toHaveBeenCalledWith('globalBatchTokens', 4_194_304);
	});

	it('shows a polite computing state, never a blank panel, while the worker runs', () => {
		setup([slot('a', GB200, 16, { pending: true }), slot('b', CM384, 3, { pending: true })]);
		const card = screen.getByTestId('training-a');
		expect(card.getAttribute('aria-busy')).toBe('true');
		expect(within(card).getByRole('status').textContent).toContain('Computing…');
		expect(screen.getByText('Computing the scale curves…')).toBeTruthy();
		// The ratio line waits too, and says so.
		expect(screen.getByTestId('training-ratios').textContent).toBe(
			'CloudMatrix 384 against GB200 NVL72: computing…'
		);
		// Inputs stay usable while computing.
		expect(
			screen.getByLabelText('Systems joined: GB200 NVL72', { selector: 'input[type=text]' })
		).toBeTruthy();
	});

	it('shows the layout, step time with its range and bound, time to train, MFU and throughput', () => {
		const a = slot('a', GB200, 16);
		const e = trained(a.result!);
		setup([a, slot('b', CM384, 3)]);
		const card = screen.getByTestId('training-a');
		const text = card.textContent ?? '';
		// 16 × 72 = 1,152 chips; the automatic layout uses all of them.
		expect(text).toContain('1,152 chips in all; scale-up domain 72 chips');
		expect(text).toContain(
			`TP${e.layout.tp} · CP${e.layout.cp} · PP${e.layout.pp} · DP${e.layout.dp}`
		);
		expect(text).toMatch(/automatic: fastest of [\d,]+ tried/);
		// 16 racks: data parallelism crosses racks, and the card says so.
		expect(e.placement.dp).toBe('scale-out');
		const placement = screen.getByTestId('training-a-placement').textContent ?? '';
		expect(placement).toMatch(/DP[^;]*across domains, over scale-out/);
		expect(text).toContain(formatDuration(e.stepS.value));
		expect(text).toContain(
			`(${formatDuration(e.stepS.range!.low)} with perfect overlap to ${formatDuration(e.stepS.range!.high)} with none)`
		);
		// Llama 3.1 405B at BF16 is compute-bound on 16 racks.
		expect(e.stepS.bound).toBe('compute');
		expect(text).toMatch(/Bound by\s*compute/);
		// Months, shown in days: 15T tokens at ~620k tokens/s.
		const time = screen.getByTestId('training-a-time').textContent ?? '';
		expect(time).toContain(
			`${formatNumber(e.timeToTrainS.value / 86_400, 'en', 3, true)}\u00a0days`
		);
		expect(text).toMatch(new RegExp(`MFU\\s*${formatNumber(e.mfu.value * 100)}%`));
		expect(text).toMatch(/\d+(\.\d+)?\u00a0k\u00a0tokens\/s/);
		expect(text).toContain(`${formatNumber(e.tokensPerSPerChip.value)} per chip`);
		// The throughput's two clauses, joined by the message: "…k tokens/s; 6,350 per chip".
		expect(text).toMatch(/k\u00a0tokens\/s; [\d,]+ per chip/);
		expect(text).toMatch(/[\d.]+\u00a0M\u00a0chip-hours/);
		expect(text).toMatch(/GB of [\d.]+\u00a0GB/);
	});

	it('names each card’s toggles and button with its system: every card has them (helper-109)', () => {
		setup([slot('a', GB200, 16), slot('b', CM384, 3)]);
		const cards = document.querySelectorAll('article[aria-labelledby^="training-"]');
		expect(cards.length).toBe(2);
		for (const card of cards) {
			const title = card.querySelector('h4')!.id;
			for (const control of card.querySelectorAll('summary, button[id$="-auto"]'))
				expect(control.getAttribute('aria-labelledby')?.split(' ')).toEqual([control.id, title]);
		}
		expect(
			screen.getByRole('button', { name: /^Use the automatic layout .*CloudMatrix 384/ })
		).toBeTruthy();
	});

	it('states each system against the first', () => {
		const a = slot('a', GB200, 16);
		const b = slot('b', CM384, 3);
		setup([a, b]);
		const ea = trained(a.result!);
		const eb = trained(b.result!);
		const line = screen.getByTestId('training-ratios').textContent ?? '';
		expect(line).toContain('CloudMatrix');
		expect(line).toContain(
			`${formatRatio(eb.timeToTrainS.value / ea.timeToTrainS.value)} the time to train`
		);
		expect(line).toContain(
			`${formatRatio(eb.tokensPerSPerChip.value / ea.tokensPerSPerChip.value)} the tokens/s per chip`
		);
	});

	it('states both cluster sizes, and offers equal chips when they differ', async () => {
		// 16 × 72 = 1,152 against 3 × 384 = 1,152: equal, no offer.
		setup([slot('a', GB200, 16), slot('b', CM384, 3)]);
		expect(screen.getByTestId('training-ratios').textContent).toContain(
			'CloudMatrix 384 (1,152 chips) against GB200 NVL72 (1,152 chips)'
		);
		expect(screen.queryByText(/The clusters differ in size/)).toBeNull();
	});

	it('says when the clusters differ in size and joins more of the smaller to match', async () => {
		// 6 × 384 = 2,304 against 16 × 72 = 1,152: B is larger, so the offer is more of A,
		// 2,304 ÷ 72 = 32 racks.
		const callbacks = setup([slot('a', GB200, 16), slot('b', CM384, 6)]);
		const line = screen.getByTestId('training-ratios').textContent ?? '';
		expect(line).toContain('(2,304 chips) against GB200 NVL72 (1,152 chips)');
		// Per chip is no equal footing either (helper-100: a 9,216-chip pod was starved by the same
		// global batch): the sentence says so and leaves the comparison to the join below.
		expect(line).toContain(
			'The clusters differ in size: the time to train mostly says how many chips each has, and the tokens/s per chip moves with size too (the same global batch is spread over more chips).'
		);
		expect(line).not.toContain('equal footing');
		await fireEvent.click(
			screen.getByRole('button', {
				name: 'Join 32 × GB200 NVL72 (2,304 chips) to match CloudMatrix 384'
			})
		);
		expect(callbacks.onsystems).toHaveBeenCalledWith(0, 32);
	});

	it('offers the nearest whole count of the smaller cluster, whichever slot it is in', async () => {
		// One NVL72 (72) against one CM384 (384): round(384 ÷ 72) = 5 racks, 360 chips (6 would
		// be 432, further off). The old offer was "1 × CloudMatrix 384", disabled.
		const first = setup([
			slot('a', GB200, 1, { pending: true }),
			slot('b', CM384, 1, { pending: true })
		]);
		await fireEvent.click(
			screen.getByRole('button', {
				name: 'Join 5 × GB200 NVL72 (360 chips), nearest to CloudMatrix 384 (384 chips)'
			})
		);
		expect(first.onsystems).toHaveBeenCalledWith(0, 5);
		cleanup();
		// The other way round: more of B.
		const second = setup([
			slot('a', CM384, 1, { pending: true }),
			slot('b', GB200, 1, { pending: true })
		]);
		await fireEvent.click(
			screen.getByRole('button', {
				name: 'Join 5 × GB200 NVL72 (360 chips), nearest to CloudMatrix 384 (384 chips)'
			})
		);
		expect(second.onsystems).toHaveBeenCalledWith(1, 5);
	});

	it('offers nothing when no whole count of systems comes nearer', () => {
		// 5 × 72 = 360 against 384: a sixth rack (432) would be further off.
		setup([slot('a', CM384, 1, { pending: true }), slot('b', GB200, 5, { pending: true })]);
		expect(screen.getByText(/The clusters differ in size/)).toBeTruthy();
		expect(screen.queryByRole('button', { name: /^Join/ })).toBeNull();
	});

	it('offers the match in Chinese too', () => {
		setup([slot('a', GB200, 1, { pending: true }), slot('b', CM384, 1, { pending: true })], 'zh');
		expect(
			screen.getByRole('button', {
				name: '互连 5 套 GB200 NVL72（360 颗芯片），最接近 CloudMatrix 384（384 颗芯片）'
			})
		).toBeTruthy();
	});

	it('gives the same tokens/s per chip on the card and in the scale table at the same size', () => {
		// Two NVL72 (144 chips): Llama 3.1 405B's layout uses 128 and idles 16. Both count all 144.
		const a = slot('a', GB200, 2, { curve: true });
		const e = trained(a.result!);
		expect([e.chips, e.idleChips]).toEqual([128, 16]);
		const point = a.curve!.find((p) => p.chips === 144)!;
		expect(point.tokensPerSPerChip).toBeCloseTo(e.tokensPerSPerChip.value, 9);
		setup([a]);
		const perChip = formatNumber(e.tokensPerSPerChip.value);
		expect(screen.getByTestId('training-a').textContent).toContain(
			`${perChip} per chip of all 144 (128 in use)`
		);
		const table = screen.getByRole('region', { name: 'Scale curve of GB200 NVL72' });
		const row = within(table)
			.getAllByRole('row')
			.find((r) => r.querySelector('th, td')?.textContent?.trim() === '144')!;
		expect(row.textContent).toContain(perChip);
	});

	it('opens the scale chart on absolute tokens/s per chip', () => {
		setup([slot('a', GB200, 16, { curve: true }), slot('b', CM384, 3, { curve: true })]);
		const absolute = screen.getByRole('radio', { name: 'Tokens/s per chip' }) as HTMLInputElement;
		expect(absolute.checked).toBe(true);
	});

	it('stretches time to train by the goodput it is given', () => {
		const a = slot('a', GB200, 16);
		const e = trained(a.result!);
		a.withInterruptions = { goodput: 0.9, timeToTrainS: stretchTimeToTrain(e.timeToTrainS, 0.9) };
		setup([a]);
		// "90.0%", not "90%": the cards sit side by side, and Reliability's table writes the same
		// goodput with the same digits ("98.0%" beside "98.4%").
		expect(screen.getByTestId('training-a').textContent).toContain(
			`${formatNumber(e.timeToTrainS.value / 0.9 / 86_400, 'en', 3, true)}\u00a0days at 90.0% goodput`
		);
	});

	it('passes setting changes on in SI units', async () => {
		const callbacks = setup([slot('a', GB200, 16)]);
		const systems = screen.getByLabelText('Systems joined: GB200 NVL72', {
			selector: 'input[type=text]'
		});
		await fireEvent.focus(systems);
		await fireEvent.input(systems, { target: { value: '32' } });
		expect(callbacks.onsystems).toHaveBeenCalledWith(0, 32);

		const tokens = screen.getByLabelText('Tokens to train', { selector: 'input[type=text]' });
		await fireEvent.focus(tokens);
		await fireEvent.input(tokens, { target: { value: '30' } });
		expect(callbacks.onsetting).toHaveBeenCalledWith('tokensToTrain', 30e12);

		await fireEvent.change(screen.getByLabelText('Training precision (matrix math)'), {
			target: { value: 'fp8' }
		});
		expect(callbacks.onprecision).toHaveBeenCalledWith('fp8');
	});

	it('pins a layout from the automatic one, and resets it', async () => {
		const a = slot('a', GB200, 16);
		const e = trained(a.result!);
		const callbacks = setup([a]);
		const reset = screen.getByRole('button', {
			name: /^Use the automatic layout/
		}) as HTMLButtonElement;
		expect(reset.disabled).toBe(true);
		const tp = screen.getByLabelText('TP (tensor parallel), GB200 NVL72') as HTMLInputElement;
		expect(tp.value).toBe(String(e.layout.tp));
		await fireEvent.change(tp, { target: { value: '8' } });
		// Pinned from the shown layout, recompute left to the model.
		expect(callbacks.onlayout).toHaveBeenCalledWith(0, {
			tp: 8,
			pp: e.layout.pp,
			ep: e.layout.ep,
			dp: e.layout.dp,
			cp: e.layout.cp,
			microbatches: e.layout.microbatches,
			virtualStages: e.layout.virtualStages,
			fsdp: e.layout.fsdp
		});
		await fireEvent.change(tp, { target: { value: '2.5' } });
		// Refused: the field shows the value in use again (the mocked callback kept the shown
		// layout's) and says why.
		expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
			`2.5 is not a whole number from 1 to 100,000; kept ${e.layout.tp}`
		);
		expect(tp.value).toBe(String(e.layout.tp));
		expect(callbacks.onlayout).toHaveBeenCalledTimes(1);
	});

	it('explains a pinned layout in words: idle chips, too many chips, reset', async () => {
		const idle = slot('a', GB200, 2, {
			layout: { tp: 8, pp: 16, ep: 1, dp: 1, microbatches: 1024 }
		});
		const tooBig = slot('b', CM384, 1, {
			layout: { tp: 8, pp: 16, ep: 1, dp: 4, microbatches: 32 }
		});
		// Llama 3.1 405B over TP8 with DP16: BF16 weights and gradients, 4 B a parameter ÷ 8, are
		// 202 GB per 80 GB H100 before optimizer state, activations and the embedding table (2.1B
		// parameters ÷ 8: 1.3 GB). It cannot run, so it has no time: the card says so, with both
		// figures.
		const overHbm = slot('c', H100, 16, {
			layout: { tp: 8, pp: 1, ep: 1, dp: 16, microbatches: 8 }
		});
		// Llama 3.1 405B has 126 layers: 128 stages cannot be built, and are not timed.
		const tooDeep = slot('d', GB200, 2, {
			layout: { tp: 1, pp: 128, ep: 1, dp: 1, microbatches: 128 }
		});
		const callbacks = setup([idle, tooBig, overHbm, tooDeep]);
		expect(screen.getByTestId('training-d').textContent).toContain(
			'The pinned layout has 128 pipeline stages; the model has 126 layers.'
		);
		expect(screen.queryByTestId('training-d-time')).toBeNull();
		const c = screen.getByTestId('training-c');
		expect(c.textContent).toContain(
			'The pinned layout needs 314\u00a0GB of HBM per chip and a chip has 80\u00a0GB: it cannot run. Add tensor or pipeline parallelism (or expert parallelism for a mixture of experts), shard with FSDP, or let the model choose the layout.'
		);
		expect(within(c).queryByTestId('training-c-time')).toBeNull();
		const a = screen.getByTestId('training-a').textContent ?? '';
		expect(a).toContain('pinned by you');
		// 2 × 72 = 144 chips; the layout uses 8 × 16 = 128.
		expect(a).toContain('16 chips sit idle: the layout uses 128.');
		expect(screen.getByTestId('training-b').textContent).toContain(
			'The pinned layout needs 512 chips; these systems have 384.'
		);
		const [reset] = screen.getAllByRole('button', { name: /^Use the automatic layout/ });
		await fireEvent.click(reset!);
		expect(callbacks.onlayout).toHaveBeenCalledWith(0, null);
		cleanup();
		setup([overHbm], 'zh');
		expect(screen.getByTestId('training-c').textContent).toContain(
			'固定的布局每颗芯片需要 314\u00a0GB HBM，而芯片只有 80\u00a0GB：无法运行。'
		);
	});

	it('pins FSDP from its checkbox, the fix the memory refusal names', async () => {
		const callbacks = setup([slot('a', GB200, 16)]);
		const e = trained(slot('a', GB200, 16).result!);
		const fsdp = screen.getByRole('checkbox', {
			name: 'FSDP: shard weights, gradients and optimizer state over DP, GB200 NVL72'
		}) as HTMLInputElement;
		expect(fsdp.checked).toBe(e.layout.fsdp);
		await fireEvent.click(fsdp);
		expect(callbacks.onlayout).toHaveBeenCalledWith(
			0,
			expect.objectContaining({ tp: e.layout.tp, pp: e.layout.pp, fsdp: !e.layout.fsdp })
		);
	});

	it('says why for both systems when neither can train (helper-86: it named one)', () => {
		setup(
			[slot('a', H100, 1, { precision: 'fp4' }), slot('b', H100, 1, { precision: 'fp4' })],
			'en',
			{
				...SETTINGS,
				precision: 'fp4'
			}
		);
		// The same reason for both: said once, after both names.
		expect(screen.getByTestId('training-ratios').textContent).toBe(
			'Neither HGX H100 (8 GPU) nor HGX H100 (8 GPU) has an estimate. No dense FP4 figure for this chip: pick another training precision.'
		);
		cleanup();
		// Each side's own reason, named: two of them.
		setup(
			[slot('a', H100, 1, { precision: 'fp4' }), slot('b', B200, 1, { precision: 'fp4' })],
			'en',
			{ ...SETTINGS, precision: 'fp4' }
		);
		expect(screen.getByTestId('training-ratios').textContent).toBe(
			'Neither HGX B200 (8 GPU) nor HGX H100 (8 GPU) has an estimate. HGX B200 (8 GPU): No layout tried on 8 chips fits in HBM: join more systems or use a smaller model. HGX H100 (8 GPU): No dense FP4 figure for this chip: pick another training precision.'
		);
	});

	it('says why a chip cannot train at a precision, from the structured result', () => {
		setup([slot('a', H100, 128, { precision: 'fp4' })], 'en', { ...SETTINGS, precision: 'fp4' });
		expect(screen.getByTestId('training-a').textContent).toContain(
			'No dense FP4 figure for this chip: pick another training precision.'
		);
	});

	it('draws the scale curve with each domain marked and a table alternative', async () => {
		const a = slot('a', GB200, 16, { curve: true });
		setup([a, slot('b', CM384, 3, { curve: true })]);
		const chart = screen.getByRole('application');
		expect(chart.getAttribute('aria-label')).toContain(
			'Scaling: throughput per chip against total chips'
		);
		expect(screen.getByText('(scale-up domain 72 chips, dashed)')).toBeTruthy();
		expect(screen.getByText('(scale-up domain 384 chips, dashed)')).toBeTruthy();
		const table = screen.getByRole('region', { name: 'Scale curve of GB200 NVL72' });
		// One row per curve point, from one domain (72 chips) up.
		expect(within(table).getAllByRole('row')).toHaveLength(a.curve!.length + 1);
		expect(within(table).getAllByRole('row')[1]!.textContent).toContain('72');
		// Which groups cross domains: none in one rack, DP (at least) at the largest point.
		expect(within(table).getByText('Groups across domains')).toBeTruthy();
		const rows = within(table).getAllByRole('row');
		expect(rows[1]!.textContent).toContain('none');
		expect(a.curve![a.curve!.length - 1]!.placement!.dp).toBe('scale-out');
		expect(rows[rows.length - 1]!.textContent).toMatch(/DP/);
		// Throughput per chip on a log axis, as an alternative to efficiency.
		await fireEvent.click(screen.getByLabelText('Tokens/s per chip'));
		expect(chart.textContent).toContain('Training tokens/s per chip (log)');
		// Keyboard: the first arrow selects the point the tooltip shows (A's first; it stepped past
		// it, helper-91), the next one moves on, and each is read out.
		await fireEvent.keyDown(chart, { key: 'ArrowRight' });
		// Described by its tooltip and by the readout under it (last).
		const readout = document.getElementById(
			chart.getAttribute('aria-describedby')!.split(' ').at(-1)!
		)!;
		expect(readout.textContent).toContain(
			`A: GB200 NVL72, ${formatNumber(a.curve![0]!.chips, 'en', 6)} chips`
		);
		await fireEvent.keyDown(chart, { key: 'ArrowRight' });
		const second = a.curve![1]!;
		expect(readout.textContent).toContain(
			`A: GB200 NVL72, ${formatNumber(second.chips, 'en', 6)} chips`
		);
		expect(readout.textContent).toContain(
			`${formatNumber(second.tokensPerSPerChip!)} tokens/s per chip`
		);
	});

	it('says "1 system" and "2 systems", and 套 for both in Chinese', () => {
		setup([slot('a', GB200, 1, { pending: true }), slot('b', CM384, 2, { pending: true })]);
		const joined = (name: string) =>
			screen
				.getByRole('slider', { name: `Systems joined: ${name}` })
				.getAttribute('aria-valuetext');
		expect(joined('GB200 NVL72')).toBe('1 system');
		expect(joined('CloudMatrix 384')).toBe('2 systems');
		cleanup();
		setup([slot('a', GB200, 1, { pending: true })], 'zh');
		expect(
			screen
				.getByRole('slider', { name: '互连的系统数：GB200 NVL72' })
				.getAttribute('aria-valuetext')
		).toBe('1 套');
	});

	it('speaks Chinese with the same numbers', () => {
		setup([slot('a', GB200, 16), slot('b', CM384, 3)], 'zh');
		expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
			'大模型训练：训练时长与扩展性'
		);
		expect(screen.getByTestId('training-a').textContent).toContain('共 1,152 颗芯片');
	});
});

describe('TrainingView with a system that cannot train (helper-153)', () => {
	const lines = () =>
		Array.from(document.querySelectorAll('[data-testid="training-ratios"] .ratio-line')).map(
			(line) => line.textContent
		);
	const noFit = 'No layout tried on 8 chips fits in HBM: join more systems or use a smaller model.';

	it('names it once and gives the reason as a sentence of its own, whichever side lacks one', () => {
		setup([slot('a', GB200, 16), slot('b', H100, 1)]);
		// It read "HGX H100 (8 GPU) cannot be compared with GB200 NVL72. HGX H100 (8 GPU): No layout…".
		expect(lines()).toEqual([`HGX H100 (8 GPU) cannot be compared with GB200 NVL72. ${noFit}`]);
		cleanup();
		setup([slot('a', H100, 1), slot('b', GB200, 16)]);
		expect(lines()).toEqual([
			`GB200 NVL72 cannot be compared with HGX H100 (8 GPU), which has no estimate. ${noFit}`
		]);
		cleanup();
		setup([slot('a', GB200, 16), slot('b', H100, 1)], 'zh');
		expect(lines()).toEqual([
			'HGX H100 (8 GPU) 无法与 GB200 NVL72 比较。在 8 颗芯片上尝试的布局都装不进 HBM：请互连更多系统或换用更小的模型。'
		]);
		cleanup();
		setup([slot('a', H100, 1), slot('b', GB200, 16)], 'zh');
		expect(lines()).toEqual([
			'GB200 NVL72 无法与 HGX H100 (8 GPU) 比较：后者没有估算。在 8 颗芯片上尝试的布局都装不进 HBM：请互连更多系统或换用更小的模型。'
		]);
	});

	it('says once that the clusters differ, under a line with a ratio, and offers each join', () => {
		// B (2,304 chips) and D (8 chips, no estimate) both differ from A (1,152); C matches it.
		setup([slot('a', GB200, 16), slot('b', CM384, 6), slot('c', GB200, 16), slot('d', H100, 1)]);
		const ratios = screen.getByTestId('training-ratios');
		expect(ratios.textContent?.match(/The clusters differ in size/g)).toHaveLength(1);
		const [b, c, d] = within(ratios).getAllByRole('listitem');
		expect(b!.textContent).toContain('The clusters differ in size');
		expect(within(c!).queryByRole('button')).toBeNull();
		expect(d!.textContent).not.toContain('The clusters differ in size');
		expect(within(d!).getByRole('button').textContent).toBe(
			'Join 144 × HGX H100 (1,152 chips) to match GB200 NVL72'
		);
		cleanup();
		setup(
			[slot('a', GB200, 16), slot('b', CM384, 6), slot('c', GB200, 16), slot('d', H100, 1)],
			'zh'
		);
		expect(
			screen.getByTestId('training-ratios').textContent?.match(/两个集群规模不同/g)
		).toHaveLength(1);
	});
});
