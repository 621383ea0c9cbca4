import type { SystemSpec } from '../system';
import type { TrainingEfficiencies } from './efficiencies';
import { fitLayout, fitPinnedLayout, type FittedLayout } from './fit';
import { stepContext, stepTerms, type StepTerms } from './step';
import type { TrainingLayout, TrainingSettings } from './types';

/** One evaluated layout: its memory (fit.ts) and its step time. */
export interface LayoutChoice extends FittedLayout {
	terms: StepTerms;
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

/** A pinned layout, timed (fit.ts fills its optional fields and says whether it fits). */
export function evaluateLayout(
	system: SystemSpec,
	settings: TrainingSettings,
	layout: TrainingLayout,
	peakFlopsPerS: number,
	eff: TrainingEfficiencies
): LayoutChoice {
	const fitted = fitPinnedLayout(system, settings, layout);
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
 * the scale-up domain that divide the query heads), CP (≤ 8, chunks ≥ 4,096 tokens), PP (powers of two
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
	// TP splits the query heads evenly (pinned.ts refuses any other split, as frameworks do):
	// GPT-MoE-1.8T's 84 heads take TP 1, 2 or 4.
	const tps = powersOfTwoUpTo(Math.min(domain, queryHeads)).filter((tp) => queryHeads % tp === 0);
	for (const tp of tps) {
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
