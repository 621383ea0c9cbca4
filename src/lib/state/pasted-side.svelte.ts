import { evaluateServing } from '../model/evaluate';
import { evaluateHardware } from '../model/evaluate-hardware';
import { evaluateOperations, trainingJobs, trainingOperations } from '../model/operations';
import type { Scenario } from '../model/scenario';
import type { DiffSide } from '../share/diff';
import { TrainingRunner } from './training-runner.svelte';

/**
 * A pasted link's scenario evaluated as the page evaluates its own, for the diff: hardware,
 * serving, energy, cost and reliability at once, training from its own worker (the figures arrive
 * a moment later, and the diff's training rows fill in). dispose() stops the worker.
 */
export class PastedSide implements DiffSide {
	readonly scenario: Scenario;
	readonly evaluation: DiffSide['evaluation'];
	readonly operations: NonNullable<DiffSide['operations']>;
	readonly #runner = new TrainingRunner();
	readonly trainingOps: DiffSide['trainingOps'];

	constructor(scenario: Scenario) {
		this.scenario = scenario;
		// The diff reads the figures at the target, never the frontier: no sweep.
		this.evaluation = {
			...evaluateHardware(scenario),
			...evaluateServing(scenario, { frontier: false })
		};
		this.operations = evaluateOperations(
			scenario.systems,
			this.evaluation.inference,
			scenario.operations,
			scenario.efficiencyPrecision
		);
		this.trainingOps = $derived(
			this.#runner.results?.map((result, i) => {
				const spec = scenario.systems[i];
				const ops = this.operations.systems[i];
				return result && spec && ops
					? trainingOperations(spec, result, ops, scenario.operations)
					: null;
			}) ?? null
		);
		this.#runner.request(trainingJobs(scenario), false);
	}

	get training(): DiffSide['training'] {
		return this.#runner.results;
	}

	dispose() {
		this.#runner.dispose();
	}
}
