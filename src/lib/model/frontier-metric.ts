import { usdPerMillionTokens } from './cost';
import { joulesPerToken, tokensPerSPerFacilityMW } from './energy';

/**
 * The serving frontier read three ways against tokens/s per user: throughput per chip, what a
 * million output tokens cost, and how many output tokens/s a megawatt of facility power serves.
 * The last two only rescale tokens/s per chip by the system's price and power (cost.ts,
 * energy.ts): the frontier's shape is the same, its ranking between systems is not.
 */
export const FRONTIER_METRICS = [
	'tokensPerSPerChip',
	'usdPerMillionTokens',
	'tokensPerSPerMW'
] as const;
export type FrontierMetric = (typeof FRONTIER_METRICS)[number];

/** What a system brings to the conversion; costPerChipHourUsd null: no price known. */
export interface FrontierMetricBasis {
	costPerChipHourUsd: number | null;
	allInPowerPerChipW: number;
	pue: number;
}

/**
 * Output tokens/s per chip in the metric: as is; USD per million output tokens = cost per
 * chip-hour ÷ (tokens/s per chip × 3,600) × 1e6; output tokens/s per facility MW = 1e6 W ÷
 * (PUE × all-in W per chip ÷ tokens/s per chip). Null where the metric has no number (no price,
 * or no throughput to divide by).
 */
export function inFrontierMetric(
	metric: FrontierMetric,
	chipTokensPerS: number,
	basis: FrontierMetricBasis
): number | null {
	if (metric === 'tokensPerSPerChip') return chipTokensPerS;
	if (!(chipTokensPerS > 0) || !Number.isFinite(chipTokensPerS)) return null;
	if (metric === 'usdPerMillionTokens')
		return basis.costPerChipHourUsd === null
			? null
			: usdPerMillionTokens(basis.costPerChipHourUsd, chipTokensPerS).value;
	const jPerToken = joulesPerToken(chipTokensPerS, basis.allInPowerPerChipW).value;
	return tokensPerSPerFacilityMW(jPerToken, basis.pue).value;
}
