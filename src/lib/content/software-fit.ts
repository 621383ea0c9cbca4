import { MEASURED_CASES, type MeasuredCase } from '../catalog/measurements';
import type { ChipFamily } from '../model/chip-family';
import { CHIP_FAMILIES } from '../model/chip-family';
import { runCalibration } from '../model/inference/calibration';
import { DEFAULT_EFFICIENCIES } from '../model/inference/efficiencies';
import { SOFTWARE_FRACTION_BOUNDS } from '../model/inference/software';
import { softwareFractionPrior } from '../model/inference/software-values';
import { SOFTWARE_FRACTIONS } from '../model/inference/software-fractions';

/**
 * The fit behind the software table (model/inference/software-fractions.ts), reproducible: for a
 * family's fit rows, the fraction at which the median of log(model ÷ measured) is 0, found by
 * bisection within [0.05, 1] and rounded to 0.01. More software fraction never lowers a modelled
 * throughput, so the median rises with it. If the rows sit at or below the model already at 1,
 * the fit is 1: serving cannot beat the kernel-level efficiencies it is made of.
 * A row the model has no point for counts as far below (the model cannot meet its target).
 */

const STEPS = 14;

function medianOf(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function casesNamed(ids: readonly string[]): MeasuredCase[] {
	return ids.map((id) => {
		const c = MEASURED_CASES.find((m) => m.id === id);
		if (!c) throw new Error(`software fit: no measured case ${id}`);
		return c;
	});
}

/** Median log(model ÷ measured) over the cases at one software fraction. */
export function medianLogRatio(cases: readonly MeasuredCase[], fraction: number): number {
	const rows = runCalibration(cases, DEFAULT_EFFICIENCIES, fraction);
	return medianOf(rows.map((r) => (r.ratio === null ? -Infinity : Math.log(r.ratio))));
}

/** The fitted fraction for a list of measured-case ids (see above); 1 for an empty list. */
export function fitSoftwareFraction(ids: readonly string[]): number {
	const cases = casesNamed(ids);
	const { min, max } = SOFTWARE_FRACTION_BOUNDS;
	if (cases.length === 0 || medianLogRatio(cases, max) <= 0) return max;
	if (medianLogRatio(cases, min) >= 0) return min;
	let lo: number = min;
	let hi: number = max;
	for (let i = 0; i < STEPS; i++) {
		const mid = (lo + hi) / 2;
		if (medianLogRatio(cases, mid) > 0) hi = mid;
		else lo = mid;
	}
	return Math.round(((lo + hi) / 2) * 100) / 100;
}

/**
 * Every family's value as the table should hold it: a fitted family's from its fit rows, a
 * carried one's from the family it is carried from, every other family's the prior, the geometric mean of those fits (software-values.ts). The fits come
 * first and never read the prior (runCalibration is given the fraction for every row), so it is
 * not circular.
 */
export function fitSoftwareTable(): Record<ChipFamily, number> {
	const fitted = CHIP_FAMILIES.filter((f) => SOFTWARE_FRACTIONS[f].fitRows.length > 0).map(
		(f) => [f, fitSoftwareFraction(SOFTWARE_FRACTIONS[f].fitRows)] as const
	);
	const prior = softwareFractionPrior(fitted.map(([, value]) => value));
	const values = new Map<ChipFamily, number>(fitted);
	const valueOf = (f: ChipFamily) => {
		const from = SOFTWARE_FRACTIONS[f].carriedFrom;
		return values.get(from ?? f) ?? prior;
	};
	return Object.fromEntries(CHIP_FAMILIES.map((f) => [f, valueOf(f)])) as Record<
		ChipFamily,
		number
	>;
}

/** Which family's fraction a validation row was fitted for; null = held out. */
export function fittedFamilyOf(caseId: string): ChipFamily | null {
	return CHIP_FAMILIES.find((f) => SOFTWARE_FRACTIONS[f].fitRows.includes(caseId)) ?? null;
}
