import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import RatioChart from '../../src/lib/ui/charts/RatioChart.svelte';
import ScaleCurveChart from '../../src/lib/ui/charts/ScaleCurveChart.svelte';
import { formatNumber } from '../../src/lib/format/number';
import type { Locale } from '../../src/lib/i18n';

// The inference view's harness also stands in for ResizeObserver, which jsdom lacks.
import { evaluation, renderInferenceView, scenario } from './inference-view-harness';
import { scalePoints, scaleSpec } from './scale-curve-fixture';
import { trainingJobs } from '../../src/lib/model/operations';
import { trainingScaleCurve } from '../../src/lib/model/training';
import { defaultScenario } from '../../src/lib/model/scenario';
import { normalizeScenario } from '../../src/lib/model/normalize';

/** The tooltip the focused chart names in aria-describedby, as "label value" lines. */
function tooltipOf(chart: Element): HTMLElement {
	const ids = (chart.getAttribute('aria-describedby') ?? '').split(' ');
	const tip = ids.map((id) => document.getElementById(id)).find((e) => e?.role === 'tooltip');
	expect(tip).toBeTruthy();
	return tip!;
}
const lines = (tip: HTMLElement) =>
	[...tip.querySelectorAll('dt')].map(
		(dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`
	);

describe('frontier chart tooltip', () => {
	function setup(locale: Locale = 'en', extra: Record<string, unknown> = {}) {
		renderInferenceView(locale, extra);
		return screen.getAllByRole('application')[0]!;
	}

	it('shows the focused point’s configuration and follows the arrow keys', async () => {
		const chart = setup();
		const tip = tooltipOf(chart);
		expect(tip.textContent).toBe('');
		await fireEvent.focus(chart);
		// Focus shows the frontier point nearest the ringed operating point (A's, at the target).
		const a = evaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
		expect(tip.querySelector('strong')!.textContent).toBe(`A: ${scenario.systems[0]!.name}`);
		const shown = lines(tip);
		const index = a.frontier.findIndex((p) =>
			shown.includes(`Mean tokens/s per user ${formatNumber(p.userTokensPerS, 'en')}`)
		);
		expect(index).toBeGreaterThan(0);
		const at = a.frontier[index]!;
		// Near the target speed, within one frontier step of the operating point.
		expect(at.userTokensPerS / a.atTarget.userTokensPerS).toBeGreaterThan(0.5);
		expect(at.userTokensPerS / a.atTarget.userTokensPerS).toBeLessThan(2);
		expect(shown).toContain(`Tokens/s per chip ${formatNumber(at.chipTokensPerS, 'en')}`);
		expect(shown).toContain(`Batch ${formatNumber(at.batch, 'en', 6)}`);
		expect(shown.some((l) => l.includes(`TP${at.layout.tp} · EP${at.layout.ep}`))).toBe(true);
		const mode = at.mode === 'co-located' ? /^Serving Co-located$/ : /^Serving Disaggregated$/;
		expect(shown.some((l) => mode.test(l))).toBe(true);
		expect(shown.some((l) => l.startsWith('Bound by'))).toBe(true);

		// Left arrow steps from there to the slower end of A's frontier (the first step goes to the
		// point just slower than the ring, which may be the one focus describes).
		for (let i = 0; i <= index; i++) await fireEvent.keyDown(chart, { key: 'ArrowLeft' });
		const first = a.frontier[0]!;
		expect(lines(tip)).toContain(
			`Mean tokens/s per user ${formatNumber(first.userTokensPerS, 'en')}`
		);
		expect(lines(tip)).toContain(`Batch ${formatNumber(first.batch, 'en', 6)}`);
		// Escape hides it until the next move (helper-91).
		await fireEvent.keyDown(chart, { key: 'Escape' });
		expect(tip.textContent).toBe('');
		await fireEvent.keyDown(chart, { key: 'ArrowRight' });
		expect(lines(tip).length).toBeGreaterThan(0);
		await fireEvent.blur(chart);
		expect(tip.textContent).toBe('');
	});

	it('before the worker’s first frontier says it is computing and still shows the figures at the target', () => {
		setup('en', { frontiers: null });
		expect(screen.getByTestId('frontier-status').textContent).toMatch(
			/Computing… the frontier sweep/
		);
		expect(screen.getByTestId('at-target').querySelectorAll('tbody tr')).toHaveLength(2);
		// The readout shows A's operating point, which needs no frontier.
		expect(screen.getByTestId('readout').textContent).toContain(scenario.systems[0]!.name);
	});

	it('marks a frontier that belongs to earlier settings as updating', () => {
		setup('en', { frontierUpdating: true });
		expect(screen.getByTestId('frontier-status').dataset.status).toBe('updating');
		expect(
			screen.getAllByRole('application')[0]!.querySelectorAll('circle').length
		).toBeGreaterThan(0);
	});

	it('speaks Chinese with Chinese number formatting', async () => {
		const chart = setup('zh');
		await fireEvent.focus(chart);
		const tip = tooltipOf(chart);
		expect(tip.textContent).toMatch(/批大小/);
		expect(tip.textContent).toMatch(/单用户平均 tokens\/s/);
	});

	it('says where the point’s TP, EP and PP groups live, in the tooltip and the readout', async () => {
		const chart = setup();
		await fireEvent.focus(chart);
		// Default pair: GB200 NVL72 serves inside its 72-GPU NVLink switch domain. The tooltip says
		// it briefly (a phone's chart has no room for the fabric); the readout in full.
		const where = lines(tooltipOf(chart)).find((l) => l.startsWith('Where'));
		expect(where).toMatch(/(TP|EP)\d+ inside one scale-up domain$/);
		expect(screen.getByTestId('placement').textContent).toMatch(
			/inside one scale-up domain \(switched, 72 chips\)/
		);
	});

	it('shows each in-domain serving collective’s fabric factor in the at-target maths', async () => {
		setup();
		// jsdom does not toggle <details> on a click: open it as the browser would.
		const details = screen
			.getByText('Show the math of the point at the target')
			.closest('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const maths = screen.getAllByTestId('formula').map((m) => m.textContent ?? '');
		const a = evaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
		// NVL72's all-to-all is the switch's own (share 1); a TP all-reduce would reduce in-switch.
		const ep = maths.find((m) => m.includes('EP all-to-all'));
		expect(ep).toMatch(/switchTime ÷ fabricTime/);
		expect(ep).toMatch(/a switch is the reference/);
		const tp = maths.find((m) => m.includes('TP all-reduce'));
		if (a.atTarget.layout.tp > 1) expect(tp).toMatch(/NVLS/);
		else expect(tp).toBeUndefined();
	});
});

describe('frontier metric switch', () => {
	it('offers tokens/s per chip, cost and power, and says which system has no price', async () => {
		const onmetric = vi.fn();
		// A stand-in conversion: A at $1 per 1,000 tokens/s, B without a price.
		const toMetric = (system: number, chipTokensPerS: number) =>
			system === 0 ? 1_000 / chipTokensPerS : null;
		renderInferenceView('en', { metric: 'usdPerMillionTokens', onmetric, toMetric });
		const radios = screen.getAllByRole('radio');
		expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
			'tokensPerSPerChip',
			'usdPerMillionTokens',
			'tokensPerSPerMW'
		]);
		expect(
			(screen.getByLabelText('$ per million output tokens, every chip') as HTMLInputElement).checked
		).toBe(true);
		await fireEvent.click(screen.getByLabelText('Output tokens/s per MW, every chip'));
		expect(onmetric).toHaveBeenCalledWith('tokensPerSPerMW');
		expect(screen.getByText('USD per million output tokens, every chip (log)')).toBeTruthy();
		expect(
			screen.getByText(/no price per chip-hour is known, so no cost curve/).textContent
		).toContain(scenario.systems[1]!.name);

		const chart = screen.getAllByRole('application')[0]!;
		await fireEvent.focus(chart);
		const tip = tooltipOf(chart);
		const perChip = lines(tip).find((l) => l.startsWith('Tokens/s per chip'))!;
		const cost = lines(tip).find((l) => l.startsWith('$ per million output tokens'))!;
		// The cost line is the conversion of the point's own tokens/s per chip.
		const tokens = Number(perChip.replace('Tokens/s per chip ', '').replaceAll(',', ''));
		expect(cost).toMatch(/\$\d/);
		expect(Number(cost.replace(/^.*\$/, ''))).toBeCloseTo(1_000 / tokens, 1);
	});
});

describe('ratio chart tooltip', () => {
	const bars = [
		{
			id: 'hbmBytes',
			label: 'HBM capacity',
			ratios: [3.5],
			values: [13.4e12, 46.9e12],
			unit: 'B' as const
		},
		{
			id: 'allInPowerW',
			label: 'All-in power',
			ratios: [null],
			values: [120e3, null],
			unit: 'W' as const
		},
		{
			// 576 TB/s beside 1,229 TB/s: one prefix for the row, as in the table.
			id: 'hbmBytesPerS',
			label: 'HBM bandwidth',
			ratios: [2.13],
			values: [576e12, 1228.8e12],
			unit: 'B/s' as const
		}
	];
	it('names each system’s figure and the ratio, row by row from the keyboard', async () => {
		render(Harness, {
			props: {
				component: RatioChart,
				props: { title: 'Ratios', description: 'x', bars, slots: ['b'], names: ['GB', 'CM'] }
			}
		});
		const chart = screen.getByRole('application');
		expect(tooltipOf(chart).hidden).toBe(true);
		await fireEvent.focus(chart);
		// The tooltip's code arrives with the first focus (this chart is on the first view).
		await vi.waitFor(() => expect(tooltipOf(chart).querySelector('strong')).toBeTruthy());
		const tip = tooltipOf(chart);
		expect(tip.querySelector('strong')!.textContent).toBe('HBM capacity');
		expect(lines(tip)).toEqual(['GB 13.4\u00a0TB', 'CM 46.9\u00a0TB', 'CM ÷ GB 3.50×']);
		await fireEvent.keyDown(chart, { key: 'ArrowDown' });
		expect(lines(tip)).toEqual(['GB 120\u00a0kW', 'CM n/a', 'CM ÷ GB —']);
		await fireEvent.keyDown(chart, { key: 'ArrowDown' });
		expect(lines(tip)).toEqual(['GB 0.576\u00a0PB/s', 'CM 1.23\u00a0PB/s', 'CM ÷ GB 2.13×']);
		await fireEvent.keyDown(chart, { key: 'Home' });
		expect(tip.querySelector('strong')!.textContent).toBe('HBM capacity');
		// Escape hides it until the next move (helper-91: no chart's tooltip could be dismissed).
		await fireEvent.keyDown(chart, { key: 'Escape' });
		expect(tip.querySelector('strong')).toBeNull();
		await fireEvent.keyDown(chart, { key: 'ArrowDown' });
		expect(tip.querySelector('strong')!.textContent).toBe('HBM capacity');
	});
});

describe('ratio chart axis', () => {
	it('widens past 8× to draw a larger ratio at its length, not pinned to the edge', () => {
		const bar = (id: string, ratio: number) => ({
			id,
			label: id,
			ratios: [ratio],
			values: [1, ratio],
			unit: 'chips' as const
		});
		render(Harness, {
			props: {
				component: RatioChart,
				// A 9,216-chip pod against a 72-chip rack: 128×; beside it a 9× figure.
				props: {
					title: 'Ratios',
					description: 'x',
					bars: [bar('chips', 128), bar('other', 9)],
					slots: ['b'],
					names: ['NVL72', 'Pod']
				}
			}
		});
		const chart = screen.getByRole('application');
		// The axis 1/8× … 512× in steps of 8× (jsdom lays nothing out: the lengths are the unit
		// test's and the browser's to check): 1/8×, 1×, 8×, 64× and 512×, 512× labelled.
		const ticks = [...chart.querySelectorAll('.axis line')].map((line) => line.getAttribute('x1'));
		expect(ticks).toHaveLength(5);
		const labels = [...chart.querySelectorAll('.axis text')].map((t) => t.textContent);
		expect(labels).toContain('512×');
	});
});

describe('scale-curve chart tooltip', () => {
	it('gives the chip count, the throughput and what bounds it', async () => {
		const spec = scaleSpec;
		const points = scalePoints();
		render(Harness, {
			props: {
				component: ScaleCurveChart,
				props: { series: [{ slot: 'a', name: spec.name, domainChips: 72, points }], caption: '' }
			}
		});
		const chart = screen.getByRole('application');
		const tip = tooltipOf(chart);
		await fireEvent.focus(chart);
		await fireEvent.keyDown(chart, { key: 'End' });
		const last = points.at(-1)!;
		expect(lines(tip)[0]).toBe(`Chips ${formatNumber(last.chips, 'en', 6)}`);
		if (last.tokensPerSPerChip !== null) {
			expect(lines(tip)).toContain(
				`Tokens/s per chip ${formatNumber(last.tokensPerSPerChip, 'en')}`
			);
			expect(lines(tip).some((l) => l.startsWith('Bound by'))).toBe(true);
		}
	});
});

describe('scale-curve chart axis', () => {
	it('starts at the decade below the first point, not at 1 chip (helper-106)', () => {
		// GB200 NVL72's curve starts at one domain, 72 chips: from 1 chip, log10(72) = 1.86 of the
		// axis's 5 decades (37%) was empty; from 10, 0.86 of 4 (21%).
		const points = scalePoints();
		expect(points[0]!.chips).toBe(72);
		render(Harness, {
			props: {
				component: ScaleCurveChart,
				props: { series: [{ slot: 'a', name: 'x', domainChips: 72, points }], caption: '' }
			}
		});
		const grid = document.querySelector('g.grid')!;
		const xTickTexts = [...grid.querySelectorAll(':scope > text[text-anchor="middle"]')]
			.map((t) => t.textContent)
			.filter((t) => t && /^[\d,]+$/.test(t));
		expect(xTickTexts[0]).toBe('10');
		expect(xTickTexts.at(-1)).toBe('100,000');
	});

	it('keeps at least a decade when a curve starts at the 100,000-chip ceiling (helper-107)', () => {
		const [first] = scalePoints();
		render(Harness, {
			props: {
				component: ScaleCurveChart,
				props: {
					series: [
						{ slot: 'a', name: 'x', domainChips: 100_000, points: [{ ...first!, chips: 100_000 }] }
					],
					caption: ''
				}
			}
		});
		const grid = document.querySelector('g.grid')!;
		const xTickTexts = [...grid.querySelectorAll(':scope > text[text-anchor="middle"]')]
			.map((t) => t.textContent)
			.filter((t) => t && /^[\d,]+$/.test(t));
		expect(xTickTexts).toEqual(['10,000', '20,000', '50,000', '100,000']);
	});
});

describe('scale-curve chart keys (helper-91)', () => {
	it('start at the point shown, move between systems at the nearest chip count, and Escape hides', async () => {
		const points = scalePoints();
		// B's curve starts four points later (as CloudMatrix's 384 chips after NVL72's 72).
		const later = points.slice(4);
		render(Harness, {
			props: {
				component: ScaleCurveChart,
				props: {
					series: [
						{ slot: 'a', name: 'A', domainChips: 72, points },
						{ slot: 'b', name: 'B', domainChips: 72, points: later }
					],
					caption: ''
				}
			}
		});
		const chart = screen.getByRole('application');
		const tip = tooltipOf(chart);
		const chips = () => lines(tip)[0];
		const at = (p: (typeof points)[number]) => `Chips ${formatNumber(p.chips, 'en', 6)}`;
		await fireEvent.focus(chart);
		await vi.waitFor(() => expect(tip.querySelector('dt')).toBeTruthy());
		expect(chips()).toBe(at(points[0]!));
		// The first key selects the point shown; it stepped past it.
		await fireEvent.keyDown(chart, { key: 'ArrowRight' });
		expect(chips()).toBe(at(points[0]!));
		for (let i = 0; i < 6; i++) await fireEvent.keyDown(chart, { key: 'ArrowRight' });
		expect(chips()).toBe(at(points[6]!));
		// Down to B at the same chip count (its 3rd point), not at B's 7th (by position).
		await fireEvent.keyDown(chart, { key: 'ArrowDown' });
		expect(chips()).toBe(at(later[2]!));
		await fireEvent.keyDown(chart, { key: 'Escape' });
		expect(tip.querySelector('dt')).toBeNull();
		await fireEvent.keyDown(chart, { key: 'ArrowLeft' });
		expect(chips()).toBe(at(later[1]!));
	});
});

describe('scale-curve table', () => {
	it('says where the layout leaves chips idle, as tokens/s per chip counts them', () => {
		// DeepSeek-R1 on one GB200 NVL72 (the default training job's model): the best layout uses
		// 64 of its 72 chips (TP·CP·PP·DP = 64), and tokens/s per chip is over all 72.
		const job = trainingJobs(normalizeScenario(defaultScenario()))[0]!;
		const points = trainingScaleCurve(job.system, job.settings);
		const one = points.find((p) => p.chips === 72)!;
		expect(one.result.kind === 'training' && one.result.idleChips).toBe(8);
		const { container } = render(Harness, {
			props: {
				component: ScaleCurveChart,
				props: {
					series: [{ slot: 'a', name: job.system.name, domainChips: 72, points }],
					caption: ''
				}
			}
		});
		const rows = [...container.querySelectorAll('details tbody tr')];
		const row = rows.find((tr) => tr.querySelector('td')?.textContent === '72')!;
		expect(row.textContent).toContain('; 64 of 72 chips in use');
		// A point that uses every chip says nothing of it.
		const whole = points.find((p) => p.result.kind === 'training' && p.result.idleChips === 0)!;
		const wholeRow = rows.find(
			(tr) => tr.querySelector('td')?.textContent === formatNumber(whole.chips, 'en', 6)
		)!;
		expect(wholeRow.textContent).not.toContain('in use');
		// Tokens/s (the third column) with 3 significant digits on every row: "2.00 M", not "2 M".
		const tokens = rows
			.map((tr) => tr.querySelectorAll('td')[2]?.textContent ?? '')
			.filter((cell) => /\d/.test(cell));
		expect(tokens.length).toBeGreaterThan(5);
		for (const cell of tokens)
			expect(cell.replace(/[^\d]/g, '').replace(/^0+/, ''), cell).toHaveLength(3);
	});
});
