import type { ServingAtTarget } from '../model/evaluate';
import type { Scenario } from '../model/scenario';
import type { OperatingPointRequest } from './serving.worker';
import { WorkerRunner } from './worker-runner.svelte';

interface ServingAnswers extends Record<string, unknown> {
	/** evaluateServing(scenario, { frontier: false }), with the line-up it was computed for. */
	serving: { lineup: string; serving: ServingAtTarget };
}

/**
 * The operating point at the target from serving.worker.ts, asked on every change (no debounce:
 * it takes a few ms) and shown as it comes, a superseded answer included, so the figures follow
 * a drag. Each answer carries the line-up it was computed for (`lineup` here stays ''): one shown
 * after a newer request may be for other systems. Started once, by the page's idle prefetch: after
 * a failure the page computes the operating point itself for the rest of the visit.
 */
export class ServingRunner extends WorkerRunner<Omit<OperatingPointRequest, 'id'>, ServingAnswers> {
	constructor() {
		super(
			() => new Worker(new URL('./serving.worker.ts', import.meta.url), { type: 'module' }),
			'serving',
			0,
			true
		);
	}

	request(scenario: Scenario) {
		// The scenario is raw state (comparison.svelte.ts): plain objects, copied as they are.
		this.send(() => ({ scenario, atTarget: true }));
	}
}
