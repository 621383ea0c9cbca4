import { describe, expect, it } from 'vitest';
import { besideLine, textExtent } from '../../../src/lib/ui/charts/measure';

describe('the extent of texts on a line, from their boxes', () => {
	it('takes the greatest ascent and descent, each text from its own baseline', () => {
		// 11 px DejaVu Sans: 10.2 px above the baseline and 2.6 below; the second text sits 20 px lower.
		expect(
			textExtent([
				{ box: { y: -10.2, height: 12.8 }, baseline: 0 },
				{ box: { y: 9, height: 14 }, baseline: 20 }
			])
		).toEqual({ ascent: 11, descent: 3 });
	});

	it('is unknown for no texts, or texts not laid out (an empty box in a hidden chart)', () => {
		expect(textExtent([])).toBeNull();
		// An empty box at 0 gave its baseline, 233 px, for an ascent: the x tick labels moved down by
		// that much on every measurement, off the chart.
		expect(textExtent([{ box: { y: 0, height: 0 }, baseline: 233 }])).toBeNull();
		expect(
			textExtent([
				{ box: { y: 0, height: 0 }, baseline: 233 },
				{ box: { y: 220, height: 16 }, baseline: 233 }
			])
		).toEqual({ ascent: 13, descent: 3 });
	});
});

describe('a label beside a vertical line', () => {
	it('goes right of the line where it fits before the edge', () => {
		expect(besideLine(100, 4, 30, 200)).toEqual({ x: 104, anchor: 'start' });
		expect(besideLine(166, 4, 30, 200)).toEqual({ x: 170, anchor: 'start' });
	});

	it('ends left of the line where it would run past the edge', () => {
		// "D n/a" beside the 1× line: drawn there unmeasured, it could run out of the chart.
		expect(besideLine(167, 4, 30, 200)).toEqual({ x: 163, anchor: 'end' });
	});
});
