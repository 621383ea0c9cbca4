import { SLOTS } from '../share/codec';
import { capexFor, DEFAULT_DEPLOYMENT } from '../model/deployment';
import { unavailable, type Result, type Unavailable } from '../model/estimate-types';
import type { TrainingOperations } from '../model/operations';
import type { TrainingResult } from '../model/training/estimate';
import { findComponentInventory } from '../catalog/component-inventories';
import type { Comparison } from './comparison.svelte';
import type { Estimates } from './estimates.svelte';
import { nameAtChips } from '../format/system-name';

/*
 * What the training, energy and reliability views show for each system slot, read from a
 * Comparison and its Estimates. Called inside the views' $derived, so they recompute when what they read changes.
 * Names are given the chips each system has ("HGX H100 (72 GPU)" for a=hgx-h100&a.chips=72), in
 * `locale`'s digits, as the summary and results table name them.
 */

const noServing = unavailable('not-applicable', 'No serving point at the target speed.');
const noPrice = unavailable('unknown', 'No price entered.');

export function trainingSystemViews(comparison: Comparison, estimates: Estimates, locale: string) {
	return comparison.systems.map((spec, i) => {
		const ops = estimates.operations.systems[i];
		const training = estimates.trainingOps?.[i];
		return {
			slot: SLOTS[i]!,
			name: nameAtChips(spec.name, spec.chips, locale),
			chipsPerSystem: spec.chips,
			scaleUpDomainChips: Math.min(spec.scaleUpDomainChips, spec.chips),
			systems: spec.deployment?.joined ?? 1,
			layout: spec.deployment?.trainingLayout ?? null,
			trainsIn: estimates.trainingPrecisions[i] ?? comparison.training.precision,
			result: estimates.trainingResults?.[i] ?? null,
			curve: estimates.trainingCurves?.[i] ?? null,
			withInterruptions:
				training && ops
					? { goodput: ops.reliability.goodput.value, timeToTrainS: training.timeToTrainS }
					: null
		};
	});
}

/**
 * A training run's energy or cost: null while the worker is computing; otherwise the figure, or
 * why there is none — the run itself has no estimate (the model does not fit, …), or it never
 * finishes (no goodput left), or (`missing`) the figure lacks an input of its own (no price).
 */
function trainingFigure(
	result: TrainingResult | null | undefined,
	training: TrainingOperations | null | undefined,
	figure: Result | null | undefined,
	missing?: Unavailable
): Result | null {
	if (!result) return null;
	if (result.kind === 'unavailable') return result;
	if (!training) return null;
	if (training.timeToTrainS.kind === 'unavailable') return training.timeToTrainS;
	return figure ?? missing ?? null;
}

export function energySystemViews(comparison: Comparison, estimates: Estimates, locale: string) {
	return comparison.systems.map((spec, i) => {
		const ops = estimates.operations.systems[i]!;
		const result = estimates.trainingResults?.[i];
		const training = estimates.trainingOps?.[i];
		const deployment = spec.deployment ?? DEFAULT_DEPLOYMENT;
		return {
			slot: SLOTS[i]!,
			name: nameAtChips(spec.name, spec.chips, locale),
			presetId: spec.presetId,
			tokenEnergy: ops.energy ?? noServing,
			costPerChipHour: ops.costPerChipHour ?? noPrice,
			tokenCosts: ops.cost ?? (ops.costBasis ? noServing : noPrice),
			trainingEnergyJ: trainingFigure(result, training, training?.energyJ),
			trainingCostUsd: trainingFigure(result, training, training?.costUsd, noPrice),
			envelope: estimates.operations.envelope[i]!,
			pricePerChipHourUsd: deployment.pricePerChipHourUsd,
			capexPerChipUsd: capexFor(spec.presetId, deployment)
		};
	});
}

export function reliabilitySystemViews(
	comparison: Comparison,
	estimates: Estimates,
	locale: string
) {
	return comparison.systems.map((spec, i) => {
		const ops = estimates.operations.systems[i]!;
		return {
			slot: SLOTS[i]!,
			name: nameAtChips(spec.name, spec.chips, locale),
			counts: ops.components,
			inventory: (spec.presetId ? findComponentInventory(spec.presetId) : undefined) ?? null,
			systems: spec.deployment?.joined ?? 1,
			scaleUpDomainChips: Math.min(spec.scaleUpDomainChips, spec.chips),
			result: ops.reliability
		};
	});
}
