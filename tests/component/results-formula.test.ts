import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ResultsTable from '../../src/lib/ui/compare/ResultsTable.svelte';
import { evaluateHardware } from '../../src/lib/model/evaluate-hardware';
import { defaultScenario } from '../../src/lib/model/scenario';

describe('the hardware table’s math', () => {
	// The formula inspector is its own chunk (ui/lazy.svelte.ts), fetched on first use or when idle.
	it('opens on ƒ with a loading line until its chunk arrives, then shows each system’s formula', async () => {
		const evaluation = evaluateHardware(defaultScenario());
		const props = { evaluation, efficiencyPrecision: 'bf16', missingReason: () => 'unknown' };
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
