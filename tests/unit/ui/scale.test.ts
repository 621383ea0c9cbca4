import { describe, expect, it } from 'vitest';
import { linearScale, logScale, logTicks } from '../../../src/lib/ui/charts/scale';

describe('chart scales', () => {
	it('logScale maps equal ratios to equal distances and clamps', () => {
		const x = logScale([1 / 8, 8], [0, 600]);
		// 1× is the middle of [1/8, 8] on a log axis: log(8)/log(64) = 0.5 → 300
		expect(x(1)).toBeCloseTo(300, 9);
		expect(x(2) - x(1)).toBeCloseTo(x(4) - x(2), 9);
		expect(x(1000)).toBe(600);
		expect(x(0)).toBe(0);
	});
	it('linearScale maps and clamps', () => {
		const y = linearScale([0, 10], [100, 0]);
		expect(y(2.5)).toBe(75);
		expect(y(-5)).toBe(100);
	});
	it('logTicks lists decades, with 2 and 5 when the span is short', () => {
		expect(logTicks(1, 1000)).toEqual([1, 10, 100, 1000]);
		expect(logTicks(1, 10)).toEqual([1, 2, 5, 10]);
	});
});
