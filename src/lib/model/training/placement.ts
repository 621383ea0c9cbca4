import type { Topology } from '../fabric';
import { ranksPerDomain } from '../collectives';
import { torusSlices, type GroupShape } from '../topology';
import { dataParallelGroups } from './memory';
import type { ResolvedLayout } from './types';

/**
 * Where a parallel group lives (issue 13): inside one scale-up domain, across domains over the
 * scale-out tier, or nowhere (degree 1, no traffic).
 */
export type GroupTier = 'scale-up' | 'scale-out' | 'none';

export interface PlacedGroup extends GroupShape {
	/** Ranks between consecutive members. */
	stride: number;
	tier: GroupTier;
}

export const PARALLEL_GROUPS = ['tp', 'cp', 'ep', 'pp', 'dp'] as const;
export type ParallelGroup = (typeof PARALLEL_GROUPS)[number];

export interface TrainingPlacement extends Record<ParallelGroup, PlacedGroup> {
	/** The expert weights' data-parallel group (ranks holding the same experts). */
	expertDp: PlacedGroup;
}

/** Each group's tier, the short form the estimate and the CLI report. */
export type PlacementTiers = Record<ParallelGroup, GroupTier>;

/**
 * A group of `size` ranks `stride` apart, packed into domains of `domainChips` consecutive ranks.
 * `domains` is size ÷ members per domain, real-valued: an awkward count packs unevenly, and the
 * average keeps the traffic estimate smooth. On a torus the in-domain members get the dimensions
 * their stride leaves them (torusSlices).
 */
export function placeGroup(
	topology: Topology,
	stride: number,
	size: number,
	domainChips: number
): PlacedGroup {
	const chipsPerDomain = ranksPerDomain(stride, size, domainChips);
	const domains = size / chipsPerDomain;
	const tier: GroupTier = size <= 1 ? 'none' : chipsPerDomain >= size ? 'scale-up' : 'scale-out';
	const { dims } = topology.scaleUp;
	return {
		chips: size,
		chipsPerDomain,
		domains,
		stride,
		tier,
		...(topology.scaleUp.kind === 'torus' &&
			dims && { slices: torusSlices(dims, stride, chipsPerDomain) })
	};
}

/**
 * Megatron's rank order: TP innermost, then CP, then DP, PP outermost; EP groups are consecutive
 * ranks of the TP × CP × DP width (ETP = 1), and the expert-DP group strides over them. Whatever the
 * fabric, this order puts TP on the fastest links first (inside a switch domain, or along one torus
 * ring) and keeps EP inside as few domains as its degree allows.
 */
export function placeLayout(
	topology: Topology,
	layout: ResolvedLayout,
	domainChips: number
): TrainingPlacement {
	const { tp, cp, pp, dp, ep } = layout;
	const groups = dataParallelGroups(layout);
	const place = (stride: number, size: number) => placeGroup(topology, stride, size, domainChips);
	return {
		tp: place(1, tp),
		cp: place(tp, cp),
		ep: place(1, ep),
		pp: place(tp * cp * dp, pp),
		dp: place(tp, groups.dense),
		expertDp: place(ep, groups.expert)
	};
}

export function placementTiers(placement: TrainingPlacement): PlacementTiers {
	return {
		tp: placement.tp.tier,
		cp: placement.cp.tier,
		ep: placement.ep.tier,
		pp: placement.pp.tier,
		dp: placement.dp.tier
	};
}
