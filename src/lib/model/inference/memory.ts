import { estimate, term, type Term } from '../estimate-types';
import type { LlmSpec } from '../llm';
import { MAX_MOE_PIPELINE_STAGES, MAX_PIPELINE_STAGES } from './layouts';
import {
	bf16AlwaysReadParams,
	embeddingParams,
	kvBytesPerSequence,
	kvBytesPerToken,
	kvBytesPerTokenPerLayer,
	storedParams,
	storedWeightBytes
} from './shape';
import type { MemoryFigures } from './types';

export function memoryFigures(
	model: LlmSpec,
	weightBytesPerValue: number,
	kvBytesPerValue: number,
	contextTokens: number,
	hbmBytes: number,
	reserveFraction: number
): MemoryFigures {
	return {
		weightBytes: weightBytesFigure(model, weightBytesPerValue),
		kvBytesPerToken: estimate(
			kvBytesPerToken(model, kvBytesPerValue),
			'B',
			model.attention.kind === 'mla'
				? 'layers × (kvLoraRank + ropeDim) × bytesPerValue'
				: '2 × growingLayers × kvHeads × headDim × bytesPerValue',
			[term('bytesPerValue', kvBytesPerValue, 'B'), term('layers', model.layers, '1')]
		),
		kvBytesPerSequence: estimate(
			kvBytesPerSequence(model, kvBytesPerValue, contextTokens),
			'B',
			...kvPerSequenceFormula(model, kvBytesPerValue, contextTokens)
		),
		usableHbmBytesPerChip: estimate(
			hbmBytes * (1 - reserveFraction),
			'B',
			'hbmBytes × (1 − reserve)',
			[term('hbmBytes', hbmBytes, 'B'), term('reserve', reserveFraction, '1')]
		)
	};
}

/**
 * Weights held (shape.ts storedWeightBytes): storedParams × bytesPerWeight, plus, for a model whose
 * output head, routers or embedding table are known (LlmSpec), what max(bytesPerWeight, 2 B) adds.
 */
function weightBytesFigure(model: LlmSpec, bytesPerWeight: number) {
	const params = storedParams(model);
	const value = storedWeightBytes(model, bytesPerWeight);
	const terms = [term('storedParams', params, '1'), term('bytesPerWeight', bytesPerWeight, 'B')];
	const bf16 = bf16AlwaysReadParams(model);
	const table = embeddingParams(model);
	if (!(bf16 > 0) && !(table > 0))
		return estimate(value, 'B', 'storedParams × bytesPerWeight', terms);
	return estimate(
		value,
		'B',
		'storedParams × bytesPerWeight + bf16Params × (max(bytesPerWeight, 2) − bytesPerWeight) + embeddingParams × max(bytesPerWeight, 2)',
		[...terms, term('bf16Params', bf16, '1'), term('embeddingParams', table, '1')]
	);
}

/**
 * Largest chip count the search below considers: far above the 100,000 chips a system may have
 * (src/lib/inputs/system.ts), so a model too large for any system is reported, not cut off.
 */
const MAX_CHIPS_SEARCHED = 10_000_000;

/**
 * Lower bound on the chips one instance needs: weights spread perfectly over G chips plus one
 * sequence's cache spread as far as any layout can spread it (KV heads × pipeline stages for
 * GQA; pipeline stages only for MLA, whose latent every TP rank holds whole).
 *   need(G) = weightBytes / G + kvBytesPerSequence / min(G, maxKvShards) ≤ usable
 * Null when even MAX_CHIPS_SEARCHED chips cannot hold one sequence.
 */
export function minChipsLowerBound(
	model: LlmSpec,
	weightBytes: number,
	kvBytesOneSequence: number,
	usableHbmBytes: number
): number | null {
	const a = model.attention;
	const stages = Math.min(model.layers, model.moe ? MAX_MOE_PIPELINE_STAGES : MAX_PIPELINE_STAGES);
	const maxShards = (a.kind === 'mla' ? 1 : a.kvHeads) * stages;
	const fits = (g: number) =>
		weightBytes / g + kvBytesOneSequence / Math.min(g, maxShards) <= usableHbmBytes;
	if (!(usableHbmBytes > 0) || !fits(MAX_CHIPS_SEARCHED)) return null;
	let lo = 1;
	let hi = MAX_CHIPS_SEARCHED;
	if (fits(lo)) return lo;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (fits(mid)) hi = mid;
		else lo = mid;
	}
	return hi;
}

/**
 * KV bytes of one sequence as a formula in its terms (shape.ts): the growing layers hold every
 * token; sliding-window layers (gpt-oss alternates) hold at most windowTokens of them.
 */
function kvPerSequenceFormula(
	model: LlmSpec,
	kvBytesPerValue: number,
	contextTokens: number
): [string, Term[]] {
	const growing = [
		term('kvBytesPerToken', kvBytesPerToken(model, kvBytesPerValue), 'B'),
		term('contextTokens', contextTokens, '1')
	];
	const a = model.attention;
	if (a.kind !== 'gqa' || a.slidingWindowLayers === 0)
		return ['kvBytesPerToken × contextTokens', growing];
	return [
		'kvBytesPerToken × contextTokens + windowLayers × min(contextTokens, windowTokens) × kvBytesPerTokenPerLayer',
		[
			...growing,
			term('windowLayers', a.slidingWindowLayers, '1'),
			term('windowTokens', a.windowTokens, '1'),
			term('kvBytesPerTokenPerLayer', kvBytesPerTokenPerLayer(model, kvBytesPerValue), 'B')
		]
	];
}
