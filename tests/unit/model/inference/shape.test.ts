import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import {
	attentionFlopsPerPair,
	decodeAttentionFlops,
	expectedExpertsTouched,
	kvBytesPerSequence,
	prefillAttentionFlops
} from '../../../../src/lib/model/inference/shape';

const spec = (id: string) => findLlmPreset(id)!.spec;

describe('experts touched per MoE layer', () => {
	it('reproduces models.md §3.2 for DeepSeek (E 256, k 8) at B = 1/8/32/64/256', () => {
		// 256 · (1 − (1 − 8/256)^B): 8, 57.4, 163.3, 222.4, 255.9.
		const touched = [1, 8, 32, 64, 256].map((b) => Math.round(expectedExpertsTouched(256, 8, b)));
		expect(touched).toEqual([8, 57, 163, 222, 256]);
	});

	it('reproduces models.md §3.2 for Qwen3-235B (E 128, k 8)', () => {
		const touched = [1, 8, 32, 64, 256].map((b) => Math.round(expectedExpertsTouched(128, 8, b)));
		expect(touched).toEqual([8, 52, 112, 126, 128]);
	});

	it('touches every expert when each token picks all of them', () => {
		expect(expectedExpertsTouched(8, 8, 3)).toBe(8);
	});
});

describe('KV cache and attention arithmetic', () => {
	it('caps gpt-oss sliding-window layers at the 128-token window', () => {
		// Per layer per token: 2 × 8 × 64 × 2 B = 2,048 B. 18 full layers × 10,000 tokens plus
		// 18 windowed layers × 128 tokens = 180,000 + 2,304 = 182,304 token-layers.
		expect(kvBytesPerSequence(spec('gpt-oss-120b'), 2, 10_000)).toBe(2048 * 182_304);
		// Below the window both kinds grow alike: 36 layers × 100 tokens.
		expect(kvBytesPerSequence(spec('gpt-oss-120b'), 2, 100)).toBe(2048 * 3600);
	});

	it('uses models.md §3.1 note 4 per-pair attention FLOPs', () => {
		// Llama 405B GQA: 2 × 128 × (128 + 128) = 65,536. DeepSeek absorbed MLA decode:
		// 2 × 128 × ((512 + 64) + 512) = 278,528; un-absorbed prefill:
		// 2 × 128 × (128 + 64 + 128) = 81,920.
		expect(attentionFlopsPerPair(spec('llama-3.1-405b'), 'decode')).toBe(65_536);
		expect(attentionFlopsPerPair(spec('deepseek-r1'), 'decode')).toBe(278_528);
		expect(attentionFlopsPerPair(spec('kimi-k2'), 'decode')).toBe(139_264);
		expect(attentionFlopsPerPair(spec('deepseek-r1'), 'prefill')).toBe(81_920);
	});

	it('makes decode attention linear and prefill attention quadratic in context', () => {
		const llama = spec('llama-3.3-70b');
		// 80 layers × 32,768 FLOPs per pair × 1,000 cached tokens.
		expect(decodeAttentionFlops(llama, 1000)).toBe(80 * 32_768 * 1000);
		// Causal: Σ 1..n = n(n + 1)/2 pairs per layer; n = 1,000 gives 500,500.
		expect(prefillAttentionFlops(llama, 1000)).toBe(80 * 32_768 * 500_500);
		const ratio = prefillAttentionFlops(llama, 2000) / prefillAttentionFlops(llama, 1000);
		expect(ratio).toBeCloseTo(4, 1);
	});
});
