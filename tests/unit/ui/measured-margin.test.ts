import { describe, expect, it } from 'vitest';
import { measuredMargin } from '../../../src/lib/ui/charts/measure';

const base = { top: 12, right: 28, bottom: 40, left: 66 };

describe('a chart’s margins from its measured axis text', () => {
	it('keeps the base where the text fits it, the y labels’ width on the left', () => {
		expect(measuredMargin(base, { yAxisWidth: 58, xTickOverhang: 20, yTickRise: 6 })).toEqual({
			top: 12,
			right: 28,
			bottom: 40,
			left: 58
		});
	});

	it('widens right and top, to whole pixels, for text past the base (helper-129)', () => {
		// "100,000" in 18 px type overhung the plot's right edge by 31.2 px, past a 28 px margin.
		expect(measuredMargin(base, { yAxisWidth: 66, xTickOverhang: 31.2, yTickRise: 12.4 })).toEqual({
			top: 13,
			right: 32,
			bottom: 40,
			left: 66
		});
	});

	it('widens the bottom for the x axis measured below the plot', () => {
		// 18 px type: tick labels 21 px down to their baseline, 4.2 below it, 6 px, the title's
		// 16.7 px ascent and 6 px under its baseline.
		expect(
			measuredMargin(base, { yAxisWidth: 66, xTickOverhang: 0, yTickRise: 0, xAxisHeight: 53.9 })
		).toEqual({ top: 12, right: 28, bottom: 54, left: 66 });
		expect(
			measuredMargin(base, { yAxisWidth: 66, xTickOverhang: 0, yTickRise: 0, xAxisHeight: 38.8 })
				.bottom
		).toBe(40);
	});
});
