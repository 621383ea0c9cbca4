import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLM_PRESETS } from '../../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import { makeBusiestChip } from '../../../../src/lib/model/inference/busiest';
import {
	EFFICIENCY_BOUNDS,
	normalizeEfficiencies
} from '../../../../src/lib/model/inference/efficiencies';
import { SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import { layoutsFor } from '../../../../src/lib/model/inference/layouts';
import { ratesFor } from '../../../../src/lib/model/inference/rates';
import { makeStage } from '../../../../src/lib/model/inference/stage';
import { sweepInputs } from '../../../../src/lib/model/inference/evaluate-inference';
import { DEFAULT_SERVING, type ServingSettings } from '../../../../src/lib/model/inference/serving';
import { decodeCurve, prefillCurve } from '../../../../src/lib/model/inference/sweep';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { arbitraryEfficiencies } from '../../../fixtures/arbitraries';

/**
 * The at-target search and the frontier sweep skip work by bounds (decode-search.ts cannotReach
 * and beaten, prefill-search.ts prefillRateCeiling); the results stay byte-identical only while
 * these premises hold: a step never shortens as the batch grows, the stage's floor never exceeds
 * its step, and a prefill curve's ceiling is above every pass it can make.
 */
const RUNS = 300;

const inputs = fc.record({
	systemId: fc.constantFrom(...SYSTEM_PRESETS.map((p) => p.id)),
	modelId: fc.constantFrom(...LLM_PRESETS.map((p) => p.id)),
	efficiencies: arbitraryEfficiencies,
	inputTokens: fc.integer({ min: 1, max: 131_072 }),
	outputTokens: fc.integer({ min: 1, max: 16_384 }),
	accepted: fc.constantFrom(1, 1.8, 3),
	layoutPick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
	smaller: fc.double({ min: 0, max: 1, noNaN: true }),
	larger: fc.double({ min: 0, max: 1, noNaN: true })
});

type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

function sweepFor(input: Inputs) {
	const system = specFromPresetId(input.systemId)!;
	const model = LLM_PRESETS.find((p) => p.id === input.modelId)!.spec;
	const e = normalizeEfficiencies(input.efficiencies);
	const flops = system.denseFlopsPerS.fp8 ?? system.denseFlopsPerS.bf16!;
	// FP8 weights and compute, BF16 KV: what evaluateInference hands the sweeps.
	const serving: ServingSettings = {
		...DEFAULT_SERVING,
		inputTokens: input.inputTokens,
		outputTokens: input.outputTokens,
		weightPrecision: 'fp8',
		kvPrecision: 'bf16',
		acceptedTokensPerStep: input.accepted
	};
	const rates = ratesFor(system, e, flops, flops);
	const s = sweepInputs(serving, model, rates, e, 1, SERVING_LATENCY, system.chips);
	const layouts = layoutsFor(model, system.chips);
	const layout = layouts[Math.floor(input.layoutPick * layouts.length)]!;
	return { s, layout };
}

/** Two whole numbers in [1, max], the first no larger, log-spread. */
function pair(max: number, smaller: number, larger: number): [number, number] {
	const at = (t: number) => Math.max(1, Math.min(max, Math.round(max ** t)));
	const [x, y] = [at(smaller), at(larger)];
	return x <= y ? [x, y] : [y, x];
}

describe('what the pruned searches rely on', () => {
	it('the overlap fractions the bounds assume stay within [0, 1]', () => {
		for (const key of ['overlapFraction', 'decodeOverlapFraction'] as const) {
			expect(EFFICIENCY_BOUNDS[key].min).toBe(0);
			expect(EFFICIENCY_BOUNDS[key].max).toBe(1);
		}
	});

	it('a decode step never shortens as the batch grows', () => {
		fc.assert(
			fc.property(inputs, (input) => {
				const { s, layout } = sweepFor(input);
				const curve = decodeCurve(s, layout);
				if (!curve) return;
				const [b1, b2] = pair(curve.maxBatch, input.smaller, input.larger);
				expect(curve.stepS(b2)).toBeGreaterThanOrEqual(curve.stepS(b1) * (1 - 1e-12));
			}),
			{ numRuns: RUNS, seed: 20261203 }
		);
	});

	it("a prefill pass never shortens with more prompts, nor beats the stage's floor or its ceiling", () => {
		fc.assert(
			fc.property(inputs, (input) => {
				const { s, layout } = sweepFor(input);
				const curve = prefillCurve(s, layout);
				if (!curve) return;
				const [p1, p2] = pair(curve.maxPrompts, input.smaller, input.larger);
				const [pass1, pass2] = [curve.passS(p1), curve.passS(p2)];
				expect(pass2).toBeGreaterThanOrEqual(pass1 * (1 - 1e-12));
				const stage = makeStage(s, layout);
				const floor = stage.stepFloorS(
					p2,
					s.inputTokens,
					s.kvBytesPrompt,
					s.prefillAttentionFlopsPerPrompt,
					s.overlap,
					true
				);
				expect(floor).toBeLessThanOrEqual(pass2 * (1 + 1e-12));
				const rate = (p: number, passS: number) =>
					(p * s.inputTokens * layout.pp) / (passS * layout.chips);
				const ceiling = curve.rateCeiling();
				expect(ceiling).toBeGreaterThanOrEqual(rate(p1, pass1) * (1 - 1e-12));
				expect(ceiling).toBeGreaterThanOrEqual(rate(p2, pass2) * (1 - 1e-12));
			}),
			{ numRuns: RUNS, seed: 20261204 }
		);
	});

	it("the busiest chip's pairs and experts read never fall as tokens grow; pairs stay above their floor", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 512 }),
				fc.integer({ min: 1, max: 16 }),
				fc.integer({ min: 1, max: 1024 }),
				fc.double({ min: 1, max: 4, noNaN: true }),
				fc.double({ min: 0, max: 1e6, noNaN: true }),
				fc.double({ min: 0, max: 1e6, noNaN: true }),
				(experts, k, ranks, imbalance, t1, t2) => {
					const chip = makeBusiestChip({
						experts,
						perToken: Math.min(k, experts),
						ranks,
						imbalance
					});
					const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
					expect(chip.expertsRead(hi)).toBeGreaterThanOrEqual(chip.expertsRead(lo) * (1 - 1e-12));
					expect(chip.tokenExpertPairs(hi)).toBeGreaterThanOrEqual(
						chip.tokenExpertPairs(lo) * (1 - 1e-12)
					);
					expect(chip.tokenExpertPairs(hi)).toBeGreaterThanOrEqual(
						hi * chip.pairsPerTokenFloor * (1 - 1e-12)
					);
				}
			),
			{ numRuns: RUNS * 10, seed: 20261205 }
		);
	});
});
