import type { Cube, ScaleUpFabric, Topology } from './fabric';

/**
 * Collective cost on a topology (issue 13): the alpha-beta time of one collective over a group of
 * G chips placed on a system's fabric. Pure; SI units.
 *
 * `bytes` is per chip: the buffer each chip reduces (all-reduce), the full output it gathers
 * (all-gather), the full input it scatters (reduce-scatter), what it sends in total, S/G to each
 * peer (all-to-all), or what it sends to one peer (point-to-point). B is a chip's scale-up bandwidth
 * per direction, b = B ÷ links the bandwidth of one link, α the hop latency.
 *
 * Inside one domain:
 * - switched: ring RS/AG (G−1)/G·S/B + (G−1)α; all-reduce the best of ring 2(G−1)/G·S/B + 2(G−1)α,
 *   double binary tree 2·S/B + 2⌈log2 G⌉α, and, where the switch reduces (NVLS), S/B + 2α;
 *   all-to-all (G−1)/G·S/B + α; point-to-point S/B + α. The optical mesh (UB-Mesh, all-path
 *   routing) is costed as switched.
 * - full mesh: one link per peer, b = B/(D−1): RS/AG/all-to-all (S/G)/b + α (all peers at once);
 *   all-reduce twice that; point-to-point S/b + α (an 8-GPU mesh gives one peer 1/7 of B).
 * - torus: the group fills a sub-block of the torus, dimension by dimension; rings run along every
 *   dimension at once on the links they use (2 per dimension with wraparound, 1 without):
 *   RS/AG (G−1)/G·S/B_used + Σ(nᵢ−1)α. All-to-all is the larger of injection (G−1)/G·S/B_used and
 *   bisection: G·S/4 bytes cross the cut of the longest dimension n, whose links carry
 *   2·(G/n)·b (wraparound) or (G/n)·b per direction, plus Σ⌊nᵢ/2⌋α. Point-to-point S/b + α.
 *
 * Above the domain (G > D) the group is D chips per domain × m = ⌈G/D⌉ domains, joined by the
 * scale-out tier at bₒ = Bₒ ÷ oversubscription per chip: hierarchical all-reduce = RS in the domain
 * + all-reduce of S/D across the m domains + AG in the domain; AG (RS) = across-domain AG (RS) of
 * S/D, then (before) the in-domain one; all-to-all = the larger of the in-domain share (D−1)/G·S
 * on the fabric and the cross-domain share (G−D)/G·S at bₒ; point-to-point S/Bₒ + α.
 * A group may use fewer chips per domain than the fabric holds, so the time is the least over every
 * chips-per-domain d ≤ min(D, G): a larger domain or more bandwidth is never slower.
 */

export const COLLECTIVES = [
	'all-reduce',
	'all-gather',
	'reduce-scatter',
	'all-to-all',
	'point-to-point'
] as const;
export type Collective = (typeof COLLECTIVES)[number];

export interface CollectiveCost {
	timeS: number;
	/** Chips per domain the least time was found at (G when the group fits one domain). */
	chipsPerDomain: number;
	/** Domains the group spans. */
	domains: number;
	/** Which algorithm or bound set the time inside the domain. */
	binding: 'ring' | 'tree' | 'in-switch' | 'direct' | 'bisection' | 'injection' | 'scale-out';
}

interface Part {
	timeS: number;
	binding: CollectiveCost['binding'];
}

/** Ring steps per collective: RS and AG take one pass, all-reduce two. */
const passes = (op: Collective) => (op === 'all-reduce' ? 2 : 1);

/** Chips in a block of these sides (a torus's dims, a cube). */
export const product = (sizes: number[]) => sizes.reduce((a, b) => a * b, 1);

/**
 * The sub-block a group of `chips` fills: whole dimensions first, smallest first. On a torus of
 * OCS-joined cubes (`cube`), a group of whole cubes the domain holds is its own slice
 * (cubeSlice); a smaller group sits in a one-cube slice, whose rings close through the switches,
 * unless the domain is less than a cube (a slice smaller than a cube: a mesh, no ring closes).
 */
