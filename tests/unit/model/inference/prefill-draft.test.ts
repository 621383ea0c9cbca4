import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { DEFAULT_EFFICIENCIES } from '../../../../src/lib/model/inference/efficiencies';
import { sweepInputs } from '../../../../src/lib/model/inference/evaluate-inference';
import { SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import { ratesFor } from '../../../../src/lib/model/inference/rates';
import { prefillCurve } from '../../../../src/lib/model/inference/sweep';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { serving } from './helpers';

/**
 * Model version 23: while drafting, prefill also runs the draft layers over every prompt (the MTP
 * module's KV cache and first draft come from it), one more layer of the model each.
 */
describe('prefill while drafting (model version 23)', () => {
	const system = specFromPresetId('gb200-nvl72')!;
	const model = findLlmPreset('deepseek-r1')!.spec;
	const rates = ratesFor(system, DEFAULT_EFFICIENCIES, 4.5e15, 4.5e15, 1, 2.25e15);
	const inputs = (accepted: number) =>
		sweepInputs(
			serving({ acceptedTokensPerStep: accepted }),
			model,
			rates,
			DEFAULT_EFFICIENCIES,
			1,
			SERVING_LATENCY,
			72
		);
	const layout = { tp: 1, ep: 8, pp: 1, dpAttention: 8, chips: 8 };
	const plain = prefillCurve(inputs(1), layout)!;
	// 1.8 tokens accepted per step: a one-token draft chain at acceptance 0.8 (draft-chain.ts).
	const drafting = prefillCurve(inputs(1.8), layout)!;

	it('takes (61 + 1) ÷ 61 as long with DeepSeek-R1’s one draft layer, in every term', () => {
		expect(model.layers).toBe(61);
		expect(SERVING_LATENCY.draftLayers).toBe(1);
		const factor = 62 / 61;
		expect(drafting.passS(8) / plain.passS(8)).toBeCloseTo(factor, 12);
		const [a, b] = [plain.pass(8), drafting.pass(8)];
		expect(b.stepS / a.stepS).toBeCloseTo(factor, 12);
		for (const key of Object.keys(a.time) as (keyof typeof a.time)[])
			expect(b.time[key], key).toBeCloseTo(a.time[key] * factor, 15);
		expect(b.bound).toBe(a.bound);
		expect(drafting.pass(8).stepS).toBeCloseTo(drafting.passS(8), 15);
	});

	it('keeps the rate ceiling above every pass’s rate (the search prunes by it)', () => {
		const s = inputs(1.8);
		for (const prompts of [1, 8, 64, drafting.maxPrompts]) {
			const rate = (prompts * s.inputTokens * layout.pp) / (drafting.passS(prompts) * layout.chips);
			expect(rate).toBeLessThanOrEqual(drafting.rateCeiling() * (1 + 1e-12));
		}
	});

	it('charges nothing more without drafting', () => {
		expect(prefillCurve(inputs(1), layout)!.passS(8)).toBe(plain.passS(8));
	});
});
