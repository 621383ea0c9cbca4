import type { Resource } from '../model/estimate-types';
import { PRECISIONS, type Precision } from '../model/precision';
import type { SystemSpec } from '../model/system';

/*
 * Why two different systems come out equal. GB300 NVL72 beside GB200 NVL72 serves at 1.00× the
 * tokens per chip: both are limited by HBM bandwidth, 8 TB/s per chip on each, and GB300's extra
 * FP4 compute and HBM capacity limit nothing there. A bare 1.00× read as "GB300 buys nothing" or
 * "the tool is broken"; the summary says which figure limits both and what they differ in.
 */

/** A system figure, per chip, that two systems may differ in; 'power' is the chip's or all-in. */
export type SpecField =
	| `denseFlopsPerS.${Precision}`
	| 'hbmBytes'
	| 'hbmBytesPerS'
	| 'scaleUpBytesPerS'
	| 'scaleUpDomainChips'
	| 'scaleOutBytesPerS'
	| 'chips'
	| 'power';

/** The order the figures are listed in: compute from the narrowest precision, memory, links. */
const FIELDS: readonly SpecField[] = [
	...PRECISIONS.map((p) => `denseFlopsPerS.${p}` as const),
	'hbmBytes',
	'hbmBytesPerS',
	'scaleUpBytesPerS',
	'scaleUpDomainChips',
	'scaleOutBytesPerS',
	'chips',
	'power'
];

/** A ratio within 1% of 1 reads as equal ("1.00×", "0.995×"). */
export const EQUAL_RATIO_WITHIN = 0.01;

export const isEqualRatio = (ratio: number) => Math.abs(ratio - 1) <= EQUAL_RATIO_WITHIN;

/** Equal up to float rounding (a figure typed back to the preset's is the preset's). */
const sameNumber = (a: number | null | undefined, b: number | null | undefined) =>
	a === b ||
	(typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.abs(a));

/** A figure's value per chip (null: the chip has none, as Hopper at FP4). */
export function fieldValue(spec: SystemSpec, field: SpecField): number | null {
	if (field.startsWith('denseFlopsPerS.'))
		return spec.denseFlopsPerS[field.slice('denseFlopsPerS.'.length) as Precision] ?? null;
	if (field === 'power') return spec.allInPowerPerChipW;
	return spec[field as Exclude<SpecField, 'power' | `denseFlopsPerS.${string}`>];
}

/** The figures two systems differ in, in FIELDS' order; none for an unedited duplicate. */
export function differingFields(a: SystemSpec, b: SystemSpec): SpecField[] {
	return FIELDS.filter((field) =>
		field === 'power'
			? !sameNumber(a.allInPowerPerChipW, b.allInPowerPerChipW) ||
				!sameNumber(a.chipPowerW, b.chipPowerW)
			: !sameNumber(fieldValue(a, field), fieldValue(b, field))
	);
}

/**
 * The figure that sets a resource's limit: compute at the precision the math runs in, HBM, links.
 * Null for limits no system figure sets (collective latency, per-step overhead, a power cap).
 */
export function limitingField(
	bound: Resource | undefined,
	precision: Precision | undefined
): SpecField | null {
	switch (bound) {
		case 'compute':
			return precision ? `denseFlopsPerS.${precision}` : null;
		case 'memory-bandwidth':
			return 'hbmBytesPerS';
		case 'memory-capacity':
			return 'hbmBytes';
		case 'scale-up':
			return 'scaleUpBytesPerS';
		case 'scale-out':
			return 'scaleOutBytesPerS';
		default:
			return null;
	}
}

/** The unit a limiting figure is written in, per chip. */
export function fieldUnit(field: SpecField): string {
	if (field.startsWith('denseFlopsPerS.')) return 'FLOP/s';
	if (field === 'hbmBytes') return 'B';
	if (field === 'power') return 'W';
	if (field === 'chips' || field === 'scaleUpDomainChips') return 'chips';
	return 'B/s';
}

/** What limits one system's figure, and the precision its math runs in. */
export interface Limit {
	bound: Resource | undefined;
	precision: Precision | undefined;
}

/** Why a system's figure equals the reference's though their specs differ. */
export interface EqualReason {
	/** The figure that limits both, the same on each. */
	limiting: SpecField;
	/** Its value per chip, in fieldUnit(limiting). */
	value: number;
	/** What the two differ in, in FIELDS' order (never empty). */
	differs: SpecField[];
}

/**
 * Why `ratio` (a system's figure ÷ the reference's) is about 1 though the two specs differ: both
 * figures are limited by the same resource, whose figure is the same on each, so none of their
 * differences moves it. Null when the ratio is not about 1, the specs are the same (an unedited
 * duplicate: nothing to explain), or the equality is not explained so (limited by different
 * resources, by one whose figures differ, or by one no system figure sets).
 */
export function whyEqual(
	ratio: number,
	specs: readonly [SystemSpec, SystemSpec],
	limits: readonly [Limit, Limit]
): EqualReason | null {
	if (!isEqualRatio(ratio)) return null;
	const shared = sharedLimit(specs, limits);
	if (!shared) return null;
	const differs = differingFields(...specs);
	return differs.length > 0 ? { ...shared, differs } : null;
}

/**
 * The figure limiting both systems, the same on each, and its value per chip; null when they are
 * limited by different resources, by one whose figures differ, or by one no system figure sets.
 * Why two figures come out equal (whyEqual) and why a gap is not the chip's (why-differ.ts).
 */
export function sharedLimit(
	[spec, referenceSpec]: readonly [SystemSpec, SystemSpec],
	[limit, referenceLimit]: readonly [Limit, Limit]
): { limiting: SpecField; value: number } | null {
	if (limit.bound !== referenceLimit.bound) return null;
	const limiting = limitingField(limit.bound, limit.precision);
	if (
		limiting === null ||
		limiting !== limitingField(referenceLimit.bound, referenceLimit.precision)
	)
		return null;
	const value = fieldValue(spec, limiting);
	if (value === null || !sameNumber(value, fieldValue(referenceSpec, limiting))) return null;
	return { limiting, value };
}
