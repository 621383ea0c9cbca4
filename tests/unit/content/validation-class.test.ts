import { describe, expect, it } from 'vitest';
import {
	classify,
	errorFactor,
	summarize,
	VALIDATION_LIMITS
} from '../../../src/lib/content/validation-class';

describe('the one validation rule', () => {
	it('states its limits once: good within 1.25×, fair within 2×', () => {
		expect(VALIDATION_LIMITS).toEqual({ good: 1.25, fair: 2 });
	});

	it('measures the error either way: 0.5 and 2 are both a factor of 2', () => {
		expect(errorFactor(2)).toBe(2);
		expect(errorFactor(0.5)).toBe(2);
		expect(errorFactor(1)).toBe(1);
		for (const bad of [null, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(errorFactor(bad)).toBeNull();
		}
	});

	it('classifies at the boundaries, over and under alike', () => {
		expect(classify(1.25)).toBe('good');
		expect(classify(0.8)).toBe('good'); // 1 ÷ 0.8 = 1.25
		expect(classify(1.2501)).toBe('fair');
		expect(classify(0.7999)).toBe('fair');
		expect(classify(2)).toBe('fair');
		expect(classify(0.5)).toBe('fair');
		expect(classify(2.0001)).toBe('miss');
		expect(classify(0.4999)).toBe('miss');
		expect(classify(6.22)).toBe('miss');
	});

	it('counts a case without a modelled point as a miss', () => {
		expect(classify(null)).toBe('miss');
		expect(classify(Number.NaN)).toBe('miss');
	});

	it('summarises counts, median and maximum factor over the rows with a point', () => {
		// Factors 1.1, 1.5, 2.5, 1.25 (from 0.8) → sorted 1.1, 1.25, 1.5, 2.5: median (1.25 + 1.5) ÷ 2.
		const s = summarize([1.1, 1.5, 2.5, 0.8, null]);
		expect(s).toMatchObject({ total: 5, good: 2, fair: 1, miss: 2, noPoint: 1 });
		expect(s.medianFactor).toBeCloseTo(1.375, 12);
		expect(s.maxFactor).toBe(2.5);
		expect(summarize([0.25, 1, 3]).medianFactor).toBe(3); // factors 4, 1, 3 → 1, 3, 4
		expect(summarize([])).toMatchObject({ total: 0, medianFactor: null, maxFactor: null });
	});
});
