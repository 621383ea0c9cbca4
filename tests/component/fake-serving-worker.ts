import { flushSync } from 'svelte';
import { vi } from 'vitest';
import { evaluateServing } from '../../src/lib/model/evaluate';
import type { Scenario } from '../../src/lib/model/scenario';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { estimatesOf } from '../../src/lib/state/estimates.svelte';
import { lineupOf } from '../../src/lib/state/lineup';
import { mergeParts } from '../../src/lib/state/scenario-parts';
import { estimateTraining } from '../../src/lib/model/training/estimate';
import type { TrainingRequest } from '../../src/lib/state/training.worker';

/**
 * Stands in for the browser's serving worker (and, asked with training jobs, training's): records
 * requests, answers when told to.
 */
export class FakeServingWorker {
	static started: FakeServingWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	onmessageerror: (() => void) | null = null;
	/** Each request, with the scenario the worker holds after it (as serving.worker.ts merges it). */
	posted: { id: number; scenario: Scenario }[] = [];
	#held: Partial<Scenario> = {};
	constructor() {
		FakeServingWorker.started.push(this);
	}
	postMessage(message: { id: number; parts?: Partial<Scenario> }) {
		// Training's requests carry jobs, not parts of a scenario.
		if (message.parts) this.#held = mergeParts(this.#held, message.parts);
		this.posted.push({ ...message, scenario: this.#held as Scenario });
	}
	/** Answers request `id` as serving.worker.ts would. */
	answer(id: number) {
		const { scenario } = this.posted.find((m) => m.id === id)!;
		const serving = evaluateServing(scenario, { frontier: false });
		this.onmessage!({
			data: { id, kind: 'serving', value: { lineup: lineupOf(scenario.systems), serving } }
		});
	}
	/** Answers the last training request as training.worker.ts would, estimates only. */
	answerTraining() {
		const { id, jobs } = this.posted.at(-1) as unknown as TrainingRequest;
		const value = jobs.map((job) => estimateTraining(job.system, job.settings));
		this.onmessage!({ data: { id, kind: 'results', value } });
	}
	/** Whether it is training's worker: asked for training jobs. */
	get trains() {
		return this.posted.some((message) => 'jobs' in message);
	}
	terminate() {}
}

export interface Served {
	comparison: Comparison;
	estimates: ReturnType<typeof estimatesOf>;
	worker: FakeServingWorker;
}

/**
 * Runs `test` on a comparison served by a stand-in worker, loaded and with its first answer shown
 * (request 1; the next edit is request 2), so a test can hold the page between an edit and its
 * answer. `prepare` edits the comparison before its first request. The global Worker is restored.
 */
export async function withServedComparison(
	test: (served: Served) => void | Promise<void>,
	prepare: (comparison: Comparison) => void = () => {}
) {
	vi.stubGlobal('Worker', FakeServingWorker);
	const comparison = new Comparison();
	try {
		prepare(comparison);
		const estimates = estimatesOf(comparison);
		const warm = estimates.servingRunner.warm();
		const worker = FakeServingWorker.started.at(-1)!;
		worker.onmessage!({ data: { id: 0, kind: 'ready' } });
		await warm;
		flushSync();
		worker.answer(1);
		flushSync();
		await test({ comparison, estimates, worker });
	} finally {
		comparison.dispose();
		FakeServingWorker.started = [];
		vi.unstubAllGlobals();
	}
}
