import type { Cube, ScaleOutKind, ScaleUpKind } from '../model/fabric';
import { fig, unknown, type Figure, type FigureOrMissing } from './figure';
import type { SourceId } from './sources';

/**
 * How a preset's chips are joined, cited (issue 13). Domain size and per-chip bandwidths are the
 * preset's own figures (scaleUpDomainChips, scaleUpBytesPerS, scaleOutBytesPerS): one place per fact.
 * Here: the fabric's shape, its link count and the hop latencies and oversubscription.
 */
export interface PresetTopology {
	scaleUp: {
		kind: ScaleUpKind;
		linksPerChip: FigureOrMissing;
		/** Torus: chips per dimension, and whether rings close. */
		dims?: number[];
		wraparound?: boolean;
		/** Torus of cubes joined by optical circuit switches: the cube's dims (model/fabric.ts). */
		cube?: { dims: Cube; sources: SourceId[] };
		/** Switched: NVLink SHARP-style reduction inside the switch. */
		inSwitchReduction?: boolean;
		hopLatencyS: Figure;
	};
	scaleOut: {
		kind: ScaleOutKind;
		oversubscription: Figure;
		hopLatencyS: Figure;
	};
}

const MICRO = 1e-6;

/** NVLink: ~1–2 µs software-visible GPU to GPU [S116]; the low end (one switch hop). */
export const NVLINK_HOP = fig(1 * MICRO, 'reported', ['S116']);
/** InfiniBand NDR / RoCE: ~1–5 µs [S116]; 2 µs taken. */
export const IB_HOP = fig(2 * MICRO, 'reported', ['S116']);
/** Rail-optimised fat trees are built non-blocking; no source gives a figure per system. */
export const NON_BLOCKING = fig(
	1,
	'assumption',
	[],
	'Assumption: non-blocking (1:1) rail-optimised fat tree; no source gives the oversubscription.'
);

const NVLINK_18 = fig(18, 'vendor-secondary', ['S31', 'S113']);

/** One NVSwitch tier with NVLink SHARP; 18 NVLinks per GPU (Hopper and Blackwell). */
export const NVSWITCH_TOPOLOGY: PresetTopology = {
	scaleUp: {
		kind: 'switched',
		linksPerChip: NVLINK_18,
		inSwitchReduction: true,
		hopLatencyS: NVLINK_HOP
	},
	scaleOut: { kind: 'fat-tree', oversubscription: NON_BLOCKING, hopLatencyS: IB_HOP }
};

/** CloudMatrix 384: two-tier non-blocking optical UB Clos; 14 scale-up optics per NPU [S45]. */
export const CM384_TOPOLOGY: PresetTopology = {
	scaleUp: {
		kind: 'switched',
		linksPerChip: fig(14, 'vendor-secondary', ['S45']),
		inSwitchReduction: false,
		hopLatencyS: fig(1 * MICRO, 'vendor-secondary', ['S42'])
	},
	scaleOut: { kind: 'fat-tree', oversubscription: NON_BLOCKING, hopLatencyS: IB_HOP }
};

export const LINKS_NOT_PUBLISHED = unknown(
	[],
	'No source gives the number of scale-up links per chip.'
);
