import { estimate, term, type Estimate } from '../estimate-types';
import type { ScaleUpKind } from '../fabric';
import type { SystemSpec } from '../system';
import { collectiveCost, inDomainTime, subTorus, type Collective } from '../topology';
import { topologyOf } from '../topology-of';
import { asSwitch, fabricShare, withoutLatency } from './fabric-share';
import type { Layout } from './layouts';

/**
 * Why a fabric moves a collective faster or slower than a plain switch (fabric-share.ts):
 * - switch: the reference itself (a non-blocking switch, or the optical Clos costed as one);
 * - in-switch: NVLS reduces in the switch, S/B instead of the ring's 2(G−1)/G·S/B;
 * - full-mesh: a group of G on a D-chip mesh uses G − 1 of its D − 1 links of B/(D − 1) each;
 * - bisection: a torus all-to-all limited by the cut of its longest ring;
 * - torus-links: rings on the links of the sub-block the group spans (2 per closed ring).
 */
/** The collectives serving runs inside a domain (stage.ts): TP all-reduce, EP dispatch/combine. */
export type ServingCollective = Extract<Collective, 'all-reduce' | 'all-to-all'>;

export type FabricShareWhy = 'switch' | 'in-switch' | 'full-mesh' | 'bisection' | 'torus-links';

/** One serving collective inside a domain and the share of a switch's bandwidth it gets. */
export interface FabricShareEstimate {
	group: 'tp' | 'ep';
	collective: ServingCollective;
	/** Chips of the group inside one domain (what the share is taken over). */
	chips: number;
	domainChips: number;
	kind: ScaleUpKind;
	why: FabricShareWhy;
	/** Torus: the chips along each dimension of the sub-block the group fills. */
	block?: number[];
	/** share = switchTime ÷ fabricTime, both in units of S ÷ B (bytes per chip over its bandwidth). */
	estimate: Estimate;
}

function whyOf(kind: ScaleUpKind, binding: string): FabricShareWhy {
	if (kind === 'full-mesh') return 'full-mesh';
	if (kind === 'torus') return binding === 'bisection' ? 'bisection' : 'torus-links';
	return binding === 'in-switch' ? 'in-switch' : 'switch';
}

/**
 * The fabric factors stage.ts applies to a serving layout's in-domain collectives, for the
 * formula inspector: the TP all-reduce (when TP fits a domain) and the EP all-to-all among the
 * stage's chips inside one domain. Times at zero hop latency, bytes S = B (so S ÷ B = 1 s and a
 * time reads in units of S ÷ B), each the least over how many chips per domain take part (the rest
 * use their NICs, collectiveCost); the value is fabricShare's, the one the step time uses.
 */
export function servingFabricShares(system: SystemSpec, layout: Layout): FabricShareEstimate[] {
	const topology = topologyOf(system);
	const up = topology.scaleUp;
	const flat = withoutLatency(topology);
	const bytes = up.bytesPerSPerChip;
	const stage = layout.tp * layout.dpAttention;
	const groups: { group: 'tp' | 'ep'; collective: ServingCollective; chips: number }[] = [];
	if (layout.tp > 1 && layout.tp <= up.domainChips)
		groups.push({ group: 'tp', collective: 'all-reduce', chips: layout.tp });
	if (layout.ep > 1)
		groups.push({ group: 'ep', collective: 'all-to-all', chips: Math.min(stage, up.domainChips) });
	return groups
		.filter((g) => g.chips > 1 && bytes > 0)
		.map((g) => {
			const fabric = collectiveCost(flat, g.collective, g.chips, bytes);
			const reference = collectiveCost(asSwitch(flat), g.collective, g.chips, bytes);
			const share = fabricShare(topology, g.collective, g.chips);
			return {
				...g,
				domainChips: up.domainChips,
				kind: up.kind,
				// Why, from the fabric alone: the cost may also spread over the NICs (a split domain).
				why: whyOf(up.kind, inDomainTime(flat.scaleUp, g.collective, g.chips, bytes).binding),
				...(up.kind === 'torus' && {
					block: subTorus(up, g.chips)
						.map((d) => d.size)
						.filter((n) => n > 1)
				}),
				estimate: estimate(share, '1', 'switchTime ÷ fabricTime', [
					term('switchTime', reference.timeS, '1'),
					term('fabricTime', fabric.timeS, '1')
				])
			};
		});
}
