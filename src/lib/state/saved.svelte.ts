import { MAX_QUERY_CHARS } from './import-scenario';

/**
 * Scenarios the reader saved on this device, in localStorage. Only an explicit save writes here:
 * opening someone's link never touches the list, so a shared link cannot overwrite local work.
 *
 * Nothing is lost without a word: storage is read defensively (an unreadable entry is left out
 * with a note, two entries with one name are made unique), every write re-reads storage first
 * so two tabs merge instead of overwriting each other, a failed write (quota, private mode)
 * keeps the entry in memory and says so, and replacing a name or evicting the oldest asks first.
 * A deletion asks nothing but can be undone until the next change to the list.
 */
export interface SavedScenario {
	name: string;
	query: string;
	savedAt: string;
}

/** A note about the list, shown in its panel (saved-panel messages, en-saved.ts). */
export type SavedNote =
	| { code: 'dropped'; count: number }
	| { code: 'renamed'; count: number }
	/** Every entry storage has not kept, top first; it shrinks as they get stored or deleted. */
	| { code: 'write-failed'; names: string[] };

/**
 * A save that waits for the reader: the name is taken, or the list is full. A rename onto a taken
 * name asks the same replace question, `renaming` the entry's old name.
 */
export type SavedQuestion =
	| { code: 'replace'; entry: SavedScenario; renaming?: string }
	| { code: 'evict'; entry: SavedScenario; oldest: SavedScenario };

export const SAVED_KEY = 'rackscale.saved.v1';
/** Where an unreadable list is copied before the next write replaces it. */
export const DAMAGED_KEY = 'rackscale.saved.v1.damaged';
/** Past this many, a save asks before deleting the oldest (it never deletes silently). */
export const MAX_SAVED = 100;
export const MAX_NAME_CHARS = 80;

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage disabled (private mode, sandboxed frame)
	}
}

/** Trimmed and cut at a code point boundary (never half a surrogate pair). */
export function cleanSavedName(name: string): string {
	return Array.from(name.trim()).slice(0, MAX_NAME_CHARS).join('').trim();
}

interface ReadResult {
	entries: SavedScenario[];
	dropped: number;
	renamed: number;
	/** The stored text could not be parsed as a list at all. */
	damaged: boolean;
}

function readEntry(value: unknown): SavedScenario | null {
	if (typeof value !== 'object' || value === null) return null;
	const { name, query, savedAt } = value as Record<string, unknown>;
	if (typeof name !== 'string' || typeof query !== 'string') return null;
	const clean = cleanSavedName(name);
	if (!clean || query.length > MAX_QUERY_CHARS) return null;
	return { name: clean, query, savedAt: typeof savedAt === 'string' ? savedAt.slice(0, 40) : '' };
}

/** `name (2)`, `name (3)`, … : the first that no entry uses. */
function uniqueName(name: string, taken: Set<string>): string {
	for (let n = 2; ; n++) {
		const candidate = `${name} (${n})`;
		if (!taken.has(candidate)) return candidate;
	}
}

/**
 * Parse the stored list. Never throws: entries that are not scenarios are dropped (counted), an
 * exact repeat is merged, and a different scenario under a taken name gets a new name, so every
 * name in the result is unique (the panel keys on it) and no readable work is lost.
 */
export function parseSaved(text: string | null): ReadResult {
	const result: ReadResult = { entries: [], dropped: 0, renamed: 0, damaged: false };
	if (text === null) return result;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ...result, dropped: 1, damaged: true };
	}
	if (!Array.isArray(data)) return { ...result, dropped: 1, damaged: true };
	const byName = new Map<string, SavedScenario>();
	for (const value of data) {
		const entry = readEntry(value);
		if (!entry) {
			result.dropped++;
			continue;
		}
		const same = byName.get(entry.name);
		if (same?.query === entry.query) continue; // the same save twice: nothing to keep
		if (same) {
			entry.name = uniqueName(entry.name, new Set(byName.keys()));
			result.renamed++;
		}
		byName.set(entry.name, entry);
		result.entries.push(entry);
	}
	return result;
}

