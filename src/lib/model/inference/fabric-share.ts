import type { Topology } from '../fabric';
import { collectiveCost, type Collective } from '../topology';

/**
 * How the scale-up fabric's shape changes a collective's bandwidth time inside one domain (issue 13
 * item 3: one collectives module for serving and training). The serving formulas (stage.ts) price
 * bytes at the chip's scale-up bandwidth B as on a non-blocking switch: ring all-reduce
 * 2(G−1)/G·S/B, all-to-all (G−1)/G·S/B. The topology module (topology.ts) knows better:
 *   share = t_switch(S, G) / t_fabric(S, G), same B, bytes and group, hop latency 0
 * (latency stays the fitted α(G) of latency.ts). 1 on a switch or an optical Clos; above 1 where
 * the switch reduces in-network (NVLS all-reduce S/B); below 1 where a torus's bisection limits an
 * all-to-all, or a group of G < D chips on a D-chip full mesh uses only G − 1 of its D − 1 links.
 * Serving then divides the bytes by B × share.
 */

/** Bytes for the ratio; the times are linear in bytes once latency is 0, so any size will do. */
const BYTES = 2 ** 20;

/**
 * Shares by fabric, collective and group size. Keyed by the figures that set them, not by object:
 * every evaluation builds its topology afresh, and a slider tick asks for the same few groups of
 * every layout again. Bounded, since custom figures make new keys.
 */
const shares = new Map<string, number>();
const MAX_CACHED = 4096;

/**
 * The same shares by topology object, in front of `shares`: the stage of every layout asks for
 * its few groups on one topology per evaluation, and building the string key is most of a lookup
 * (a few hundred keys per slider tick). A topology is never changed once built.
 */
const sharesOf = new WeakMap<Topology, Map<Collective, Map<number, number>>>();

function keyOf(t: Topology, op: Collective, g: number): string {
	const u = t.scaleUp;
	const o = t.scaleOut;
	return [
		op,
		g,
		u.kind,
		u.domainChips,
		u.linksPerChip,
		u.dims?.join('x'),
		u.cube?.join('x'),
		u.wraparound,
		u.inSwitchReduction,
		u.bytesPerSPerChip,
		o.kind,
		o.bytesPerSPerChip,
		o.oversubscription
	].join('|');
}

export function withoutLatency(topology: Topology): Topology {
	return {
		scaleUp: { ...topology.scaleUp, hopLatencyS: 0 },
		scaleOut: { ...topology.scaleOut, hopLatencyS: 0 }
	};
}

/** The same chips behind a plain non-blocking switch (no in-network reduction). */
export function asSwitch(topology: Topology): Topology {
	const { dims: _dims, wraparound: _wrap, ...rest } = topology.scaleUp;
	return { ...topology, scaleUp: { ...rest, kind: 'switched', inSwitchReduction: false } };
}

/**
 * t_switch / t_fabric for `op` among `chips` chips of one domain; 1 when there is nothing to
 * compare (one chip, no bandwidth) and, without computing, on the reference switch itself.
 */
export function fabricShare(topology: Topology, op: Collective, chips: number): number {
	const g = Math.max(1, Math.min(Math.round(chips), topology.scaleUp.domainChips));
	if (g <= 1) return 1;
	const { kind, inSwitchReduction } = topology.scaleUp;
	// A switch (and the optical mesh, costed as one) without in-network reduction is the reference.
	if ((kind === 'switched' || kind === 'optical-mesh') && !inSwitchReduction) return 1;
	if (kind === 'switched' && op !== 'all-reduce') return 1;
	let ofTopology = sharesOf.get(topology);
	if (!ofTopology) sharesOf.set(topology, (ofTopology = new Map()));
	let ofOp = ofTopology.get(op);
	if (!ofOp) ofTopology.set(op, (ofOp = new Map()));
	const known = ofOp.get(g);
	if (known !== undefined) return known;
	const share = shareByFigures(topology, op, g);
	ofOp.set(g, share);
	return share;
}

function shareByFigures(topology: Topology, op: Collective, g: number): number {
	const key = keyOf(topology, op, g);
	const cached = shares.get(key);
	if (cached !== undefined) return cached;
	const flat = withoutLatency(topology);
	const fabric = collectiveCost(flat, op, g, BYTES).timeS;
	const reference = collectiveCost(asSwitch(flat), op, g, BYTES).timeS;
	const share = fabric > 0 && Number.isFinite(fabric) && reference > 0 ? reference / fabric : 1;
	if (shares.size >= MAX_CACHED) shares.clear();
	shares.set(key, share);
	return share;
}
