import type { Component } from 'svelte';
import type { Source, SourceId } from '../catalog/sources';
import type { SYSTEM_NOTES } from '../catalog/system-notes';
import type { Estimate } from '../model/estimate-types';
import type { Notice } from '../share/notices';
import type { SystemSpec } from '../model/system';
import type RatioChart from './charts/RatioChart.svelte';

/**
 * Something the first render does not need, fetched on first use (a popover opened, a formula
 * shown) or when the page is idle (deferred.ts), whichever comes first. `current` is reactive, so
 * what shows it renders a loading line until the chunk arrives, then the content; `failed` when the
 * fetch failed (offline): the browser keeps a failed dynamic import for the page's life, so the
 * reader is told to reload rather than offered a retry.
 */
export class Lazy<T> {
	#value = $state.raw<T | undefined>(undefined);
	#failed = $state(false);
	#loading: Promise<T | undefined> | undefined;
	readonly #fetch: () => Promise<T>;

	constructor(fetch: () => Promise<T>) {
		this.#fetch = fetch;
	}

	get current(): T | undefined {
		return this.#value;
	}

	get failed(): boolean {
		return this.#failed;
	}

	/**
	 * Fetch once (later calls share the first); resolves undefined when the fetch failed. The fetch
	 * starts a task later: what asks during hydration (the sources list, the ratio chart) does not
	 * add the import's work to hydration's task, already the longest of the first load.
	 */
	load(): Promise<T | undefined> {
		this.#loading ??= new Promise((resolve) => setTimeout(resolve, 0)).then(this.#fetch).then(
			(value) => (this.#value = value),
			() => ((this.#failed = true), undefined)
		);
		return this.#loading;
	}
}

/** The cited sources' titles, links and dates (catalog/sources.ts), shown in popovers and the list. */
export const sourcesTable = new Lazy<Readonly<Record<SourceId, Source>>>(() =>
	import('../catalog/sources').then((module) => module.SOURCES)
);

/** The footer's list of the shown presets' sources, with its intro (SourcesBody.svelte). */
export const sourcesList = new Lazy<Component<{ systems: SystemSpec[] }>>(() =>
	import('./compare/SourcesBody.svelte').then((module) => module.default)
);

/** How each preset figure of systems.ts was read (catalog/system-notes.ts), shown in its popover. */
export const systemNotes = new Lazy<typeof SYSTEM_NOTES>(() =>
	import('../catalog/system-notes').then((module) => module.SYSTEM_NOTES)
);

/** One estimate's math, shown when a reader opens a row's ƒ. */
export const formulaInspector = new Lazy<Component<{ estimate: Estimate; label: string }>>(() =>
	import('./controls/FormulaInspector.svelte').then((module) => module.default)
);

/** The lines of a link's notices, with their messages: only a link with something to report. */
export const noticeLines = new Lazy<Component<{ notices: Notice[] }>>(() =>
	import('./layout/NoticeLines.svelte').then((module) => module.default)
);

/** The hardware view's ratio chart (below its table), with the chart scaffolding other views share. */
export const ratioChart = new Lazy<typeof RatioChart>(() =>
	import('./charts/RatioChart.svelte').then((module) => module.default)
);
