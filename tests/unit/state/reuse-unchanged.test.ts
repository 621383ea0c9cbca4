import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from '../../../src/lib/state/reuse-unchanged';
import { Comparison } from '../../../src/lib/state/comparison.svelte';
import { setServingField } from '../../../src/lib/state/scenario-edits';

describe('reuseUnchanged', () => {
	it('returns the previous value when nothing differs', () => {
		const previous = { a: 1, b: [1, { c: 'x' }], d: null };
		expect(reuseUnchanged(previous, { a: 1, b: [1, { c: 'x' }], d: null })).toBe(previous);
	});

	it('keeps unchanged parts and rebuilds the path to what changed', () => {
		const previous = { left: { n: 1 }, right: { n: 2, deep: { m: [3] } } };
		const next = reuseUnchanged(previous, { left: { n: 1 }, right: { n: 2, deep: { m: [4] } } });
		expect(next).toEqual({ left: { n: 1 }, right: { n: 2, deep: { m: [4] } } });
		expect(next.left).toBe(previous.left);
		expect(next.right).not.toBe(previous.right);
	});

	it('sees added, removed and undefined keys and array lengths as changes', () => {
		const previous: Record<string, unknown> = { a: 1 };
		// toStrictEqual: toEqual would pass if `previous` ({ a: 1 }) came back for { a: 1, b: undefined }.
		expect(reuseUnchanged(previous, { a: 1, b: undefined })).toStrictEqual({ a: 1, b: undefined });
		expect(reuseUnchanged(previous, { a: 1, b: undefined })).not.toBe(previous);
		expect(reuseUnchanged(previous, {})).toStrictEqual({});
		const list = [1, 2];
		expect(reuseUnchanged(list, [1, 2, 3])).toStrictEqual([1, 2, 3]);
		expect(reuseUnchanged(list, [1])).toStrictEqual([1]);
	});

	it('modifies neither argument (frozen ones would throw)', () => {
		type Pair = { a: { n: number }; b: number };
		const previous: Pair = Object.freeze({ a: Object.freeze({ n: 1 }), b: 1 });
		const next: Pair = Object.freeze({ a: Object.freeze({ n: 1 }), b: 2 });
		const merged = reuseUnchanged(previous, next);
		expect(merged).toEqual({ a: { n: 1 }, b: 2 });
		expect(merged.a).toBe(previous.a);
		expect(next.a).not.toBe(previous.a);
	});
});

describe('Comparison keeps untouched parts of the scenario', () => {
	it('a workload edit leaves every system the same object', () => {
		const comparison = new Comparison();
		const systems = comparison.scenario.systems;
		setServingField(comparison, 'inputTokens', 4000);
		expect(comparison.scenario.serving.inputTokens).toBe(4000);
		expect(comparison.scenario.systems).toBe(systems);
	});

	it('an edit to one system leaves the others the same object', () => {
		const comparison = new Comparison();
		const [first, second] = comparison.scenario.systems;
		comparison.setField(1, 'chips', 100);
		expect(comparison.scenario.systems[0]).toBe(first);
		expect(comparison.scenario.systems[1]).not.toBe(second);
		expect(comparison.scenario.systems[1]!.chips).toBe(100);
	});
});
