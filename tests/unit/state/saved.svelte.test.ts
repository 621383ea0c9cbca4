import { beforeEach, describe, expect, it } from 'vitest';
import {
	DAMAGED_KEY,
	MAX_SAVED,
	SAVED_KEY,
	SavedScenarios,
	parseSaved
} from '../../../src/lib/state/saved.svelte';

/** A Map-backed localStorage for Node; `full` makes every write throw as a full quota does. */
class MemoryStorage {
	#map = new Map<string, string>();
	full = false;
	getItem(key: string) {
		return this.#map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('quota', 'QuotaExceededError');
		this.#map.set(key, value);
	}
	removeItem(key: string) {
		this.#map.delete(key);
	}
}

let store: MemoryStorage;
const stored = () => JSON.parse(store.getItem(SAVED_KEY) ?? '[]') as { name: string }[];
const entry = (name: string, query = `v=1&a.name=${name}`) => ({
	name,
	query,
	savedAt: '2026-01-01T00:00:00.000Z'
});

describe('SavedScenarios', () => {
	beforeEach(() => {
		store = new MemoryStorage();
		(globalThis as { localStorage?: unknown }).localStorage = store;
	});

	it('saves, lists newest first, replaces a name only when confirmed, and deletes', () => {
		const saved = new SavedScenarios();
		saved.save('mine', 'v=1&a=hgx-h100', new Date('2026-01-01'));
		saved.save('other', 'v=1&a=hgx-b200', new Date('2026-01-02'));
		saved.save('mine', 'v=1&a=gb200-nvl72', new Date('2026-01-03'));
		// The name is taken: nothing changes until the reader says yes.
		expect(saved.question?.code).toBe('replace');
		expect(stored().map((s) => s.name)).toEqual(['other', 'mine']);
		saved.confirm();
		expect(saved.question).toBeNull();
		const again = new SavedScenarios();
		again.load();
		expect(again.items.map((s) => [s.name, s.query])).toEqual([
			['mine', 'v=1&a=gb200-nvl72'],
			['other', 'v=1&a=hgx-b200']
		]);
		again.remove('other');
		expect(again.items.map((s) => s.name)).toEqual(['mine']);
	});

	it('renames in place, keeping the date and link, and asks before taking another entry’s name', () => {
		const saved = new SavedScenarios();
		saved.load();
		saved.save('first', 'v=1&a=hgx-b200', new Date('2026-01-01T00:00:00Z'));
		saved.save('second', 'v=1&a=gb200-nvl72', new Date('2026-01-02T00:00:00Z'));
		saved.rename('first', '  NVL72 vs B200  ');
		expect(stored()).toEqual([
			{ name: 'second', query: 'v=1&a=gb200-nvl72', savedAt: '2026-01-02T00:00:00.000Z' },
			{ name: 'NVL72 vs B200', query: 'v=1&a=hgx-b200', savedAt: '2026-01-01T00:00:00.000Z' }
		]);
		// Onto a taken name: asks, changes nothing; confirmed, the other entry is replaced.
		saved.rename('NVL72 vs B200', 'second');
		expect(saved.question).toMatchObject({
			code: 'replace',
			entry: { name: 'second', query: 'v=1&a=hgx-b200' },
			renaming: 'NVL72 vs B200'
		});
		expect(stored().map((s) => s.name)).toEqual(['second', 'NVL72 vs B200']);
		saved.confirm();
		expect(saved.question).toBeNull();
		expect(stored()).toEqual([
			{ name: 'second', query: 'v=1&a=hgx-b200', savedAt: '2026-01-01T00:00:00.000Z' }
		]);
		expect(saved.items.map((s) => s.name)).toEqual(['second']);
		// An empty name, the same name or a missing entry changes nothing.
		saved.rename('second', '   ');
		saved.rename('second', 'second');
		saved.rename('gone', 'x');
		expect(stored().map((s) => s.name)).toEqual(['second']);
		expect(saved.question).toBeNull();
	});

	it('cancelling a replace keeps the saved scenario as it was', () => {
		const saved = new SavedScenarios();
		saved.save('mine', 'v=1&a=hgx-h100');
		saved.save('mine', 'v=1&a=hgx-b200');
		saved.cancel();
		expect(saved.question).toBeNull();
		expect(saved.items.map((s) => s.query)).toEqual(['v=1&a=hgx-h100']);
	});

	it('keeps damaged storage aside, drops unreadable entries with a note, and works without storage', () => {
		store.setItem(SAVED_KEY, '{not json');
		const saved = new SavedScenarios();
		saved.load();
		expect(saved.items).toEqual([]);
		expect(saved.notes).toEqual([{ code: 'dropped', count: 1 }]);
		expect(store.getItem(DAMAGED_KEY)).toBe('{not json');
		delete (globalThis as { localStorage?: unknown }).localStorage;
		saved.save('x', 'v=1');
		expect(saved.items.length).toBe(1);
		expect(saved.unstored.has('x')).toBe(true);
	});

	it('reads a list with bad entries and duplicate names without losing a readable scenario', () => {
		store.setItem(
			SAVED_KEY,
			JSON.stringify([
				entry('dup', 'v=1&a=hgx-h100'),
				entry('dup', 'v=1&a=hgx-b200'),
				entry('dup', 'v=1&a=hgx-h100'), // the same save twice: merged
				null,
				{ name: 3, query: 'v=1' },
				{ name: '   ', query: 'v=1' },
				{ name: 'huge', query: 'x'.repeat(30_000) },
				{ name: 'no date', query: 'v=1&a=hgx-h100' }
			])
		);
		const saved = new SavedScenarios();
		saved.load();
		expect(saved.items.map((s) => s.name)).toEqual(['dup', 'dup (2)', 'no date']);
		expect(new Set(saved.items.map((s) => s.name)).size).toBe(saved.items.length);
		expect(saved.notes).toEqual([
			{ code: 'dropped', count: 4 },
			{ code: 'renamed', count: 1 }
		]);
	});

	it('parses anything without throwing and always returns unique names', () => {
		for (const text of [
			'',
			'null',
			'{}',
			'"x"',
			'[[]]',
			'[{"name":"a","query":"q"},{"name":"a (2)","query":"r"},{"name":"a","query":"s"}]'
		]) {
			const { entries } = parseSaved(text);
			expect(new Set(entries.map((s) => s.name)).size).toBe(entries.length);
		}
	});

	it('re-reads before every write, so two tabs merge instead of overwriting', () => {
		const tabA = new SavedScenarios();
		const tabB = new SavedScenarios();
		tabA.load();
		tabB.load();
		tabA.save('from A', 'v=1&a=hgx-h100');
		tabB.save('from B', 'v=1&a=hgx-b200');
		expect(stored().map((s) => s.name)).toEqual(['from B', 'from A']);
		tabA.remove('from A');
		expect(stored().map((s) => s.name)).toEqual(['from B']);
	});

	it('follows storage events from other tabs', () => {
		const listeners: ((event: { key: string | null }) => void)[] = [];
		const window = {
			addEventListener: (_: string, f: (event: { key: string | null }) => void) =>
				listeners.push(f),
			removeEventListener: () => undefined
		} as unknown as Window;
		const saved = new SavedScenarios();
		saved.load();
		saved.follow(window);
		store.setItem(SAVED_KEY, JSON.stringify([entry('elsewhere')]));
		listeners.forEach((f) => f({ key: SAVED_KEY }));
		expect(saved.items.map((s) => s.name)).toEqual(['elsewhere']);
	});

	it('keeps a save storage refused in memory, says so, and stores it once there is room', () => {
		const saved = new SavedScenarios();
		saved.save('kept', 'v=1&a=hgx-h100');
		store.full = true;
		saved.save('refused', 'v=1&a=hgx-b200');
		expect(saved.items.map((s) => s.name)).toEqual(['refused', 'kept']);
		expect(saved.unstored).toEqual(new Set(['refused']));
		expect(saved.notes).toEqual([{ code: 'write-failed', names: ['refused'] }]);
		expect(stored().map((s) => s.name)).toEqual(['kept']);
		store.full = false;
		saved.remove('kept');
		expect(stored().map((s) => s.name)).toEqual(['refused']);
		expect(saved.unstored.size).toBe(0);
		expect(saved.notes).toEqual([]);
	});

	it('names every entry storage has not kept, not only the latest, and drops each as it is kept (issue 15)', () => {
		const saved = new SavedScenarios();
		saved.save('kept', 'v=1&a=hgx-h100');
		store.full = true;
		saved.save('one', 'v=1&a=hgx-b200');
		saved.save('two', 'v=1&a=gb200-nvl72');
		saved.save('three', 'v=1&a=gb300-nvl72');
		expect(saved.notes).toEqual([{ code: 'write-failed', names: ['three', 'two', 'one'] }]);
		// Deleting one (still refused) takes it out of the note; the others stay named.
		saved.remove('two');
		expect(saved.notes).toEqual([{ code: 'write-failed', names: ['three', 'one'] }]);
		// Another tab stores one of them as it is here: kept, so no longer named.
		const here = saved.items.find((s) => s.name === 'one')!;
		store.full = false;
		store.setItem(SAVED_KEY, JSON.stringify([here, ...stored()]));
		store.full = true;
		saved.load();
		expect(saved.notes).toEqual([{ code: 'write-failed', names: ['three'] }]);
		expect(saved.unstored).toEqual(new Set(['three']));
		// Once storage takes a write, every entry is kept and the note goes.
		store.full = false;
		saved.rename('kept', 'kept too');
		expect(saved.notes).toEqual([]);
		expect(stored().map((s) => s.name)).toEqual(['three', 'one', 'kept too']);
	});

	it('an undone deletion goes back to its place while storage refuses, and is stored there (issue 15)', () => {
		store.setItem(SAVED_KEY, JSON.stringify([entry('a'), entry('b'), entry('c')]));
		const saved = new SavedScenarios();
		saved.load();
		saved.remove('b');
		store.full = true;
		expect(saved.undo()).toBe('b');
		expect(saved.items.map((s) => s.name)).toEqual(['a', 'b', 'c']);
		expect(saved.unstored).toEqual(new Set(['b']));
		// A later read (another tab's write, any action) keeps it there, not at the top.
		saved.load();
		expect(saved.items.map((s) => s.name)).toEqual(['a', 'b', 'c']);
		// So does the next write, refused or stored.
		saved.rename('c', 'c2');
		expect(saved.items.map((s) => s.name)).toEqual(['a', 'b', 'c2']);
		store.full = false;
		saved.rename('a', 'a2');
		expect(stored().map((s) => s.name)).toEqual(['a2', 'b', 'c2']);
	});

	it('renames and deletes while storage refuses writes without the old entry coming back (helper-87)', () => {
		const saved = new SavedScenarios();
		saved.save('a', 'v=1&a=hgx-h100');
		saved.save('b', 'v=1&a=hgx-b200');
		store.full = true;
		saved.rename('a', 'renamed');
		saved.remove('b');
		// Storage still holds a and b; a read (another tab's write event) must not show them again.
		saved.load();
		expect(saved.items.map((s) => s.name)).toEqual(['renamed']);
		expect(stored().map((s) => s.name)).toEqual(['b', 'a']);
		// Once there is room, the next write stores what the list shows.
		store.full = false;
		saved.save('c', 'v=1&a=gb200-nvl72');
		expect(stored().map((s) => s.name)).toEqual(['c', 'renamed']);
		saved.load();
		expect(saved.items.map((s) => s.name)).toEqual(['c', 'renamed']);
	});

	it('asks before evicting the oldest when the list is full, and never drops one silently', () => {
		store.setItem(
			SAVED_KEY,
			JSON.stringify(Array.from({ length: MAX_SAVED }, (_, i) => entry(`s${i}`)))
		);
		const saved = new SavedScenarios();
		saved.load();
		saved.save('new', 'v=1&a=hgx-h100');
		expect(saved.question).toMatchObject({ code: 'evict', oldest: { name: `s${MAX_SAVED - 1}` } });
		expect(stored().length).toBe(MAX_SAVED);
		saved.cancel();
		expect(stored().some((s) => s.name === 'new')).toBe(false);
		saved.save('new', 'v=1&a=hgx-h100');
		saved.confirm();
		const names = stored().map((s) => s.name);
		expect(names.length).toBe(MAX_SAVED);
		expect(names[0]).toBe('new');
		expect(names).not.toContain(`s${MAX_SAVED - 1}`);
	});

	it('undoes a deletion in place, with the same stored data, until the next change (review item 1)', () => {
		store.setItem(SAVED_KEY, JSON.stringify([entry('a'), entry('b'), entry('c')]));
		const saved = new SavedScenarios();
		saved.load();
		const before = store.getItem(SAVED_KEY);
		saved.remove('b');
		expect(saved.deleted).toEqual({ entry: entry('b'), index: 1 });
		expect(stored().map((s) => s.name)).toEqual(['a', 'c']);
		expect(saved.undo()).toBe('b');
		expect(store.getItem(SAVED_KEY)).toBe(before);
		expect(saved.items.map((s) => s.name)).toEqual(['a', 'b', 'c']);
		expect(saved.deleted).toBeNull();
		// The next action on the list ends the undo.
		saved.remove('a');
		saved.save('d', 'v=1&a=hgx-b200');
		expect(saved.deleted).toBeNull();
		expect(saved.undo()).toBeUndefined();
		expect(stored().map((s) => s.name)).toEqual(['d', 'b', 'c']);
	});

	it('an undo never overwrites a name another tab saved meanwhile', () => {
		const saved = new SavedScenarios();
		saved.save('x', 'v=1&a=hgx-h100');
		saved.remove('x');
		store.setItem(SAVED_KEY, JSON.stringify([entry('x', 'v=1&a=hgx-b200')]));
		expect(saved.undo()).toBe('x (2)');
		const list = JSON.parse(store.getItem(SAVED_KEY)!) as { name: string; query: string }[];
		expect(list.map((s) => [s.name, s.query])).toEqual([
			['x (2)', 'v=1&a=hgx-h100'],
			['x', 'v=1&a=hgx-b200']
		]);
	});
});
