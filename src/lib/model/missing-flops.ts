import { findSystemPreset } from '../catalog/systems';
import { unavailable, type Unavailable } from './estimate-types';
import type { Precision } from './precision';
import type { SystemSpec } from './system';

/** The system's preset's own record of a figure: a dense rate at a precision, or chip power. */
function presetFigure(spec: Pick<SystemSpec, 'presetId'>, figure: Precision | 'chipPowerW') {
	const preset = spec.presetId ? findSystemPreset(spec.presetId) : undefined;
	return figure === 'chipPowerW' ? preset?.chipPowerW : preset?.denseFlopsPerS[figure];
}

/** Whether the system's preset records that its chip has no `precision` format (Hopper: FP4). */
export function chipLacks(spec: Pick<SystemSpec, 'presetId'>, precision: Precision): boolean {
	const figure = presetFigure(spec, precision);
	return figure?.value === null && figure.status === 'unsupported';
}

/**
 * Whether the system's preset gives a figure the system has none for: the reader removed it (a
 * link's "none", a field cleared), so it reads "removed", not "not cited" as a catalog gap does.
 */
export function presetGives(
	spec: Pick<SystemSpec, 'presetId'>,
	figure: Precision | 'chipPowerW'
): boolean {
	return typeof presetFigure(spec, figure)?.value === 'number';
}

/** No figure the chip could have: 'removed' where the preset gives one, else 'unknown' (`note`). */
function missing(
	spec: Pick<SystemSpec, 'presetId'>,
	figure: Precision | 'chipPowerW',
	note: string,
	then = ''
): Unavailable {
	return presetGives(spec, figure)
		? unavailable('removed', `The preset's figure was removed.${then}`)
		: unavailable('unknown', note + then);
}

/**
 * A system with no dense figure at `precision`, and why: the chip lacks the format
 * ('unsupported': Hopper has no FP4, Ascend 910C no FP8), the reader removed the preset's figure
 * ('removed'), or no cited source gives the figure ('unknown': Vera Rubin's BF16 is not published
 * yet; any figure of a custom system). Every view then says the same: the hardware table and the
 * power envelope both "not cited", or both "none (removed)".
 */
export function missingFlops(
	spec: Pick<SystemSpec, 'presetId'>,
	precision: Precision,
	then = ''
): Unavailable {
	const name = precision.toUpperCase();
	return chipLacks(spec, precision)
		? unavailable('unsupported', `The chip has no ${name} format.${then}`)
		: missing(spec, precision, `No cited ${name} figure for this chip.`, then);
}

/** A system with no accelerator power: removed from its preset's, or not published. */
export const missingChipPower = (spec: Pick<SystemSpec, 'presetId'>): Unavailable =>
	missing(spec, 'chipPowerW', 'Accelerator power is not published for this chip.');
