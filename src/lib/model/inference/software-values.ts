import type { ChipFamily } from '../chip-family';

/**
 * The numbers of the per-platform software table (software-fractions.ts, where each is cited and
 * says how it was fitted), kept apart from that table's prose so the system panel and the link
 * codec, which load on a first visit, read them without it.
 */

/** Smallest and largest fraction: the fit's range and a link's (a.sw=…). An efficiency: at most 1. */
export const SOFTWARE_FRACTION_BOUNDS = { min: 0.05, max: 1, log: false } as const;

/** Each chip family's serving software fraction (fitted or assumed: see software-fractions.ts). */
export const SOFTWARE_FRACTION_OF: Record<ChipFamily, number> = {
	hopper: 1,
	blackwell: 0.58,
	ascend: 1,
	amd: 1,
	tpu: 1,
	trainium: 1,
	other: 1
};
