import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import {
	evaluateOperations,
	trainingJobs,
	trainingOperations
} from '../../../src/lib/model/operations';
import { estimateTraining } from '../../../src/lib/model/training/estimate';
import { decodeScenario } from '../../../src/lib/share/codec';
import type { Comparison } from '../../../src/lib/state/comparison.svelte';
import type { Estimates } from '../../../src/lib/state/estimates.svelte';
import {
	energySystemViews,
	reliabilitySystemViews,
	trainingSystemViews
} from '../../../src/lib/state/system-views';

// GB200 NVL72 trains the default model; one 8-GPU H100 board cannot hold it.
const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=hgx-h100');
const operations = evaluateOperations(
	scenario.systems,
	evaluate(scenario).inference,
	scenario.operations,
	scenario.efficiencyPrecision
);
const results = trainingJobs(scenario).map((job) => estimateTraining(job.system, job.settings));

function views(trainingResults: typeof results | null) {
	const trainingOps = trainingResults?.map((result, i) =>
		trainingOperations(scenario.systems[i]!, result, operations.systems[i]!, scenario.operations)
	);
	// The views read the scenario's parts from the comparison (comparison.systems, …).
	const comparison = { scenario, ...scenario } as unknown as Comparison;
	return energySystemViews(
		comparison,
		{
			operations,
			trainingResults,
			trainingOps: trainingOps ?? null
		} as unknown as Estimates,
		'en'
	);
}

describe('energySystemViews: training energy and cost', () => {
	it('are null (computing) only until the worker answers', () => {
		expect(views(null).map((v) => [v.trainingEnergyJ, v.trainingCostUsd])).toEqual([
			[null, null],
			[null, null]
		]);
	});

	it('say why when a system has no training run, instead of computing forever', () => {
		expect(results[0]!.kind).toBe('training');
		expect(results[1]!.kind).toBe('unavailable');
		const [gb200, h100] = views(results);
		expect(gb200!.trainingEnergyJ?.kind).toBe('estimate');
		expect(h100!.trainingEnergyJ).toEqual(results[1]);
		expect(h100!.trainingCostUsd).toEqual(results[1]);
	});
});

describe('the training, energy and reliability views name each system by the chips it has', () => {
	// The 30x claim's link gives the 8-GPU board preset 72 chips: "HGX H100 (8 GPU)" would
	// misstate it, as it did on these three tabs while the summary already read "(72 GPU)".
	const { scenario: claim } = decodeScenario('v=1&a=hgx-h100&a.chips=72&b=gb200-nvl72');
	const comparison = { scenario: claim, ...claim } as unknown as Comparison;
	const ops = evaluateOperations(
		claim.systems,
		evaluate(claim).inference,
		claim.operations,
		claim.efficiencyPrecision
	);
	const estimates = {
		operations: ops,
		trainingResults: null,
		trainingOps: null,
		trainingPrecisions: []
	} as unknown as Estimates;

	it.each([
		['training', trainingSystemViews],
		['energy', energySystemViews],
		['reliability', reliabilitySystemViews]
	] as const)('%s', (_, views) => {
		expect(views(comparison, estimates, 'en').map((v) => v.name)).toEqual([
			'HGX H100 (72 GPU)',
			'GB200 NVL72'
		]);
	});
});
