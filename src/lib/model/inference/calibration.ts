import type { MeasuredCase } from '../../catalog/measurements';
import { DEFAULT_DEPLOYMENT } from '../deployment';
import { specFromPresetId } from '../scenario';
import type { SystemSpec } from '../system';
import { DEFAULT_EFFICIENCIES, type Efficiencies } from './efficiencies';
import { evaluateInference } from './evaluate-inference';
import { SERVING_LATENCY } from './latency';
import { DEFAULT_SERVING, SERVING_BOUNDS, type ServingSettings } from './serving';
import type { InferenceResult } from './types';

/** The system and serving settings a measured case describes; null for an unknown preset. */
export function calibrationInputs(
	c: MeasuredCase,
	softwareFraction: number | null = null
): { system: SystemSpec; serving: ServingSettings } | null {
	const preset = specFromPresetId(c.system.presetId);
	if (!preset) return null;
	const system: SystemSpec = {
		...preset,
		name: c.system.note,
		chips: c.system.chips,
		scaleUpDomainChips: c.system.scaleUpDomainChips,
		deployment: { ...(preset.deployment ?? DEFAULT_DEPLOYMENT), softwareFraction }
	};
	// No bound = the loosest the model accepts: offline has neither; decode-only and
	// prefill-only measure one phase with the other given unlimited resources. MLPerf bounds are
	// 99th percentiles, as the model reads targets; a decode-only TPOT is a measured mean, so it
	// becomes the p99 bound that mean implies (× the TPOT tail ratio).
	const tpotTail = c.scenario === 'decode-only' ? SERVING_LATENCY.tpotTailRatio : 1;
	const serving: ServingSettings = {
		...DEFAULT_SERVING,
		modelId: c.modelId,
		inputTokens: c.inputTokens,
		outputTokens: c.outputTokens,
		weightPrecision: c.precision.weight,
		kvPrecision: c.precision.kv,
		computePrecision: c.precision.compute,
		targetUserTokensPerS:
			c.latency.tpotS === null
				? SERVING_BOUNDS.targetUserTokensPerS.min
				: 1 / (c.latency.tpotS * tpotTail),
		targetTtftS: c.latency.ttftS ?? SERVING_BOUNDS.targetTtftS.max,
		// One drafted token is accepted with the global acceptance p: 1 + p tokens per step.
		acceptedTokensPerStep: 1 + c.draftTokensPerStep * SERVING_LATENCY.draftAcceptance
	};
	return { system, serving };
}

/** The modelled number a case is compared with, or null when the model has no point there. */
export function modelledValue(c: MeasuredCase, result: InferenceResult): number | null {
	if (result.kind !== 'ok') return null;
	if (c.metric === 'prefill-tokens-per-chip') return result.prefill.chipTokensPerS.value;
	if (!result.atTarget) return null;
	const t = result.atTarget;
	return c.metric === 'decode-tokens-per-chip' ? t.decodeChipTokensPerS : t.chipTokensPerS;
}

export interface CalibrationRow {
	id: string;
	label: string;
	measured: number;
	modelled: number | null;
	/** modelled ÷ measured; null when the model has no point. */
	ratio: number | null;
	result: InferenceResult | null;
}

/**
 * Model every case. `softwareFraction` replaces the table's software fraction for every case
 * (the fit in content/software-fit.ts bisects on it); null = the table's value per chip family.
 */
export function runCalibration(
	cases: readonly MeasuredCase[],
	efficiencies: Efficiencies = DEFAULT_EFFICIENCIES,
	softwareFraction: number | null = null
): CalibrationRow[] {
	return cases.map((c) => {
		const inputs = calibrationInputs(c, softwareFraction);
		// A decode-only benchmark measures the decode pool alone: rank its layouts by their own rate.
		const objective = c.scenario === 'decode-only' ? 'decode-pool' : 'deployment';
		const result = inputs
			? evaluateInference(inputs.system, inputs.serving, efficiencies, SERVING_LATENCY, objective)
			: null;
		const modelled = result ? modelledValue(c, result) : null;
		return {
			id: c.id,
			label: c.label,
			measured: c.measuredTokensPerSPerChip,
			modelled,
			ratio: modelled === null ? null : modelled / c.measuredTokensPerSPerChip,
			result
		};
	});
}
