import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import HardwareTab from '../../src/lib/ui/tabs/HardwareTab.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';

describe('the hardware view', () => {
	// jsdom has no ResizeObserver; the topology row below the chart observes its own width.
	beforeEach(() =>
		vi.stubGlobal(
			'ResizeObserver',
			class {
				observe() {}
				unobserve() {}
				disconnect() {}
			}
		)
	);
	afterEach(() => vi.unstubAllGlobals());

	// The chart is its own chunk (ui/lazy.svelte.ts): the table shows at once, the chart after.
	it('shows its table at once and its ratio chart once the chart’s chunk arrives', async () => {
		const comparison = new Comparison();
		render(Harness, { props: { component: HardwareTab, props: { comparison } } });
		expect(screen.getByRole('table')).toBeTruthy();
		expect(screen.getByRole('status').textContent?.trim()).toBe('Loading the chart…');
		const title = await screen.findByText('Ratios at a glance', {}, { timeout: 30_000 });
		const chart = title.closest('figure')!;
		// One bar per metric with a ratio: the chart draws CloudMatrix 384 ÷ GB200 NVL72.
		expect(chart.textContent).toContain('HBM capacity');
		// A cost's bar right of 1× is worse: its label says so, as the table's row does; a
		// figure where more is better says nothing.
		const labels = [...chart.querySelectorAll('text.label')].map((t) =>
			t.textContent?.replace(/\s+/g, ' ').trim()
		);
		expect(labels).toContain('All-in power (lower is better)');
		expect(labels).toContain('HBM capacity');
		expect(screen.queryByText('Loading the chart…')).toBeNull();
		comparison.dispose();
	});

	it('names whose value each figure is once a row holds several, and says which colour is whose', async () => {
		// GB200 NVL72 against CloudMatrix 384, GB300 NVL72 and HGX B200: CloudMatrix 384 has no FP4
		// rate (n/a), so its row's value column held two figures for three systems (helper-124).
		const comparison = new Comparison();
		comparison.load('v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200');
		render(Harness, { props: { component: HardwareTab, props: { comparison } } });
		const title = await screen.findByText('Ratios at a glance', {}, { timeout: 30_000 });
		const chart = title.closest('figure')!;
		const row = [...chart.querySelectorAll('g.row')].find((g) =>
			g.querySelector('text.label')!.textContent!.startsWith('FP4 dense compute')
		)!;
		const texts = [...row.querySelectorAll('text.na, text.value')].map((t) => t.textContent);
		expect(texts[0]).toBe('B n/a');
		expect(texts.slice(1).map((t) => t!.split(' ')[0])).toEqual(['C', 'D']);
		expect([...chart.querySelectorAll('.legend li')].map((li) => li.textContent?.trim())).toEqual([
			'B: CloudMatrix 384',
			'C: GB300 NVL72',
			'D: HGX B200 (8 GPU)'
		]);
		comparison.dispose();
	});

	it('captions its table with the ratios it holds, and has no caption with one system (no ratios)', () => {
		const comparison = new Comparison();
		const { unmount } = render(Harness, {
			props: { component: HardwareTab, props: { comparison } }
		});
		expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe(
			'Side by side, with each system’s ratio to A.'
		);
		unmount();
		comparison.load('v=1&a=gb200-nvl72');
		render(Harness, { props: { component: HardwareTab, props: { comparison } } });
		expect(screen.getByRole('table').querySelector('caption')).toBeNull();
		comparison.dispose();
	});

	it('names a board given another chip count by the chips it has, in its schematic too', async () => {
		// The 30x claim's H100 side: one board's preset given 72 chips (nine 8-GPU domains).
		const comparison = new Comparison();
		comparison.load('v=1&a=hgx-h100&a.chips=72&b=gb200-nvl72');
		const { container } = render(Harness, {
			props: { component: HardwareTab, props: { comparison } }
		});
		const title = await screen.findByText('How the chips are joined', {}, { timeout: 30_000 });
		const captions = [...title.closest('section')!.querySelectorAll('figcaption')].map(
			(c) => c.textContent
		);
		expect(captions).toEqual(['HGX H100 (72 GPU)', 'GB200 NVL72']);
		expect(container.textContent).not.toContain('HGX H100 (8 GPU)');
		comparison.dispose();
	});

	it('says which systems publish no figure at the chosen precision, and offers one they all do', async () => {
		// H100 publishes no FP4 compute (Hopper has none); GB200 does. The nearest precision both
		// publish is FP8. (Vera Rubin and Helios, no BF16, are the e2e's: their presets load lazily,
		// and registering them here would leak into other files' catalog.)
		const comparison = new Comparison();
		comparison.load('v=1&a=gb200-nvl72&b=hgx-h100&basis=fp4');
		render(Harness, { props: { component: HardwareTab, props: { comparison } } });
		const hint = await screen.findByTestId('precision-hint', {}, { timeout: 30_000 });
		expect(hint.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'B: HGX H100 (8 GPU) has no FP4 compute figure (unsupported or not published), so the efficiency rows show no value and no ratio for it. Compare at FP8'
		);
		// The basis select is described by the hint (helper-107: it sat apart, under the table).
		const basis = screen.getByRole('combobox', { name: /Efficiency/ });
		expect(basis.getAttribute('aria-describedby')).toBe(hint.id);
		screen.getByRole('button', { name: 'Compare at FP8' }).click();
		expect(comparison.scenario.efficiencyPrecision).toBe('fp8');
		await vi.waitFor(() => expect(screen.queryByTestId('precision-hint')).toBeNull());
		expect(basis.hasAttribute('aria-describedby')).toBe(false);
		comparison.dispose();
	});
});
