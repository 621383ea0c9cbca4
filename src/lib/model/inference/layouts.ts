import type { Topology } from '../fabric';
import type { LlmSpec } from '../llm';
import { placeGroup, type PlacedGroup } from '../training/placement';

/**
 * How one model instance is spread over `chips` chips: `pp` pipeline stages of
 * `tp × dpAttention` chips each. Attention (and every always-read weight) is tensor-parallel over
 * `tp` and data-parallel over `dpAttention` groups; routed experts are spread over all `ep` chips
 * of a stage (ep = tp × dpAttention for MoE, 1 for a dense model).
 */
export interface Layout {
	tp: number;
	ep: number;
	pp: number;
	dpAttention: number;
	chips: number;
}

/**
 * Largest instance tried. Decode gains little from instances beyond the largest scale-up
 * domains (CloudMatrix serves DeepSeek-R1 at EP320, calibration.md) and the sweep must stay
 * cheap; larger systems run several instances side by side.
 */
export const MAX_INSTANCE_CHIPS = 1024;
/** Pipeline depths beyond 16 add hand-offs without saving memory any serving setup needs. */
export const MAX_PIPELINE_STAGES = 16;
/** MoE pipelines stay shallow: expert parallelism, not PP, is what spreads MoE weights. */
export const MAX_MOE_PIPELINE_STAGES = 4;
/** Attention TP degrees tried for MoE (the rest of a stage is data-parallel attention). */
export const MOE_ATTENTION_TP = [1, 2, 4, 8] as const;

/** Odd factors of common scale-up domains: 72 = 9 · 8, 384 = 3 · 128, 320 = 5 · 64. */
const DOMAIN_FACTORS = [3, 5, 9] as const;
/** Smaller such sizes add layouts to sweep (time per frame) without a domain they match. */
const MIN_DOMAIN_SIZED = 64;

/**
 * Whole-system sizes are also rounded down to these multiples: 57 chips still try 56 (one idle)
 * and 45 try 44, whose TP4 and TP8 layouts an odd or twice-odd count lacks. Without them one
 * more chip could cut the total by a third (CloudMatrix at 56 → 57 chips, 2026-12-04).
 */
const ROUNDED_MULTIPLES = [4, 8] as const;

/**
 * Instance sizes: powers of two up to the system, the largest 3·2^j, 5·2^j and 9·2^j of at
 * least 64 chips that fit (72, 384, 320, ...), the largest multiples of 4 and 8 that fit, plus
 * the whole system. The set depends only on the chip count, never on the scale-up domain, so a
 * larger domain can only make the same layouts faster; and one more chip than such a size keeps
 * it (73 chips still try 72, 57 try 56), so an extra chip never costs those layouts.
 * `rounded: false` leaves the multiples out: the sizes before model version 10 (model-change.ts).
 */
export function instanceSizes(systemChips: number, rounded = true): number[] {
	const cap = Math.min(systemChips, MAX_INSTANCE_CHIPS);
	const sizes: number[] = [];
	for (let g = 1; g <= cap; g *= 2) sizes.push(g);
	for (const f of DOMAIN_FACTORS) {
		let g = f;
		while (g * 2 <= cap) g *= 2;
		if (g >= MIN_DOMAIN_SIZED && g <= cap && !sizes.includes(g)) sizes.push(g);
	}
	for (const q of rounded ? ROUNDED_MULTIPLES : []) {
		const g = Math.floor(cap / q) * q;
		if (g > 0 && !sizes.includes(g)) sizes.push(g);
	}
	if (systemChips <= MAX_INSTANCE_CHIPS && !sizes.includes(systemChips)) sizes.push(systemChips);
	return sizes.sort((a, b) => a - b);
}

function powersOfTwoDividing(n: number, max: number): number[] {
	const out: number[] = [];
	for (let p = 1; p <= max && n % p === 0; p *= 2) out.push(p);
	return out;
}

/** Every layout the sweep tries for this model on a system of `systemChips` chips. */
export function layoutsFor(model: LlmSpec, systemChips: number): Layout[] {
	const layouts: Layout[] = [];
	const maxPp = Math.min(model.layers, model.moe ? MAX_MOE_PIPELINE_STAGES : MAX_PIPELINE_STAGES);
	for (const chips of instanceSizes(systemChips)) {
		for (const pp of powersOfTwoDividing(chips, maxPp)) {
			const stage = chips / pp;
			if (!model.moe) {
				// Tensor parallelism splits the query heads evenly (TP9 on Llama's 128 heads cannot run).
				if (model.attention.queryHeads % stage === 0)
					layouts.push({ tp: stage, ep: 1, pp, dpAttention: 1, chips });
				continue;
			}
			for (const tp of MOE_ATTENTION_TP) {
				if (stage % tp !== 0) continue;
				layouts.push({ tp, ep: stage, pp, dpAttention: stage / tp, chips });
			}
		}
	}
	return layouts;
}

/** The groups a serving layout exchanges data in (DP-attention groups share their stage's EP). */
export const SERVING_GROUPS = ['tp', 'ep', 'pp'] as const;
export type ServingGroup = (typeof SERVING_GROUPS)[number];
export type ServingPlacement = Record<ServingGroup, PlacedGroup>;

/**
 * Where a serving layout's groups live on the system's topology (issue 13 item 4), placed as
 * training places its groups (placement.ts) and as stage.ts costs them: TP is `tp` consecutive
 * chips (on the scale-up fabric when tp ≤ domain), EP the stage's `ep` consecutive chips spanning
 * ep ÷ min(ep, domain) domains, and the PP hand-off joins stages tp · dpAttention chips apart (on
 * scale-up when the whole instance fits one domain). On a torus each group gets the dimensions
 * its stride leaves it.
 */
export function placeServingLayout(topology: Topology, layout: Layout): ServingPlacement {
	const domainChips = topology.scaleUp.domainChips;
	const stage = layout.tp * layout.dpAttention;
	return {
		tp: placeGroup(topology, 1, layout.tp, domainChips),
		ep: placeGroup(topology, 1, layout.ep, domainChips),
		pp: placeGroup(topology, stage, layout.pp, domainChips)
	};
}

/**
 * Whole domains a group touches: 128 consecutive ranks in racks of 72 span 2 racks (the placement's
 * `domains`, 1.78, is the average that keeps the traffic estimate smooth).
 */
export function domainsSpanned(group: PlacedGroup): number {
	return Math.max(1, Math.ceil(group.domains - 1e-9));
}
