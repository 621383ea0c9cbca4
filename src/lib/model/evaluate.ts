import { evaluateHardware, type HardwareEvaluation } from './evaluate-hardware';
import type { Scenario } from './scenario';
import { evaluateInference } from './inference/evaluate-inference';
import { compareAtTarget, type TargetComparison } from './inference/compare';
import type { InferenceResult } from './inference/types';

export interface Evaluation extends HardwareEvaluation {
	/** LLM serving on each system, in the order of `systems`. */
	inference: InferenceResult[];
	/** Each system against the first at the target speed per user. */
	atTarget: TargetComparison;
}

/** LLM serving on each system and the comparison at the target speed: the part beyond hardware. */
export function evaluateServing(scenario: Scenario): Pick<Evaluation, 'inference' | 'atTarget'> {
	const inference = scenario.systems.map((spec) =>
		evaluateInference(spec, scenario.serving, scenario.efficiencies)
	);
	return { inference, atTarget: compareAtTarget(inference) };
}

/** Evaluate a normalised scenario: pure, synchronous, and cheap enough for every slider tick. */
export function evaluate(scenario: Scenario): Evaluation {
	return { ...evaluateHardware(scenario), ...evaluateServing(scenario) };
}