export function subTorus(
	fabric: Pick<ScaleUpFabric, 'dims' | 'cube' | 'domainChips'>,
	chips: number
): TorusSlice[] {
	const { cube, domainChips } = fabric;
	let dims = fabric.dims ?? [domainChips];
	let closes = true;
	if (cube) {
		const cubeChips = product(cube);
		const domainCubes = Math.floor(domainChips / cubeChips);
		const cubes = Math.ceil(chips / cubeChips);
		if (cubes > 1 && cubes <= domainCubes) return cubeSlice(cube, cubes, domainCubes);
		if (cubes === 1) {
			closes = domainCubes > 0;
			if (closes) dims = cube;
		}
		// More cubes than the domain holds whole (a domain resized to an odd size): its own dims.
	}
	let remaining = Math.max(1, chips);
	return [...dims]
		.sort((a, b) => a - b)
		.map((dim) => {
			const size = Math.min(dim, remaining);
			remaining = Math.ceil(remaining / size);
			return { size, wrap: closes && size === dim };
		});
}

/**
 * The slice of `cubes` OCS-joined cubes: the box of at least that many cubes, and no more than the
 * domain holds, with the shortest longest side (then the fewest cubes), every ring closed through
 * the switches. Google's TPU docs:
 * slices of one or more whole 4x4x4 cubes have wraparound links; smaller slices are a mesh.
 * 144 cubes: 4 × 6 × 6 cubes, 16 × 24 × 24 chips (Ironwood's pod); 2 cubes: 4 × 4 × 8.
 */
export function cubeSlice(cube: Cube, cubes: number, domainCubes: number): TorusSlice[] {
	const most = Math.max(cubes, domainCubes);
	const sides = [...cube].sort((x, y) => x - y);
	let best = [1, 1, cubes];
	for (let a = 1; a <= Math.ceil(Math.cbrt(cubes)); a++)
		for (let b = a; b <= Math.ceil(Math.sqrt(cubes / a)); b++) {
			const c = Math.max(b, Math.ceil(cubes / (a * b)));
			if (a * b * c > most) continue;
			const [x, y, longest] = best as [number, number, number];
			if (c < longest || (c === longest && a * b * c < x * y * longest)) best = [a, b, c];
		}
	return sides.map((side, i) => ({ size: side * best[i]!, wrap: true }));
}

function switched(fabric: ScaleUpFabric, op: Collective, g: number, bytes: number): Part {
	const b = fabric.bytesPerSPerChip;
	const a = fabric.hopLatencyS;
	const share = (g - 1) / g;
	switch (op) {
		case 'point-to-point':
			return { timeS: bytes / b + a, binding: 'direct' };
		case 'all-to-all':
			return { timeS: (share * bytes) / b + a, binding: 'injection' };
		case 'all-gather':
		case 'reduce-scatter':
			return { timeS: (share * bytes) / b + (g - 1) * a, binding: 'ring' };
		case 'all-reduce': {
			const options: Part[] = [
				{ timeS: (2 * share * bytes) / b + 2 * (g - 1) * a, binding: 'ring' },
				{ timeS: (2 * bytes) / b + 2 * Math.ceil(Math.log2(g)) * a, binding: 'tree' }
			];
			if (fabric.inSwitchReduction)
				options.push({ timeS: bytes / b + 2 * a, binding: 'in-switch' });
			return options.reduce((best, o) => (o.timeS < best.timeS ? o : best));
		}
	}
}

function fullMesh(fabric: ScaleUpFabric, op: Collective, g: number, bytes: number): Part {
	const link = fabric.bytesPerSPerChip / Math.max(1, fabric.domainChips - 1);
	const a = fabric.hopLatencyS;
	if (op === 'point-to-point') return { timeS: bytes / link + a, binding: 'direct' };
	const step = bytes / g / link + a;
	return { timeS: (op === 'all-reduce' ? 2 : 1) * step, binding: 'direct' };
}

