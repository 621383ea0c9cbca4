import { BASIS_CHOICES, DEPLOYMENT_INPUTS, SYSTEM_CHOICES } from '../inputs';
import { normalizeChoices, normalizeInputs, normalizeTexts } from '../inputs/schema';
import { SYSTEM_INPUTS, SYSTEM_RULES, SYSTEM_TEXTS, dropUnknownFlops } from '../inputs/system';
import { DEFAULT_SERVING, normalizeServing, type ServingSettings } from './inference/serving';
import { findLlmPreset } from '../catalog/llms';
import { sameEditableShape, withDerivedTotal } from './llm-edit';
import { normalizeDeployment } from './deployment';
import { normalizeParts } from '../inputs/deployment';
import { normalizeTraining } from '../inputs/training';
import { normalizeOperations } from '../inputs/operations';
import { normalizeEfficiencyInputs, normalizeServingInputs } from '../inputs/workload';
import { PRECISIONS } from './precision';
import { MAX_SYSTEMS, defaultScenario, specFromPresetId, type Scenario } from './scenario';
import type { SystemSpec } from './system';

import { cleanName } from '../inputs/text';

/** Names are cleaned by the input schema (inputs/text.ts); re-exported for older imports. */
export { MAX_NAME_LENGTH, cleanName, cutAtGrapheme } from '../inputs/text';

/**
 * Clamp every hardware figure into its declaration (inputs/system.ts) and reconcile what cannot
 * exist (domain <= chips, all-in power >= chip power); the link decoder notices each change.
 */
export function normalizeSystem(spec: SystemSpec): SystemSpec {
	const flops = spec.denseFlopsPerS;
	const out: SystemSpec = {
		...spec,
		denseFlopsPerS: Object.fromEntries(
			PRECISIONS.filter((p) => p in flops).map((p) => [p, flops[p]])
		)
	};
	const preset = () => (spec.presetId ? specFromPresetId(spec.presetId) : undefined);
	normalizeInputs(out, SYSTEM_INPUTS, SYSTEM_RULES, preset);
	dropUnknownFlops(out);
	normalizeTexts(out, SYSTEM_TEXTS, preset);
	out.deployment = normalizeDeployment(spec.deployment);
	normalizeInputs(out, DEPLOYMENT_INPUTS, [], preset);
	normalizeParts(out);
	normalizeChoices(out, SYSTEM_CHOICES, preset);
	return out;
}

/** Serving settings clamped; a "custom" model identical to its preset is no custom model. */
export function normalizeServingSettings(serving: ServingSettings | undefined): ServingSettings {
	const out = normalizeServing(normalizeServingInputs({ ...DEFAULT_SERVING, ...serving }));
	if (!findLlmPreset(out.modelId)) out.modelId = DEFAULT_SERVING.modelId;
	const preset = findLlmPreset(out.modelId)!.spec;
	if (out.customModel) {
		const named = {
			...out.customModel,
			id: preset.id,
			name: cleanName(out.customModel.name) || preset.name
		};
		out.customModel = sameEditableShape(named, preset) ? null : withDerivedTotal(named);
	}
	return out;
}

/** The scenario the model evaluates: bounded, finite, at most MAX_SYSTEMS systems, at least one. */
export function normalizeScenario(scenario: Scenario): Scenario {
	const systems = scenario.systems.slice(0, MAX_SYSTEMS).map(normalizeSystem);
	return {
		systems: systems.length > 0 ? systems : defaultScenario().systems.map(normalizeSystem),
		...normalizeChoices({ efficiencyPrecision: scenario.efficiencyPrecision }, BASIS_CHOICES),
		serving: normalizeServingSettings(scenario.serving),
		efficiencies: normalizeEfficiencyInputs(scenario.efficiencies),
		training: normalizeTraining(scenario.training),
		operations: normalizeOperations(scenario.operations)
	};
}
