/**
 * The serving frontiers off the main thread: the batch grid of every layout is most of the
 * serving model's work (tens of ms for four systems, too slow for a slider tick), and only the
 * inference view draws it. The page evaluates the operating point itself ({ frontier: false }).
 * Each request answers with the frontiers, then, when asked, the evidence bands (two more
 * sweeps per system).
 */
// Every preset, the 2026 ones included: the model looks a system's chip family (its software
// fraction) and topology up by preset id, and this worker does not share the page's catalog.
import '../catalog/all-systems';
import { frontierBand } from '../model/bands';
import { evaluateInference } from '../model/inference/evaluate-inference';
import type { Scenario } from '../model/scenario';

export interface FrontierRequest {
	id: number;
	scenario: Scenario;
	bands: boolean;
}

self.onmessage = (event: MessageEvent<FrontierRequest>) => {
	const { id, scenario, bands } = event.data;
	const frontiers = scenario.systems.map((spec) => {
		const r = evaluateInference(spec, scenario.serving, scenario.efficiencies);
		return r.kind === 'ok' ? r.frontier : null;
	});
	self.postMessage({ id, kind: 'frontiers', value: frontiers });
	if (bands)
		self.postMessage({
			id,
			kind: 'bands',
			value: scenario.systems.map((_, i) => frontierBand(scenario, i))
		});
};

// Loaded and listening: lets the page's idle prefetch know the script has arrived (WorkerRunner.warm).
self.postMessage({ id: 0, kind: 'ready' });