/** A group's share of a torus: chips along each dimension it spans, and whether that ring closes. */
export interface TorusSlice {
	size: number;
	wrap: boolean;
}

function torus(
	fabric: ScaleUpFabric,
	op: Collective,
	g: number,
	bytes: number,
	slices?: TorusSlice[]
): Part {
	const dims = fabric.dims ?? [fabric.domainChips];
	const link = fabric.bytesPerSPerChip / (fabric.linksPerChip ?? 2 * dims.length);
	const a = fabric.hopLatencyS;
	if (op === 'point-to-point') return { timeS: bytes / link + a, binding: 'direct' };
	const block = (slices ?? subTorus(fabric, g)).filter((d) => d.size > 1);
	const wraps = (d: TorusSlice) => d.wrap && fabric.wraparound !== false && d.size > 2;
	const usedBytesPerS = block.reduce((sum, d) => sum + (wraps(d) ? 2 : 1) * link, 0);
	const injection = (((g - 1) / g) * bytes) / usedBytesPerS;
	if (op !== 'all-to-all') {
		const steps = block.reduce((sum, d) => sum + d.size - 1, 0);
		return { timeS: passes(op) * (injection + steps * a), binding: 'ring' };
	}
	const longest = block.reduce((max, d) => (d.size > max.size ? d : max), { size: 1, wrap: false });
	const cutBytesPerS = (wraps(longest) ? 2 : 1) * (g / longest.size) * link;
	const bisection = longest.size > 1 ? (g * bytes) / 4 / cutBytesPerS : 0;
	const hops = block.reduce((sum, d) => sum + Math.floor(d.size / 2), 0);
	return bisection > injection
		? { timeS: bisection + hops * a, binding: 'bisection' }
		: { timeS: injection + hops * a, binding: 'injection' };
}

/**
 * The torus slice of a group whose `size` members sit `stride` ranks apart, ranks filling the
 * dimensions in order (Megatron: TP innermost). Inner groups take the first dimensions, so a TP
 * group of 4 on a 4x4x4 cube is one whole ring; the DP group above it spans the other two.
 * A stride that splits a dimension leaves the group that dimension's remainder, as an open line.
 */
export function torusSlices(dims: number[], stride: number, size: number): TorusSlice[] {
	let skip = Math.max(1, stride);
	let take = Math.max(1, size);
	const out: TorusSlice[] = [];
	for (const dim of dims) {
		if (take <= 1) break;
		if (skip >= dim) {
			skip /= dim;
			continue;
		}
		const free = Math.max(1, Math.floor(dim / skip));
		const n = Math.min(free, take);
		out.push({ size: n, wrap: skip === 1 && n === dim });
		take = Math.ceil(take / n);
		skip = 1;
	}
	return out;
}

/** One collective among `g` chips inside one scale-up domain. */
export function inDomainTime(
	fabric: ScaleUpFabric,
	op: Collective,
	g: number,
	bytes: number,
	slices?: TorusSlice[]
): Part {
	if (g <= 1 || bytes <= 0) return { timeS: 0, binding: 'direct' };
	if (fabric.kind === 'full-mesh') return fullMesh(fabric, op, g, bytes);
	if (fabric.kind === 'torus') return torus(fabric, op, g, bytes, slices);
	return switched(fabric, op, g, bytes);
}

/** One collective among `m` chips, one per domain, over the scale-out tier (ring; all at once for all-to-all). */
function acrossDomains(topology: Topology, op: Collective, m: number, bytes: number): number {
	if (m <= 1 || bytes <= 0) return 0;
	const { bytesPerSPerChip, oversubscription, hopLatencyS } = topology.scaleOut;
	const b = bytesPerSPerChip / Math.max(1, oversubscription);
	if (op === 'point-to-point') return bytes / bytesPerSPerChip + hopLatencyS;
	if (op === 'all-to-all') return (((m - 1) / m) * bytes) / b + hopLatencyS;
	return passes(op) * ((((m - 1) / m) * bytes) / b + (m - 1) * hopLatencyS);
}

