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
});
