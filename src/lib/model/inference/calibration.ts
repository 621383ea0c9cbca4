import { tpotIsMeasured, type MeasuredCase } from '../../catalog/measurements';
import { DEFAULT_DEPLOYMENT } from '../deployment';
import { specFromPresetId } from '../scenario';
import type { SystemSpec } from '../system';
import { DEFAULT_EFFICIENCIES, type Efficiencies } from './efficiencies';
import { evaluateInference } from './evaluate-inference';
import { chainAcceptedTokens } from './draft-chain';
import { SERVING_LATENCY, type ServingLatency } from './latency';
import { DEFAULT_SERVING, SERVING_BOUNDS, type ServingSettings } from './serving';
import type { InferenceResult } from './types';

/**
 * The system, serving settings and latency assumptions a measured case describes; null for an
 * unknown preset.
 */
export function calibrationInputs(
	c: MeasuredCase,
	softwareFraction: number | null = null
): {
	system: SystemSpec;
	serving: ServingSettings;
	latency: ServingLatency;
	options: { decodeSequencesPerChip?: number };
} | null {
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
	// 99th percentiles, as the model reads targets; a TPOT as run (a decode pool's mean, a
	// disaggregated deployment's median) becomes the p99 bound a mean of it implies (× the TPOT
	// tail ratio), so the model's own mean is the measured one.
	const tpotTail = tpotIsMeasured(c.scenario) ? SERVING_LATENCY.tpotTailRatio : 1;
	// n drafted tokens in a chain, each accepted with p given the earlier ones: 1 + p + … + pⁿ
	// tokens per step (1 + p for n = 1). The sweep solves the same chain for its drafts
	// (chainDraftedTokens), so it charges exactly n drafts and a verify pass of 1 + n tokens.
	const accepted = chainAcceptedTokens(c.draftTokensPerStep, SERVING_LATENCY.draftAcceptance);
	const latency: ServingLatency = SERVING_LATENCY;
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
		acceptedTokensPerStep: accepted,
		// A disaggregated deployment is modelled so; the other scenarios let the model choose.
		servingMode: c.scenario === 'disaggregated' ? 'disaggregated' : DEFAULT_SERVING.servingMode
	};
	// The load that ran, where published: the model's decode instances hold no more per chip.
	const options =
		c.decodeSequencesPerChip === null ? {} : { decodeSequencesPerChip: c.decodeSequencesPerChip };
	return { system, serving, latency, options };
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
			? evaluateInference(
					inputs.system,
					inputs.serving,
					efficiencies,
					inputs.latency,
					objective,
					inputs.options
				)
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