export class SavedScenarios {
	items = $state.raw<SavedScenario[]>([]);
	/** Names kept only in memory: storage refused them. */
	unstored = $state.raw<ReadonlySet<string>>(new Set());
	notes = $state.raw<SavedNote[]>([]);
	question = $state.raw<SavedQuestion | null>(null);
	/**
	 * The entry deleted last, as it was stored, and its position: `undo()` puts it back there.
	 * Kept until the next save, rename or deletion (or for the rest of the visit).
	 */
	deleted = $state.raw<{ entry: SavedScenario; index: number } | null>(null);

	/** Entries storage refused, merged into every later read and retried with every write. */
	#memoryOnly: SavedScenario[] = [];
	/**
	 * Names removed or renamed away while storage refused the write: storage still holds them, so
	 * every read leaves them out until a write succeeds (a rename read back as both names).
	 */
	#goneUnstored = new Set<string>();

	/** Read the list; call in the browser (after mount). */
	load() {
		this.#read(true);
	}

	/** Follow other tabs' writes; returns the function that stops following. */
	follow(target: Window): () => void {
		const onStorage = (event: StorageEvent) => {
			if (event.key === SAVED_KEY || event.key === null) this.#read(false);
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	/**
	 * Save under `name`. When the name is taken or the list is full, nothing changes yet: the
	 * question is set, and `confirm()` carries the save out.
	 */
	save(name: string, query: string, now = new Date()) {
		this.deleted = null;
		const entry = {
			name: cleanSavedName(name) || 'Scenario',
			query,
			savedAt: now.toISOString()
		};
		this.#save(entry, false);
	}

	/** Answer yes to the open question. */
	confirm() {
		this.deleted = null;
		const question = this.question;
		if (question?.code === 'replace' && question.renaming !== undefined)
			this.#rename(question.renaming, question.entry.name, true);
		else if (question) this.#save(question.entry, true);
	}

	/**
	 * Give the entry named `from` the name `to`, in its place in the list and with its date. When
	 * another entry has that name, nothing changes yet: the replace question is set.
	 */
	rename(from: string, to: string) {
		this.deleted = null;
		this.#rename(from, cleanSavedName(to), false);
	}

	cancel() {
		this.question = null;
	}

	remove(name: string) {
		const fresh = this.#fresh();
		const index = fresh.findIndex((s) => s.name === name);
		this.deleted = index < 0 ? null : { entry: fresh[index]!, index };
		this.#memoryOnly = this.#memoryOnly.filter((s) => s.name !== name);
		const list = fresh.filter((s) => s.name !== name);
		this.#goneUnstored.add(name);
		this.#write(list);
	}

	/**
	 * Put the entry deleted last back where it was, with its name, link and date. If another tab
	 * has since saved that name, the restored entry gets a number ("name (2)"): neither is lost.
	 * Returns the name it is listed under (undefined when there was nothing to undo).
	 */
	undo(): string | undefined {
		const deleted = this.deleted;
		this.deleted = null;
		if (!deleted) return undefined;
		const list = this.#fresh();
		const same = list.find((s) => s.name === deleted.entry.name);
		if (same?.query === deleted.entry.query) return same.name; // another tab put it back
		const entry = same
			? { ...deleted.entry, name: uniqueName(deleted.entry.name, new Set(list.map((s) => s.name))) }
			: deleted.entry;
		this.#goneUnstored.delete(entry.name);
		list.splice(Math.min(deleted.index, list.length), 0, entry);
		this.#write(list);
		return entry.name;
	}

	dismissNotes() {
		this.notes = [];
	}

	#rename(from: string, to: string, confirmed: boolean) {
		this.question = null;
		const list = this.#fresh();
		const entry = list.find((s) => s.name === from);
		if (!entry || !to || to === from) return;
		if (!confirmed && list.some((s) => s.name === to)) {
			this.question = { code: 'replace', entry: { ...entry, name: to }, renaming: from };
			return;
		}
		const renamed = (s: SavedScenario) => (s.name === from ? { ...s, name: to } : s);
		this.#memoryOnly = this.#memoryOnly.filter((s) => s.name !== to).map(renamed);
		this.#goneUnstored.add(from);
		this.#write(list.filter((s) => s.name !== to).map(renamed));
	}

	#save(entry: SavedScenario, confirmed: boolean) {
		this.question = null;
		const list = this.#fresh();
		const taken = list.some((s) => s.name === entry.name);
		const oldest = list.at(-1);
		if (!confirmed && taken) {
			this.question = { code: 'replace', entry };
			return;
		}
		if (!confirmed && !taken && oldest && list.length >= MAX_SAVED) {
			this.question = { code: 'evict', entry, oldest };
			return;
		}
		const kept = list.filter((s) => s.name !== entry.name);
		if (!taken && list.length >= MAX_SAVED) kept.pop(); // confirmed: the oldest goes
		const evicted = new Set(list.filter((s) => !kept.includes(s)).map((s) => s.name));
		this.#memoryOnly = this.#memoryOnly.filter((s) => !evicted.has(s.name));
		for (const name of evicted) if (name !== entry.name) this.#goneUnstored.add(name);
		this.#write([entry, ...kept]);
	}

