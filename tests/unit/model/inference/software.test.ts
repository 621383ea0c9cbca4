import { describe, expect, it } from 'vitest';
import { CHIP_FAMILIES } from '../../../../src/lib/model/chip-family';
import { DEFAULT_DEPLOYMENT } from '../../../../src/lib/model/deployment';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { DEFAULT_SERVING } from '../../../../src/lib/model/inference/serving';
import { softwareFor } from '../../../../src/lib/model/inference/software';
import { SOFTWARE_FRACTIONS } from '../../../../src/lib/model/inference/software-fractions';
import {
	SOFTWARE_FRACTION_OF,
	SOFTWARE_FRACTION_PRIOR,
	softwareFractionPrior
} from '../../../../src/lib/model/inference/software-values';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { register2026 } from '../../../../src/lib/catalog/register-2026';

register2026(); // Vera Rubin and Kyber load lazily

const fittedFamilies = CHIP_FAMILIES.filter((f) => SOFTWARE_FRACTIONS[f].basis === 'fitted');

describe('software prior (model version 7)', () => {
	it('is the geometric mean of the fitted families’ values, to 0.01', () => {
		const fitted = fittedFamilies.map((f) => SOFTWARE_FRACTION_OF[f]);
		expect(fittedFamilies).toEqual(['hopper', 'blackwell']);
		const geometricMean = Math.exp(fitted.reduce((s, f) => s + Math.log(f), 0) / fitted.length);
		// √(1 × 0.58) = 0.7616 → 0.76.
		expect(geometricMean).toBeCloseTo(0.7616, 4);
		expect(SOFTWARE_FRACTION_PRIOR).toBe(Math.round(geometricMean * 100) / 100);
		expect(SOFTWARE_FRACTION_PRIOR).toBe(0.76);
		expect(softwareFractionPrior([])).toBe(1);
	});

	it('is what every family without a fit or a stack to carry one from takes, and says so', () => {
		for (const family of CHIP_FAMILIES) {
			const entry = SOFTWARE_FRACTIONS[family];
			if (entry.basis !== 'assumption') continue;
			expect(entry.fraction, family).toBe(SOFTWARE_FRACTION_PRIOR);
			expect(entry.note, family).toMatch(/geometric mean of the fitted families’ values/);
		}
	});

	it('gives Rubin Blackwell’s fitted value, not the prior: the same CUDA serving stack', () => {
		const rubin = SOFTWARE_FRACTIONS.rubin;
		expect(rubin).toMatchObject({ basis: 'carried', carriedFrom: 'blackwell', fitRows: [] });
		expect(rubin.fraction).toBe(SOFTWARE_FRACTION_OF.blackwell);
		expect(rubin.note).toMatch(/assumption/);
		// Vera Rubin and Kyber are Rubin; GB300 is Blackwell: their ratio is the hardware's alone.
		expect(softwareFor(specFromPresetId('vr-nvl72')!).family).toBe('rubin');
		expect(softwareFor(specFromPresetId('kyber-nvl144')!).family).toBe('rubin');
		expect(softwareFor(specFromPresetId('gb300-nvl72')!).fraction).toBe(rubin.fraction);
	});

	it('gives a Custom system with GB200’s figures the prior, not 1', () => {
		const gb200 = specFromPresetId('gb200-nvl72')!;
		const custom = { ...gb200, presetId: null, name: 'Custom' };
		expect(softwareFor(custom)).toEqual({
			fraction: SOFTWARE_FRACTION_PRIOR,
			family: 'other',
			tableFraction: SOFTWARE_FRACTION_PRIOR,
			overridden: false
		});
		// Only the software differs: the copy at GB200's fraction serves exactly what GB200 does.
		const atBlackwell = {
			...custom,
			deployment: {
				...(custom.deployment ?? DEFAULT_DEPLOYMENT),
				softwareFraction: SOFTWARE_FRACTION_OF.blackwell
			}
		};
		const tokens = (spec: typeof gb200) => {
			const r = evaluateInference(spec, DEFAULT_SERVING);
			return r.kind === 'ok' ? (r.atTarget?.chipTokensPerS ?? null) : null;
		};
		const base = tokens(gb200)!;
		expect(base).toBeGreaterThan(0);
		expect(tokens(atBlackwell)).toBeCloseTo(base, 9);
		// The copy still serves more than GB200 (0.76 > 0.58; more than 0.76 ÷ 0.58 = 1.31× per chip,
		// since at a fixed speed per user faster rates also admit a larger batch), but less than at 1.
		const atOne = {
			...atBlackwell,
			deployment: { ...atBlackwell.deployment, softwareFraction: 1 }
		};
		expect(tokens(custom)!).toBeGreaterThan(base);
		expect(tokens(custom)!).toBeLessThan(tokens(atOne)!);
	});
});
