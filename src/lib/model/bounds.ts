/**
 * Closed range a number may take, in SI units; `log` says whether a slider should move in ratios.
 * The limits of every input a user sets are declared once, in src/lib/inputs.
 */
export interface Bounds {
	min: number;
	max: number;
	log: boolean;
	/** Integers only (chip counts). */
	integer?: boolean;
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
