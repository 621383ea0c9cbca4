import {
	DEFAULT_EFFICIENCIES,
	EFFICIENCY_BOUNDS,
	type Efficiencies
} from '../model/inference/efficiencies';
import { normalizeInputs, numberInput, type InputUnit, type NumberInput } from './schema';

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
