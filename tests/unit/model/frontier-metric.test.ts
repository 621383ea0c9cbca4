import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inFrontierMetric } from '../../../src/lib/model/frontier-metric';

const BASIS = { costPerChipHourUsd: 2, allInPowerPerChipW: 1_000, pue: 1.25 };

describe('inFrontierMetric()', () => {
	it('rescales tokens/s per chip by price and power, by hand', () => {
		expect(inFrontierMetric('tokensPerSPerChip', 1_000, BASIS)).toBe(1_000);
		// $2 per chip-hour ÷ (1,000 tokens/s × 3,600 s) × 1e6 = $0.5556 per million tokens.
		expect(inFrontierMetric('usdPerMillionTokens', 1_000, BASIS)).toBeCloseTo(2 / 3.6, 12);
		// 1,000 W ÷ 1,000 tokens/s = 1 J per token; 1e6 W ÷ (1.25 × 1 J) = 800,000 tokens/s per MW.
		expect(inFrontierMetric('tokensPerSPerMW', 1_000, BASIS)).toBeCloseTo(800_000, 6);
	});

	it('has no cost without a price, and no number without throughput', () => {
		const unpriced = { ...BASIS, costPerChipHourUsd: null };
		expect(inFrontierMetric('usdPerMillionTokens', 1_000, unpriced)).toBeNull();
		expect(inFrontierMetric('tokensPerSPerMW', 1_000, unpriced)).toBeCloseTo(800_000, 6);
		expect(inFrontierMetric('usdPerMillionTokens', 0, BASIS)).toBeNull();
		expect(inFrontierMetric('tokensPerSPerMW', 0, BASIS)).toBeNull();
	});

	it('more tokens per chip is never dearer and never serves less per MW', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
				fc.double({ min: 1.001, max: 100, noNaN: true }),
				(tokens, factor) => {
					const cost = (t: number) => inFrontierMetric('usdPerMillionTokens', t, BASIS)!;
					const perMW = (t: number) => inFrontierMetric('tokensPerSPerMW', t, BASIS)!;
					expect(cost(tokens * factor)).toBeLessThan(cost(tokens));
					expect(perMW(tokens * factor)).toBeGreaterThan(perMW(tokens));
				}
			),
			{ numRuns: 200 }
		);
	});
});
