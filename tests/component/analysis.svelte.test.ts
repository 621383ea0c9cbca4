import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../src/lib/state/analysis.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';

describe('Analysis state', () => {
	it('keeps computing after the view that first asked for it is gone (tab round trip)', () => {
		const comparison = new Comparison();
		// The inference tab asks for it inside its own effects, then the reader switches tabs.
		const destroyTab = $effect.root(() => {
			analysisOf(comparison);
		});
		destroyTab();
		const analysis = analysisOf(comparison);
		expect(analysis.bands).toBeNull();
		analysis.showEvidence = true;
		expect(analysis.bands).toHaveLength(comparison.scenario.systems.length);
	});
});
