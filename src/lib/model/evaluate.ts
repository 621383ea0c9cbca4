import { evaluateHardware, type HardwareEvaluation } from './evaluate-hardware';
import type { Scenario } from './scenario';
import { evaluateInference } from './inference/evaluate-inference';
import { compareAtTarget, type TargetComparison } from './inference/compare';
import type { InferenceOptions } from './inference/evaluate-inference';
import type {
	AnyInferenceResult,
	Frontier,
	InferencePoint,
	InferenceResult
} from './inference/types';

/** `Evaluation<null>`: serving without the frontiers; `Evaluation<Frontier>`: either. */
export interface Evaluation<F extends Frontier = InferencePoint[]> extends HardwareEvaluation {
	/** LLM serving on each system, in the order of `systems`. */
	inference: InferenceResult<F>[];
	/** Each system against the first at the target speed per user. */
	atTarget: TargetComparison;
}

/** LLM serving on each system without the frontiers (`{ frontier: false }`). */
export type ServingAtTarget = Pick<Evaluation<null>, 'inference' | 'atTarget'>;

/**
 * LLM serving on each system and the comparison at the target speed: the part beyond hardware.
 * `{ frontier: false }` skips the frontier sweeps (the page computes those in a worker).
 */
export function evaluateServing(
	scenario: Scenario,
	options?: InferenceOptions & { frontier?: true }
): Pick<Evaluation, 'inference' | 'atTarget'>;
export function evaluateServing(
	scenario: Scenario,
	options: InferenceOptions & { frontier: false }
): ServingAtTarget;
export function evaluateServing(
	scenario: Scenario,
	options: InferenceOptions = {}
): { inference: AnyInferenceResult[]; atTarget: TargetComparison } {
	const frontier = options.frontier ?? true;
	const inference = scenario.systems.map((spec) =>
		frontier
			? evaluateInference(spec, scenario.serving, scenario.efficiencies)
			: evaluateInference(spec, scenario.serving, scenario.efficiencies, undefined, undefined, {
					frontier: false
				})
	);
	return { inference, atTarget: compareAtTarget(inference) };
}

/** Evaluate a normalised scenario: pure, synchronous, and cheap enough for every slider tick. */
export function evaluate(scenario: Scenario): Evaluation {
	return { ...evaluateHardware(scenario), ...evaluateServing(scenario) };
}
