/**
 * The one rule that classifies every validation row, inference and training alike (issue 12):
 * the error factor is how far the model sits from the measurement either way,
 * max(r, 1 ÷ r) with r = model ÷ measured, and
 *   good: factor ≤ 1.25;  fair: factor ≤ 2;  miss: beyond 2, or no modelled point at all.
 * No benchmark gets its own tolerance. These thresholds live here only: the /validation page,
 * `npm run validate` and the calibration tests all read them.
 */
export const VALIDATION_LIMITS = { good: 1.25, fair: 2 } as const;

export type ValidationClass = 'good' | 'fair' | 'miss';

export const VALIDATION_CLASSES: readonly ValidationClass[] = ['good', 'fair', 'miss'];

/** max(r, 1 ÷ r): 0.5 and 2 are both a factor of 2 off. Null for no (or a non-positive) ratio. */
export function errorFactor(ratio: number | null): number | null {
	if (ratio === null || !Number.isFinite(ratio) || ratio <= 0) return null;
	return Math.max(ratio, 1 / ratio);
}

export function classify(ratio: number | null): ValidationClass {
	const factor = errorFactor(ratio);
	if (factor === null) return 'miss';
	if (factor <= VALIDATION_LIMITS.good) return 'good';
	if (factor <= VALIDATION_LIMITS.fair) return 'fair';
	return 'miss';
}

export interface ValidationSummary {
	total: number;
	good: number;
	fair: number;
	miss: number;
	/** Rows the model has no point for (counted as misses too). */
	noPoint: number;
	/** Median and maximum error factor over the rows with a point; null when there are none. */
	medianFactor: number | null;
	maxFactor: number | null;
}

function median(sorted: readonly number[]): number | null {
	if (sorted.length === 0) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Class counts, median and maximum error factor of a set of model ÷ measured ratios. */
export function summarize(ratios: readonly (number | null)[]): ValidationSummary {
	const factors = ratios
		.map(errorFactor)
		.filter((f): f is number => f !== null)
		.sort((a, b) => a - b);
	const classes = ratios.map(classify);
	const count = (c: ValidationClass) => classes.filter((x) => x === c).length;
	return {
		total: ratios.length,
		good: count('good'),
		fair: count('fair'),
		miss: count('miss'),
		noPoint: ratios.length - factors.length,
		medianFactor: median(factors),
		maxFactor: factors.length > 0 ? factors[factors.length - 1]! : null
	};
}
