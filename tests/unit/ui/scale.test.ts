import { describe, expect, it } from 'vitest';
import {
	decadeDomain,
	linearScale,
	logScale,
	logTicks,
	ratioTicks,
	spacedTicks
} from '../../../src/lib/ui/charts/scale';

describe('chart scales', () => {
	it('ratioTicks holds 1/8× to 8× while every ratio fits, and widens to take in one beyond', () => {
		const base = [1 / 8, 1 / 4, 1 / 2, 1, 2, 4, 8];
		expect(ratioTicks([0.5, 2, 8, null, 1 / 8])).toEqual(base);
		// Not a ratio a log axis can show: left out.
		expect(ratioTicks([0, -3, Infinity, NaN])).toEqual(base);
		// 128× = 2^7: the step is ⌈7 ÷ 3⌉ = 3 (8×), the top 2^9; the bottom 2^-3 is one step.
		expect(ratioTicks([0.5, 128])).toEqual([1 / 8, 1, 8, 64, 512]);
		// TPU7x pod ÷ HGX H100 chips, 9,216 ÷ 8 = 1,152× (2^10.2): step 2^4, top 2^12 = 4,096.
		expect(ratioTicks([1152])).toEqual([1 / 16, 1, 16, 256, 4096]);
		// Small ratios widen the bottom alike: 1/20 → 2^-5, step 2, bottom 2^-6.
		expect(ratioTicks([1 / 20, 3])).toEqual([1 / 64, 1 / 16, 1 / 4, 1, 4, 16]);
		// Every ratio lies inside its axis, 1× is a tick, the wider side 2 or 3 ticks past it.
		for (const ratios of [[9], [0.01, 70], [1e6], [1e-5, 2]]) {
			const ticks = ratioTicks(ratios);
			expect(ticks).toContain(1);
			expect(Math.min(...ratios)).toBeGreaterThanOrEqual(ticks[0]!);
			expect(Math.max(...ratios)).toBeLessThanOrEqual(ticks[ticks.length - 1]!);
			const past = Math.max(ticks.indexOf(1), ticks.length - 1 - ticks.indexOf(1));
			expect([2, 3]).toContain(past);
		}
	});
	it('logScale maps equal ratios to equal distances and clamps', () => {
		const x = logScale([1 / 8, 8], [0, 600]);
		// 1× is the middle of [1/8, 8] on a log axis: log(8)/log(64) = 0.5 → 300
		expect(x(1)).toBeCloseTo(300, 9);
		expect(x(2) - x(1)).toBeCloseTo(x(4) - x(2), 9);
		expect(x(1000)).toBe(600);
		expect(x(0)).toBe(0);
	});
	it('decadeDomain keeps its base while the values fit and widens by whole decades', () => {
		expect(decadeDomain([1, 3000], [5, 60, 2999])).toEqual([1, 3000]);
		// 0.42 tokens/s per user: the axis starts at the decade below it, 0.1.
		expect(decadeDomain([1, 3000], [0.42, 50])).toEqual([0.1, 3000]);
		// 4,200 above 3,000: the decade above, 10,000.
		expect(decadeDomain([1, 3000], [4200])).toEqual([1, 10_000]);
		expect(decadeDomain([1, 100_000], [0, -3, NaN, Infinity, 0.004])).toEqual([0.001, 100_000]);
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
	it('spacedTicks labels every tick where they fit, every k-th from the anchor where not', () => {
		const ticks = [0.125, 0.25, 0.5, 1, 2, 4, 8];
		const widths = ticks.map(() => 30);
		// Centres 60 px apart leave 30 px between 30 px labels.
		expect(spacedTicks(ticks, 1, logScale([1 / 8, 8], [0, 360]), widths, 12)).toEqual(ticks);
		// 40 px apart leave 10 px, under the 12 px gap: every second tick, counted from 1×.
		expect(spacedTicks(ticks, 1, logScale([1 / 8, 8], [0, 240]), widths, 12)).toEqual([0.25, 1, 4]);
		// 20 px apart: every third (ends and 1×) is 60 px apart.
		expect(spacedTicks(ticks, 1, logScale([1 / 8, 8], [0, 120]), widths, 12)).toEqual([
			0.125, 1, 8
		]);
		// Nothing fits beside the anchor: the anchor alone.
		expect(spacedTicks(ticks, 1, logScale([1 / 8, 8], [0, 12]), widths, 12)).toEqual([1]);
	});
	it('spacedTicks weighs each neighbouring pair by its own label widths', () => {
		// 50 px apart: a 60 px and a 20 px label leave 10 px, two 20 px labels 30 px.
		const x = linearScale([0, 3], [0, 150]);
		expect(spacedTicks([0, 1, 2, 3], 0, x, [60, 20, 20, 20], 8)).toEqual([0, 1, 2, 3]);
		expect(spacedTicks([0, 1, 2, 3], 0, x, [60, 20, 20, 20], 12)).toEqual([0, 2]);
	});
});
