import type { ServingAtTarget } from '../model/evaluate';
import type { Scenario } from '../model/scenario';
import type { OperatingPointRequest } from './serving.worker';
import { changedParts } from './scenario-parts';
import { WorkerRunner } from './worker-runner.svelte';

interface ServingAnswers extends Record<string, unknown> {
	/** evaluateServing(scenario, { frontier: false }), with the line-up it was computed for. */
	serving: { lineup: string; serving: ServingAtTarget };
}

/**
 * Fresh workers started after failures in one visit: a worker that fails on every load (blocked,
 * offline) or on the scenario it is sent (a bug) is not restarted without end; the page then
 * computes the operating point itself.
 */
const MAX_RESTARTS = 2;

/**
 * The operating point at the target from serving.worker.ts, asked on every change (no debounce:
 * it takes a few ms) and shown as it comes, a superseded answer included, so the figures follow
 * a drag. Each answer carries the line-up it was computed for (`lineup` here stays ''): one shown
 * after a newer request may be for other systems. Started by the page's idle prefetch; after a
 * failure the page computes the operating point itself while `restart()` loads a fresh worker.
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

	#restarts = 0;

	/**
	 * After a failure, load a fresh worker (at most MAX_RESTARTS a visit); it is asked once loaded.
	 * The failed one's answers go: once the fresh one loads they would stand, marked updating, over
	 * the page's own figures until it answers (the training and frontier runners keep theirs, shown
	 * as updating, as after any edit).
	 */
	restart() {
		if (!this.failed || this.#restarts >= MAX_RESTARTS) return;
		this.#restarts++;
		this.answers = {};
		void this.warm().catch(() => undefined); // a failure to load shows as `failed`
	}

	/** The scenario the worker holds: the parts of it posted so far, merged. */
	#posted: Scenario | null = null;

	/**
	 * The operating point of `scenario`. Only the parts that changed since the last request go to
	 * the worker, which keeps the rest: copying the whole scenario (four systems, ~3 kB of JSON)
	 * took ~0.6 ms of each slider tick on this 2-core VM (2026-12-08), a serving part alone a
	 * tenth of that. Parts are compared by identity: the comparison keeps unchanged parts as they
	 * were (reuse-unchanged.ts), and a part rebuilt equal is only sent again.
	 */
	request(scenario: Scenario) {
		// The scenario is raw state (comparison.svelte.ts): plain objects, copied as they are.
		this.send((freshWorker) => {
			const parts = changedParts(freshWorker ? null : this.#posted, scenario);
			this.#posted = scenario;
			return { parts, atTarget: true };
		});
	}
}
