/**
 * Training estimates off the main thread: a layout search takes 1–70 ms per system and a scale
 * curve up to ~270 ms, too slow for a slider tick. Each request answers twice: estimates first,
 * then the scale curves.
 */
// Every preset, the 2026 ones included: the model looks a system's chip family (its software
// fraction) and topology up by preset id, and this worker does not share the page's catalog.
import '../catalog/all-systems';
import { estimateTraining } from '../model/training/estimate';
import { trainingScaleCurve } from '../model/training/scale-curve';
import type { TrainingJob } from '../model/operations';

export interface TrainingRequest {
	id: number;
	jobs: TrainingJob[];
	curves: boolean;
}

self.onmessage = (event: MessageEvent<TrainingRequest>) => {
	const { id, jobs, curves } = event.data;
	const results = jobs.map((job) => estimateTraining(job.system, job.settings));
	self.postMessage({ id, kind: 'results', value: results });
	if (curves)
		self.postMessage({
			id,
			kind: 'curves',
			value: jobs.map((job) => trainingScaleCurve(job.system, job.settings))
		});
};

// Loaded and listening: lets the page's idle prefetch know the script has arrived (WorkerRunner.warm).
self.postMessage({ id: 0, kind: 'ready' });
