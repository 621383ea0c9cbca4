import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import SummaryPanel from '../../src/lib/ui/summary/SummaryPanel.svelte';
import { withServedComparison } from './fake-serving-worker';
import Harness from './Harness.svelte';

// The summary took the scenario's target beside the worker's last answer: while a target slider
// moved, "For DeepSeek-R1 / V3 at 51 tokens/s per user, …" stood over figures computed at 50.
describe('the summary while the worker computes a new target', () => {
	it('names the target its figures were computed for, then the new one once they come', async () => {
		await withServedComparison(
			({ comparison, estimates, worker }) => {
				const { container } = render(Harness, {
					props: { component: SummaryPanel, props: { comparison } }
				});
				const text = () => container.textContent!;
				expect(text()).toContain('at 50 tokens/s per user');

				comparison.setServingField('targetUserTokensPerS', 51);
				flushSync();
				expect(estimates.servingUpdating).toBe(true);
				expect(text()).toContain('at 50 tokens/s per user');
				expect(text()).not.toContain('at 51 tokens/s per user');

				worker.answer(2);
				flushSync();
				expect(estimates.servingUpdating).toBe(false);
				expect(text()).toContain('at 51 tokens/s per user');
			},
			(comparison) => comparison.setView('inference')
		);
	});
});
