import type { ChipFamily } from '../chip-family';

/**
 * The numbers of the per-platform software table (software-fractions.ts, where each is cited and
 * says how it was fitted), kept apart from that table's prose so the system panel and the link
 * codec, which load on a first visit, read them without it.
 */

/** Smallest and largest fraction: the fit's range and a link's (a.sw=…). An efficiency: at most 1. */
export const SOFTWARE_FRACTION_BOUNDS = { min: 0.05, max: 1, log: false } as const;

/** The families with their own fit (software-fractions.ts names each fit's rows), and its value. */
export const FITTED_SOFTWARE_FRACTIONS = { hopper: 1, blackwell: 0.58 } as const satisfies Partial<
	Record<ChipFamily, number>
>;

/**
 * A family without its own fit takes a neutral prior, not 1: the geometric mean of the fitted
 * families' fractions (√(1 × 0.58) = 0.76), rounded to 0.01 as the fits are. 1 would be the one
 * value no fitted family got below the bound, and would favour exactly the platforms nobody has
 * measured (a Custom copy of GB200 served 2× GB200 per chip). Geometric, because the fractions
 * multiply rates and the fit works on log ratios. Not circular: a fit bisects on the fraction of
 * its own rows only (content/software-fit.ts), never reading this prior.
 */
export function softwareFractionPrior(fitted: readonly number[]): number {
	// No fit at all: no measured gap to carry over, so the bound.
	if (fitted.length === 0) return SOFTWARE_FRACTION_BOUNDS.max;
	const logMean = fitted.reduce((sum, f) => sum + Math.log(f), 0) / fitted.length;
	return Math.round(Math.exp(logMean) * 100) / 100;
}

export const SOFTWARE_FRACTION_PRIOR = softwareFractionPrior(
	Object.values(FITTED_SOFTWARE_FRACTIONS)
);

/** Each chip family's serving software fraction (fitted or the prior: see software-fractions.ts). */
export const SOFTWARE_FRACTION_OF: Record<ChipFamily, number> = {
	...FITTED_SOFTWARE_FRACTIONS,
	// No Rubin serving result: the same CUDA serving stack as Blackwell, so Blackwell's value
	// (software-fractions.ts). The prior (0.76) would credit the newer chip with more mature
	// software than the one it succeeds, 1.31x of any Rubin vs Blackwell ratio.
	rubin: FITTED_SOFTWARE_FRACTIONS.blackwell,
	ascend: SOFTWARE_FRACTION_PRIOR,
	amd: SOFTWARE_FRACTION_PRIOR,
	tpu: SOFTWARE_FRACTION_PRIOR,
	trainium: SOFTWARE_FRACTION_PRIOR,
	other: SOFTWARE_FRACTION_PRIOR
};
