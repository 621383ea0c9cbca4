import { findSystemPreset } from '../catalog/systems';
import type { PresetTopology } from '../catalog/topology';
import type { Topology, TopologyShape } from './fabric';
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
 * Torus dimensions for a domain the user resized: the preset's shape scaled evenly so the product
 * is the new domain (real-valued; the collective model rounds nothing but the group).
 */
function fitDims(dims: number[], domainChips: number): number[] {
	const product = dims.reduce((a, b) => a * b, 1);
	if (product === domainChips) return dims;
	const scale = (domainChips / product) ** (1 / dims.length);
	return dims.map((d) => Math.max(1, Math.round(d * scale)));
}

/** The system's topology: its own shape, else its preset's, else one switch tier; its numbers. */
export function topologyOf(spec: SystemSpec): Topology {
	const preset = spec.presetId ? findSystemPreset(spec.presetId) : undefined;
	const shape = spec.topology ?? (preset ? shapeOfPreset(preset.topology) : DEFAULT_SHAPE);
	const domainChips = Math.max(1, Math.min(spec.scaleUpDomainChips, spec.chips));
	const dims = shape.scaleUp.dims ? fitDims(shape.scaleUp.dims, domainChips) : undefined;
	return {
		scaleUp: {
			...shape.scaleUp,
			...(dims && { dims }),
			domainChips,
			bytesPerSPerChip: spec.scaleUpBytesPerS
		},
		scaleOut: { ...shape.scaleOut, bytesPerSPerChip: spec.scaleOutBytesPerS }
	};
}
