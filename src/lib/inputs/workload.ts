import {
	DEFAULT_EFFICIENCIES,
	EFFICIENCY_BOUNDS,
	type Efficiencies
} from '../model/inference/efficiencies';
import {
	DEFAULT_SERVING,
	SERVING_BOUNDS,
	SERVING_MODES,
	type ServingNumberField,
	type ServingSettings
} from '../model/inference/serving';
import { PRECISIONS } from '../model/precision';
import {
	normalizeChoices,
	normalizeInputs,
	numberInput,
	type ChoiceInput,
	type InputUnit,
	type NumberInput
} from './schema';

const serving = (key: string, field: ServingNumberField, unit: InputUnit): NumberInput =>
	numberInput({
		key,
		path: `serving.${field}`,
		unit,
		// The limits stay beside the serving model's other checks (model/inference/serving.ts).
		bounds: SERVING_BOUNDS[field],
		label: `workload.${field}`,
		default: DEFAULT_SERVING[field]
	});

/**
 * The request every system is asked to serve (link keys `in_tokens`, `out_tokens`, `user_tps`,
 * `ttft_s`, `accepted`), in link order. The model (`llm`, `llm.*`) is read in share/serving-codec.ts.
 */
export const SERVING_INPUTS: readonly NumberInput[] = [
	serving('in_tokens', 'inputTokens', 'tokens'),
	serving('out_tokens', 'outputTokens', 'tokens'),
	serving('user_tps', 'targetUserTokensPerS', 'tokensPerSPerUser'),
	serving('ttft_s', 'targetTtftS', 's'),
	serving('accepted', 'acceptedTokensPerStep', '')
];

const servingWord = (
	key: string,
	field: 'weightPrecision' | 'kvPrecision' | 'computePrecision' | 'servingMode',
	choices: readonly string[]
): ChoiceInput => ({
	key,
	path: `serving.${field}`,
	choices,
	default: DEFAULT_SERVING[field],
	label: `workload.${field}`
});

/** The workload's precisions and serving mode (`weights`, `kv`, `compute`, `serve`), in link order. */
export const SERVING_CHOICES: readonly ChoiceInput[] = [
	servingWord('weights', 'weightPrecision', PRECISIONS),
	servingWord('kv', 'kvPrecision', PRECISIONS),
	servingWord('compute', 'computePrecision', PRECISIONS),
	servingWord('serve', 'servingMode', SERVING_MODES)
];

/**
 * The request's numbers clamped into their declarations and its words checked against their
 * lists; what is not a number or not a listed word takes the default.
 */
export function normalizeServingInputs(s: ServingSettings): ServingSettings {
	const target = { serving: { ...s } };
	normalizeInputs(target, SERVING_INPUTS);
	return normalizeChoices(target, SERVING_CHOICES).serving;
}

const MICRO = 1e-6;
const MILLI = 1e-3;

const efficiency = (
	key: string,
	field: keyof Efficiencies,
	unit: InputUnit = '',
	scale = 1
): NumberInput =>
	numberInput({
		key: `e.${key}`,
		path: `efficiencies.${field}`,
		unit,
		scale,
		// The limits stay beside the defaults and their sources (model/inference/efficiencies.ts).
		bounds: EFFICIENCY_BOUNDS[field],
		label: `efficiency.${field}`,
		default: DEFAULT_EFFICIENCIES[field]
	});

/**
 * The serving model's global efficiencies (link keys `e.*`), in link order. Latencies are written
 * in µs and ms.
 */
export const EFFICIENCY_INPUTS: readonly NumberInput[] = [
	efficiency('compute', 'computeFraction'),
	efficiency('hbm', 'hbmFraction'),
	efficiency('up', 'scaleUpFraction'),
	efficiency('out', 'scaleOutFraction'),
	efficiency('up_lat_us', 'scaleUpLatencyS', 'µs', MICRO),
	efficiency('out_lat_us', 'scaleOutLatencyS', 'µs', MICRO),
	efficiency('moe_imbalance', 'moeImbalance'),
	efficiency('overhead_ms', 'stepOverheadS', 'ms', MILLI),
	efficiency('reserve', 'memoryReserveFraction'),
	efficiency('overlap', 'overlapFraction'),
	efficiency('decode_overlap', 'decodeOverlapFraction')
];

/** Every efficiency clamped into its declaration; anything missing or not a number: the default. */
export function normalizeEfficiencyInputs(e: Partial<Efficiencies> | undefined): Efficiencies {
	const src: Partial<Efficiencies> = e ?? {};
	// Only declared fields: a damaged import's extra keys would travel in every saved scenario.
	const efficiencies = Object.fromEntries(
		EFFICIENCY_INPUTS.map(({ path }) => {
			const field = path.split('.')[1] as keyof Efficiencies;
			return [field, src[field]];
		})
	) as unknown as Efficiencies;
	return normalizeInputs({ efficiencies }, EFFICIENCY_INPUTS).efficiencies;
}
