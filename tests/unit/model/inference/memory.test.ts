import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { maxSequences, weightBytesPerChip } from '../../../../src/lib/model/inference/capacity';
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
		// FP8 weights 69.5e9 / 8 = 8.6875e9 B per chip. KV: 2,048 tokens × 327,680 B (BF16) split over
		// 8 KV heads = 83,886,080 B per sequence per chip. (72e9 − 8.6875e9) / 83,886,080 = 754.7.
		expect(weightBytesPerChip(llama, layout, 1)).toBe(8.6875e9);
		expect(maxSequences(llama, layout, 1, 72e9, 2048 * 327_680)).toBe(754);
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
