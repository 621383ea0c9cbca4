import { BASIS_CHOICES, DEPLOYMENT_INPUTS, SYSTEM_CHOICES } from '../inputs';
import { normalizeChoices, normalizeInputs } from '../inputs/schema';
import { SYSTEM_INPUTS, SYSTEM_RULES, dropUnknownFlops } from '../inputs/system';
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

export const MAX_NAME_LENGTH = 60;

/** Strip control characters and cap the length; the page renders names as text only. */
export function cleanName(name: string): string {
	// Cut between graphemes, so an emoji is never split; drop lone surrogates,
	// which a URL cannot carry (they would come back as U+FFFD).
	const clean = name
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
		.trim();
	return cutAtGrapheme(clean, MAX_NAME_LENGTH).trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most `maxCodePoints` code points, cut between user-perceived characters: a family emoji or
 * a flag is kept whole or dropped whole, never split into a stray piece.
 */
export function cutAtGrapheme(text: string, maxCodePoints: number): string {
	if (text.length <= maxCodePoints) return text; // UTF-16 units >= code points: nothing to cut
	let out = '';
	let codePoints = 0;
	for (const { segment } of graphemes.segment(text)) {
		const size = Array.from(segment).length;
		if (codePoints + size > maxCodePoints) break;
		out += segment;
		codePoints += size;
	}
	return out;
}

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
	out.name = cleanName(spec.name) || 'System';
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
