import type { Resource } from '../estimate-types';
import type { SystemSpec } from '../system';
import { DEFAULT_TRAINING_EFFICIENCIES, type TrainingEfficiencies } from './efficiencies';
import { estimateTrainingOnChips, type TrainingResult } from './estimate';
import type { PlacementTiers } from './placement';
import type { ResolvedLayout, TrainingSettings } from './types';

/** One point of the scale curve; numbers are null where no layout fits. */
export interface ScalePoint {
	chips: number;
	/** Scale-up domains joined over scale-out. */
	domains: number;
	tokensPerS: number | null;
	/** tokens/s ÷ all `chips`, idle ones included. */
	tokensPerSPerChip: number | null;
	/** tokens/s per chip ÷ the best per-chip figure on the curve (1 at the best point). */
	perChipEfficiency: number | null;
	mfu: number | null;
	bound: Resource | null;
	/** Scale-out share of the step's communication time: rises where traffic leaves the domain. */
	scaleOutShare: number | null;
	layout: ResolvedLayout | null;
	/** Where each parallel group lives at this size: which ones cross the tier above the domain. */
	placement: PlacementTiers | null;
	result: TrainingResult;
}

export const SCALE_CURVE_MAX_CHIPS = 100_000;
export const SCALE_CURVE_POINTS = 20;

/** The 3-smooth number (2^a · 3^b) nearest to `target` in ratio, at most `max`. */
export function nearestSmooth(target: number, max: number): number {
	let best = 1;
	for (let p2 = 1; p2 <= max; p2 *= 2) {
		for (let n = p2; n <= max; n *= 3) {
			if (Math.abs(Math.log(n / target)) < Math.abs(Math.log(best / target))) best = n;
		}
	}
	return best;
}

/**
 * Log-spaced chip counts in whole scale-up domains, from one domain up to `maxChips`, no repeats.
 * Domain counts snap to 2^a · 3^b so the counts factor into power-of-two TP and PP degrees; an
 * awkward count (72 × 347) would otherwise leave chips idle and make the curve jagged.
 */
export function scaleCurveChips(domainChips: number, maxChips: number, points: number): number[] {
	const unit = Math.max(1, Math.round(domainChips));
	const maxDomains = Math.max(1, Math.floor(maxChips / unit));
	const out: number[] = [];
	for (let i = 0; i < points; i++) {
		const target = maxDomains ** (points > 1 ? i / (points - 1) : 0);
		const chips = unit * nearestSmooth(target, maxDomains);
		if (!out.includes(chips)) out.push(chips);
	}
	return out.sort((a, b) => a - b);
}

/**
 * Training throughput and per-chip efficiency against total chips, at a fixed global batch, the
 * layout re-chosen at every point. Past one domain every group that spans domains (placement.ts)
 * crosses the system's own tier above it, at its per-chip bandwidth over its oversubscription,
 * after the part of the collective its fabric carries (switch, full mesh, torus axes): the knee in
 * per-chip efficiency, and why a 384-chip UB domain and a 72-GPU NVLink rack scale differently.
 */
export function trainingScaleCurve(
	system: SystemSpec,
	settings: TrainingSettings,
	options: { points?: number; maxChips?: number } = {},
	eff: TrainingEfficiencies = DEFAULT_TRAINING_EFFICIENCIES
): ScalePoint[] {
	const chipsList = scaleCurveChips(
		system.scaleUpDomainChips,
		options.maxChips ?? SCALE_CURVE_MAX_CHIPS,
		options.points ?? SCALE_CURVE_POINTS
	);
	const free = { ...settings, layout: null };
	const points = chipsList.map((chips): ScalePoint => {
		const result = estimateTrainingOnChips(system, free, chips, eff);
		const domains = chips / Math.max(1, system.scaleUpDomainChips);
		if (result.kind !== 'training') {
			return {
				chips,
				domains,
				tokensPerS: null,
				tokensPerSPerChip: null,
				perChipEfficiency: null,
				mfu: null,
				bound: null,
				scaleOutShare: null,
				layout: null,
				placement: null,
				result
			};
		}
		const up = result.breakdown.scaleUpS.value;
		const out = result.breakdown.scaleOutS.value;
		return {
			chips,
			domains,
			tokensPerS: result.tokensPerS.value,
			// The estimate's own figure, over all `chips`: idle ones count, they were bought.
			tokensPerSPerChip: result.tokensPerSPerChip.value,
			perChipEfficiency: null,
			mfu: result.mfu.value,
			bound: result.stepS.bound ?? null,
			scaleOutShare: up + out > 0 ? out / (up + out) : 0,
			layout: result.layout,
			placement: result.placement,
			result
		};
	});
	const best = Math.max(0, ...points.map((p) => p.tokensPerSPerChip ?? 0));
	return points.map((p) => ({
		...p,
		perChipEfficiency: p.tokensPerSPerChip === null || best <= 0 ? null : p.tokensPerSPerChip / best
	}));
}
