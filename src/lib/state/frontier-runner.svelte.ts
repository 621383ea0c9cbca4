import type { FrontierBand } from '../model/bands';
import type { InferencePoint } from '../model/inference/types';
import type { Scenario } from '../model/scenario';
import type { FrontierRequest } from './serving.worker';
import { WorkerRunner } from './worker-runner.svelte';

/**
 * Short: a sweep takes tens of ms, so the frontier follows a drag closely without queueing a
 * sweep per tick (a newer request replaces one not yet posted).
 */
const DEBOUNCE_MS = 40;

interface FrontierAnswers extends Record<string, unknown> {
	/** Per system: its frontier, or null where it serves nothing (no fit, no precision). */
	frontiers: (InferencePoint[] | null)[];
	bands: (FrontierBand | null)[];
}

/** The serving frontiers and evidence bands from serving.worker.ts. */
export class FrontierRunner extends WorkerRunner<Omit<FrontierRequest, 'id'>, FrontierAnswers> {
	constructor() {
		super(
			() => new Worker(new URL('./serving.worker.ts', import.meta.url), { type: 'module' }),
			'frontiers',
			DEBOUNCE_MS
		);
	}

	request(scenario: Scenario, bands: boolean, lineup: string) {
		this.send(() => ({ scenario: $state.snapshot(scenario) as Scenario, bands }), lineup);
	}
}
