import type { Component } from 'svelte';
import type { View } from '../../share/codec';
import type { Comparison } from '../../state/comparison.svelte';

export type Tab = Component<{ comparison: Comparison }>;

/**
 * Every view but the first ships as its own chunk, so a first visit downloads only the hardware
 * view. `prefetchTabs` fetches them all once the page is idle — the same requests for every
 * visitor, whatever they click, and the page then works offline.
 */
const LOADERS: Record<Exclude<View, 'hardware'>, () => Promise<{ default: Tab }>> = {
	inference: () => import('./InferenceTab.svelte'),
	training: () => import('./TrainingTab.svelte'),
	energy: () => import('./EnergyTab.svelte'),
	reliability: () => import('./ReliabilityTab.svelte'),
	claims: () => import('./ClaimsTab.svelte')
};

const loaded = new Map<View, Tab>();

/**
 * The view's component: synchronously when its chunk is already here (so switching tabs never
 * flashes a loading state), else a promise of it.
 */
export function tabFor(view: Exclude<View, 'hardware'>): Tab | Promise<Tab> {
	return loaded.get(view) ?? LOADERS[view]().then(({ default: tab }) => (loaded.set(view, tab), tab));
}

export function prefetchTabs(): Promise<unknown> {
	return Promise.all((Object.keys(LOADERS) as (keyof typeof LOADERS)[]).map(tabFor));
}
