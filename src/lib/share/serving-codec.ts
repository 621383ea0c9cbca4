import { findLlmPreset, LLM_PRESETS } from '../catalog/llms';
import { DEFAULT_SERVING, type ServingSettings } from '../model/inference/serving';
import type { LlmSpec } from '../model/llm';
import { LLM_EDITABLE_FIELDS, withDerivedTotal } from '../model/llm-edit';
import {
	applyRules,
	decodeTexts,
	encodeTexts,
	formatNumber,
	readNumber,
	type ReadValue
} from './fields';
import { MODEL_NAME, MODEL_RULES } from '../inputs/model';
import { shorten, type Notice } from './notices';

/**
 * Link keys for the served model, format version 1: `llm=deepseek-r1` plus `llm.<field>` for a
 * model edited away from its preset (fields equal to the preset's are omitted). The request
 * (`in_tokens`, `user_tps`, `weights`, `serve`, ...) and the efficiencies (`e.*`) are declared in
 * src/lib/inputs/workload.ts.
 */
// ---------------------------------------------------------------- encode

/** `llm`, and for an edited model its name and the fields that differ from the preset's. */
export function encodeServing(params: URLSearchParams, serving: ServingSettings) {
	params.set('llm', serving.modelId);
	const preset = findLlmPreset(serving.modelId)?.spec;
	const model = serving.customModel;
	if (!model || !preset) return;
	encodeTexts(params, [MODEL_NAME], model, { prefix: 'llm.', base: preset });
	for (const { key, scale, get } of LLM_EDITABLE_FIELDS) {
		const value = get(model);
		const base = get(preset);
		if (value === undefined) continue;
		if (base === undefined || formatNumber(value, scale) !== formatNumber(base, scale))
			params.set(`llm.${key}`, formatNumber(value, scale));
	}
}

// ---------------------------------------------------------------- decode

/** How a model version is written: a whole number ("13"). */
export const MODEL_VERSION_NUMBER = /^\d{1,9}$/;

/**
 * Defaults a link left out are those of the model version that wrote it, so an old link keeps its
 * scenario: before version 3 speculative decoding was off by default (`accepted` = 1). A link
 * without `m` was not written by the page, which has written `m` since its first version: it is
 * typed by hand ("?a=gb200-nvl72&b=cloudmatrix-384") and means today's defaults. So does an `m`
 * that is no version ("m=", "m=1.5"; its notice says the current one is used): `Number('')` is 0.
 */
function defaultServingFor(linkModelVersion: string | undefined): ServingSettings {
	if (
		linkModelVersion !== undefined &&
		MODEL_VERSION_NUMBER.test(linkModelVersion) &&
		Number(linkModelVersion) < 3
	)
		return { ...DEFAULT_SERVING, acceptedTokensPerStep: 1 };
	return { ...DEFAULT_SERVING };
}

export function decodeServing(
	value: ReadValue,
	notices: Notice[],
	linkModelVersion?: string
): ServingSettings {
	const serving: ServingSettings = defaultServingFor(linkModelVersion);
	const modelId = value('llm');
	if (modelId !== undefined) {
		if (findLlmPreset(modelId)) serving.modelId = modelId;
		else
			notices.push({
				code: 'unknown-preset',
				key: 'llm',
				given: shorten(modelId),
				used: DEFAULT_SERVING.modelId
			});
	}
	const preset = findLlmPreset(serving.modelId)!.spec;
	let model: LlmSpec = { ...preset };
	let edited = false;
	const reading: ReadValue = (key) => {
		const text = value(key);
		if (text !== undefined) edited = true;
		return text;
	};
	decodeTexts(reading, notices, [MODEL_NAME], model, 'llm.');
	for (const { key, scale, bounds, get, set } of LLM_EDITABLE_FIELDS) {
		if (get(model) === undefined) {
			// e.g. kv_heads on an MLA model: the field does not exist for this shape, whatever the
			// link gives (read first, "NaN" was "not a number" with no value in use to name).
			if (value(`llm.${key}`) !== undefined)
				notices.push({ code: 'unknown-key', key: `llm.${key}` });
			continue;
		}
		const number = readNumber(value, notices, `llm.${key}`, scale, bounds);
		if (number === undefined || number === null) continue;
		model = set(model, number);
		edited = true;
	}
	model = structuredClone(model);
	const textOf = (key: string) => {
		const field = LLM_EDITABLE_FIELDS.find((f) => f.key === key);
		const v = field?.get(model);
		return field && v !== undefined ? formatNumber(v, field.scale) : undefined;
	};
	if (edited) applyRules(value, notices, MODEL_RULES, model, (key) => textOf(key) ?? '', 'llm.');
	// A number that was not one keeps the model's value: say which.
	for (const notice of notices)
		if (notice.key.startsWith('llm.') && notice.used === undefined && notice.code !== 'unknown-key')
			notice.used = textOf(notice.key.slice('llm.'.length));
	if (edited) serving.customModel = withDerivedTotal(model);
	return serving;
}

export const LLM_IDS = LLM_PRESETS.map((p) => p.id);
