import { findSystemPreset } from '../../catalog/systems';
import type { Figure, FigureOrMissing } from '../../catalog/figure';
import { PRECISIONS } from '../../model/precision';
import { softwareFor } from '../../model/inference/software';
import {
	FITTED_SOFTWARE_FRACTIONS,
	SOFTWARE_FRACTION_PRIOR
} from '../../model/inference/software-values';
import type { SystemSpec } from '../../model/system';
import { specFromPresetId } from '../../model/scenario';

/** The preset figures a summary sentence may rest on (sentences.ts SummarySystem.assumed). */
const FIELDS = [
	'hbmBytes',
	'hbmBytesPerS',
	'scaleUpBytesPerS',
	'scaleOutBytesPerS',
	'allInPowerPerChipW'
] as const;

const isAssumption = (figure: FigureOrMissing | undefined): figure is Figure =>
	figure !== undefined && 'nature' in figure && figure.nature === 'assumption';

/**
 * A system's figures that are assumptions and still in use:
 *  - its preset's figures labelled 'assumption' whose value the system keeps (an edited one is
 *    the reader's own), and its scale-out's oversubscription (a link does not set it; training
 *    divides by it, serving does not). Hop latencies are not among them: neither model reads a
 *    preset's (serving and training take the global, calibrated collective latencies);
 *  - its serving software fraction, unless the reader set it or it is fitted on its own platform's
 *    results: 'software:carried:<family>' where that family's fit stands in (Blackwell's for
 *    Rubin), 'software:prior' for the prior of unmeasured platforms, a Custom system's too.
 */
export function assumedFigures(spec: SystemSpec): string[] {
	const assumed: string[] = [];
	const preset = spec.presetId ? findSystemPreset(spec.presetId) : undefined;
	// The preset's figures as a system takes them (quantised as every input is).
	const base = spec.presetId ? specFromPresetId(spec.presetId) : undefined;
	if (preset && base) {
		for (const field of FIELDS)
			if (isAssumption(preset[field]) && base[field] === spec[field]) assumed.push(field);
		for (const precision of PRECISIONS) {
			const kept = base.denseFlopsPerS[precision] === spec.denseFlopsPerS[precision];
			if (isAssumption(preset.denseFlopsPerS[precision]) && kept)
				assumed.push(`denseFlopsPerS.${precision}`);
		}
		if (isAssumption(preset.topology.scaleOut.oversubscription)) assumed.push('oversubscription');
	}
	const software = softwareFor(spec);
	if (!software.overridden && !(software.family in FITTED_SOFTWARE_FRACTIONS))
		assumed.push(softwareBasis(software.tableFraction));
	return assumed;
}

/**
 * A table value that is not the prior is a fitted family's carried over (Rubin takes Blackwell's):
 * named by that family, found by its value only then, so a prior that happens to equal a fit is
 * still called the prior.
 */
function softwareBasis(fraction: number): string {
	if (fraction === SOFTWARE_FRACTION_PRIOR) return 'software:prior';
	const family = Object.entries(FITTED_SOFTWARE_FRACTIONS).find(([, v]) => v === fraction)?.[0];
	return family ? `software:carried:${family}` : 'software:prior';
}
