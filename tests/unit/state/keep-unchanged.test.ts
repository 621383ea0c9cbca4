import { describe, expect, it } from 'vitest';
import { keepItems, keepUnchanged, sameValue } from '../../../src/lib/state/keep-unchanged';

describe('keepUnchanged', () => {
	it('returns the last value it returned while the new one is equal, else the new one', () => {
		const keep = keepUnchanged<{ points: number[] }[]>();
		const first = keep([{ points: [1, 2] }, { points: [3] }]);
		expect(keep([{ points: [1, 2] }, { points: [3] }])).toBe(first);
		const moved = keep([{ points: [1, 2] }, { points: [4] }]);
		expect(moved).not.toBe(first);
		expect(moved).toEqual([{ points: [1, 2] }, { points: [4] }]);
		// The comparison is against the latest value returned.
		expect(keep([{ points: [1, 2] }, { points: [4] }])).toBe(moved);
	});
});

describe('keepItems', () => {
	it('keeps each item its test finds equal, and the whole list when all are', () => {
		const sameName = (x: { name: string; n: number }, y: { name: string; n: number }) =>
			x.name === y.name;
		const keep = keepItems(sameName);
		const first = keep([
			{ name: 'a', n: 1 },
			{ name: 'b', n: 2 }
		]);
		// Equal by the test (n is not looked at): the very same list.
		expect(
			keep([
				{ name: 'a', n: 9 },
				{ name: 'b', n: 9 }
			])
		).toBe(first);
		const renamed = keep([
			{ name: 'a', n: 1 },
			{ name: 'c', n: 3 }
		]);
		expect(renamed).not.toBe(first);
		expect(renamed[0]).toBe(first[0]);
		expect(renamed[1]).toEqual({ name: 'c', n: 3 });
		// A longer list is a new list even when its first items are kept.
		const longer = keep([...renamed, { name: 'd', n: 4 }]);
		expect(longer).toHaveLength(3);
		expect(longer).not.toBe(renamed);
	});
});

describe('sameValue', () => {
	it('compares plain objects and arrays by value, keys and lengths included, the rest by identity', () => {
		expect(sameValue({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
		expect(sameValue({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
		expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
		expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
		expect(sameValue([1], { 0: 1 })).toBe(false);
		expect(sameValue(NaN, NaN)).toBe(true);
		expect(sameValue(new Date(0), new Date(0))).toBe(false);
	});
});
