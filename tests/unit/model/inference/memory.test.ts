import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import {
	draftWeightBytesPerChip,
	maxSequences,
	weightBytesPerChip
} from '../../../../src/lib/model/inference/capacity';
import { DEFAULT_EFFICIENCIES } from '../../../../src/lib/model/inference/efficiencies';
import { sweepInputs } from '../../../../src/lib/model/inference/evaluate-inference';
import { SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import { ratesFor } from '../../../../src/lib/model/inference/rates';
import { decodeCurve, prefillCurve } from '../../../../src/lib/model/inference/sweep';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { serving } from './helpers';

describe('memory capacity', () => {
	it('says a model that does not fit needs at least N chips', () => {
		// Llama 3.1 405B BF16 = 403.75e9 × 2 = 807.5 GB on 8 × 80 GB × 0.9 = 72 GB usable per chip.
		// 807.5e9 / 11 = 73.4e9 > 72e9; 807.5e9 / 12 + 1.06e9 KV / 12 = 67.4e9 ≤ 72e9 ⇒ 12 chips.
		const bf16 = serving({ modelId: 'llama-3.1-405b', weightPrecision: 'bf16' });
		const r = evaluateInference(specFromPresetId('hgx-h100')!, bf16);
		expect(r.kind).toBe('does-not-fit');
		if (r.kind !== 'does-not-fit') return;
		expect(r.minChips).toBe(12);
		expect(r.reason).toMatch(/needs at least 12 chips \(8 available\)/);
	});

	it('fits DeepSeek-R1 FP8 on 8 × H200 but not 8 × H100', () => {
		// 670.1 GB of FP8 weights: 8 × 72 GB = 576 GB is too little; 8 × 126.9 GB is enough.
		expect(evaluateInference(specFromPresetId('hgx-h100')!, serving()).kind).toBe('does-not-fit');
		expect(evaluateInference(specFromPresetId('hgx-h200')!, serving()).kind).toBe('ok');
	});

	it('holds the largest batch the free HBM allows, by hand', () => {
		const llama = findLlmPreset('llama-3.3-70b')!.spec;
		const layout = { tp: 8, ep: 1, pp: 1, dpAttention: 1, chips: 8 };
		// FP8 weights 69.5e9 B, of which the output head, 128,256 × 8,192 = 1,050,673,152, at 2 B,
		// and the embedding table as large at 2 B (model version 21): 69.5e9 + 1,050,673,152 +
		// 2,101,346,304 = 72,652,019,456 B, ÷ 8 = 9,081,502,432 B per chip (8.6875e9 before). KV: 2,048
		// tokens × 327,680 B (BF16) split over 8 KV heads = 83,886,080 B per sequence per chip.
		// (72e9 − 9,081,502,432) / 83,886,080 = 750.05 (754.7 before).
		expect(weightBytesPerChip(llama, layout, 1)).toBe(9_081_502_432);
		expect(maxSequences(llama, layout, 1, 72e9, 2048 * 327_680)).toBe(750);
		// MLA cannot split its latent over TP: TP8 holds the whole 70,272 B per token on every rank.
		const deepseek = findLlmPreset('deepseek-r1')!.spec;
		const tp8 = { tp: 8, ep: 8, pp: 1, dpAttention: 1, chips: 8 };
		const dp8 = { tp: 1, ep: 8, pp: 1, dpAttention: 8, chips: 8 };
		const seq = 2048 * 70_272;
		const free = (l: typeof tp8) => 126.9e9 - weightBytesPerChip(deepseek, l, 1);
		expect(maxSequences(deepseek, tp8, 1, 126.9e9, seq)).toBe(Math.floor(free(tp8) / seq));
		expect(maxSequences(deepseek, dp8, 1, 126.9e9, seq)).toBe(Math.floor((free(dp8) * 8) / seq));
	});
});

describe('speculative decoding holds its draft layer (model versions 20 and 21)', () => {
	it('DeepSeek-R1’s MTP module: its weights and its own cache, while drafting only', () => {
		const deepseek = findLlmPreset('deepseek-r1')!.spec;
		const layout = { tp: 1, ep: 32, pp: 1, dpAttention: 32, chips: 32 };
		// FP8, TP1 EP32: the model's weights per chip are the always-read ones, 16.19e9 with the head
		// and routers (129,280 × 7,168 + 58 × 256 × 7,168 = 1,033,109,504) at 2 B: 17,223,109,504;
		// the embedding table, 129,280 × 7,168 × 2 B = 1,853,358,080; and 58 × 256 × 44,040,192 ÷ 32
		// routed = 20,434,649,088: 39,511,116,672 B (36,624,649,088 before version 21). One draft
		// layer: a 1/61 share of the always-read bytes without the head it shares, (17,223,109,504 −
		// 1,853,358,080) ÷ 61 = 251,963,138.10, and one MoE layer's experts, 256 × 44,040,192 ÷ 32 =
		// 352,321,536: 604,284,674.10 B per chip. Over the instance's 32 chips that is 19.3 GB, each
		// attention group holding its own copy of the always-read share; the module's own bytes are
		// 0.25 + 11.27 = 11.5 GB (models.md §2.1: 11.61B parameters of its own, without the head).
		expect(weightBytesPerChip(deepseek, layout, 1)).toBe(39_511_116_672);
		expect(draftWeightBytesPerChip(deepseek, layout, 1, 1)).toBeCloseTo(604_284_674.1, 1);
		expect(draftWeightBytesPerChip(deepseek, layout, 1, 0)).toBe(0);
		// GB200: 186 GB × 0.9 = 167.4e9 usable. 2,048 tokens of BF16 MLA cache, 143,917,056 B, over
		// 32 attention groups: 4,497,408 B per chip, × 62/61 with the draft layer's own = 4,571,136.
		//   not drafting: ⌊(167.4e9 − 39,511,116,672) ÷ 4,497,408⌋ = ⌊28,436.1⌋ = 28,436
		//   drafting:     ⌊(167.4e9 − 39,511,116,672 − 604,284,674.10) ÷ 4,571,136⌋ = ⌊27,845.3⌋
		//                 = 27,845
		const seq = 2048 * 70_272;
		expect(maxSequences(deepseek, layout, 1, 167.4e9, seq)).toBe(28_436);
		expect(maxSequences(deepseek, layout, 1, 167.4e9, seq, 1)).toBe(27_845);
		// The sweep holds it when more than one token is accepted per step (a chain of drafts), not
		// at 1; a prefill instance too, where the draft layer's cache of each prompt is written:
		// 1,024 tokens, 2,248,704 B per chip (× 62/61: 2,285,568).
		//   not drafting: ⌊127,888,883,328 ÷ 2,248,704⌋ = ⌊56,872.3⌋ = 56,872
		//   drafting:     ⌊127,284,598,653.9 ÷ 2,285,568⌋ = ⌊55,690.6⌋ = 55,690
		const rates = ratesFor(specFromPresetId('gb200-nvl72')!, DEFAULT_EFFICIENCIES, 4.5e15, 4.5e15);
		expect(rates.usableHbmBytes).toBeCloseTo(167.4e9, 0);
		const inputs = (accepted: number) =>
			sweepInputs(
				serving({ acceptedTokensPerStep: accepted, inputTokens: 1024, outputTokens: 1024 }),
				deepseek,
				rates,
				DEFAULT_EFFICIENCIES,
				1,
				SERVING_LATENCY,
				72
			);
		expect(decodeCurve(inputs(1), layout)!.maxBatch).toBe(28_436);
		expect(decodeCurve(inputs(1.8), layout)!.maxBatch).toBe(27_845);
		expect(prefillCurve(inputs(1), layout)!.maxPrompts).toBe(56_872);
		expect(prefillCurve(inputs(1.8), layout)!.maxPrompts).toBe(55_690);
	});
});
