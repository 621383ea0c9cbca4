import { SYSTEM_BOUNDS, clamp, flopsBounds, quantize } from './bounds';
import {
	DEFAULT_EFFICIENCIES,
	normalizeEfficiencies,
	type Efficiencies
} from './inference/efficiencies';
import { DEFAULT_SERVING, normalizeServing, type ServingSettings } from './inference/serving';
import { findLlmPreset } from '../catalog/llms';
import { sameEditableShape, withDerivedTotal } from './llm-edit';
import { COUNT_KEYS, defaultComponents, normalizeDeployment } from './deployment';
import { normalizeTraining } from '../inputs/training';
import { normalizeOperations } from '../inputs/operations';
import { PRECISIONS, isPrecision } from './precision';
import { MAX_SYSTEMS, defaultScenario, type Scenario } from './scenario';
import type { SystemNumberField, SystemSpec } from './system';

const NUMBER_FIELDS = Object.keys(SYSTEM_BOUNDS) as SystemNumberField[];
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

function finiteOr(value: number, fallback: number): number {
	return Number.isFinite(value) ? value : fallback;
}

/** Clamp every number into its bounds and quantise it; replaces non-finite numbers with bounds. */
export function normalizeSystem(spec: SystemSpec): SystemSpec {
	const out: SystemSpec = { ...spec, denseFlopsPerS: {} };
	for (const field of NUMBER_FIELDS) {
		const bounds = SYSTEM_BOUNDS[field];
		const value = spec[field];
		if (value === null) {
			out[field as 'chipPowerW'] = null;
			continue;
		}
		// NaN has no sensible side: fall back to the lower bound. ±Infinity clamps naturally.
		out[field] = clamp(Number.isNaN(value) ? bounds.min : value, bounds);
	}
	for (const precision of PRECISIONS) {
		const value = spec.denseFlopsPerS[precision];
		if (value === undefined) continue;
		const bounds = flopsBounds(precision);
		out.denseFlopsPerS[precision] = clamp(finiteOr(value, bounds.min), bounds);
	}
	reconcileSystem(out);
	out.name = cleanName(spec.name) || 'System';
	const deployment = normalizeDeployment(spec.deployment);
	// Every chip is an accelerator that can fail: fewer counted accelerators than chips is impossible.
	if (deployment.components && deployment.components.accelerators < out.chips)
		deployment.components.accelerators = out.chips;
	// Counts equal to the catalog's are no edit: keep `null` so links stay short and canonical.
	const defaults = defaultComponents(out.presetId, out.chips);
	if (deployment.components && COUNT_KEYS.every((k) => deployment.components![k] === defaults[k]))
		deployment.components = null;
	out.deployment = deployment;
	return out;
}

/**
 * Rules for combinations that cannot exist (the link decoder reports each change as a notice):
 * a scale-up domain holds at most every chip; the all-in power per chip includes the chip, so it
 * is at least the chip's power.
 */
function reconcileSystem(spec: SystemSpec) {
	spec.scaleUpDomainChips = Math.min(spec.scaleUpDomainChips, spec.chips);
	if (spec.chipPowerW !== null && spec.allInPowerPerChipW < spec.chipPowerW)
		spec.allInPowerPerChipW = spec.chipPowerW;
}

/** Efficiencies clamped and quantised like every other input (so links round-trip exactly). */
export function normalizeEfficienciesExactly(efficiencies: Efficiencies | undefined): Efficiencies {
	const clamped = normalizeEfficiencies({ ...DEFAULT_EFFICIENCIES, ...efficiencies });
	for (const key of Object.keys(clamped) as (keyof Efficiencies)[])
		clamped[key] = quantize(clamped[key]);
	return clamped;
}

/** Serving settings clamped; a "custom" model identical to its preset is no custom model. */
export function normalizeServingSettings(serving: ServingSettings | undefined): ServingSettings {
	const out = normalizeServing({ ...DEFAULT_SERVING, ...serving });
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
		efficiencyPrecision: isPrecision(scenario.efficiencyPrecision)
			? scenario.efficiencyPrecision
			: 'bf16',
		serving: normalizeServingSettings(scenario.serving),
		efficiencies: normalizeEfficienciesExactly(scenario.efficiencies),
		training: normalizeTraining(scenario.training),
		operations: normalizeOperations(scenario.operations)
	};
}
