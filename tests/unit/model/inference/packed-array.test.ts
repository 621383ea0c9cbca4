import { describe, expect, it } from 'vitest';
import { packedArray } from '../../../../src/lib/model/inference/packed-array';

describe('packedArray', () => {
	it('is items.map(f): each item with its index, in order', () => {
		const seen: [string, number][] = [];
		const out = packedArray(['a', 'b', 'c'], (item, i) => {
			seen.push([item, i]);
			return `${item}${i}`;
		});
		expect(out).toEqual(['a0', 'b1', 'c2']);
		expect(seen).toEqual([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
	});

	it('gives a new empty array for no items, and never a hole', () => {
		const none: number[] = [];
		const out = packedArray(none, (x) => x);
		expect(out).toEqual([]);
		expect(out).not.toBe(none);
		// A hole would read as `undefined` and fail `in`; every index is a value.
		const values = packedArray([0, 1, 2, 3], (x) => x * 0.5);
		expect(Object.keys(values)).toEqual(['0', '1', '2', '3']);
	});
});
