import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { DEFAULT_EFFICIENCIES } from '../../../../src/lib/model/inference/efficiencies';
import {
	evaluateInference,
	sweepInputs
} from '../../../../src/lib/model/inference/evaluate-inference';
import { SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import { ratesFor } from '../../../../src/lib/model/inference/rates';
import { makeStage } from '../../../../src/lib/model/inference/stage';
import { prefillCurve } from '../../../../src/lib/model/inference/sweep';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { serving } from './helpers';

/**
 * Model version 22: the output head, held and read in BF16 (version 21), computes at the BF16
 * rate, and prefill computes it for each prompt's last token only.
 */
describe('the output head’s compute (model version 22)', () => {
	const system = specFromPresetId('gb200-nvl72')!;
	const model = findLlmPreset('deepseek-r1')!.spec;
	// FP8 matrix work at 4.5e15, the head at half of it (BF16 = FP8 ÷ 2); computeFraction 0.6.
	const rates = ratesFor(system, DEFAULT_EFFICIENCIES, 4.5e15, 4.5e15, 1, 2.25e15);
	const sameRate = ratesFor(system, DEFAULT_EFFICIENCIES, 4.5e15, 4.5e15, 1);
	const s = sweepInputs(serving(), model, rates, DEFAULT_EFFICIENCIES, 1, SERVING_LATENCY, 72);
	const sSame = sweepInputs(
		serving(),
		model,
		sameRate,
		DEFAULT_EFFICIENCIES,
		1,
		SERVING_LATENCY,
		72
	);
	// TP1 over 8 attention groups: 8 sequences put 1 on the busiest chip.
	const layout = { tp: 1, ep: 8, pp: 1, dpAttention: 8, chips: 8 };
	// DeepSeek-R1's head: 129,280 × 7,168 = 926,679,040 parameters, 2 FLOPs each per token.
	const headFlops = 2 * 129_280 * 7168;

	it('runs the head’s FLOPs at the head rate, the rest at the matrix work’s', () => {
		expect(headFlops).toBe(1_853_358_080);
		expect(rates.headFlopsPerS).toBeCloseTo(1.35e15, 0);
		expect(sameRate.headFlopsPerS).toBe(sameRate.matmulFlopsPerS);
		// One token on the busiest chip: 1,853,358,080 ÷ 1.35e15 = 1.3728578e-6 s at the head rate,
		// ÷ 2.7e15 = 6.864289e-7 s at the matrix rate, so 6.864289e-7 s more compute.
		const computeS = (r: typeof s) =>
			makeStage(r, layout).terms(8, 1, r.kvBytesAverage, r.decodeAttentionFlopsPerToken).computeS;
		expect(computeS(s) - computeS(sSame)).toBeCloseTo(6.864289e-7, 12);
		// 16 tokens per sequence (a verify pass), every one with its logits: 16 times as much.
		const verifyS = (r: typeof s) =>
			makeStage(r, layout).terms(8, 16, r.kvBytesAverage, 16 * r.decodeAttentionFlopsPerToken)
				.computeS;
		expect(verifyS(s) - verifyS(sSame)).toBeCloseTo(16 * 6.864289e-7, 11);
	});

	it('charges prefill the head for each prompt’s last token only', () => {
		const T = s.inputTokens;
		expect(T).toBe(1024);
		const stage = makeStage(s, layout);
		const every = stage.terms(8, T, s.kvBytesPrompt, s.prefillAttentionFlopsPerPrompt).computeS;
		// 1 prompt on the busiest chip: its other 1,023 tokens skip the head, 1,023 × 1,853,358,080
		// = 1,895,985,315,840 FLOPs ÷ 1.35e15 = 1.40443357e-3 s less compute.
		const pass = prefillCurve(s, layout)!.pass(8);
		expect(every - pass.time.computeS).toBeCloseTo(1.40443357e-3, 10);
		expect(
			stage.stepS(8, T, s.kvBytesPrompt, s.prefillAttentionFlopsPerPrompt, s.overlap, true)
		).toBe(pass.stepS);
		// A one-token prompt computes its head as a decode token does.
		const one = (last: boolean) =>
			stage.terms(8, 1, s.kvBytesPrompt, s.prefillAttentionFlopsPerPrompt, last).computeS;
		expect(one(true)).toBe(one(false));
	});

	it('GB200 NVL72 serves faster with a BF16 rate as fast as its FP8 one (old code: unchanged)', () => {
		// An FP8 cache, so attention runs at FP8 too: only the head reads the BF16 figure.
		const fast = { ...system, denseFlopsPerS: { ...system.denseFlopsPerS } };
		fast.denseFlopsPerS.bf16 = fast.denseFlopsPerS.fp8;
		const fp8Cache = serving({ kvPrecision: 'fp8' });
		const base = evaluateInference(system, fp8Cache);
		const faster = evaluateInference(fast, fp8Cache);
		if (base.kind !== 'ok' || faster.kind !== 'ok') throw new Error('no estimate');
		expect(faster.atTarget!.chipTokensPerS).toBeGreaterThan(base.atTarget!.chipTokensPerS);
	});
});
