import { describe, expect, it } from 'vitest';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { instanceSizes } from '../../../../src/lib/model/inference/layouts';
import { DEFAULT_SERVING } from '../../../../src/lib/model/inference/serving';
import { specFromPresetId } from '../../../../src/lib/model/scenario';

describe('instanceSizes', () => {
	it('keeps the largest multiples of 4 and 8 below an awkward chip count', () => {
		// 57 = 3 · 19 and 45 = 3² · 5 allow TP1 (or TP3) only as a whole; 56 and 44 allow TP4/TP8.
		expect(instanceSizes(57)).toEqual([1, 2, 4, 8, 16, 32, 56, 57]);
		expect(instanceSizes(45)).toEqual([1, 2, 4, 8, 16, 32, 40, 44, 45]);
		// A multiple of 8 adds nothing new, so the sweep of a preset (72, 384, 8) is unchanged.
		expect(instanceSizes(72)).toEqual([1, 2, 4, 8, 16, 32, 64, 72]);
		expect(instanceSizes(8)).toEqual([1, 2, 4, 8]);
	});
});

describe('one more chip', () => {
	const total = (chips: number) => {
		const system = { ...specFromPresetId('cloudmatrix-384')!, chips };
		const r = evaluateInference(system, DEFAULT_SERVING, undefined, undefined, undefined, {
			frontier: false
		});
		return r.kind === 'ok' && r.atTarget ? r.atTarget.chipTokensPerS * chips : 0;
	};

	it('never cuts a system’s total at the target by a third (CloudMatrix 56 → 57, 44 → 45)', () => {
		// Before the rounded sizes, 57 chips served 0.678× the total of 56 and 45 chips 0.657× 44's:
		// the whole-system size was their only large instance. Now 57 keeps 56's layouts (one idle).
		for (const n of [44, 56]) {
			expect(total(n)).toBeGreaterThan(0);
			expect(total(n + 1)).toBeGreaterThanOrEqual(total(n) * (1 - 1e-9));
		}
	});
});
