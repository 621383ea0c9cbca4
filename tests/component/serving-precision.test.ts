import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import { loadMessages } from '../../src/lib/i18n';
import Harness from './Harness.svelte';
import SystemPanel from '../../src/lib/ui/compare/SystemPanel.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { evaluate } from '../../src/lib/model/evaluate';
import { systemPanelProps } from './system-panel-props';

function panelProps(comparison: Comparison, onprecision: (value: string) => void = () => {}) {
	return systemPanelProps(comparison, 1, { onprecision });
}

// A Chinese reader saw "系统 B: CloudMatrix 384", an ASCII colon in a Chinese label.
it.each([
	['en', 'System B: CloudMatrix 384'],
	['zh', '系统 B：CloudMatrix 384']
] as const)('titles the panel with the slot and the name (%s)', async (locale, title) => {
	if (locale === 'zh') await loadMessages('zh');
	render(Harness, {
		props: { component: SystemPanel, locale, props: panelProps(new Comparison()) }
	});
	expect(screen.getByRole('heading', { level: 3 }).textContent?.trim()).toBe(title);
});

// Issue 12 item 8: the serving-precision select of a system changes its result and the link.
it('serves CloudMatrix 384 in BF16 from its select: fewer tokens per chip, and the link says so', async () => {
	const comparison = new Comparison();
	const props = panelProps(comparison, (value: string) => comparison.setSystemPrecision(1, value));
	render(Harness, { props: { component: SystemPanel, props } });
	const select = screen.getByLabelText('Serving precision') as HTMLSelectElement;
	// The workload's precision first (the 910C has no FP8 figure, and the option says so: it is
	// served in another precision), then only what the Ascend 910C has a figure for.
	expect([...select.options].map((o) => o.textContent)).toEqual([
		'As the workload (no FP8 figure)',
		'INT8',
		'BF16'
	]);
	expect(select.value).toBe('auto');

	const before = evaluate(comparison.scenario).atTarget.rows[1]!.chipTokensPerS!;
	await fireEvent.change(select, { target: { value: 'bf16' } });
	flushSync();
	expect(comparison.query).toContain('b.serve_prec=bf16');
	const after = evaluate(comparison.scenario).atTarget.rows[1]!.chipTokensPerS!;
	// BF16 weights are twice FP8's bytes to read per step: fewer tokens per chip at the target.
	expect(after).toBeLessThan(before);
	expect(comparison.scenario.systems[1]!.deployment?.servingPrecision).toBe('bf16');
});

it('promises the workload’s precision on a chip that has its figure', () => {
	const comparison = new Comparison();
	render(Harness, {
		props: {
			component: SystemPanel,
			props: {
				...panelProps(comparison),
				slot: 'a',
				index: 0,
				spec: comparison.scenario.systems[0]!,
				presetSpec: comparison.presetSpecs[0]
			}
		}
	});
	const select = screen.getByLabelText('Serving precision') as HTMLSelectElement;
	// GB200 NVL72 publishes FP8.
	expect(select.options[0]!.textContent).toBe('As the workload (FP8)');
});
