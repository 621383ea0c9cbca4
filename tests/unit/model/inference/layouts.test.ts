import { describe, expect, it } from 'vitest';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { instanceSizes, layoutsFor } from '../../../../src/lib/model/inference/layouts';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
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

describe('layoutsFor a dense model', () => {
	it('splits the query heads evenly: no TP9, TP18, TP36 or TP72 for Llama 3.1 405B’s 128 heads', () => {
		const llama = findLlmPreset('llama-3.1-405b')!.spec;
		if (llama.attention.kind !== 'gqa') throw new Error('Llama is GQA');
		expect(llama.attention.queryHeads).toBe(128);
		const degrees = [...new Set(layoutsFor(llama, 72).map((l) => l.tp))].sort((a, b) => a - b);
		expect(degrees).toEqual([1, 2, 4, 8, 16, 32, 64]);
		// 13 chips (prime): TP13 is gone; the rounded sizes 12 and 8 still give TP4 and TP8.
		expect(layoutsFor(llama, 13).every((l) => 128 % l.tp === 0)).toBe(true);
		expect(layoutsFor(llama, 13).some((l) => l.tp === 8)).toBe(true);
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
