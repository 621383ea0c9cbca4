import type { Topology } from './fabric';
import type { SystemSpec } from './system';
import { collectiveCost, type Collective, type CollectiveCost } from './topology';
import { topologyOf } from './topology-of';

/**
 * Collective and pipeline timing, first order (alpha-beta), for both the training and the
 * inference model. Bandwidths are per chip per direction and already multiplied by an achieved
 * fraction of line rate. The fabric-aware formulas (switch, full mesh, torus, tiers above the
 * domain) live in topology.ts; `systemCollective` is the one entry point for a system.
 */

/** One collective on a system: its time, the tier that bounds it, and how it was placed. */
export interface SystemCollective {
	timeS: number;
	/** scale-up when the group fits one domain, else scale-out (the tier it had to cross). */
	bound: 'scale-up' | 'scale-out';
	binding: CollectiveCost['binding'];
	chipsPerDomain: number;
	domains: number;
}

/** The topology at an achieved fraction of line rate, with the caller's own hop latencies. */
export function achievedTopology(
	topology: Topology,
	bwFraction: number,
	hops: { scaleUpS?: number; scaleOutS?: number } = {}
): Topology {
	const f = Number.isFinite(bwFraction) && bwFraction > 0 ? bwFraction : 1;
	return {
		scaleUp: {
			...topology.scaleUp,
			bytesPerSPerChip: topology.scaleUp.bytesPerSPerChip * f,
			hopLatencyS: hops.scaleUpS ?? topology.scaleUp.hopLatencyS
		},
		scaleOut: {
			...topology.scaleOut,
			bytesPerSPerChip: topology.scaleOut.bytesPerSPerChip * f,
			hopLatencyS: hops.scaleOutS ?? topology.scaleOut.hopLatencyS
		}
	};
}

/**
 * One collective among `groupChips` chips of `system`, `bytes` per chip (see topology.ts for what
 * bytes means per kind), on the system's own fabric and the tier above it, at `bwFraction` of line
 * rate. Bad input (non-finite, negative) moves nothing: 0 s, never NaN.
 */
export function systemCollective(
	groupChips: number,
	bytes: number,
	op: Collective,
	system: SystemSpec,
	bwFraction = 1
): SystemCollective {
	const chips = Number.isFinite(groupChips) ? Math.max(1, groupChips) : 1;
	const size = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
	const cost = collectiveCost(achievedTopology(topologyOf(system), bwFraction), op, chips, size);
	const timeS = Number.isFinite(cost.timeS) ? cost.timeS : 0;
	return {
		timeS,
		bound: cost.domains > 1 ? 'scale-out' : 'scale-up',
		binding: cost.binding,
		chipsPerDomain: cost.chipsPerDomain,
		domains: cost.domains
	};
}
export interface Link {
	bytesPerS: number;
	/** Latency per ring step or per message. */
	alphaS: number;
}

/** Share of an all-reduced message each of `ranks` chips sends on a ring: 2(n − 1)/n. */
export function ringAllReduceFactor(ranks: number): number {
	return ranks > 1 ? (2 * (ranks - 1)) / ranks : 0;
}

/** Ring all-reduce (reduce-scatter + all-gather): 2(n−1)/n × bytes ÷ bw + 2(n−1) × alpha. */
export function ringAllReduceS(bytes: number, ranks: number, link: Link): number {
	return 2 * ringPassS(bytes, ranks, link);
}

/** One ring pass (a reduce-scatter or an all-gather): (n−1)/n × bytes ÷ bw + (n−1) × alpha. */
export function ringPassS(bytes: number, ranks: number, link: Link): number {
	if (ranks <= 1) return 0;
	return ((ranks - 1) / ranks) * (bytes / link.bytesPerS) + (ranks - 1) * link.alphaS;
}

/**
 * Members of a rank group (`size` members, consecutive ones `stride` ranks apart) that sit in one
 * scale-up domain of `domainChips` consecutive ranks. Assumes groups are packed into domains.
 */
export function ranksPerDomain(stride: number, size: number, domainChips: number): number {
	if (stride >= domainChips) return 1;
	return Math.max(1, Math.min(size, Math.floor(domainChips / stride)));
}

/**
 * Share of a step a 1F1B pipeline sits idle: (p−1) ÷ (v·m + p − 1), for p stages, m
 * microbatches and v interleaved chunks per stage (v = 1 gives the plain (p−1)/(m+p−1)).
 */
export function pipelineBubbleFraction(
	stages: number,
	microbatches: number,
	virtualStages = 1
): number {
	if (stages <= 1) return 0;
	return (stages - 1) / (virtualStages * microbatches + stages - 1);
}
