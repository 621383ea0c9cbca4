import { cleanup, render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import Harness from './Harness.svelte';
import SystemPanel from '../../src/lib/ui/compare/SystemPanel.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { systemPanelProps } from './system-panel-props';

function renderPanel(query: string) {
	const comparison = new Comparison();
	comparison.load(query);
	const props = systemPanelProps(comparison, 0);
	return render(Harness, { props: { component: SystemPanel, props } });
}

it('names one chip in the singular beside the field, to a screen reader and in the source note', () => {
	const { container } = renderPanel('v=1&a=gb200-nvl72&a.chips=1&b=cloudmatrix-384');
	const field = screen.getByRole('slider', { name: /^Chips/ });
	expect(field.getAttribute('aria-valuetext')).toBe('1 chip');
	const units = [...container.querySelectorAll('.unit')].map((unit) => unit.textContent);
	expect(units).toContain('chip');
	// The preset's own count is still plural: "changed from the preset value 72 chips".
	expect(container.textContent).toContain('72 chips');
	expect(container.textContent).not.toMatch(/\b1 chips\b/);
});

it('keeps the plural for any other count', () => {
	renderPanel('v=1&a=gb200-nvl72&b=cloudmatrix-384');
	const field = screen.getByRole('slider', { name: /^Chips/ });
	expect(field.getAttribute('aria-valuetext')).toBe('72 chips');
});

it('leaves a preset’s own bracketed count out of the title once its chips are edited', () => {
	// "HGX H100 (8 GPU), edited: 16 chips" said both counts.
	renderPanel('v=1&a=hgx-h100&a.chips=16&b=gb200-nvl72');
	expect(screen.getByRole('heading', { level: 3 }).textContent?.trim()).toBe(
		'System A: HGX H100, edited: 16 chips'
	);
	cleanup();
	// Other figures edited, the count kept: the name keeps its own count.
	renderPanel('v=1&a=hgx-h100&a.hbm_gb=96&b=gb200-nvl72');
	expect(screen.getByRole('heading', { level: 3 }).textContent?.trim()).toBe(
		'System A: HGX H100 (8 GPU), edited: 1 figure'
	);
});

it('says a figure changed from its preset, not that the reader changed it: a rule may have (helper-124)', () => {
	// 192 chips of CloudMatrix 384: its 384-chip domain follows the chips down (a domain cannot
	// exceed its system), an edit the reader did not make. "You changed this" said they had.
	const { container } = renderPanel('v=1&a=cloudmatrix-384&a.chips=192&b=gb200-nvl72');
	expect(container.textContent).toContain('Changed from the preset value 384 chips.');
	expect(container.textContent).not.toContain('You changed this');
});
