/**
 * The serving model off the main thread, in two instances of this script:
 *  - the frontiers (FrontierRunner): the batch grid of every layout is most of the serving model's
 *    work (tens of ms for four systems, too slow for a slider tick), and only the inference view
 *    draws it. Each request answers with the frontiers, then, when asked, the evidence bands (two
 *    more sweeps per system);
 *  - the operating point at the target (ServingRunner): 1.4 ms at the median and 2.7 ms at the
 *    p95 of a slider tick for four systems on the page's main thread (2026-12-06, this 2-core VM),
 *    the largest part of a tick. Here a drag's frames keep it off the thread that draws them.
 */
// Every preset, the 2026 ones included: the model looks a system's chip family (its software
// fraction) and topology up by preset id, and this worker does not share the page's catalog.
import '../catalog/all-systems';
import { frontierBand } from '../model/bands';
import { evaluateServing } from '../model/evaluate';
import { evaluateInference } from '../model/inference/evaluate-inference';
import type { Scenario } from '../model/scenario';
import { lineupOf } from './lineup';
import { mergeParts } from './scenario-parts';

export interface FrontierRequest {
	id: number;
	scenario: Scenario;
	bands: boolean;
}

export interface OperatingPointRequest {
	id: number;
	/** The parts of the scenario that changed since the last request (all in a worker's first). */
	parts: Partial<Scenario>;
	atTarget: true;
}

/** The operating point's scenario as the page has sent it so far, its parts merged. */
let held: Partial<Scenario> = {};

self.onmessage = (event: MessageEvent<FrontierRequest | OperatingPointRequest>) => {
	const request = event.data;
	if ('atTarget' in request) {
		held = mergeParts(held, request.parts);
		const scenario = held as Scenario;
		// The line-up goes with the answer: one shown after a newer request (ServingRunner keeps
		// superseded answers) may belong to other systems than the page's.
		const value = {
			lineup: lineupOf(scenario.systems),
			serving: evaluateServing(scenario, { frontier: false })
		};
		self.postMessage({ id: request.id, kind: 'serving', value });
		return;
	}
	const { id, scenario } = request;
	const frontiers = scenario.systems.map((spec) => {
		const r = evaluateInference(spec, scenario.serving, scenario.efficiencies);
		return r.kind === 'ok' ? r.frontier : null;
	});
	self.postMessage({ id, kind: 'frontiers', value: frontiers });
	if (request.bands)
		self.postMessage({
			id,
			kind: 'bands',
			value: scenario.systems.map((_, i) => frontierBand(scenario, i))
		});
};

// Loaded and listening: lets the page's idle prefetch know the script has arrived (WorkerRunner.warm).
self.postMessage({ id: 0, kind: 'ready' });
