import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import SensitivityPanel from '../../src/lib/ui/claims/SensitivityPanel.svelte';
import ChartTooltip from '../../src/lib/ui/charts/ChartTooltip.svelte';
import RatioChart from '../../src/lib/ui/charts/RatioChart.svelte';
import SavedPanel from '../../src/lib/ui/layout/SavedPanel.svelte';
import { SAVED_KEY } from '../../src/lib/state/saved.svelte';
import { evaluate } from '../../src/lib/model/evaluate';
import { decodeScenario } from '../../src/lib/share/codec';
import type { Lever, Tornado } from '../../src/lib/model/sensitivity';
import { isolateText } from '../../src/lib/i18n/pieces';
import ScaleCurveChart from '../../src/lib/ui/charts/ScaleCurveChart.svelte';
import { formatNumber } from '../../src/lib/format/number';
import { renderInferenceView } from './inference-view-harness';
import { scalePoints } from './scale-curve-fixture';

/*
 * A name in a right-to-left script followed by figures: outside an isolate, the bidi algorithm
 * would carry the figures after it ("نظام 2 (1,152 chips)" shows its count inside the Arabic run).
 * Each name must sit in its own <bdi>, so what follows keeps its order.
 */
const ARABIC = 'نظام 2';

/** The texts of the <bdi> elements inside `root`. */
const isolated = (root: Element) => [...root.querySelectorAll('bdi')].map((b) => b.textContent);

describe('names in sentences are isolated', () => {
	it('in the sensitivity intro and each tornado bar', async () => {
		const lever = (id: string, field: Lever['field'], system: number | null): Lever => ({
			id,
			system,
			field,
			get: () => 1,
			set: (s) => s
		});
		const result: Tornado = {
			base: 1,
			change: 0.2,
			bars: [
				{ lever: lever('hbm', 'hbmBytesPerS', 1), low: 0.9, high: 1.1, swing: 0.1 },
				{ lever: lever('moe', 'moeImbalance', null), low: 0.95, high: 1.05, swing: 0.05 }
			]
		};
		const { container } = render(Harness, {
			props: {
				component: SensitivityPanel,
				props: { result, stale: false, names: ['GB200 NVL72', ARABIC], onrun: () => {} }
			}
		});
		// jsdom does not open <details> on a click: open it as the browser would.
		const details = container.querySelector('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const intro = container.querySelector('.intro')!;
		expect(isolated(intro)).toEqual([`B (${ARABIC})`, 'A (GB200 NVL72)']);
		// The same words as before, only marked.
		expect(intro.textContent).toContain(`B (${ARABIC}) ÷ A (GB200 NVL72) tokens/s per chip`);
		const bars = screen.getByTestId('tornado').querySelectorAll('.name');
		expect(isolated(bars[0]!)).toEqual([`B (${ARABIC})`]);
		expect(bars[0]!.textContent).toBe(`B (${ARABIC}): HBM bandwidth per chip`);
		expect(isolated(bars[1]!)).toEqual([]);
	});

	it('in the inference headline and its precision warning (explain.ts)', () => {
		const { scenario } = decodeScenario(
			`v=1&a=gb200-nvl72&b=cloudmatrix-384&b.name=${encodeURIComponent(ARABIC)}&compute=fp8`
		);
		const evaluation = evaluate(scenario);
		renderInferenceView('en', { evaluation, frontiers: null });
		const headline = screen.getByTestId('inference-headline');
		expect(isolated(headline)).toEqual([ARABIC, 'GB200 NVL72', ARABIC, 'GB200 NVL72']);
		expect(headline.textContent).toContain(`precisions: ${ARABIC} in INT8, GB200 NVL72 in FP8.`);
		const warning = [...document.querySelectorAll('p.warning')].find((p) =>
			p.textContent?.includes('INT8')
		)!;
		expect(isolated(warning)).toEqual([ARABIC]);
	});

	it('in the saved list’s question', async () => {
		localStorage.clear();
		localStorage.setItem(
			SAVED_KEY,
			JSON.stringify([{ name: ARABIC, query: 'v=1&a=hgx-b200', savedAt: '2026-01-02T00:00:00Z' }])
		);
		render(Harness, {
			props: { component: SavedPanel, props: { query: () => 'v=1&a=hgx-h100', onopen: () => {} } }
		});
		await fireEvent.input(screen.getByLabelText('Name'), { target: { value: ARABIC } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save this scenario' }));
		const question = screen.getByRole('alertdialog');
		expect(isolated(question.querySelector('p')!)).toEqual([ARABIC]);
		localStorage.clear();
	});
});

describe('names in charts are isolated', () => {
	beforeEach(() => localStorage.clear());

	it('in the ratio chart’s tooltip lines', async () => {
		const { container } = render(Harness, {
			props: {
				component: RatioChart,
				props: {
					title: 'Ratios',
					description: 'Each figure against A',
					bars: [{ id: 'hbm', label: 'HBM', ratios: [2], values: [1e11, 2e11], unit: 'B' }],
					slots: ['a', 'b'],
					names: ['GB200 NVL72', ARABIC]
				}
			}
		});
		const chart = container.querySelector('svg[aria-describedby]')!;
		await fireEvent.focus(chart);
		const tip = await screen.findByRole('tooltip');
		await expect.poll(() => tip.querySelectorAll('dt').length).toBe(3);
		const labels = [...tip.querySelectorAll('dt')];
		expect(labels.map((dt) => isolated(dt))).toEqual([
			['GB200 NVL72'],
			[ARABIC],
			[ARABIC, 'GB200 NVL72']
		]);
		expect(labels[2]!.textContent).toBe(`${ARABIC} ÷ GB200 NVL72`);
	});

	it('in the tooltip given plain labels, which stay as they are', () => {
		const tip = { title: 'A', lines: [{ label: 'Batch', value: '8' }], x: 0, y: 0 };
		render(Harness, {
			props: { component: ChartTooltip, props: { id: 't', tip, width: 300, height: 200 } }
		});
		const dt = screen.getByRole('tooltip').querySelector('dt')!;
		expect(dt.textContent).toBe('Batch');
		expect(isolated(dt)).toEqual([]);
	});

	it('in the scale chart’s readout, with the exported legend’s plain-text isolate', async () => {
		const points = scalePoints();
		const { container } = render(Harness, {
			props: {
				component: ScaleCurveChart,
				props: { series: [{ slot: 'a', name: ARABIC, domainChips: 72, points }], caption: '' }
			}
		});
		const chart = screen.getByRole('application');
		await fireEvent.focus(chart);
		await fireEvent.keyDown(chart, { key: 'Home' });
		const readout = container.querySelector('.readout')!;
		expect(isolated(readout)).toEqual([ARABIC]);
		const first = formatNumber(points[0]!.chips, 'en', 6);
		expect(readout.textContent).toContain(`A: ${ARABIC}, ${first} chips`);
		// An exported image's legend has no markup: FSI … PDI, the plain-text form of <bdi>.
		expect(isolateText(ARABIC)).toBe(`\u2068${ARABIC}\u2069`);
	});
});