	/**
	 * The stored list as it is now (another tab may have written), with memory-only entries each
	 * in its place: after the nearest entry above it in the list shown that is still there. They
	 * all went to the top, so a deletion undone while storage refused came back first (and was
	 * stored there once storage took writes again).
	 */
	#fresh(): SavedScenario[] {
		const mine = new Set(this.#memoryOnly.map((s) => s.name));
		const list = this.#parse(false).entries.filter(
			(s) => !mine.has(s.name) && !this.#goneUnstored.has(s.name)
		);
		const shown = this.items.map((s) => s.name);
		for (const entry of this.#memoryOnly) {
			let index = 0;
			for (let above = shown.indexOf(entry.name) - 1; above >= 0 && index === 0; above--)
				index = list.findIndex((s) => s.name === shown[above]) + 1;
			list.splice(index, 0, entry);
		}
		return list;
	}

	#parse(noteProblems: boolean): ReadResult {
		let text: string | null = null;
		try {
			text = storage()?.getItem(SAVED_KEY) ?? null;
		} catch {
			// unreadable storage reads as empty; a write will then say it failed
		}
		const result = parseSaved(text);
		if (result.damaged && text !== null) this.#keepDamaged(text);
		if (noteProblems) {
			const notes: SavedNote[] = [];
			if (result.dropped) notes.push({ code: 'dropped', count: result.dropped });
			if (result.renamed) notes.push({ code: 'renamed', count: result.renamed });
			if (notes.length) this.notes = [...this.notes, ...notes];
		}
		return result;
	}

	/** Copy an unreadable list aside once, so the next write does not destroy what is left of it. */
	#keepDamaged(text: string) {
		try {
			const store = storage();
			if (store && store.getItem(DAMAGED_KEY) === null) store.setItem(DAMAGED_KEY, text);
		} catch {
			// nowhere to keep it; the note has said the list could not be read
		}
	}

	#read(noteProblems: boolean) {
		// An entry another tab has since stored as it is here is kept: no longer memory-only.
		const stored = new Set(this.#parse(noteProblems).entries.map((s) => JSON.stringify(s)));
		this.#memoryOnly = this.#memoryOnly.filter((s) => !stored.has(JSON.stringify(s)));
		this.#show(this.#fresh());
	}

	/** Show `list`; a standing write-failed note follows what is still memory-only. */
	#show(list: SavedScenario[]) {
		this.items = list;
		const names = this.#memoryOnly.map((s) => s.name);
		this.unstored = new Set(names);
		if (this.notes.some((n) => n.code === 'write-failed'))
			this.notes = this.notes.flatMap((n): SavedNote[] =>
				n.code !== 'write-failed' ? [n] : names.length ? [{ code: 'write-failed', names }] : []
			);
	}

	/** Write `list`; if storage refuses, keep its new entries in memory and say so. */
	#write(list: SavedScenario[]) {
		try {
			const store = storage();
			if (!store) throw new Error('no storage');
			store.setItem(SAVED_KEY, JSON.stringify(list));
			this.#memoryOnly = [];
			this.#goneUnstored.clear();
		} catch {
			const stored = new Set(this.#parse(false).entries.map((s) => JSON.stringify(s)));
			this.#memoryOnly = list.filter((s) => !stored.has(JSON.stringify(s)));
			// The note names every entry not kept, not only this write's (#show fills it in).
			if (this.#memoryOnly.length && !this.notes.some((n) => n.code === 'write-failed'))
				this.notes = [...this.notes, { code: 'write-failed', names: [] }];
		}
		this.#show(list);
	}
}
