import type { Precision } from './precision';
import type { SystemNumberField } from './system';
import { GIGA, PETA, TERA } from './units';

/** Closed range an input may take, in SI units; `log` says whether a slider should move in ratios. */
export interface Bounds {
	min: number;
	max: number;
	log: boolean;
	/** Integers only (chip counts). */
	integer?: boolean;
}

/**
 * The range every input is clamped to, shared by sliders, the link decoder and property tests.
 * Wide enough for any announced part (Atlas 950 SuperPoD: 8,192 chips; Rubin: 22 TB/s HBM),
 * narrow enough that every derived figure stays finite.
 */
export const SYSTEM_BOUNDS: Record<SystemNumberField, Bounds> = {
	chips: { min: 1, max: 100_000, log: true, integer: true },
	hbmBytes: { min: 1 * GIGA, max: 4 * TERA, log: true },
	hbmBytesPerS: { min: 0.1 * TERA, max: 100 * TERA, log: true },
	scaleUpBytesPerS: { min: 1 * GIGA, max: 10 * TERA, log: true },
	scaleUpDomainChips: { min: 1, max: 100_000, log: true, integer: true },
	scaleOutBytesPerS: { min: 0.1 * GIGA, max: 1 * TERA, log: true },
	chipPowerW: { min: 10, max: 10_000, log: true },
	allInPowerPerChipW: { min: 10, max: 20_000, log: true }
};

export const FLOPS_BOUNDS: Bounds = { min: 1 * TERA, max: 100 * PETA, log: true };

export function flopsBounds(_precision: Precision): Bounds {
	return FLOPS_BOUNDS;
}

/**
 * Round to 6 significant digits. Every input is stored quantised, so a link (which writes at
 * most 6 digits) decodes to exactly the same number it was made from.
 */
export function quantize(value: number): number {
	return Number(value.toPrecision(6));
}

/** Clamp a finite number into bounds, rounding integers and quantising. */
export function clamp(value: number, bounds: Bounds): number {
	const rounded = bounds.integer ? Math.round(value) : quantize(value);
	return Math.min(bounds.max, Math.max(bounds.min, rounded));
}
