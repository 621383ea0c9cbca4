/**
 * Scenarios the reader saved on this device, in localStorage. Only an explicit save writes here:
 * opening someone's link never touches the list, so a shared link cannot overwrite local work.
 */
export interface SavedScenario {
	name: string;
	query: string;
	savedAt: string;
}

const KEY = 'rackscale.saved.v1';
const MAX_SAVED = 50;

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage disabled (private mode, sandboxed frame)
	}
}

function read(): SavedScenario[] {
	try {
		const data: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
		if (!Array.isArray(data)) return [];
		return data
			.filter(
				(x): x is SavedScenario =>
					typeof x?.name === 'string' &&
					typeof x?.query === 'string' &&
					typeof x?.savedAt === 'string'
			)
			.slice(0, MAX_SAVED);
	} catch {
		return [];
	}
}

export class SavedScenarios {
	items = $state.raw<SavedScenario[]>([]);

	/** Read the list; call in the browser (after mount). */
	load() {
		this.items = read();
	}

	save(name: string, query: string, now = new Date()) {
		const entry = {
			name: name.trim().slice(0, 80) || 'Scenario',
			query,
			savedAt: now.toISOString()
		};
		this.items = [entry, ...this.items.filter((s) => s.name !== entry.name)].slice(0, MAX_SAVED);
		this.#write();
	}

	remove(name: string) {
		this.items = this.items.filter((s) => s.name !== name);
		this.#write();
	}

	#write() {
		try {
			storage()?.setItem(KEY, JSON.stringify(this.items));
		} catch {
			// quota or disabled storage: the list still works for this visit
		}
	}
}
