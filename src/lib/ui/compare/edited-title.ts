import { PRECISIONS } from '../../model/precision';
import type { SystemSpec } from '../../model/system';

/*
 * What a system's title says about edits: a system whose hardware differs from its preset must
 * not pass for the preset ("CloudMatrix 384, edited: 768 chips"). Pure; the panel words it.
 */

const NUMBER_FIELDS = [
	'hbmBytes',
	'hbmBytesPerS',
	'scaleUpBytesPerS',
	'scaleUpDomainChips',
	'scaleOutBytesPerS',
	'chipPowerW',
	'allInPowerPerChipW'
] as const;

export interface Edits {
	/** The chip count when it differs from the preset's, else null. */
	chips: number | null;
	/** How many other hardware figures differ (per-precision compute counts once per precision). */
	others: number;
}

/** How `spec` differs from its preset; null when it does not (or has no preset). */
export function editsFromPreset(spec: SystemSpec, preset: SystemSpec | undefined): Edits | null {
	if (!preset) return null;
	const others =
		NUMBER_FIELDS.filter((field) => spec[field] !== preset[field]).length +
		PRECISIONS.filter((p) => spec.denseFlopsPerS[p] !== preset.denseFlopsPerS[p]).length;
	const chips = spec.chips !== preset.chips ? spec.chips : null;
	return chips === null && others === 0 ? null : { chips, others };
}
