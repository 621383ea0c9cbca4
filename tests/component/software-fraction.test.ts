import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import Harness from './Harness.svelte';
import SystemPanel from '../../src/lib/ui/compare/SystemPanel.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { evaluate } from '../../src/lib/model/evaluate';
import { systemPanelProps } from './system-panel-props';

// Issue 12 item 7: a system's software fraction is its own field, kept in the link (a.sw).
it('sets GB200 NVL72’s software fraction from its panel, refuses one above 1, and empties back to auto', async () => {
	const comparison = new Comparison();
	const props = systemPanelProps(comparison, 0, {
		onsoftware: (value: number | null) => comparison.setSoftwareFraction(0, value)
	});
	render(Harness, { props: { component: SystemPanel, props } });
	// A preset system folds the figures it has not changed: not in the page until "Show all".
	expect(screen.queryByLabelText('Software fraction')).toBeNull();
	await fireEvent.click(screen.getByRole('button', { name: /Show all inputs/ }));
	const field = screen.getByLabelText('Software fraction') as HTMLInputElement;
	// Auto shows the table's Blackwell value (fitted on MLPerf v5.1) and writes nothing.
	expect(field.value).toBe('');
	expect(field.placeholder).toBe('auto (0.58)');
	expect(comparison.query).not.toContain('a.sw');

	const before = evaluate(comparison.scenario).atTarget.rows[0]!.chipTokensPerS!;
	await fireEvent.change(field, { target: { value: '0.7' } });
	flushSync();
	expect(comparison.query).toContain('a.sw=0.7');
	// 0.7 > 0.58: faster compute and HBM, so more tokens per chip at the same target.
	expect(evaluate(comparison.scenario).atTarget.rows[0]!.chipTokensPerS!).toBeGreaterThan(before);

	await fireEvent.change(field, { target: { value: '2' } });
	flushSync();
	expect(screen.getByRole('alert').textContent).toContain('1');
	expect(comparison.query).toContain('a.sw=0.7');

	await fireEvent.change(field, { target: { value: '' } });
	flushSync();
	expect(comparison.query).not.toContain('a.sw');
	expect(comparison.scenario.systems[0]!.deployment?.softwareFraction).toBeNull();
});

// Off the serving views the field leaves the card (showServing false), and the count behind "show
// all" leaves it out. A refused entry left with it takes its alert too: back on a serving view the
// field is empty, and no alert speaks of text no longer there.
it('leaves the card off the serving views, taking a refused entry’s alert with it', async () => {
	const comparison = new Comparison();
	const props = systemPanelProps(comparison, 0);
	const { rerender } = render(Harness, { props: { component: SystemPanel, props } });
	await fireEvent.click(screen.getByRole('button', { name: /Show all inputs/ }));
	await fireEvent.change(screen.getByLabelText('Software fraction'), { target: { value: '2' } });
	flushSync();
	expect(screen.getByRole('alert')).toBeTruthy();

	await rerender({ props: { component: SystemPanel, props: { ...props, showServing: false } } });
	expect(screen.queryByLabelText('Software fraction')).toBeNull();
	expect(screen.queryByRole('alert')).toBeNull();
	// Folded, the button counts nothing it would not show (GB200's 11 figures, no software fraction).
	await fireEvent.click(screen.getByRole('button', { name: /^Show only/ }));
	expect(screen.getByRole('button', { name: /^Show all inputs/ }).textContent?.trim()).toBe(
		'Show all inputs (11 more)'
	);

	await rerender({ props: { component: SystemPanel, props: { ...props, showServing: true } } });
	expect(screen.getByRole('button', { name: /^Show all inputs/ }).textContent?.trim()).toBe(
		'Show all inputs (12 more)'
	);
	await fireEvent.click(screen.getByRole('button', { name: /Show all inputs/ }));
	expect((screen.getByLabelText('Software fraction') as HTMLInputElement).value).toBe('');
	expect(screen.queryByRole('alert')).toBeNull();
});
