import { beforeEach, describe, expect, it } from 'vitest';
import { SavedScenarios } from '../../../src/lib/state/saved.svelte';

/** A Map-backed localStorage for Node. */
class MemoryStorage {
	#map = new Map<string, string>();
	getItem(key: string) {
		return this.#map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.#map.set(key, value);
	}
	removeItem(key: string) {
		this.#map.delete(key);
	}
}

describe('SavedScenarios', () => {
	beforeEach(() => {
		(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
	});

	it('saves, lists newest first, replaces by name and deletes', () => {
		const saved = new SavedScenarios();
		saved.save('mine', 'v=1&a=hgx-h100', new Date('2026-01-01'));
		saved.save('other', 'v=1&a=hgx-b200', new Date('2026-01-02'));
		saved.save('mine', 'v=1&a=gb200-nvl72', new Date('2026-01-03'));
		const again = new SavedScenarios();
		again.load();
		expect(again.items.map((s) => [s.name, s.query])).toEqual([
			['mine', 'v=1&a=gb200-nvl72'],
			['other', 'v=1&a=hgx-b200']
		]);
		again.remove('other');
		expect(again.items.map((s) => s.name)).toEqual(['mine']);
	});

	it('survives damaged storage and missing storage', () => {
		localStorage.setItem('rackscale.saved.v1', '{not json');
		const saved = new SavedScenarios();
		saved.load();
		expect(saved.items).toEqual([]);
		delete (globalThis as { localStorage?: unknown }).localStorage;
		saved.save('x', 'v=1');
		expect(saved.items.length).toBe(1);
	});
});
