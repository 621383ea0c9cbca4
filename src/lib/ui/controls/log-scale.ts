import type { Bounds } from '../../model/bounds';

/** Slider positions run 0..SLIDER_STEPS; log bounds map positions to equal ratios. */
export const SLIDER_STEPS = 1000;

export function toPosition(value: number, bounds: Bounds): number {
	const t = bounds.log
		? Math.log(value / bounds.min) / Math.log(bounds.max / bounds.min)
		: (value - bounds.min) / (bounds.max - bounds.min);
	return Math.round(Math.min(1, Math.max(0, t)) * SLIDER_STEPS);
}

export function fromPosition(position: number, bounds: Bounds): number {
	const t = Math.min(1, Math.max(0, position / SLIDER_STEPS));
	return bounds.log
		? bounds.min * (bounds.max / bounds.min) ** t
		: bounds.min + (bounds.max - bounds.min) * t;
}

/** Round a slider-made value to 3 significant digits so dragging yields tidy numbers. */
export function tidy(value: number, integer = false): number {
	return integer ? Math.round(value) : Number(value.toPrecision(3));
}

/** Share of the slider's range one key press moves: Shift for fine steps, Page keys for big ones. */
export const STEP_FRACTIONS = { fine: 1 / 1000, normal: 1 / 100, page: 1 / 10 } as const;
export type StepSize = keyof typeof STEP_FRACTIONS;

/**
 * The value one key press away from `value`: a fixed share of the range (an equal ratio on log
 * scales), tidied like a drag. It always moves unless at a bound, even where the share rounds to
 * nothing (from 1 chip, +1% is still 1 chip: it goes to 2).
 */
export function stepValue(
	value: number,
	bounds: Bounds,
	direction: 1 | -1,
	size: StepSize = 'normal'
): number {
	const share = STEP_FRACTIONS[size] * direction;
	const raw = bounds.log
		? value * (bounds.max / bounds.min) ** share
		: value + (bounds.max - bounds.min) * share;
	let next = tidy(raw, bounds.integer);
	if (direction * (next - value) <= 0) next = nudge(value, direction, bounds.integer);
	return Math.min(bounds.max, Math.max(bounds.min, next));
}

/** One unit of the last digit a tidy value keeps (1 for integers, the 3rd significant digit else). */
function nudge(value: number, direction: 1 | -1, integer = false): number {
	if (integer) return Math.round(value) + direction;
	const quantum = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
	return tidy(value + direction * quantum);
}
