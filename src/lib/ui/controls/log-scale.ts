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
