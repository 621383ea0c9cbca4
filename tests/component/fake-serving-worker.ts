import { evaluateServing } from '../../src/lib/model/evaluate';
import type { Scenario } from '../../src/lib/model/scenario';
import { lineupOf } from '../../src/lib/state/lineup';

/**
 * Stands in for the browser's serving worker (vi.stubGlobal('Worker', FakeServingWorker)): records
 * requests, answers when told to, so a test can hold the page between an edit and its answer.
 */
export class FakeServingWorker {
	static started: FakeServingWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	onmessageerror: (() => void) | null = null;
	posted: { id: number; scenario: Scenario }[] = [];
	constructor() {
		FakeServingWorker.started.push(this);
	}
	postMessage(message: { id: number; scenario: Scenario }) {
		this.posted.push(message);
	}
	/** Answers request `id` as serving.worker.ts would. */
	answer(id: number) {
		const { scenario } = this.posted.find((m) => m.id === id)!;
		const serving = evaluateServing(scenario, { frontier: false });
		this.onmessage!({
			data: { id, kind: 'serving', value: { lineup: lineupOf(scenario.systems), serving } }
		});
	}
	terminate() {}
}
