import { J_PER_KWH } from './energy';
import { ILLUSTRATIVE_COST_DEFAULTS } from './operations-defaults';
import { estimate, term, type Estimate } from './estimate-types';
import { SECONDS_PER_HOUR, type Unit } from './units';

/**
 * Dollars per chip-hour, per million tokens and per training run, from a user's price. Every
 * default here is an illustrative placeholder, never a quote or a fact.
 */

const USD: Unit = 'USD';

/** 365.25 days × 24 h. */
export const HOURS_PER_YEAR = 8766;

export type CostBasis =
	/** A cloud or rental price per chip-hour, power included. */
	| { kind: 'rental'; pricePerChipHourUsd: number }
	/** Own the hardware: straight-line capex over the years, plus facility power. */
	| {
			kind: 'ownership';
			capexPerChipUsd: number;
			amortisationYears: number;
			powerPriceUsdPerKWh: number;
			pue: number;
	  };

export { COST_BOUNDS, ILLUSTRATIVE_COST_DEFAULTS } from './operations-defaults';

/** Ownership basis for a preset with a reported system price; else null (the user enters one). */
export function illustrativeCostBasis(presetId: string | null): CostBasis | null {
	const prices = ILLUSTRATIVE_COST_DEFAULTS.capexPerChipUsd;
	const capex = presetId === null ? undefined : prices[presetId];
	if (capex === undefined) return null;
	return {
		kind: 'ownership',
		capexPerChipUsd: capex,
		amortisationYears: ILLUSTRATIVE_COST_DEFAULTS.amortisationYears,
		powerPriceUsdPerKWh: ILLUSTRATIVE_COST_DEFAULTS.powerPriceUsdPerKWh,
		pue: ILLUSTRATIVE_COST_DEFAULTS.pue
	};
}

/**
 * USD per chip-hour. Rental: the price. Ownership:
 *   capexPerChipUsd ÷ (amortisationYears × 8,766 h)
 *   + allInPowerPerChipW × pue ÷ 1,000 × USD per kWh.
 */
export function costPerChipHourUsd(basis: CostBasis, allInPowerPerChipW: number): Estimate {
	if (basis.kind === 'rental') {
		return estimate(basis.pricePerChipHourUsd, USD, 'pricePerChipHourUsd', [
			term('pricePerChipHourUsd', basis.pricePerChipHourUsd, USD)
		]);
	}
	const capexPerHour = basis.capexPerChipUsd / (basis.amortisationYears * HOURS_PER_YEAR);
	const kWhPerHour = (allInPowerPerChipW * basis.pue * SECONDS_PER_HOUR) / J_PER_KWH;
	return estimate(
		capexPerHour + kWhPerHour * basis.powerPriceUsdPerKWh,
		USD,
		'capexPerChipUsd ÷ (amortisationYears × 8,766) + ' +
			'allInPowerPerChipW × pue ÷ 1,000 × powerPriceUsdPerKWh',
		[
			term('capexPerChipUsd', basis.capexPerChipUsd, USD),
			term('amortisationYears', basis.amortisationYears, '1'),
			term('allInPowerPerChipW', allInPowerPerChipW, 'W'),
			term('pue', basis.pue, '1'),
			term('powerPriceUsdPerKWh', basis.powerPriceUsdPerKWh, USD)
		]
	);
}

/**
 * USD per million tokens = USD per chip-hour ÷ (tokens/s per chip × 3,600) × 1e6; `rate` names
 * the rate in the formula (each phase's, as energy.ts joulesPerToken).
 */
export function usdPerMillionTokens(
	costPerChipHour: number,
	tokensPerSPerChip: number,
	rate = 'tokensPerSPerChip'
): Estimate {
	return estimate(
		(costPerChipHour / (tokensPerSPerChip * SECONDS_PER_HOUR)) * 1e6,
		USD,
		`costPerChipHourUsd ÷ (${rate} × 3,600) × 1e6`,
		[term('costPerChipHourUsd', costPerChipHour, USD), term(rate, tokensPerSPerChip, 'tokens/s')]
	);
}

export interface TokenCosts {
	costPerChipHourUsd: Estimate;
	usdPerMillionInputTokens: Estimate;
	usdPerMillionOutputTokens: Estimate;
}

/** Cost per million input (prefill) and output (decode) tokens, each at its own tokens/s. */
export function tokenCosts(inputs: {
	basis: CostBasis;
	allInPowerPerChipW: number;
	inputTokensPerSPerChip: number;
	outputTokensPerSPerChip: number;
}): TokenCosts {
	const perHour = costPerChipHourUsd(inputs.basis, inputs.allInPowerPerChipW);
	return {
		costPerChipHourUsd: perHour,
		usdPerMillionInputTokens: usdPerMillionTokens(
			perHour.value,
			inputs.inputTokensPerSPerChip,
			'prefillChipTokensPerS'
		),
		usdPerMillionOutputTokens: usdPerMillionTokens(
			perHour.value,
			inputs.outputTokensPerSPerChip,
			'decodeChipTokensPerS'
		)
	};
}

/** Why a run is paid for more chip-hours than the training view counts (zh-data.ts translates it). */
export const PAID_CHIP_HOURS_NOTE =
	'paidChipHours counts every chip of the job, idle ones included, for the whole wall time with interruptions: more than the training view’s chip-hours, which count the chips in use for the run’s compute time.';

/** USD for a training run = chip-hours (chip-seconds ÷ 3,600) × USD per chip-hour. */
export function trainingRunCostUsd(chipSeconds: number, costPerChipHour: number): Estimate {
	const chipHours = chipSeconds / SECONDS_PER_HOUR;
	return estimate(
		chipHours * costPerChipHour,
		USD,
		'paidChipHours × costPerChipHourUsd',
		[term('paidChipHours', chipHours, 'chip·h'), term('costPerChipHourUsd', costPerChipHour, USD)],
		{ note: PAID_CHIP_HOURS_NOTE }
	);
}
