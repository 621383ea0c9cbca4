import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_PUE,
	ENERGY_BOUNDS as B,
	J_PER_MWH,
	joulesPerToken,
	powerEnvelope,
	tokenEnergy,
	tokensPerSPerFacilityMW,
	trainingEnergyJ
} from '../../../src/lib/model/energy';
import { operationInput } from '../../../src/lib/inputs/operations';
import { evaluateFormula } from '../../../src/lib/format/formula';

const PUE = operationInput('pue').bounds;
const BUDGET = operationInput('facilityBudgetW').bounds;
import { specFromPresetId } from '../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../src/lib/model/system';

function preset(id: string): SystemSpec {
	const spec = specFromPresetId(id);
	if (!spec) throw new Error(id);
	return spec;
}

describe('energy per token', () => {
	it('is all-in W per chip ÷ tokens/s per chip', () => {
		// GB200: 145,000 W ÷ 72 = 2,013.9 W; at 4,000 tok/s: 0.50347 J/token
		expect(joulesPerToken(4000, 145_000 / 72).value).toBeCloseTo(0.503472, 6);
	});

	it('separates input (prefill) and output (decode) tokens', () => {
		// 1,000 W; prefill 10,000 tok/s → 0.1 J; decode 1,000 tok/s → 1 J
		// per facility MW at PUE 1.25: 1e6 ÷ (1.25 × 0.1) = 8e6 and 1e6 ÷ 1.25 = 8e5 tok/s
		const e = tokenEnergy({
			allInPowerPerChipW: 1000,
			inputTokensPerSPerChip: 10_000,
			outputTokensPerSPerChip: 1000,
			pue: 1.25
		});
		expect(e.inputJPerToken.value).toBeCloseTo(0.1, 12);
		expect(e.outputJPerToken.value).toBe(1);
		expect(e.inputTokensPerSPerMW.value).toBeCloseTo(8e6, 3);
		expect(e.outputTokensPerSPerMW.value).toBeCloseTo(8e5, 6);
	});

	it('labels the default PUE as an assumption', () => {
		expect(DEFAULT_PUE.assumption).toBe(true);
		expect(DEFAULT_PUE.note).toMatch(/^Assumption/);
	});
});

describe('trainingEnergyJ', () => {
	it('is chips × all-in W × PUE × time', () => {
		// 16,384 chips × 1,275 W × 1.2 × 54 days (4,665,600 s) = 1.169551e14 J ÷ 3.6e9 = 32,487.5 MWh
		const j = trainingEnergyJ(16_384, 1275, 4_665_600, 1.2).value;
		expect(j).toBeCloseTo(16_384 * 1275 * 1.2 * 4_665_600, 0);
		expect(j / J_PER_MWH).toBeCloseTo(32_487.5, 1);
	});
});

describe('tokensPerSPerFacilityMW', () => {
	it('reads back from its own formula (the inspector’s ✓)', () => {
		// 1e6 W ÷ (1.25 × 2 J) = 400,000 tokens/s per facility MW.
		const mw = tokensPerSPerFacilityMW(2, 1.25);
		expect(mw.value).toBeCloseTo(400_000, 6);
		expect(evaluateFormula(mw)).toBeCloseTo(400_000, 6);
	});
});

describe('powerEnvelope', () => {
	it('fits whole systems into a facility budget and reports what they deliver', () => {
		const nvl72 = preset('gb200-nvl72');
		const cm384 = preset('cloudmatrix-384');
		const rows = powerEnvelope(10e6, [nvl72, cm384], {
			pue: 1.2,
			precision: 'bf16',
			tokensPerSPerChip: [1000, null]
		});
		const [a, b] = rows;
		if (!a || !b) throw new Error('rows');
		// NVL72: 10e6 ÷ (1.2 × 145,000) = 57.47 → 57 racks, 4,104 GPUs, 9.918 MW
		// (the preset stores 145,000 ÷ 72 quantised to 2,013.89 W, hence 72 × that below)
		expect(a.systems.value).toBe(57);
		expect(a.chips.value).toBe(4104);
		expect(a.facilityPowerW.value).toBeCloseTo(57 * 1.2 * 72 * nvl72.allInPowerPerChipW, 3);
		expect(a.facilityPowerW.value / 9.918e6).toBeCloseTo(1, 3);
		// 4,104 × 2.5 PF = 10.26 EF BF16
		const flops = a.denseFlopsPerS.kind === 'estimate' ? a.denseFlopsPerS.value : NaN;
		expect(flops / 1.026e19).toBeCloseTo(1, 9);
		expect(a.tokensPerS.kind === 'estimate' && a.tokensPerS.value).toBe(4_104_000);
		// CM384: 10e6 ÷ (1.2 × 559,378) = 14.9 → 14 supernodes, 5,376 NPUs
		expect(b.systems.value).toBe(14);
		expect(b.chips.value).toBe(5376);
		expect(b.tokensPerS.kind).toBe('unavailable');
		expect(b.facilityPowerW.value).toBeLessThanOrEqual(10e6);
	});

	it('is unavailable for FLOP/s at a precision the chip lacks', () => {
		const [row] = powerEnvelope(1e6, [preset('hgx-h100')], { pue: 1.2, precision: 'fp4' });
		expect(row?.denseFlopsPerS.kind).toBe('unavailable');
	});
});

describe('energy: every output is finite for in-bounds inputs', () => {
	const logUniform = (min: number, max: number) =>
		fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
	it('holds across ENERGY_BOUNDS', () => {
		fc.assert(
			fc.property(
				logUniform(B.allInPowerPerChipW.min, B.allInPowerPerChipW.max),
				logUniform(B.tokensPerSPerChip.min, B.tokensPerSPerChip.max),
				logUniform(B.tokensPerSPerChip.min, B.tokensPerSPerChip.max),
				fc.double({ min: PUE.min, max: PUE.max, noNaN: true }),
				logUniform(B.timeToTrainS.min, B.timeToTrainS.max),
				logUniform(BUDGET.min, BUDGET.max),
				(w, inTps, outTps, pue, t, budget) => {
					const e = tokenEnergy({
						allInPowerPerChipW: w,
						inputTokensPerSPerChip: inTps,
						outputTokensPerSPerChip: outTps,
						pue
					});
					const rows = powerEnvelope(budget, [preset('gb200-nvl72')], { pue, precision: 'bf16' });
					const values = [
						e.inputJPerToken.value,
						e.outputJPerToken.value,
						e.inputTokensPerSPerMW.value,
						tokensPerSPerFacilityMW(e.outputJPerToken.value, pue).value,
						trainingEnergyJ(B.chips.max, w, t, pue).value,
						...rows.map((r) => r.facilityPowerW.value)
					];
					return values.every(Number.isFinite);
				}
			)
		);
	});
});
