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

// Specs are replaced on every edit, never changed in place: one answer per spec object. (The
// panel's derived runs on workload ticks too, and comparing two specs as JSON each time showed in
// the slider's profile.)
const hardwareEdits = new WeakMap<SystemSpec, { preset: SystemSpec; edited: boolean }>();

/** The hardware differs from the preset (deployment settings and the name do not count). */
export function hardwareEdited(spec: SystemSpec, preset: SystemSpec | undefined): boolean {
	if (!preset) return false;
	const known = hardwareEdits.get(spec);
	if (known?.preset === preset) return known.edited;
	const edited =
		JSON.stringify({ ...preset, deployment: null, name: null }) !==
		JSON.stringify({ ...spec, deployment: null, name: null });
	hardwareEdits.set(spec, { preset, edited });
	return edited;
}
