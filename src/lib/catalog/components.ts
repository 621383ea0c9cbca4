import type { ComponentCounts } from '../model/reliability/inventory';

/**
 * Parts per system that can interrupt a training job, per system preset: the plain counts the
 * reliability model takes on the first visit. Each count's nature, sources and note (formula or
 * reasoning) are in component-inventories.ts, which only the reliability view loads; they read
 * their values from here, so every number lives in one place.
 * Every first-visit preset has counts; of the 2026 presets, the two HGX boards (the rest fall back
 * to deployment.ts's generic counts until their parts are cited).
 */
export interface PresetComponentCounts {
	accelerators: number;
	hbmStacks: number;
	/** Scale-up switch chips (NVSwitch, UB L1 + L2). */
	switchChips: number;
	/** Scale-up and scale-out optics; the model takes their sum. */
	optics: { scaleUp: number; scaleOut: number };
	/** Copper cable links outside a board (board traces count with the accelerator). */
	copperLinks: number;
	hostCpus: number;
}

/**
 * Scale-out optics: one NIC port per accelerator in every preset, and (assumption, see
 * component-inventories.ts) 4 transceivers per port in a two-tier fabric.
 */
export const SCALE_OUT_TRANSCEIVERS_PER_PORT = 4;
const scaleOut = (accelerators: number) => SCALE_OUT_TRANSCEIVERS_PER_PORT * accelerators;

/** An 8-GPU HGX board: NVLink on board traces (no scale-up optics, no cables), a dual-socket host. */
function hgxBoard(hbmStacksPerGpu: number, switchChips: number): PresetComponentCounts {
	return {
		accelerators: 8,
		hbmStacks: 8 * hbmStacksPerGpu,
		switchChips,
		optics: { scaleUp: 0, scaleOut: scaleOut(8) },
		copperLinks: 0,
		hostCpus: 2
	};
}

export const PRESET_COMPONENT_COUNTS = {
	'gb200-nvl72': {
		accelerators: 72,
		hbmStacks: 72 * 8,
		switchChips: 18,
		optics: { scaleUp: 0, scaleOut: scaleOut(72) },
		copperLinks: 72 * 18,
		hostCpus: 36
	},
	'gb300-nvl72': {
		accelerators: 72,
		hbmStacks: 72 * 8,
		switchChips: 18,
		optics: { scaleUp: 0, scaleOut: scaleOut(72) },
		copperLinks: 72 * 18,
		hostCpus: 36
	},
	'hgx-h100': hgxBoard(5, 4),
	'hgx-h200': hgxBoard(6, 4),
	'hgx-h20': hgxBoard(6, 4),
	'hgx-b200': hgxBoard(8, 2),
	'hgx-h800': hgxBoard(5, 4),
	'hgx-b300': hgxBoard(8, 2),
	'cloudmatrix-384': {
		accelerators: 384,
		hbmStacks: 384 * 8,
		switchChips: 336 + 112,
		optics: { scaleUp: 384 * 14, scaleOut: 1536 },
		copperLinks: 0,
		hostCpus: 192
	}
} satisfies Record<string, PresetComponentCounts>;
type CountedPresetId = keyof typeof PRESET_COMPONENT_COUNTS;

/** A preset's counts, as its cited inventory gives them; undefined for a preset without one. */
export function presetComponentCounts(systemId: string): PresetComponentCounts | undefined {
	return Object.hasOwn(PRESET_COMPONENT_COUNTS, systemId)
		? PRESET_COMPONENT_COUNTS[systemId as CountedPresetId]
		: undefined;
}

/** The plain counts the reliability model takes (optics summed). */
export function modelCounts(counts: PresetComponentCounts): ComponentCounts {
	return {
		accelerators: counts.accelerators,
		hbmStacks: counts.hbmStacks,
		switchChips: counts.switchChips,
		opticalTransceivers: counts.optics.scaleUp + counts.optics.scaleOut,
		copperLinks: counts.copperLinks,
		hostCpus: counts.hostCpus
	};
}

export function componentCountsFor(systemId: string): ComponentCounts | undefined {
	const counts = presetComponentCounts(systemId);
	return counts && modelCounts(counts);
}
