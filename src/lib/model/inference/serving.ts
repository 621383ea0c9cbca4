import { findLlmPreset } from '../../catalog/llms';
import { clamp, type Bounds } from '../bounds';
import type { Attention, LlmSpec, MoeShape } from '../llm';
import { isPrecision, type Precision } from '../precision';
import { DRAFT_ACCEPTANCE } from './draft';

/**
 * Co-located: every instance prefills and decodes; disaggregated: separate prefill and decode
 * pools (pools.ts); auto: whichever gives more tokens per chip at the target.
 */
export type ServingMode = 'auto' | 'co-located' | 'disaggregated';
/** The way one operating point is served. */
export type ServedMode = Exclude<ServingMode, 'auto'>;
export const SERVING_MODES: readonly ServingMode[] = ['auto', 'co-located', 'disaggregated'];

/** How one model is served: the workload half of an inference scenario. */
export interface ServingSettings {
	/** Catalog preset id (catalog/llms.ts); ignored when `customModel` is set. */
	modelId: string;
	customModel: LlmSpec | null;
	/** Prompt tokens per request. */
	inputTokens: number;
	/** Generated tokens per request. */
	outputTokens: number;
	weightPrecision: Precision;
	kvPrecision: Precision;
	/** Matrix-unit precision; falls back to the nearest supported one at least as wide. */
	computePrecision: Precision;
	/** Required decode speed seen by one user (tokens/s per user). */
	targetUserTokensPerS: number;
	/** Required time to first token. */
	targetTtftS: number;
	/** Tokens accepted per decode step (speculative decoding); 1 = off. */
	acceptedTokensPerStep: number;
	servingMode: ServingMode;
}

/**
 * DeepSeek-R1 at 1k in / 1k out, the shape SemiAnalysis InferenceX uses for its GB200 NVL72 vs
 * B200 comparison (specs.md §1.3). FP8 weights as released (models.md §2.1), BF16 MLA cache
 * (FP8 MLA layouts are not 576 B; models.md §3.1 note 1). 50 tokens/s per user lies between
 * MLPerf's DeepSeek-R1 server bound (80 ms TPOT = 12.5/s) and its interactive one (15 ms = 67/s);
 * TTFT 2 s is the server bound (calibration.md). Speculative decoding with DeepSeek's one MTP
 * module, as DeepSeek (models.md P1) and Huawei (calibration-2026.md case 2) serve it: one drafted
 * token accepted at the model's acceptance assumption, 1 + 0.8 = 1.8 tokens per step.
 */
export const DEFAULT_SERVING: ServingSettings = {
	modelId: 'deepseek-r1',
	customModel: null,
	inputTokens: 1024,
	outputTokens: 1024,
	weightPrecision: 'fp8',
	kvPrecision: 'bf16',
	computePrecision: 'fp8',
	targetUserTokensPerS: 50,
	targetTtftS: 2,
	acceptedTokensPerStep: 1 + DRAFT_ACCEPTANCE,
	servingMode: 'auto'
};

export type ServingNumberField =
	'inputTokens' | 'outputTokens' | 'targetUserTokensPerS' | 'targetTtftS' | 'acceptedTokensPerStep';

/** Inputs are clamped into these; every output stays finite inside them. */
export const SERVING_BOUNDS: Record<ServingNumberField, Bounds> = {
	inputTokens: { min: 1, max: 1_048_576, log: true, integer: true },
	outputTokens: { min: 1, max: 1_048_576, log: true, integer: true },
	targetUserTokensPerS: { min: 0.01, max: 10_000, log: true },
	targetTtftS: { min: 0.001, max: 86_400, log: true },
	// Below 5, which no chain of drafts accepted with DRAFT_ACCEPTANCE = 0.8 reaches (draft-chain.ts):
	// 4.5 takes 9.3 drafts.
	acceptedTokensPerStep: { min: 1, max: 4.5, log: false }
};

const SERVING_FIELDS = Object.keys(SERVING_BOUNDS) as ServingNumberField[];

function bounded(value: number, bounds: Bounds): number {
	return clamp(Number.isNaN(value) ? bounds.min : value, bounds);
}

