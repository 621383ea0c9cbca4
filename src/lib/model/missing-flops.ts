import { findSystemPreset } from '../catalog/systems';
import { unavailable, type Unavailable } from './estimate-types';
import type { Precision } from './precision';
import type { SystemSpec } from './system';

/** Whether the system's preset records that its chip has no `precision` format (Hopper: FP4). */
export function chipLacks(spec: Pick<SystemSpec, 'presetId'>, precision: Precision): boolean {
	const figure = spec.presetId
		? findSystemPreset(spec.presetId)?.denseFlopsPerS[precision]
		: undefined;
	return figure?.value === null && figure.status === 'unsupported';
}

/**
 * A system with no dense figure at `precision`, and why: the chip lacks the format
 * ('unsupported': Hopper has no FP4, Ascend 910C no FP8), or no cited source gives the figure
 * ('unknown': Vera Rubin's BF16 is not published yet; any figure of a custom system). Every view
 * then says the same: the hardware table and the power envelope both "not cited".
 */
export function missingFlops(
	spec: Pick<SystemSpec, 'presetId'>,
	precision: Precision,
	then = ''
): Unavailable {
	const name = precision.toUpperCase();
	return chipLacks(spec, precision)
		? unavailable('unsupported', `The chip has no ${name} format.${then}`)
		: unavailable('unknown', `No cited ${name} figure for this chip.${then}`);
}
