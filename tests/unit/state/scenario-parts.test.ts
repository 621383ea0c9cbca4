import { describe, expect, it } from 'vitest';
import { Comparison } from '../../../src/lib/state/comparison.svelte';
import { setEfficiency, setServingField, setTraining } from '../../../src/lib/state/scenario-edits';
import type { Scenario } from '../../../src/lib/model/scenario';
import { changedParts, mergeParts } from '../../../src/lib/state/scenario-parts';

describe('a scenario sent to a worker in parts', () => {
	it('rebuilds on the worker the scenario of every edit, sending only the parts each edit changed', () => {
		const comparison = new Comparison();
		comparison.load('v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200');
		let last: Scenario | null = null;
		let held: Partial<Scenario> = {};
		const send = () => {
			const parts = changedParts(last, comparison.scenario);
			held = mergeParts(held, parts);
			last = comparison.scenario;
			expect(held).toEqual(comparison.scenario);
			return Object.keys(parts).sort();
		};
		// The first request carries every part; each edit below carries the one it touched.
		expect(send()).toEqual(Object.keys(comparison.scenario).sort());
		setServingField(comparison, 'targetUserTokensPerS', 120);
		expect(send()).toEqual(['serving']);
		comparison.setField(1, 'chips', 768);
		expect(send()).toEqual(['systems']);
		setEfficiency(comparison, 'computeFraction', 0.5);
		expect(send()).toEqual(['efficiencies']);
		setTraining(comparison, 'precision', 'bf16');
		expect(send()).toEqual(['training']);
		comparison.setEfficiencyPrecision('fp8');
		expect(send()).toEqual(['efficiencyPrecision']);
		// Nothing changed: nothing to send, and the worker's scenario stays as it was.
		expect(send()).toEqual([]);
		comparison.open('v=1&a=hgx-h100');
		expect(send()).toContain('systems');
		comparison.dispose();
	});

	it('gives each part of the comparison’s scenario unchanged (the same object) by an edit elsewhere', () => {
		const comparison = new Comparison();
		const { systems, training, operations, efficiencies } = comparison;
		setServingField(comparison, 'targetUserTokensPerS', 120);
		expect(comparison.serving).toBe(comparison.scenario.serving);
		expect(comparison.serving.targetUserTokensPerS).toBe(120);
		expect([comparison.systems, comparison.training, comparison.operations]).toEqual([
			systems,
			training,
			operations
		]);
		expect(comparison.systems).toBe(systems);
		expect(comparison.efficiencies).toBe(efficiencies);
		comparison.setField(0, 'chips', 36);
		expect(comparison.systems).not.toBe(systems);
		expect(comparison.systems).toBe(comparison.scenario.systems);
		comparison.dispose();
	});
});
