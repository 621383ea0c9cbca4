/**
 * Collective and pipeline timing, first order (alpha-beta), for both the training and the
 * inference model. Bandwidths are per chip per direction and already multiplied by an achieved
 * fraction of line rate.
 */
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
 * One hierarchical pass over `ranks` chips of which `ranksPerDomain` share a scale-up domain:
 * a ring inside the domain over the full buffer, then a ring across domains over the 1/inner
 * shard each chip owns, every chip on its own NIC (rail-optimised):
 *   upS  = (inner−1)/inner × bytes ÷ up
 *   outS = (outer−1)/outer × (bytes ÷ inner) ÷ out,   outer = ranks ÷ inner
 * This is how traffic leaving the scale-up domain shrinks as more replicas share a domain.
 */
export function hierarchicalPassS(
	bytes: number,
	ranks: number,
	ranksPerDomain: number,
	up: Link,
	out: Link
): { upS: number; outS: number } {
	const inner = Math.max(1, Math.min(ranks, ranksPerDomain));
	const outer = ranks / inner;
	return { upS: ringPassS(bytes, inner, up), outS: ringPassS(bytes / inner, outer, out) };
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
 * One all-to-all over `ranks` consecutive chips of which `inDomain` share a scale-up domain, each
 * chip sending `bytes` spread evenly over all ranks (itself included): the (inDomain − 1)/ranks
 * share rides scale-up, the (ranks − inDomain)/ranks share scale-out, one alpha per fabric used.
 */
export function allToAllS(
	bytes: number,
	ranks: number,
	inDomain: number,
	up: Link,
	out: Link
): { upS: number; outS: number } {
	const upBytes = (bytes * (inDomain - 1)) / ranks;
	const outBytes = (bytes * (ranks - inDomain)) / ranks;
	return {
		upS: upBytes > 0 ? upBytes / up.bytesPerS + up.alphaS : 0,
		outS: outBytes > 0 ? outBytes / out.bytesPerS + out.alphaS : 0
	};
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