/** Clamp every number into SERVING_BOUNDS and replace unknown precisions with the defaults. */
export function normalizeServing(serving: ServingSettings): ServingSettings {
	const out: ServingSettings = { ...serving };
	for (const field of SERVING_FIELDS) out[field] = bounded(serving[field], SERVING_BOUNDS[field]);
	if (!isPrecision(out.weightPrecision)) out.weightPrecision = DEFAULT_SERVING.weightPrecision;
	if (!isPrecision(out.kvPrecision)) out.kvPrecision = DEFAULT_SERVING.kvPrecision;
	if (!isPrecision(out.computePrecision)) out.computePrecision = DEFAULT_SERVING.computePrecision;
	if (!SERVING_MODES.includes(out.servingMode)) out.servingMode = DEFAULT_SERVING.servingMode;
	out.customModel = serving.customModel ? sanitizeModel(serving.customModel) : null;
	return out;
}

/** Ranges a custom model's numbers are clamped into, so no formula sees 0, NaN or Infinity. */
const MODEL_LIMIT = {
	layers: { min: 1, max: 1000, log: true, integer: true },
	width: { min: 1, max: 1_000_000, log: true, integer: true },
	params: { min: 1e6, max: 1e14, log: true },
	context: { min: 1, max: 100_000_000, log: true, integer: true }
} satisfies Record<string, Bounds>;

function sanitizeAttention(a: Attention, layers: number): Attention {
	const w = (v: number) => bounded(v, MODEL_LIMIT.width);
	if (a.kind === 'mla') {
		const out: Attention = {
			kind: 'mla',
			queryHeads: w(a.queryHeads),
			kvLoraRank: w(a.kvLoraRank),
			ropeDim: w(a.ropeDim)
		};
		if (a.nopeDim !== undefined) out.nopeDim = w(a.nopeDim);
		if (a.valueDim !== undefined) out.valueDim = w(a.valueDim);
		return out;
	}
	const sliding = Number.isFinite(a.slidingWindowLayers) ? a.slidingWindowLayers : 0;
	return {
		kind: 'gqa',
		queryHeads: w(a.queryHeads),
		// Grouped-query attention shares each KV head among query heads: never more KV than query heads.
		kvHeads: Math.min(w(a.queryHeads), w(a.kvHeads)),
		headDim: w(a.headDim),
		slidingWindowLayers: Math.min(layers, Math.max(0, Math.round(sliding))),
		windowTokens: w(a.windowTokens)
	};
}

function sanitizeMoe(moe: MoeShape, layers: number): MoeShape {
	const experts = bounded(moe.routedExperts, MODEL_LIMIT.width);
	return {
		routedExperts: experts,
		expertsPerToken: Math.min(experts, bounded(moe.expertsPerToken, MODEL_LIMIT.width)),
		paramsPerExpert: bounded(moe.paramsPerExpert, { min: 1, max: 1e12, log: true }),
		moeLayers: Math.min(layers, bounded(moe.moeLayers, MODEL_LIMIT.layers))
	};
}

/** A custom model with every number clamped into a range the formulas handle. */
export function sanitizeModel(model: LlmSpec): LlmSpec {
	const layers = bounded(model.layers, MODEL_LIMIT.layers);
	const alwaysReadParams = bounded(model.alwaysReadParams, MODEL_LIMIT.params);
	const moe = model.moe ? sanitizeMoe(model.moe, layers) : null;
	const routed = moe ? moe.moeLayers * moe.routedExperts * moe.paramsPerExpert : 0;
	// The rest as given: id, name and the parts only presets set (output head, BF16 routers,
	// embedding table; shape.ts keeps the first two within the always-read weights).
	return {
		...model,
		layers,
		hiddenSize: bounded(model.hiddenSize, MODEL_LIMIT.width),
		attention: sanitizeAttention(model.attention, layers),
		// Total can never be below what the other fields imply.
		totalParams: Math.max(
			alwaysReadParams + routed,
			bounded(model.totalParams, MODEL_LIMIT.params)
		),
		alwaysReadParams,
		moe,
		maxContextTokens: bounded(model.maxContextTokens, MODEL_LIMIT.context)
	};
}

/** The model a serving setting names, or null when the preset id is unknown. */
export function resolveModel(
	serving: Pick<ServingSettings, 'modelId' | 'customModel'>
): LlmSpec | null {
	if (serving.customModel) return serving.customModel;
	return findLlmPreset(serving.modelId)?.spec ?? null;
}
