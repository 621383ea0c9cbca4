import type { TrainingJob } from '../model/operations';
import type { TrainingResult } from '../model/training/estimate';
import type { ScalePoint } from '../model/training/scale-curve';
import type { TrainingRequest } from './training.worker';
import { WorkerRunner } from './worker-runner.svelte';

/** Wait after the last change before starting a training run: a drag settles first. */
const DEBOUNCE_MS = 120;

interface TrainingAnswers extends Record<string, unknown> {
	results: (TrainingResult | null)[];
	curves: (ScalePoint[] | null)[];
}

/**
 * Training estimates in a web worker (training.worker.ts): `results` and `curves` are null until
 * the first answer; later answers replace them while `pending` says an update is on its way.
 */
export class TrainingRunner extends WorkerRunner<Omit<TrainingRequest, 'id'>, TrainingAnswers> {
	constructor() {
		super(
			() => new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' }),
			'results',
			DEBOUNCE_MS
		);
	}

	get results(): TrainingAnswers['results'] | null {
		return this.answers.results ?? null;
	}

	get curves(): TrainingAnswers['curves'] | null {
		return this.answers.curves ?? null;
	}

	request(jobs: TrainingJob[], withCurves: boolean, lineup = '') {
		this.send(
			() => ({ jobs: $state.snapshot(jobs) as TrainingJob[], curves: withCurves }),
			lineup,
			jobs
		);
	}
}
