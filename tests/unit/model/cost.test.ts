import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	COST_BOUNDS as B,
	ILLUSTRATIVE_COST_DEFAULTS,
	costPerChipHourUsd,
	illustrativeCostBasis,
	tokenCosts,
	trainingRunCostUsd,
	usdPerMillionTokens,
	type CostBasis
} from '../../../src/lib/model/cost';
import { operationInput } from '../../../src/lib/inputs/operations';

const AMORT = operationInput('amortisationYears').bounds;
const POWER_PRICE = operationInput('powerPriceUsdPerKWh').bounds;

describe('costPerChipHourUsd', () => {
	it('is the price for a rental basis', () => {
		expect(costPerChipHourUsd({ kind: 'rental', pricePerChipHourUsd: 3.5 }, 2000).value).toBe(3.5);
	});

	it('amortises capex and adds facility power for an ownership basis', () => {
		// $35,064 ÷ (4 × 8,766 h) = $1.00 per hour; 2,000 W × 1.25 = 2.5 kWh per hour × $0.10 = $0.25
		const basis: CostBasis = {
			kind: 'ownership',
			capexPerChipUsd: 35_064,
			amortisationYears: 4,
			powerPriceUsdPerKWh: 0.1,
			pue: 1.25
		};
		expect(costPerChipHourUsd(basis, 2000).value).toBeCloseTo(1.25, 12);
	});
});

describe('per-token and per-run cost', () => {
	it('$ per million tokens = $ per chip-hour ÷ (tokens/s × 3,600) × 1e6', () => {
		// $2 per hour at 1,000 tok/s: 2 ÷ 3.6e6 × 1e6 = $0.5556 per million
		expect(usdPerMillionTokens(2, 1000).value).toBeCloseTo(0.555556, 6);
	});

	it('prices input and output tokens separately', () => {
		const c = tokenCosts({
			basis: { kind: 'rental', pricePerChipHourUsd: 3.6 },
			allInPowerPerChipW: 1000,
			inputTokensPerSPerChip: 10_000,
			outputTokensPerSPerChip: 500
		});
		// $3.6 ÷ (10,000 × 3,600) × 1e6 = $0.10; $3.6 ÷ (500 × 3,600) × 1e6 = $2.00
		expect(c.usdPerMillionInputTokens.value).toBeCloseTo(0.1, 12);
		expect(c.usdPerMillionOutputTokens.value).toBeCloseTo(2, 12);
	});

	it('$ per training run = chip-hours (chip-seconds ÷ 3,600) × $ per chip-hour', () => {
		// 30.84M H100-hours (Llama 3.1 405B model card, models.md §2.5) at $2: $61.68M
		expect(trainingRunCostUsd(30.84e6 * 3600, 2).value).toBeCloseTo(61.68e6, 0);
	});
});

describe('illustrative defaults', () => {
	it('are flagged illustrative and only exist where specs.md reports a price', () => {
		expect(ILLUSTRATIVE_COST_DEFAULTS.illustrative).toBe(true);
		// GB200: $2.5M ÷ 72 = $34,722 per GPU; CM384: $8.2M ÷ 384 = $21,354 per NPU
		const gb200 = illustrativeCostBasis('gb200-nvl72');
		expect(gb200?.kind === 'ownership' && gb200.capexPerChipUsd).toBeCloseTo(34_722.2, 1);
		const cm384 = illustrativeCostBasis('cloudmatrix-384');
		expect(cm384?.kind === 'ownership' && cm384.capexPerChipUsd).toBeCloseTo(21_354.2, 1);
		expect(illustrativeCostBasis('hgx-h100')).toBeNull();
		expect(illustrativeCostBasis(null)).toBeNull();
	});
});

describe('cost: every output is finite for in-bounds inputs', () => {
	const logUniform = (min: number, max: number) =>
		fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
	it('holds across COST_BOUNDS', () => {
		fc.assert(
			fc.property(
				logUniform(B.capexPerChipUsd.min, B.capexPerChipUsd.max),
				fc.double({ min: AMORT.min, max: AMORT.max, noNaN: true }),
				fc.double({ min: POWER_PRICE.min, max: POWER_PRICE.max, noNaN: true }),
				logUniform(B.tokensPerSPerChip.min, B.tokensPerSPerChip.max),
				logUniform(B.chipSeconds.min, B.chipSeconds.max),
				logUniform(10, 20_000),
				(capex, years, kwh, tps, chipSeconds, watts) => {
					const basis: CostBasis = {
						kind: 'ownership',
						capexPerChipUsd: capex,
						amortisationYears: years,
						powerPriceUsdPerKWh: kwh,
						pue: 1.2
					};
					const perHour = costPerChipHourUsd(basis, watts).value;
					return [
						perHour,
						usdPerMillionTokens(perHour, tps).value,
						trainingRunCostUsd(chipSeconds, perHour).value
					].every(Number.isFinite);
				}
			)
		);
	});
});
