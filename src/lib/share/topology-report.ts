import { findSystemPreset, type PresetStatus } from '../catalog/systems';
import type { ScaleOutKind, ScaleUpKind } from '../model/fabric';
import type { SystemSpec } from '../model/system';
import { topologyOf } from '../model/topology-of';

/** How a system's chips are joined, as `npm run estimate` prints it (issue 13). SI units. */
export interface TopologyReport {
	scaleUp: {
		kind: ScaleUpKind;
		domainChips: number;
		/** null when no source gives the link count. */
		linksPerChip: number | null;
		/** One link, per direction; null when the link count is unknown. */
		linkBytesPerS: number | null;
		/**
		 * Torus only: chips along each dimension, whether its rings close, and the cube of a torus
		 * built of OCS-joined cubes (null otherwise). A cube torus cut below one cube is a mesh.
		 */
		dims?: number[];
		wraparound?: boolean;
		cube?: number[] | null;
	};
	scaleOut: {
		kind: ScaleOutKind;
		bytesPerSPerChip: number;
		oversubscription: number;
		hopLatencyS: number;
	};
}

export function topologyReport(spec: SystemSpec): TopologyReport {
	const { scaleUp, scaleOut } = topologyOf(spec);
	return {
		scaleUp: {
			kind: scaleUp.kind,
			domainChips: scaleUp.domainChips,
			linksPerChip: scaleUp.linksPerChip,
			linkBytesPerS: scaleUp.linksPerChip ? scaleUp.bytesPerSPerChip / scaleUp.linksPerChip : null,
			...(scaleUp.kind === 'torus' && {
				dims: scaleUp.dims ?? [scaleUp.domainChips],
				wraparound: scaleUp.wraparound !== false,
				cube: scaleUp.cube ?? null
			})
		},
		scaleOut: {
			kind: scaleOut.kind,
			bytesPerSPerChip: scaleOut.bytesPerSPerChip,
			oversubscription: scaleOut.oversubscription,
			hopLatencyS: scaleOut.hopLatencyS
		}
	};
}

/** The preset's status (shipping, announced, roadmap); null for a custom system. */
export function statusOf(spec: SystemSpec): PresetStatus | null {
	return spec.presetId ? (findSystemPreset(spec.presetId)?.status ?? null) : null;
}
