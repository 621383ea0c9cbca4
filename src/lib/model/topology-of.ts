import { findSystemPreset } from '../catalog/systems';
import type { PresetTopology } from '../catalog/topology';
import type { Cube, Topology, TopologyShape } from './fabric';
import { cubeSlice, product, subTorus } from './topology';
import type { SystemSpec } from './system';

/** 1 µs per hop, NVLink's order of magnitude (catalog/topology.ts), where nothing else is known. */
const DEFAULT_HOP_S = 1e-6;
const DEFAULT_SHAPE: TopologyShape = {
	scaleUp: {
		kind: 'switched',
		linksPerChip: null,
		inSwitchReduction: false,
		hopLatencyS: DEFAULT_HOP_S
	},
	scaleOut: { kind: 'fat-tree', oversubscription: 1, hopLatencyS: 2 * DEFAULT_HOP_S }
};

/** A preset's cited topology as plain numbers. */
export function shapeOfPreset(topology: PresetTopology): TopologyShape {
	const { scaleUp, scaleOut } = topology;
	return {
		scaleUp: {
			kind: scaleUp.kind,
			linksPerChip: scaleUp.linksPerChip.value,
			...(scaleUp.dims && { dims: scaleUp.dims }),
			...(scaleUp.wraparound !== undefined && { wraparound: scaleUp.wraparound }),
			...(scaleUp.cube && { cube: scaleUp.cube.dims }),
			...(scaleUp.inSwitchReduction !== undefined && {
				inSwitchReduction: scaleUp.inSwitchReduction
			}),
			hopLatencyS: scaleUp.hopLatencyS.value
		},
		scaleOut: {
			kind: scaleOut.kind,
			oversubscription: scaleOut.oversubscription.value,
			hopLatencyS: scaleOut.hopLatencyS.value
		}
	};
}

/**
 * Torus dimensions for a domain the user resized. A torus of cubes is rebuilt as its switches
 * would: whole cubes as the most compact box (128 chips: 4×4×8), less than a cube as part of one
 * (32 chips: 4×4×2). Otherwise the preset's shape scaled evenly so the product is about the new
 * domain (the collective model rounds nothing but the group).
 */
function fitDims(dims: number[], domainChips: number, cube?: Cube): number[] {
	if (product(dims) === domainChips) return dims;
	if (cube) {
		const cubeChips = product(cube);
		const fitted =
			domainChips % cubeChips === 0
				? cubeSlice(cube, domainChips / cubeChips, domainChips / cubeChips)
				: subTorus({ dims: cube, domainChips: cubeChips }, domainChips);
		const sizes = fitted.map((d) => d.size);
		if (product(sizes) === domainChips) return sizes;
	}
	const scale = (domainChips / product(dims)) ** (1 / dims.length);
	return dims.map((d) => Math.max(1, Math.round(d * scale)));
}

/** The system's topology: its own shape, else its preset's, else one switch tier; its numbers. */
export function topologyOf(spec: SystemSpec): Topology {
	const preset = spec.presetId ? findSystemPreset(spec.presetId) : undefined;
	const shape = spec.topology ?? (preset ? shapeOfPreset(preset.topology) : DEFAULT_SHAPE);
	const domainChips = Math.max(1, Math.min(spec.scaleUpDomainChips, spec.chips));
	const { cube } = shape.scaleUp;
	const dims = shape.scaleUp.dims ? fitDims(shape.scaleUp.dims, domainChips, cube) : undefined;
	return {
		scaleUp: {
			...shape.scaleUp,
			...(dims && { dims }),
			// Less than a cube is a slice smaller than a cube: a mesh, its rings open (topology.ts).
			...(cube && domainChips < product(cube) && { wraparound: false }),
			domainChips,
			bytesPerSPerChip: spec.scaleUpBytesPerS
		},
		scaleOut: { ...shape.scaleOut, bytesPerSPerChip: spec.scaleOutBytesPerS }
	};
}

/**
 * Chips of one cube in a scale-up domain built of optical-circuit-switched cubes (TPU: 4×4×4 =
 * 64), else null: the unit the switches can swap out (reliability's blast radius).
 */
export function ocsCubeChips(spec: SystemSpec): number | null {
	const { cube } = topologyOf(spec).scaleUp;
	return cube ? product(cube) : null;
}
