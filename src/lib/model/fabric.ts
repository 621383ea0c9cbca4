/**
 * How a system's chips are joined, as the collective model sees it: plain numbers in SI units.
 * The catalog (catalog/topology.ts) holds where each figure comes from.
 */

/** Scale-up fabric: one switch tier (or a non-blocking Clos), a direct full mesh, a torus, or a
 * multi-plane optical mesh (UB-Mesh: nD full mesh of NPUs plus switches). */
export const SCALE_UP_KINDS = ['switched', 'full-mesh', 'torus', 'optical-mesh'] as const;
export type ScaleUpKind = (typeof SCALE_UP_KINDS)[number];

/** Tier above the domain: a rail-optimised fat tree, a datacenter network, optical circuit switches. */
export const SCALE_OUT_KINDS = ['fat-tree', 'dcn', 'ocs'] as const;
export type ScaleOutKind = (typeof SCALE_OUT_KINDS)[number];

/** The chips along each side of one cube of a torus built of cubes (TPU: 4 × 4 × 4). */
export type Cube = [number, number, number];

export interface ScaleUpFabric {
	kind: ScaleUpKind;
	/** Chips in one scale-up domain. */
	domainChips: number;
	/** Links leaving one chip into the fabric; null when no source gives it. */
	linksPerChip: number | null;
	/** Per chip, per direction, summed over its links. */
	bytesPerSPerChip: number;
	/** Torus only: chips along each dimension (product = domain) and whether rings close. */
	dims?: number[];
	wraparound?: boolean;
	/**
	 * Torus only, built of cubes joined by optical circuit switches (TPU v4 and later): the cube's
	 * dims. A group of whole cubes is a slice the switches close into a torus, as compact as they
	 * allow, whatever the domain's own dims; a smaller group sits inside one cube (topology.ts).
	 */
	cube?: Cube;
	/** Switched only: the switches reduce in-network (NVLink SHARP / NVLS). */
	inSwitchReduction?: boolean;
	/** One hop, chip to chip, software-visible. */
	hopLatencyS: number;
}

export interface ScaleOutTier {
	kind: ScaleOutKind;
	/** Per chip, per direction, at the NIC. */
	bytesPerSPerChip: number;
	/** Down-links over up-links at the first switch tier (1 = non-blocking). */
	oversubscription: number;
	hopLatencyS: number;
}

export interface Topology {
	scaleUp: ScaleUpFabric;
	scaleOut: ScaleOutTier;
}

/** Bandwidth of one scale-up link, per direction; null when the link count is unknown. */
export function linkBytesPerS(fabric: ScaleUpFabric): number | null {
	return fabric.linksPerChip ? fabric.bytesPerSPerChip / fabric.linksPerChip : null;
}

/**
 * A topology without the numbers a system already carries (domain size and per-chip bandwidths are
 * the spec's own, editable fields): what SystemSpec.topology may override.
 */
export interface TopologyShape {
	scaleUp: Omit<ScaleUpFabric, 'domainChips' | 'bytesPerSPerChip'>;
	scaleOut: Omit<ScaleOutTier, 'bytesPerSPerChip'>;
}
