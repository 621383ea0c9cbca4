import { CLAIMS, type Claim } from '../catalog/claims';
import { evaluateHardware } from '../model/evaluate-hardware';
import { evaluateInference } from '../model/inference/evaluate-inference';
import type { AnyInferenceResult } from '../model/inference/types';
import type { Scenario } from '../model/scenario';
import { perChipRatioAtTarget, tornado, type TornadoBar } from '../model/sensitivity';
import { decodeScenario } from './codec';

export interface ClaimCheck {
	claim: Claim;
	scenario: Scenario;
	/** What the model gives for the claimed ratio; null when it has no number. */
	modelled: number | null;
	/**
	 * An inference claim without a modelled ratio: each of its two systems that has no operating
	 * point at the target, with its result, so the card can say why in the reader's language.
	 */
	missing: { system: number; result: AnyInferenceResult }[];
	/** The three inputs that move the modelled ratio most when moved ±20 %. */
	drivers: TornadoBar[];
}

/** The ratio a claim is about, as a pure function of a scenario. */
export function claimOutput(claim: Claim): (s: Scenario) => number | null {
	const check = claim.check;
	if (check.kind === 'inference-per-chip') return perChipRatioAtTarget(check.system);
	// The hardware table alone: serving (most of a whole evaluation) does not move a hardware row.
	return (s) =>
		evaluateHardware(s).rows.find((r) => r.id === check.metric)?.ratios[check.system] ?? null;
}

/** The systems of an inference claim with no point at the target (none when it has a ratio). */
export function missingPoints(
	claim: Claim,
	scenario: Scenario,
	modelled: number | null
): ClaimCheck['missing'] {
	const check = claim.check;
	if (modelled !== null || check.kind !== 'inference-per-chip') return [];
	return [0, check.system].flatMap((system) => {
		const spec = scenario.systems[system];
		if (!spec) return [];
		const result = evaluateInference(
			spec,
			scenario.serving,
			scenario.efficiencies,
			undefined,
			undefined,
			{
				frontier: false
			}
		);
		return result.kind === 'ok' && result.atTarget ? [] : [{ system, result }];
	});
}

/** Run every claim's scenario through the model, with its main drivers. */
export function checkClaims(): ClaimCheck[] {
	return CLAIMS.map((claim) => {
		const { scenario } = decodeScenario(claim.query);
		const output = claimOutput(claim);
		// Without a modelled ratio nothing can move it: every bar would swing 0 (and each costs
		// two evaluations on the page's main thread).
		const modelled = output(scenario);
		if (modelled === null)
			return {
				claim,
				scenario,
				modelled,
				missing: missingPoints(claim, scenario, modelled),
				drivers: []
			};
		const t = tornado(scenario, output);
		return {
			claim,
			scenario,
			modelled: t.base,
			missing: [],
			drivers: t.bars.filter((b) => b.swing > 0).slice(0, 3)
		};
	});
}