/** Where a group sits: its chips, how many share a domain, the domains (real: uneven packing). */
export interface GroupShape {
	chips: number;
	chipsPerDomain: number;
	domains: number;
	/** Torus only: the slice the in-domain members occupy (default: the smallest dimensions). */
	slices?: TorusSlice[];
}

/** One collective's time split by tier: scale-up inside domains, scale-out across them. */
export interface CollectiveParts {
	upS: number;
	outS: number;
	/** Wall time: the sum, except an all-to-all, whose two parts run at once (the larger). */
	timeS: number;
	binding: CollectiveCost['binding'];
}

/**
 * One collective of a placed group (see the module comment for the formulas). `domains` may be
 * fractional, an even average of unevenly packed domains: (m − 1)/m and m − 1 ring steps.
 */
export function collectiveParts(
	topology: Topology,
	op: Collective,
	group: GroupShape,
	bytes: number
): CollectiveParts {
	const g = Math.max(1, group.chips);
	const d = Math.max(1, Math.min(g, group.chipsPerDomain));
	const m = Math.max(1, group.domains);
	const inside = (o: Collective, s: number, chips = d) =>
		inDomainTime(topology.scaleUp, o, chips, s, group.slices);
	if (g <= 1 || bytes <= 0) return { upS: 0, outS: 0, timeS: 0, binding: 'direct' };
	if (m <= 1) {
		const part = inside(op, bytes, g);
		return { upS: part.timeS, outS: 0, timeS: part.timeS, binding: part.binding };
	}
	const parts = (upS: number, outS: number, timeS = upS + outS): CollectiveParts => ({
		upS,
		outS,
		timeS,
		binding: 'scale-out'
	});
	switch (op) {
		case 'point-to-point':
			return parts(0, acrossDomains(topology, op, m, bytes));
		case 'all-to-all': {
			const local = inside('all-to-all', (bytes * d) / g).timeS;
			const { bytesPerSPerChip, oversubscription, hopLatencyS } = topology.scaleOut;
			const remote = (bytes * (g - d)) / g;
			const across = remote / (bytesPerSPerChip / Math.max(1, oversubscription)) + hopLatencyS;
			return parts(local, across, Math.max(local, across));
		}
		case 'all-reduce':
			return parts(
				inside('reduce-scatter', bytes).timeS + inside('all-gather', bytes).timeS,
				acrossDomains(topology, 'all-reduce', m, bytes / d)
			);
		default:
			return parts(inside(op, bytes).timeS, acrossDomains(topology, op, m, bytes / d));
	}
}

/**
 * The time of one collective among `groupChips` chips on `topology`, at the best chips-per-domain
 * (see the module comment). Non-finite or non-positive inputs give 0 for nothing to move.
 */
export function collectiveCost(
	topology: Topology,
	op: Collective,
	groupChips: number,
	bytes: number
): CollectiveCost {
	const g = Math.max(1, Math.round(groupChips));
	const domain = Math.max(1, Math.min(Math.round(topology.scaleUp.domainChips), g));
	let best: CollectiveCost = {
		timeS: Infinity,
		chipsPerDomain: domain,
		domains: 1,
		binding: 'direct'
	};
	// Every split is a real option: chips of one domain may also talk through their NICs.
	for (const d of range(domain)) {
		const shape = { chips: g, chipsPerDomain: d, domains: Math.ceil(g / d) };
		const part = collectiveParts(topology, op, shape, Math.max(0, bytes));
		if (part.timeS < best.timeS)
			best = {
				timeS: part.timeS,
				chipsPerDomain: d,
				domains: Math.ceil(g / d),
				binding: part.binding
			};
	}
	return best;
}

/** 1 … n, from the largest down (ties keep the larger domain). */
function range(n: number): number[] {
	return Array.from({ length: n }, (_, i) => n - i);
}
