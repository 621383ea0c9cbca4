import { MEASURED_CASES, type MeasuredCase } from '../catalog/measurements';
import { runCalibration } from './inference/calibration';
import type { Efficiencies } from './inference/efficiencies';
import type { Scenario } from './scenario';

/** A published measurement drawn over a system's frontier, with the model's error at its conditions. */
export interface EvidencePoint {
	system: number;
	case: MeasuredCase;
	/**
	 * Tokens/s per user of the measurement: 1 ÷ its TPOT, a bound it was held to (a lower bound on
	 * speed) or the one it ran at (tpotIsMeasured: a decode pool's mean, InferenceX's median).
	 */
	userTokensPerS: number;
	measuredTokensPerSPerChip: number;
	/** The model at the measurement's own conditions (its chips, tokens, precision), and ÷ measured. */
	modelledTokensPerSPerChip: number | null;
	error: number | null;
}

/**
 * Measurements that match the scenario: same system preset and same model. Only decode
 * measurements with a per-token latency bound can be placed on the speed-per-user axis; offline
 * and prefill results have no such position and are left to the Validation page.
 */
export function evidenceFor(
	scenario: Scenario,
	efficiencies: Efficiencies = scenario.efficiencies
): EvidencePoint[] {
	const modelId = scenario.serving.modelId;
	const out: EvidencePoint[] = [];
	scenario.systems.forEach((spec, system) => {
		const cases = MEASURED_CASES.filter(
			(c) =>
				c.system.presetId === spec.presetId &&
				c.modelId === modelId &&
				c.latency.tpotS !== null &&
				c.metric !== 'prefill-tokens-per-chip'
		);
		if (cases.length === 0) return;
		const rows = runCalibration(cases, efficiencies);
		cases.forEach((c, i) => {
			const modelled = rows[i]?.modelled ?? null;
			out.push({
				system,
				case: c,
				userTokensPerS: 1 / c.latency.tpotS!,
				measuredTokensPerSPerChip: c.measuredTokensPerSPerChip,
				modelledTokensPerSPerChip: modelled,
				error: modelled === null ? null : modelled / c.measuredTokensPerSPerChip
			});
		});
	});
	return out;
}
