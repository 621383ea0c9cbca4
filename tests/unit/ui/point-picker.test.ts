import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	keyFromOffGrid,
	keyMove,
	nearestOnLogScale,
	nearestPoint
} from '../../../src/lib/ui/charts/point-picker';

describe('picking a chart point by pointer', () => {
	const series = [{ points: [[0, 0] as const, [10, 0] as const] }, { points: [[10, 10] as const] }];
	const at = (p: readonly [number, number]) => p;

	it('takes the nearest drawn point within reach, across series', () => {
		expect(nearestPoint(series, at, 9, 8)).toEqual({ series: 1, index: 0 });
		expect(nearestPoint(series, at, 9, 1)).toEqual({ series: 0, index: 1 });
		// 5 px from the nearest point: out of a 4 px reach, inside a 6 px one.
		expect(nearestPoint(series, at, 5, 0, 4)).toBeNull();
		expect(nearestPoint(series, at, 5, 0, 6)).toEqual({ series: 0, index: 0 });
	});

	it('skips points that are not drawn and series without points', () => {
		const hidden = (p: readonly [number, number]) => (p[0] === 10 && p[1] === 0 ? null : p);
		expect(nearestPoint([{ points: null }, ...series], hidden, 10, 1)).toEqual({
			series: 2,
			index: 0
		});
	});
});

describe('moving a chart selection by keyboard', () => {
	const lengths = [3, 0, 2];

	it('walks along a series and stops at its ends', () => {
		expect(keyMove('ArrowRight', { series: 0, index: 1 }, lengths)).toEqual({
			series: 0,
			index: 2
		});
		expect(keyMove('ArrowRight', { series: 0, index: 2 }, lengths)).toEqual({
			series: 0,
			index: 2
		});
		expect(keyMove('ArrowLeft', { series: 0, index: 0 }, lengths)).toEqual({ series: 0, index: 0 });
		expect(keyMove('End', { series: 0, index: 0 }, lengths)).toEqual({ series: 0, index: 2 });
		expect(keyMove('Home', { series: 2, index: 1 }, lengths)).toEqual({ series: 2, index: 0 });
	});

	it('moves between series with points, wrapping, and keeps the position where it can', () => {
		// Series 1 has no points: down from 0 lands on 2, clamped to its last point (index 1).
		expect(keyMove('ArrowDown', { series: 0, index: 2 }, lengths)).toEqual({ series: 2, index: 1 });
		expect(keyMove('ArrowDown', { series: 2, index: 1 }, lengths)).toEqual({ series: 0, index: 1 });
		expect(keyMove('ArrowUp', { series: 0, index: 0 }, lengths)).toEqual({ series: 2, index: 0 });
	});

	it('starts at the first point of the first series with points, and ignores other keys', () => {
		expect(keyMove('ArrowRight', null, [0, 4])).toEqual({ series: 1, index: 1 });
		expect(keyMove('Enter', null, lengths)).toBeNull();
		expect(keyMove('ArrowRight', null, [0, 0])).toBeNull();
	});

	it('always lands on a point that exists', () => {
		const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
		fc.assert(
			fc.property(
				fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }),
				fc.constantFrom(...keys),
				fc.nat(6),
				fc.nat(6),
				(sizes, key, series, index) => {
					const next = keyMove(key, { series: series % sizes.length, index }, sizes);
					if (sizes.every((n) => n === 0)) return next === null;
					return next !== null && next.index >= 0 && next.index < sizes[next.series]!;
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('moving by keyboard from a ring between a series’ points', () => {
	// The ring at 60 lies between the points at 58.4 and 62; the nearest on screen may be either.
	const xs = [10, 30, 58.4, 62, 80];

	it('goes right to the next faster point and left to the next slower one', () => {
		expect(keyFromOffGrid('ArrowRight', 1, xs, 60)).toEqual({ series: 1, index: 3 });
		expect(keyFromOffGrid('ArrowLeft', 1, xs, 60)).toEqual({ series: 1, index: 2 });
	});

	it('steps past a point the ring sits on, and has nowhere to go beyond the ends', () => {
		expect(keyFromOffGrid('ArrowRight', 0, xs, 62)).toEqual({ series: 0, index: 4 });
		expect(keyFromOffGrid('ArrowLeft', 0, xs, 62)).toEqual({ series: 0, index: 2 });
		expect(keyFromOffGrid('ArrowRight', 0, xs, 90)).toBeNull();
		expect(keyFromOffGrid('ArrowLeft', 0, xs, 5)).toBeNull();
		expect(keyFromOffGrid('Home', 0, xs, 60)).toBeNull();
	});

	it('nearestOnLogScale finds the nearest value by ratio, not difference', () => {
		// 200 ÷ 144 = 1.39 against 288 ÷ 200 = 1.44: 144 is nearer on a log axis.
		expect(nearestOnLogScale([72, 144, 288], 200)).toBe(1);
		// 1,152 on B's curve from 384: 1,536 (×1.33) beats 768 (×1.5).
		expect(nearestOnLogScale([384, 768, 1536], 1152)).toBe(2);
		expect(nearestOnLogScale([], 5)).toBe(-1);
	});
});
