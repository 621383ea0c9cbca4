import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import EfficiencyPanel from '../../src/lib/ui/inference/EfficiencyPanel.svelte';
import { DEFAULT_EFFICIENCIES } from '../../src/lib/model/inference/efficiencies';
import { specFromPresetId } from '../../src/lib/model/scenario';
import InferenceTab from '../../src/lib/ui/tabs/InferenceTab.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { flushSync } from 'svelte';
// Stands in for ResizeObserver (jsdom has none) for the inference tab's chart.
import './inference-view-harness';

describe('efficiency fields', () => {
	it('read numbers as every field does: "1,000" µs, the form their own error prints bounds in', async () => {
		const onchange = vi.fn();
		const { container, rerender } = render(Harness, {
			props: {
				component: EfficiencyPanel,
				props: {
					efficiencies: DEFAULT_EFFICIENCIES,
					systems: [specFromPresetId('gb200-nvl72')!],
					onchange,
					onreset: () => {}
				}
			}
		});
		const details = container.querySelector('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const latency = container.querySelector<HTMLInputElement>('#eff-scaleUpLatencyS')!;
		await fireEvent.change(latency, { target: { value: '1,000' } });
		// 1,000 µs = 1 ms, the field's upper bound.
		expect(onchange).toHaveBeenCalledWith('scaleUpLatencyS', 1e-3);
		await fireEvent.change(latency, { target: { value: '1,0' } });
		expect(onchange).toHaveBeenCalledTimes(1);
		// Refused: the field shows the value in use again (20 µs, the default) and says why.
		expect(container.querySelector('[role=status]')?.textContent).toBe(
			'1,0 is not a number from 0 to 1,000; kept 20'
		);
		expect(latency.value).toBe('20');
		// New values from outside (Back, Reset) drop the note: it spoke of a value no longer shown.
		await rerender({
			component: EfficiencyPanel,
			props: {
				efficiencies: { ...DEFAULT_EFFICIENCIES, scaleUpLatencyS: 40e-6 },
				systems: [specFromPresetId('gb200-nvl72')!],
				onchange,
				onreset: () => {}
			}
		});
		expect(container.querySelector('[role=status]')).toBeNull();
	});
});

describe('efficiency fields in the inference view', () => {
	it('keep a refused entry’s note while a workload slider moves', async () => {
		// The tab passed `comparison.scenario.efficiencies` through, so the panel re-read it on every
		// edit and dropped its notes, a workload tick included.
		const comparison = new Comparison();
		const { container } = render(Harness, {
			props: { component: InferenceTab, props: { comparison } }
		});
		const details = container.querySelector<HTMLDetailsElement>('details.efficiencies')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const latency = container.querySelector<HTMLInputElement>('#eff-scaleUpLatencyS')!;
		await fireEvent.change(latency, { target: { value: '1,0' } });
		const note = '1,0 is not a number from 0 to 1,000; kept 20';
		expect(container.querySelector('.efficiencies [role=status]')?.textContent).toBe(note);
		comparison.setServingField('inputTokens', 2_000);
		flushSync();
		expect(container.querySelector('.efficiencies [role=status]')?.textContent).toBe(note);
		comparison.dispose();
	});
});
