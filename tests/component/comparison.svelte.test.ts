import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import { Comparison } from '../../src/lib/state/comparison.svelte';

// Here, not in tests/unit: the unit project runs Svelte's server build, where $effect.root never
// calls its function, so this test asserted nothing there. jsdom runs the browser build.
it('recomputes the evaluation and the link when a field moves', () => {
	// Both checks below must run: a root whose body is skipped fails here instead of passing empty.
	expect.assertions(2);
	const cleanup = $effect.root(() => {
		const comparison = new Comparison();
		const before = comparison.hardware.rows.find((r) => r.id === 'hbmBytes')!.ratios[1]!;
		comparison.setField(1, 'chips', 768);
		flushSync();
		const after = comparison.hardware.rows.find((r) => r.id === 'hbmBytes')!.ratios[1]!;
		// doubling CloudMatrix's chips doubles its HBM: 3.67× → 7.34×
		expect(after / before).toBeCloseTo(2, 9);
		expect(comparison.query).toContain('b.chips=768');
	});
	cleanup();
});
