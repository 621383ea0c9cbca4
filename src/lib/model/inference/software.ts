import { findSystemPreset } from '../../catalog/systems';
import type { ChipFamily } from '../chip-family';
import type { SystemSpec } from '../system';
import { SOFTWARE_FRACTION_BOUNDS, SOFTWARE_FRACTION_OF } from './software-values';

export { SOFTWARE_FRACTION_BOUNDS };

/**
 * Per-platform serving software (issue 12 item 7). The global efficiencies (efficiencies.ts) are
 * kernel-level ceilings measured with microbenchmarks (calibration.md case 23); end-to-end serving
 * (schedulers, small kernels, attention, runtime) reaches a fraction of them that differs by
 * platform and improves between benchmark rounds on unchanged hardware. That fraction multiplies
 * the achieved compute and HBM rates (rates.ts). It is an efficiency: at most 1, so a serving
 * stack never beats the kernels it is made of, and 1 in the physical-floor tests.
 */

/** Whose software a system runs: its preset's chip family; a custom system is "other". */
export function chipFamilyOf(system: Pick<SystemSpec, 'presetId'>): ChipFamily {
	const preset = system.presetId ? findSystemPreset(system.presetId) : undefined;
	return preset?.chipFamily ?? 'other';
}

export interface SoftwareChoice {
	/** The fraction the rates use. */
	fraction: number;
	family: ChipFamily;
	/** The table's value for the family (software-fractions.ts says how it was obtained). */
	tableFraction: number;
	/** True when the system's own fraction (deployment.softwareFraction, a.sw) replaces the table's. */
	overridden: boolean;
}

/** The software fraction a system serves with: its override, else the table's value. */
export function softwareFor(system: SystemSpec): SoftwareChoice {
	const family = chipFamilyOf(system);
	const tableFraction = SOFTWARE_FRACTION_OF[family];
	const own = system.deployment?.softwareFraction;
	if (own === undefined || own === null || !Number.isFinite(own)) {
		return { fraction: tableFraction, family, tableFraction, overridden: false };
	}
	const { min, max } = SOFTWARE_FRACTION_BOUNDS;
	return { fraction: Math.min(max, Math.max(min, own)), family, tableFraction, overridden: true };
}
