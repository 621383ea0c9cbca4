import type { SystemSpec } from '../system';
import type { TrainingEfficiencies } from './efficiencies';
import { trainingMemoryPerChip, type MemoryBreakdown } from './memory';
import { stepContext, stepTerms, type StepTerms } from './step';
import type { Recompute, ResolvedLayout, TrainingLayout, TrainingSettings } from './types';

/** One evaluated layout. */
export interface LayoutChoice {
	layout: ResolvedLayout;
	terms: StepTerms;
	memory: MemoryBreakdown;
	fits: boolean;
}

/** Degrees the search tries: powers of two (what frameworks and head counts divide by). */
export const SEARCH_CONTEXT_PARALLEL = [1, 2, 4, 8] as const;
/**
 * The search splits a sequence over CP ranks only down to 4,096 tokens each: the smallest chunk in
 * calibration.md case 17's recipes (CP2 at 8,192). Shorter chunks make attention kernels
 * inefficient, which the model does not capture, so the search would otherwise over-use CP.
 */
export const MIN_CONTEXT_PARALLEL_CHUNK_TOKENS = 4096;
export const SEARCH_VIRTUAL_STAGES = [1, 2, 4] as const;

function powersOfTwoUpTo(max: number): number[] {
	const out: number[] = [];
	for (let n = 1; n <= max; n *= 2) out.push(n);
	return out;
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
function fitLayout(
	system: SystemSpec,
	settings: TrainingSettings,
	partial: Omit<ResolvedLayout, 'recompute'>,
	recompute: Recompute | undefined
): { layout: ResolvedLayout; memory: MemoryBreakdown; fits: boolean } {
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
export function evaluateLayout(
	system: SystemSpec,
	settings: TrainingSettings,
	layout: TrainingLayout,
	peakFlopsPerS: number,
	eff: TrainingEfficiencies
): LayoutChoice {
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
	const fitted = fitLayout(system, settings, partial, layout.recompute);
	return { ...fitted, terms: stepTerms(system, settings, fitted.layout, peakFlopsPerS, eff) };
}

/** The largest dp ≤ maxDp with (width · dp) divisible by ep; 0 when there is none. */
function largestDpDividing(maxDp: number, width: number, ep: number): number {
	const step = ep / gcd(width, ep);
	return Math.floor(maxDp / step) * step;
}

function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

/**
 * Fastest layout that fits in HBM on at most `chips` chips. Searches TP (powers of two inside
 * the scale-up domain, ≤ query heads), CP (≤ 8, chunks ≥ 4,096 tokens), PP (powers of two
 * ≤ layers), EP (dividing the experts), interleaving v ≤ 4 and FSDP (only without PP), about one
 * sequence per microbatch. Data parallel takes the rest: the largest dp ≤ min(⌊chips ÷ (tp·cp·pp)⌋,
 * sequences) whose tp·cp·dp the EP degree divides, so a chip count that does not factor, or a
 * batch too small to feed every replica, leaves chips idle rather than failing. Null when nothing
 * fits in HBM.
 */
export function searchLayout(
	system: SystemSpec,
	settings: TrainingSettings,
	chips: number,
	peakFlopsPerS: number,
	eff: TrainingEfficiencies
): { best: LayoutChoice | null; considered: number } {
	const { model } = settings;
	const domain = Math.min(system.scaleUpDomainChips, chips);
	const sequences = settings.globalBatchTokens / settings.sequenceTokens;
	const queryHeads = model.attention.queryHeads;
	const moe = model.moe;
	const context = stepContext(system, settings, eff);
	let best: LayoutChoice | null = null;
	let considered = 0;
	for (const tp of powersOfTwoUpTo(Math.min(domain, queryHeads))) {
		for (const cp of SEARCH_CONTEXT_PARALLEL) {
			if (cp > 1 && settings.sequenceTokens / cp < MIN_CONTEXT_PARALLEL_CHUNK_TOKENS) continue;
			for (const pp of powersOfTwoUpTo(Math.min(model.layers, chips / (tp * cp)))) {
				const maxDp = Math.min(Math.floor(chips / (tp * cp * pp)), Math.floor(sequences));
				if (maxDp < 1) continue;
				const virtuals = pp > 1 ? SEARCH_VIRTUAL_STAGES.filter((v) => v <= model.layers / pp) : [1];
				// EP groups are carved out of the tp·cp·dp width, so each EP degree gets the largest dp
				// that it divides: 216 GB200 chips run dp 24 × EP 8 (24 chips idle) rather than dp 27
				// with no expert parallelism at all.
				const eps = moe
					? powersOfTwoUpTo(Math.min(moe.routedExperts, tp * cp * maxDp)).filter(
							(ep) => moe.routedExperts % ep === 0
						)
					: [1];
				for (const ep of eps) {
					const dp = largestDpDividing(maxDp, tp * cp, ep);
					if (dp < 1) continue;
					// Whole microbatches: the global batch splits evenly into dp × ⌈sequences ÷ dp⌉ of
					// them, about a sequence each. (Replicas with one sequence fewer are not modelled.)
					const microbatches = Math.ceil(sequences / dp);
					for (const virtualStages of virtuals) {
						for (const fsdp of pp === 1 ? [false, true] : [false]) {
							considered++;
							const partial = { tp, cp, pp, dp, ep, microbatches, virtualStages, fsdp };
							const fitted = fitLayout(system, settings, partial, undefined);
							if (!fitted.fits) continue; // no step time: a third of layouts, not costed
							const terms = stepTerms(system, settings, fitted.layout, peakFlopsPerS, eff, context);
							// Strictly faster only: ties keep the earlier, simpler layout.
							if (best === null || terms.stepS < best.terms.stepS * (1 - 1e-9)) {
								best = { ...fitted, terms };
							}
						}
					}
				}
			}
		}
	}
	return { best, considered };
}
