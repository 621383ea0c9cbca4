import { findSystemPreset } from '../../catalog/systems';
import type { Figure, FigureOrMissing } from '../../catalog/figure';
import { PRECISIONS } from '../../model/precision';
import { softwareFor } from '../../model/inference/software';
import { FITTED_SOFTWARE_FRACTIONS } from '../../model/inference/software-values';
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
 * A system's figures that are assumptions, not published, and still in use: its preset's figures
 * labelled 'assumption' whose value the system keeps (an edited one is the reader's own), and
 * 'software' when its serving software fraction was not fitted on its own platform's results
 * (the prior for unmeasured platforms, or Blackwell's fit carried to Rubin) and not set by the
 * reader. A custom system has no preset: its figures are all the reader's.
 */
export function assumedFigures(spec: SystemSpec): string[] {
	const preset = spec.presetId ? findSystemPreset(spec.presetId) : undefined;
	// The preset's figures as a system takes them (quantised as every input is).
	const base = spec.presetId ? specFromPresetId(spec.presetId) : undefined;
	if (!preset || !base) return [];
	const assumed: string[] = [];
	for (const field of FIELDS)
		if (isAssumption(preset[field]) && base[field] === spec[field]) assumed.push(field);
	for (const precision of PRECISIONS) {
		const kept = base.denseFlopsPerS[precision] === spec.denseFlopsPerS[precision];
		if (isAssumption(preset.denseFlopsPerS[precision]) && kept)
			assumed.push(`denseFlopsPerS.${precision}`);
	}
	const software = softwareFor(spec);
	if (!software.overridden && !(software.family in FITTED_SOFTWARE_FRACTIONS))
		assumed.push('software');
	return assumed;
}
