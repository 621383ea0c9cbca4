/**
 * Whether a layout fits in HBM, apart from its timing (layout.ts): the layout search and a pinned
 * layout use it, and so does the page's model-change note, which must not load the step model.
 */
import type { SystemSpec } from '../system';
import { trainingMemoryPerChip, type MemoryBreakdown } from './memory';
import type { Recompute, ResolvedLayout, TrainingLayout, TrainingSettings } from './types';

/** A layout with its recompute mode settled, its memory per chip, and whether that fits. */
export interface FittedLayout {
	layout: ResolvedLayout;
	memory: MemoryBreakdown;
	fits: boolean;
}

/**
 * The layout with a recompute mode. Fields are written out, not spread: layouts built by spreads
 * took several hidden classes, so every read of a layout field in the step model went through
 * V8's slow, megamorphic path. One shape made the default scale curves 5× faster.
 */
function withRecompute(l: Omit<ResolvedLayout, 'recompute'>, recompute: Recompute): ResolvedLayout {
	return {
		tp: l.tp,
		cp: l.cp,
		pp: l.pp,
		dp: l.dp,
		ep: l.ep,
		microbatches: l.microbatches,
		virtualStages: l.virtualStages,
		fsdp: l.fsdp,
		recompute
	};
}

/** The layout's memory with the recompute given, or else the cheapest that fits. */
export function fitLayout(
	system: SystemSpec,
	settings: TrainingSettings,
	partial: Omit<ResolvedLayout, 'recompute'>,
	recompute: Recompute | undefined
): FittedLayout {
	const microbatchTokens = settings.globalBatchTokens / (partial.dp * partial.microbatches);
	const withMemory = (layout: ResolvedLayout) => {
		const memory = trainingMemoryPerChip(settings.model, layout, microbatchTokens);
		return { layout, memory, fits: memory.totalBytes <= system.hbmBytes };
	};
	if (recompute !== undefined) return withMemory(withRecompute(partial, recompute));
	// Selective recompute when it fits in HBM, else full recompute (slower, far less memory).
	const selective = withMemory(withRecompute(partial, 'selective'));
	return selective.fits ? selective : withMemory(withRecompute(partial, 'full'));
}

/** A pinned layout with its optional fields filled in (recompute: cheapest that fits). */
export function fitPinnedLayout(
	system: SystemSpec,
	settings: TrainingSettings,
	layout: TrainingLayout
): FittedLayout {
	const partial = {
		tp: layout.tp,
		pp: layout.pp,
		ep: layout.ep,
		dp: layout.dp,
		microbatches: layout.microbatches,
		cp: layout.cp ?? 1,
		virtualStages: layout.pp > 1 ? (layout.virtualStages ?? 1) : 1,
		fsdp: layout.fsdp ?? false
	};
	return fitLayout(system, settings, partial, layout.recompute);
}
