import { findLlmPreset, LLM_PRESETS } from '../catalog/llms';
import {
	DEFAULT_SERVING,
	SERVING_BOUNDS,
	SERVING_MODES,
	type ServingNumberField,
	type ServingSettings
} from '../model/inference/serving';
import type { LlmSpec } from '../model/llm';
import { LLM_EDITABLE_FIELDS, withDerivedTotal } from '../model/llm-edit';
import { PRECISIONS } from '../model/precision';
import { formatNumber, readChoice, readNumber, type ReadValue } from './fields';
import { shorten, type Notice } from './notices';

/**
 * Link keys for the inference workload, format version 1:
 *   llm=deepseek-r1&in_tokens=1024&out_tokens=1024&weights=fp8&kv=bf16&compute=fp8
 *   &user_tps=50&ttft_s=2&accepted=1&serve=auto
 * plus `llm.<field>` for a model edited away from its preset. Values equal to the defaults are
 * omitted. The efficiencies (`e.*`) are declared in src/lib/inputs/workload.ts.
 */
const SERVING_KEYS: { key: string; field: ServingNumberField }[] = [
	{ key: 'in_tokens', field: 'inputTokens' },
	{ key: 'out_tokens', field: 'outputTokens' },
	{ key: 'user_tps', field: 'targetUserTokensPerS' },
	{ key: 'ttft_s', field: 'targetTtftS' },
	{ key: 'accepted', field: 'acceptedTokensPerStep' }
];

const PRECISION_KEYS = [
	{ key: 'weights', field: 'weightPrecision' },
	{ key: 'kv', field: 'kvPrecision' },
	{ key: 'compute', field: 'computePrecision' }
] as const;

// ---------------------------------------------------------------- encode

export function encodeServing(params: URLSearchParams, serving: ServingSettings, complete = false) {
	params.set('llm', serving.modelId);
	const preset = findLlmPreset(serving.modelId)?.spec;
	const model = serving.customModel ?? (complete ? preset : undefined);
	if (model && preset) {
		if (complete || model.name !== preset.name) params.set('llm.name', model.name);
		for (const { key, scale, get } of LLM_EDITABLE_FIELDS) {
			const value = get(model);
			const base = get(preset);
			if (
				value !== undefined &&
				(complete || base === undefined || formatNumber(value, scale) !== formatNumber(base, scale))
			)
				params.set(`llm.${key}`, formatNumber(value, scale));
		}
	}
	for (const { key, field } of SERVING_KEYS)
		if (complete || serving[field] !== DEFAULT_SERVING[field])
			params.set(key, formatNumber(serving[field], 1));
	for (const { key, field } of PRECISION_KEYS)
		if (complete || serving[field] !== DEFAULT_SERVING[field]) params.set(key, serving[field]);
	if (complete || serving.servingMode !== DEFAULT_SERVING.servingMode)
		params.set('serve', serving.servingMode);
}

// ---------------------------------------------------------------- decode

/**
 * Defaults a link left out are those of the model version that wrote it, so an old link keeps its
 * scenario: before version 3 speculative decoding was off by default (`accepted` = 1). A link
 * without `m` predates the key, so it is old too.
 */
function defaultServingFor(linkModelVersion: string | undefined): ServingSettings {
	const version = linkModelVersion === undefined ? 1 : Number(linkModelVersion);
	if (Number.isFinite(version) && version < 3)
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
	const name = value('llm.name');
	if (name !== undefined) {
		model = { ...model, name };
		edited = true;
	}
	for (const { key, scale, bounds, get, set } of LLM_EDITABLE_FIELDS) {
		const read = readNumber(value, notices, `llm.${key}`, scale, bounds);
		if (read === undefined || read === null) continue;
		if (get(model) === undefined) {
			// e.g. kv_heads on an MLA model: the field does not exist for this shape
			notices.push({ code: 'unknown-key', key: `llm.${key}` });
			continue;
		}
		model = set(model, read);
		edited = true;
	}
	if (edited) serving.customModel = withDerivedTotal(model);

	for (const { key, field } of SERVING_KEYS) {
		const read = readNumber(value, notices, key, 1, SERVING_BOUNDS[field]);
		if (typeof read === 'number') serving[field] = read;
	}
	for (const { key, field } of PRECISION_KEYS)
		serving[field] = readChoice(value, notices, key, PRECISIONS, DEFAULT_SERVING[field]);
	serving.servingMode = readChoice(
		value,
		notices,
		'serve',
		SERVING_MODES,
		DEFAULT_SERVING.servingMode
	);

	return serving;
}

export const LLM_IDS = LLM_PRESETS.map((p) => p.id);
