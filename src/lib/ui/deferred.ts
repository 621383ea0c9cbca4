import type { Component } from 'svelte';
import type { View } from '../share/codec';
import type { Comparison } from '../state/comparison.svelte';
import { loadSystemPresets2026 } from '../catalog/preset-loader';
import {
	formulaInspector,
	noticeLines,
	ratioChart,
	sourcesTable,
	systemNotes
} from './lazy.svelte';

/*
 * Code the first render does not need ships as separate chunks: every view but the hardware
 * view, the summary above the results (loaded as soon as the page has mounted), the diff against a
 * pasted link, the saved list, the exports, the training worker, and the cited sources and formula
 * inspector the hardware view shows on demand and the lines of a link's notices (lazy.svelte.ts). `prefetchWhenIdle` fetches all
 * of them once the page is idle — the same requests for every visitor, whatever they
 * click next — so a click never waits on the network, reveals nothing to the server, and works
 * offline. (The Chinese messages are the exception: they load when a reader asks for Chinese;
 * see i18n/index.ts.)
 */

type Tab = Component<{ comparison: Comparison }>;
type LazyView = Exclude<View, 'hardware'>;

const TABS: Record<LazyView, () => Promise<{ default: Tab }>> = {
	inference: () => import('./tabs/InferenceTab.svelte'),
	training: () => import('./tabs/TrainingTab.svelte'),
	energy: () => import('./tabs/EnergyTab.svelte'),
	reliability: () => import('./tabs/ReliabilityTab.svelte'),
	claims: () => import('./tabs/ClaimsTab.svelte')
};

/** A promise resolved in a task of its own: the browser may render and handle input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A promise resolved in the first task after the next frame has been rendered, or after 100 ms in
 * a tab not shown (which renders no frames).
 */
export const afterNextPaint = (): Promise<void> =>
	new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		setTimeout(resolve, 100);
	});

export const loadDiffPanel = () => import('./share/DiffPanel.svelte');
/** The saved list (folded, in the footer) with its state: fetched with the rest when idle. */
export const loadSavedPanel = () => import('./layout/SavedPanel.svelte');
/**
 * The hardware view's parts its first render does without, in one chunk: the topology schematics
 * (issue 13), drawn below the table, and the precision hint beside its basis (PrecisionHint.svelte).
 */
export const loadHardwareExtras = () =>
	// A task later: the hardware view asks while the page hydrates, the longest task of the load.
	nextTask().then(() => import('./compare/hardware-extras'));
export const loadSummary = () => import('./summary/SummaryPanel.svelte');
export const loadChartExport = () => import('./charts/export-chart');
export const loadCsvExport = () => import('./layout/view-export');
/** Only for a link made with another model version: what changed since (with its note). */
export const loadModelChange = () =>
	Promise.all([import('../share/model-change'), import('./share/ModelChangeNote.svelte')]);
const loadEstimates = () => import('../state/estimates.svelte');
const loadAnalysis = () => import('../state/analysis.svelte');
/** Comparison.report() imports the same module; listed here so it is prefetched too. */
const loadReport = () => import('../share/report');

const loadedTabs = new Map<LazyView, Tab>();

/**
 * The view's component: synchronously when its chunk is already here (so switching tabs never
 * flashes a loading state), else a promise of it.
 */
export function tabFor(view: LazyView): Tab | Promise<Tab> {
	return (
		loadedTabs.get(view) ??
		TABS[view]().then(({ default: tab }) => (loadedTabs.set(view, tab), tab))
	);
}

/**
 * Once the page is idle (or after 2 s at most), fetch every deferred chunk and start the training
 * worker (its script is the last deferred download); resolves when all are here.
 */
export function prefetchWhenIdle(comparison: Comparison): Promise<unknown> {
	return new Promise((resolve) => {
		const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
		idle(() => resolve(prefetchAll(comparison)), { timeout: 2000 });
	});
}

/**
 * One import per task: each starts its chunk's requests (and the preload links of what it
 * imports), ~5 ms apiece; all twenty in one idle callback were one 100-150 ms task.
 */
async function prefetchAll(comparison: Comparison): Promise<unknown> {
	const started: Promise<unknown>[] = [];
	const loads: (() => Promise<unknown>)[] = [
		...(Object.keys(TABS) as LazyView[]).map((view) => async () => tabFor(view)),
		loadDiffPanel,
		loadSavedPanel,
		() => sourcesTable.load(),
		() => systemNotes.load(),
		() => formulaInspector.load(),
		() => noticeLines.load(),
		() => ratioChart.load(),
		loadSummary,
		loadChartExport,
		loadCsvExport,
		loadReport,
		loadSystemPresets2026,
		// A worker that cannot start does not hold the rest back: the views that need it say so.
		() => loadEstimates().then(({ estimatesOf }) => estimatesOf(comparison).warm()),
		// The frontier's worker too, so the inference view draws its frontier offline.
		() =>
			loadAnalysis().then(({ analysisOf }) =>
				analysisOf(comparison)
					.warm()
					.catch(() => undefined)
			)
	];
	for (const load of loads) {
		const loading = load();
		// Handled now (Promise.all below sees the failure): no unhandled rejection meanwhile.
		loading.catch(() => undefined);
		started.push(loading);
		await nextTask();
	}
	return Promise.all(started);
}
