import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { estimatesOf } from '../../src/lib/state/estimates.svelte';
import SummaryPanel from '../../src/lib/ui/summary/SummaryPanel.svelte';
import { FakeServingWorker } from './fake-serving-worker';
import Harness from './Harness.svelte';

// The summary took the scenario's target beside the worker's last answer: while a target slider
// moved, "For DeepSeek-R1 / V3 at 51 tokens/s per user, …" stood over figures computed at 50.
describe('the summary while the worker computes a new target', () => {
	it('names the target its figures were computed for, then the new one once they come', async () => {
		vi.stubGlobal('Worker', FakeServingWorker);
		try {
			const comparison = new Comparison();
			comparison.setView('inference');
			const estimates = estimatesOf(comparison);
			const warm = estimates.servingRunner.warm();
			const worker = FakeServingWorker.started.at(-1)!;
			worker.onmessage!({ data: { id: 0, kind: 'ready' } });
			await warm;
			flushSync();
			worker.answer(1);
			flushSync();
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
			comparison.dispose();
		} finally {
			FakeServingWorker.started = [];
			vi.unstubAllGlobals();
		}
	});
});
