import { describe, expect, it } from 'vitest';
import { LLAMA_31_405B, GPT_OSS_120B, DEEPSEEK_R1 } from '../../../../src/lib/catalog/llms';
import type { LlmSpec } from '../../../../src/lib/model/llm';
import {
	attentionFlopsPerToken,
	paramSplit,
	trainingFlopsPerToken,
	trainingMemoryPerChip,
	type ResolvedLayout
} from '../../../../src/lib/model/training';

/** A small dense model built here so the arithmetic below is exact. */
const TOY: LlmSpec = {
	id: 'toy',
	name: 'Toy',
	layers: 10,
	hiddenSize: 1000,
	attention: {
		kind: 'gqa',
		queryHeads: 8,
		kvHeads: 2,
		headDim: 125,
		slidingWindowLayers: 0,
		windowTokens: 0
	},
	totalParams: 1e9,
	alwaysReadParams: 1e9,
	moe: null,
	maxContextTokens: 4096
};

describe('trainingFlopsPerToken', () => {
	it('is 6 × active params + 3 × forward causal attention', () => {
		// attention: 3 × 2 × (8 heads × (125 + 125)) × 10 layers × 2,048/2 tokens
		//          = 6 × 2,000 × 10 × 1,024 = 122,880,000
		expect(attentionFlopsPerToken(TOY, 2048)).toBe(122_880_000);
		// 6 × 1e9 + 1.2288e8 = 6.12288e9
		expect(trainingFlopsPerToken(TOY, 2048)).toBe(6.12288e9);
	});

	it('matches Llama 3.1 405B at 8,192 tokens (NeMo: 2,053e12 ÷ 813 = 2.525e12)', () => {
		// 6 × 403.75e9 = 2.4225e12; attention 6 × 126 × 4,096 × 128 × 256 = 1.01468e11
		expect(trainingFlopsPerToken(LLAMA_31_405B.spec, 8192)).toBeCloseTo(2.52397e12, -8);
	});

	it('caps sliding-window layers at the window', () => {
		// gpt-oss-120b at 8,192: 18 full layers attend 4,096 tokens, 18 windowed attend 128.
		// 3 × 2 × 64 × 128 × (18 × 4,096 + 18 × 128) = 49,152 × 76,032 = 3.7371e9
		expect(attentionFlopsPerToken(GPT_OSS_120B.spec, 8192)).toBe(49_152 * 76_032);
	});

	it('runs MLA un-absorbed in training: heads × ((nope + rope) + v)', () => {
		// DeepSeek at 4,096: 3 × 2 × 128 × (192 + 128) × 61 × 2,048 = 3.0703e10
		expect(attentionFlopsPerToken(DEEPSEEK_R1.spec, 4096)).toBe(6 * 128 * 320 * 61 * 2048);
	});
});

describe('paramSplit', () => {
	it('separates routed experts from the rest', () => {
		// DeepSeek: 58 layers × 256 experts × 3 × 7,168 × 2,048 = 653.9e9
		const { expertParams, denseParams } = paramSplit(DEEPSEEK_R1.spec);
		expect(expertParams).toBe(58 * 256 * 3 * 7168 * 2048);
		expect(denseParams).toBeCloseTo(16.19e9, -6);
	});
});

describe('trainingMemoryPerChip', () => {
	const layout: ResolvedLayout = {
		tp: 2,
		cp: 1,
		pp: 2,
		dp: 4,
		ep: 1,
		microbatches: 8,
		virtualStages: 1,
		fsdp: false,
		recompute: 'selective'
	};

	it('holds weights + grads per TP×PP shard and shards the optimizer over DP', () => {
		// params per chip = 1e9 / (2 × 2) = 2.5e8: weights 5e8 B, grads 5e8 B,
		// optimizer 12 × 2.5e8 / 4 = 7.5e8 B.
		// activations: 34 × 1,000 B per token-layer; microbatch 2,048 tokens ÷ tp 2 = 1,024 per chip;
		// 10/2 = 5 layers per stage; min(m = 8, pp = 2) = 2 in flight:
		// 34,000 × 1,024 × 5 × 2 = 348,160,000
		const m = trainingMemoryPerChip(TOY, layout, 2048);
		expect(m.weightsBytes).toBe(5e8);
		expect(m.gradsBytes).toBe(5e8);
		expect(m.optimizerBytes).toBe(7.5e8);
		expect(m.activationBytes).toBe(348_160_000);
		expect(m.totalBytes).toBe(5e8 + 5e8 + 7.5e8 + 348_160_000);
	});

	it('holds only as many microbatches in flight as exist: min(m, pp)', () => {
		// m = 1 < pp = 2: 34,000 × 1,024 × 5 × 1 = 174,080,000
		const m = trainingMemoryPerChip(TOY, { ...layout, microbatches: 1 }, 2048);
		expect(m.activationBytes).toBe(174_080_000);
	});

	it('full recompute keeps layer inputs plus one layer, and FSDP shards weights over DP', () => {
		// full: 2 × 1,000 × 1,024 × 5 × 2 + 34,000 × 1,024 = 20,480,000 + 34,816,000 = 55,296,000
		const full = trainingMemoryPerChip(TOY, { ...layout, recompute: 'full' }, 2048);
		expect(full.activationBytes).toBe(55_296_000);
		// FSDP: weights 2 × 2.5e8 / 4 = 1.25e8 B
		const fsdp = trainingMemoryPerChip(TOY, { ...layout, fsdp: true }, 2048);
		expect(fsdp.weightsBytes).toBe(1.25e8);
	});

	it('holds the input embedding table on the first stage: split over TP, its Adam state over DP', () => {
		// vocab 32,000 × d 1,000 = 3.2e7 parameters; ÷ tp 2 = 1.6e7 per chip:
		// weights and grads + 2 × 1.6e7 = 3.2e7 B each; optimizer + 12 × 1.6e7 ÷ dp 4 = 4.8e7 B.
		const base = trainingMemoryPerChip(TOY, layout, 2048);
		const withTable = trainingMemoryPerChip({ ...TOY, vocab: 32_000 }, layout, 2048);
		expect(withTable.weightsBytes - base.weightsBytes).toBe(3.2e7);
		expect(withTable.gradsBytes - base.gradsBytes).toBe(3.2e7);
		expect(withTable.optimizerBytes - base.optimizerBytes).toBe(4.8e7);
		// FSDP shards the table's weights over DP too: 2 × 1.6e7 ÷ 4 = 8e6 B.
		const fsdp = (model: LlmSpec) => trainingMemoryPerChip(model, { ...layout, fsdp: true }, 2048);
		expect(fsdp({ ...TOY, vocab: 32_000 }).weightsBytes - fsdp(TOY).weightsBytes).toBe(8e6);
	});

	it('DeepSeek-R1 at TP1 carries its 0.927B-parameter table whole: 3.7 GB of weights and grads', () => {
		// 129,280 × 7,168 = 926,679,040 parameters × (2 + 2) B = 3.707 GB, plus 12 B of Adam state
		// each over dp 8: 1.390 GB.
		const one: ResolvedLayout = { ...layout, tp: 1, pp: 16, dp: 8, ep: 8 };
		const withTable = trainingMemoryPerChip(DEEPSEEK_R1.spec, one, 4096);
		const without = trainingMemoryPerChip({ ...DEEPSEEK_R1.spec, vocab: undefined }, one, 4096);
		expect(withTable.totalBytes - without.totalBytes).toBeCloseTo(
			926_679_040 * 4 + (926_679_040 * 12) / 8,
			-2
		);
	});
});
