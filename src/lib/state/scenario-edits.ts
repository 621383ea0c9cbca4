import { clamp } from '../model/bounds';
import {
	DEFAULT_OPERATIONS,
	defaultComponents,
	type Operations,
	type TrainingScenario
} from '../model/deployment';
import type { TrainingLayout } from '../model/training/types';
import type { ComponentCounts, ComponentKind } from '../model/reliability/inventory';
import type { FailureRates } from '../model/reliability/rates';
import { isPrecision } from '../model/precision';
import { findLlmPreset } from '../catalog/llms';
import { LLM_EDITABLE_FIELDS } from '../model/llm-edit';
import {
	SERVING_MODES,
	type ServingNumberField,
	type ServingSettings
} from '../model/inference/serving';
import { DEFAULT_EFFICIENCIES, type Efficiencies } from '../model/inference/efficiencies';
import type { Comparison } from './comparison.svelte';

/*
 * The edits only the views the first render does without make (inference, training, energy and
 * cost, reliability), kept out of the Comparison class so that they load with those views, not on
 * the first visit: as its methods they cost the first visit 386 B gzipped (2026-12-08). Each goes
 * through Comparison.replaceSection or Comparison.patchDeployment, which set the scenario as the
 * class's own edits do: normalised the same way, in the link and in undo alike.
 */

// ------------------------------------------------------------ inference workload

function replaceServing(comparison: Comparison, patch: Partial<ServingSettings>) {
	comparison.replaceSection('serving', { ...comparison.serving, ...patch });
}

/** Pick a catalog model; any edits to the previous one are dropped. */
export function setModel(comparison: Comparison, modelId: string) {
	if (findLlmPreset(modelId)) replaceServing(comparison, { modelId, customModel: null });
}

export function setServingField(comparison: Comparison, field: ServingNumberField, value: number) {
	if (Number.isFinite(value)) replaceServing(comparison, { [field]: value });
}

/** An input/output length preset: both fields in one edit. */
export function setServingLengths(
	comparison: Comparison,
	inputTokens: number,
	outputTokens: number
) {
	if (Number.isFinite(inputTokens) && Number.isFinite(outputTokens))
		replaceServing(comparison, { inputTokens, outputTokens });
}

export function setServingPrecision(
	comparison: Comparison,
	field: 'weightPrecision' | 'kvPrecision' | 'computePrecision',
	value: string
) {
	if (isPrecision(value)) replaceServing(comparison, { [field]: value });
}

export function setServingMode(comparison: Comparison, value: string) {
	const mode = SERVING_MODES.find((m) => m === value);
	if (mode) replaceServing(comparison, { servingMode: mode });
}

/** Edit one field of the model's shape (e.g. GPT-MoE-1.8T's assumed KV heads). */
export function setModelField(comparison: Comparison, key: string, value: number) {
	const model = comparison.model;
	const field = LLM_EDITABLE_FIELDS.find((f) => f.key === key);
	if (!field || !Number.isFinite(value) || field.get(model) === undefined) return;
	replaceServing(comparison, { customModel: field.set(model, clamp(value, field.bounds)) });
}

export function resetModel(comparison: Comparison) {
	replaceServing(comparison, { customModel: null });
}

export function setEfficiency(comparison: Comparison, field: keyof Efficiencies, value: number) {
	if (Number.isFinite(value))
		comparison.replaceSection('efficiencies', { ...comparison.efficiencies, [field]: value });
}

export function resetEfficiencies(comparison: Comparison) {
	comparison.replaceSection('efficiencies', { ...DEFAULT_EFFICIENCIES });
}

// ------------------------------------------------------------ training, energy, cost, reliability

export function setJoined(comparison: Comparison, index: number, joined: number) {
	if (Number.isFinite(joined)) comparison.patchDeployment(index, { joined });
}

/** Pin a training layout for one system, or null to let the model choose. */
export function setTrainingLayout(
	comparison: Comparison,
	index: number,
	layout: TrainingLayout | null
) {
	comparison.patchDeployment(index, { trainingLayout: layout });
}

export function setComponentCount(
	comparison: Comparison,
	index: number,
	key: keyof ComponentCounts,
	value: number
) {
	const spec = comparison.systems[index];
	if (!spec || !Number.isFinite(value)) return;
	const current = spec.deployment?.components ?? defaultComponents(spec.presetId, spec.chips);
	comparison.patchDeployment(index, { components: { ...current, [key]: value } });
}

export function resetComponents(comparison: Comparison, index: number) {
	comparison.patchDeployment(index, { components: null });
}

export function setCapex(comparison: Comparison, index: number, usd: number | null) {
	if (usd === null || Number.isFinite(usd))
		comparison.patchDeployment(index, { capexPerChipUsd: usd });
}

export function setRentalPrice(
	comparison: Comparison,
	index: number,
	usdPerChipHour: number | null
) {
	if (usdPerChipHour === null || Number.isFinite(usdPerChipHour))
		comparison.patchDeployment(index, { pricePerChipHourUsd: usdPerChipHour });
}

export function setTraining(
	comparison: Comparison,
	field: keyof TrainingScenario,
	value: number | string
) {
	comparison.replaceSection('training', { ...comparison.training, [field]: value });
}

export function setOperation(
	comparison: Comparison,
	field: Exclude<keyof Operations, 'failureRates' | 'interruptingFractions'>,
	value: number
) {
	if (Number.isFinite(value))
		comparison.replaceSection('operations', { ...comparison.operations, [field]: value });
}

export function setFailureRate(comparison: Comparison, field: keyof FailureRates, perHour: number) {
	if (!Number.isFinite(perHour)) return;
	const ops = comparison.operations;
	comparison.replaceSection('operations', {
		...ops,
		failureRates: { ...ops.failureRates, [field]: perHour }
	});
}

export function setInterruptingFraction(
	comparison: Comparison,
	kind: ComponentKind,
	fraction: number
) {
	if (!Number.isFinite(fraction)) return;
	const ops = comparison.operations;
	comparison.replaceSection('operations', {
		...ops,
		interruptingFractions: { ...ops.interruptingFractions, [kind]: fraction }
	});
}

/** Back to the default failure rates and interrupting fractions; other operations stay. */
export function resetFailureRates(comparison: Comparison) {
	comparison.replaceSection('operations', {
		...comparison.operations,
		failureRates: { ...DEFAULT_OPERATIONS.failureRates },
		interruptingFractions: { ...DEFAULT_OPERATIONS.interruptingFractions }
	});
}
