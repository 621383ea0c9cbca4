import { findSystemPreset } from '../catalog/systems';
import type { Figure, FigureOrMissing } from '../catalog/figure';
import type { Efficiencies } from './inference/efficiencies';
import { evaluateInference } from './inference/evaluate-inference';
import type { InferencePoint } from './inference/types';
import { normalizeSystem } from './normalize';
import { PRECISIONS } from './precision';
import { specFromPresetId, type Scenario } from './scenario';
import type { SystemSpec } from './system';

/**
 * Ranges of the global efficiencies seen in the measurements they come from (calibration.md):
 * large GEMMs reach 58 % of peak on GB200 and 66–69 % on H200 (case 23); HBM copies 83–93 %
 * (case 23); ring all-reduce ~0.80–0.86 of NVLink line rate (cases 21, 22).
 */
export const EFFICIENCY_RANGES: Partial<Record<keyof Efficiencies, [number, number]>> = {
	computeFraction: [0.58, 0.69],
	hbmFraction: [0.83, 0.93],
	scaleUpFraction: [0.8, 0.86]
};

/** The throughput inputs whose sources disagree, as factors on today's value: [low, high]. */
function factors(figure: FigureOrMissing | undefined): [number, number] | null {
	const f = figure as Figure | undefined;
	if (!f || f.value === null || !f.range || f.value <= 0) return null;
	return [f.range[0] / f.value, f.range[1] / f.value];
}

/**
 * A system at the pessimistic (0) or optimistic (1) end of every disagreeing source. A figure the
 * reader has edited is their own number, not the sources': it keeps its value.
 */
export function systemAtEnd(spec: SystemSpec, end: 0 | 1): SystemSpec {
	const preset = spec.presetId ? findSystemPreset(spec.presetId) : undefined;
	const presetSpec = spec.presetId ? specFromPresetId(spec.presetId) : undefined;
	if (!preset || !presetSpec) return spec;
	const out: SystemSpec = { ...spec, denseFlopsPerS: { ...spec.denseFlopsPerS } };
	for (const p of PRECISIONS) {
		const k = factors(preset.denseFlopsPerS[p]);
		const v = out.denseFlopsPerS[p];
		if (k && v !== undefined && v === presetSpec.denseFlopsPerS[p]) {
			out.denseFlopsPerS[p] = v * k[end];
		}
	}
	for (const field of [
		'hbmBytes',
		'hbmBytesPerS',
		'scaleUpBytesPerS',
		'scaleOutBytesPerS'
	] as const) {
		const k = factors(preset[field]);
		if (k && spec[field] === presetSpec[field]) out[field] = spec[field] * k[end];
	}
	return normalizeSystem(out);
}

function efficienciesAtEnd(e: Efficiencies, end: 0 | 1): Efficiencies {
	const out = { ...e };
	for (const [key, range] of Object.entries(EFFICIENCY_RANGES) as [
		keyof Efficiencies,
		[number, number]
	][])
		out[key] = range[end];
	return out;
}

export interface FrontierBand {
	low: InferencePoint[];
	high: InferencePoint[];
}

/**
 * The frontier with every disagreeing source and every measured efficiency at its pessimistic
 * end, and at its optimistic end. Throughput never falls as any of these rises (property-tested),
 * so the two frontiers bound every combination in between.
 */
export function frontierBand(scenario: Scenario, index: number): FrontierBand | null {
	const spec = scenario.systems[index];
	if (!spec) return null;
	const run = (end: 0 | 1) => {
		const r = evaluateInference(
			systemAtEnd(spec, end),
			scenario.serving,
			efficienciesAtEnd(scenario.efficiencies, end)
		);
		return r.kind === 'ok' ? r.frontier : [];
	};
	return { low: run(0), high: run(1) };
}
