import { describe, expect, it } from 'vitest';
import {
	collectiveAlphaS,
	fitLatency,
	LATENCY_FIT,
	LATENCY_POINTS,
	MATMUL_KERNEL_FIXED_S,
	SERVING_LATENCY
} from '../../../../src/lib/model/inference/latency';
import { DEFAULT_EFFICIENCIES } from '../../../../src/lib/model/inference/efficiencies';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { atKernelSoftware, serving } from './helpers';
import { chainAcceptedTokens } from '../../../../src/lib/model/inference/draft-chain';
import { sweepInputs } from '../../../../src/lib/model/inference/evaluate-inference';
import { layoutsFor } from '../../../../src/lib/model/inference/layouts';
import { ratesFor } from '../../../../src/lib/model/inference/rates';
import { decodeCurve } from '../../../../src/lib/model/inference/sweep';
import { makeStage } from '../../../../src/lib/model/inference/stage';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';

describe('collective latency fit α(G) = a + b·log2(G)', () => {
	it('recovers a line exactly from points on it', () => {
		const onLine = [4, 8, 64].map((group) => ({
			...LATENCY_POINTS[0]!,
			group,
			measuredS: 10e-6 + 5e-6 * Math.log2(group),
			bytesPerChip: 0
		}));
		const fit = fitLatency(onLine, 10e-6);
		expect(fit.interceptS).toBeCloseTo(10e-6, 12);
		expect(fit.perDoublingS).toBeCloseTo(5e-6, 12);
	});

	it('subtracts each point’s bandwidth share: DeepEP dispatch EP8 77 µs − 6.42 MB ÷ 160 GB/s', () => {
		const p = LATENCY_FIT.points.find((x) => x.label.startsWith('DeepEP dispatch EP8'))!;
		// 128 × 8 × 7,168 B × 7/8 = 6,422,528 B ÷ 160e9 B/s = 40.1 µs; 77 − 40.1 = 36.9 µs.
		expect(p.alphaS).toBeCloseTo(77e-6 - (128 * 8 * 7168 * 7) / 8 / 160e9, 12);
	});

	it('fits the slope only (residuals orthogonal to log2 G), α grows, intercept is the default', () => {
		// Normal equation of the slope-only fit: Σ log2(G) · residual = 0.
		const sum = LATENCY_FIT.points.reduce((s, p) => s + Math.log2(p.group) * p.residualS, 0);
		expect(Math.abs(sum)).toBeLessThan(1e-12);
		expect(LATENCY_FIT.perDoublingS).toBeGreaterThan(0);
		expect(DEFAULT_EFFICIENCIES.scaleUpLatencyS).toBeCloseTo(LATENCY_FIT.interceptS, 6);
		const a = (g: number) => collectiveAlphaS(25e-6, SERVING_LATENCY.perDoublingS, g);
		expect(a(1)).toBe(0);
		expect(a(16)).toBeGreaterThan(a(8));
	});

	it('derives the fixed matrix-kernel time from case 23 (GB200 FP8 1K³ 489 vs 8K³ 2,876.6 TFLOP/s)', () => {
		// 2 × 1024³ = 2.147e9 FLOPs: 4.391 µs at 489 TFLOP/s − 0.747 µs at 2,876.6 = 3.65 µs.
		expect(MATMUL_KERNEL_FIXED_S).toBeCloseTo(3.645e-6, 8);
	});
});

/**
 * These check mechanisms (tail ratios, draft costs) at kernel-level software (fraction 1,
 * software.ts), so a change of the software table does not move their operating points away.
 */
const gb200AtKernelSoftware = atKernelSoftware(specFromPresetId('gb200-nvl72')!);

describe('tail latency: targets are 99th percentiles, the model a mean', () => {
	it('reads a 15 ms p99 TPOT as a 12.5 ms mean (1.2) and a 2 s p99 TTFT as a 1.33 s mean (1.5)', () => {
		const r = evaluateInference(
			gb200AtKernelSoftware,
			serving({ targetUserTokensPerS: 1 / 0.015, targetTtftS: 2 })
		);
		if (r.kind !== 'ok' || !r.atTarget) throw new Error('expected an operating point');
		expect(r.atTarget.tpotS).toBeLessThanOrEqual(0.015 / 1.2 + 1e-12);
		expect(r.atTarget.ttftS).toBeLessThanOrEqual(2 / 1.5 + 1e-12);
		const plain = evaluateInference(
			gb200AtKernelSoftware,
			serving({ targetUserTokensPerS: 1 / 0.015, targetTtftS: 2 }),
			DEFAULT_EFFICIENCIES,
			{ ...SERVING_LATENCY, tpotTailRatio: 1, ttftTailRatio: 1 }
		);
		if (plain.kind !== 'ok' || !plain.atTarget) throw new Error('expected an operating point');
		expect(plain.atTarget.tpotS).toBeGreaterThan(0.015 / 1.2);
	});
});

describe('speculative decoding costs its drafts and their verification', () => {
	const b200 = atKernelSoftware(specFromPresetId('hgx-b200')!);
	const fp4 = {
		weightPrecision: 'fp4',
		computePrecision: 'fp4',
		targetUserTokensPerS: 125
	} as const;
	const at = (accepted: number) => {
		const r = evaluateInference(b200, serving({ ...fp4, acceptedTokensPerStep: accepted }));
		return r.kind === 'ok' && r.atTarget ? r.atTarget : null;
	};

	it('gains less than the accepted tokens per step where the step is busy (issue 12: 3.5x before)', () => {
		const one = at(1)!;
		const more = at(1.7)!;
		expect(more.chipTokensPerS).toBeGreaterThan(one.chipTokensPerS);
		expect(more.chipTokensPerS / one.chipTokensPerS).toBeLessThan(1.7);
	});

	it('costs more time per sequence per step: 1 + 0.7/0.8 tokens verified plus one draft layer', () => {
		const r = (accepted: number) =>
			evaluateInference(b200, serving({ ...fp4, acceptedTokensPerStep: accepted }));
		const [a, b] = [r(1), r(1.7)];
		if (a.kind !== 'ok' || b.kind !== 'ok') throw new Error('expected ok');
		const last = (x: typeof a) => x.frontier[0]!;
		// The frontier's first point is the largest batch: each sequence's step costs more.
		expect(last(b).stepS / last(b).batch).toBeGreaterThan(last(a).stepS / last(a).batch);
	});

	it('charges a setting the chain of drafts that accepts it: 2.952 tokens per step, 3 drafts', () => {
		// 1 + 0.8 + 0.64 + 0.512 = 2.952 takes 3 drafts at p = 0.8; (a − 1) ÷ p charged 2.44
		// (helper-110: 5.2% more tokens per chip than the chain gives).
		const system = specFromPresetId('gb200-nvl72')!;
		const model = findLlmPreset('deepseek-r1')!.spec;
		const settings = serving({ acceptedTokensPerStep: chainAcceptedTokens(3, 0.8) });
		const rates = ratesFor(system, DEFAULT_EFFICIENCIES, 4.5e15, 4.5e15);
		const s = sweepInputs(settings, model, rates, DEFAULT_EFFICIENCIES, 1, SERVING_LATENCY, 72);
		const layout = layoutsFor(model, 72).find((l) => l.ep === 8 && l.pp === 1)!;
		const curve = decodeCurve(s, layout)!;
		const { stage } = curve;
		const kv = s.kvBytesAverage;
		const flops = s.decodeAttentionFlopsPerToken;
		for (const batch of [1, 16, 256]) {
			// Verify 1 + 3 tokens per sequence, then 3 one-token passes through 1 of 61 layers without
			// the output head, and 3 reads of the head (Stage.draftS, below).
			const verify = stage.stepS(batch, 4, kv, 4 * flops, s.decodeOverlap);
			const draft = stage.draftS(batch, kv, flops, s.decodeOverlap, 3 / model.layers, 3);
			expect(curve.stepS(batch), `batch ${batch}`).toBeCloseTo(verify + draft, 15);
			// More than the 1/61 share of a whole one-token pass that version 20 charged.
			const share = (3 / model.layers) * stage.stepS(batch, 1, kv, flops, s.decodeOverlap);
			expect(draft, `batch ${batch}`).toBeGreaterThan(share);
		}
	});
});

describe('each drafted token reads the output head once more (model version 21)', () => {
	const system = specFromPresetId('gb200-nvl72')!;
	const model = findLlmPreset('deepseek-r1')!.spec;
	const rates = ratesFor(system, DEFAULT_EFFICIENCIES, 4.5e15, 4.5e15);
	const s = sweepInputs(serving(), model, rates, DEFAULT_EFFICIENCIES, 1, SERVING_LATENCY, 72);
	// A stage of tp × dpAttention chips, experts over all of them (whether the weights fit is
	// capacity's question, not the step's).
	const stageOf = (tp: number, dpAttention: number) =>
		makeStage(s, { tp, ep: tp * dpAttention, pp: 1, dpAttention, chips: tp * dpAttention });
	// The head alone: layerShare 0, one drafted token, no overlap (the blend is the sum).
	const headS = (tp: number, dp: number, sequences: number) =>
		stageOf(tp, dp).draftS(sequences, s.kvBytesAverage, s.decodeAttentionFlopsPerToken, 0, 0, 1);

	it('reads the BF16 head split over 4 chips, computing it whole for its own tokens', () => {
		expect(SERVING_LATENCY.draftHeadChips).toBe(4);
		// DeepSeek-R1's head: 129,280 × 7,168 = 926,679,040 parameters at 2 B (BF16 whatever the
		// weights): 1,853,358,080 B. TP1 with 8 attention groups: 4 chips share one drafted token's
		// read, 463,339,520 B per chip. The chip computes 1/4 of the vocabulary for 4 ranks' tokens:
		// 2 × 926,679,040 = 1,853,358,080 FLOPs per token of its own, 1 sequence per group (8 ÷ 8).
		const bytes = (129_280 * 7168 * 2) / 4;
		expect(bytes).toBe(463_339_520);
		const flops = 2 * 129_280 * 7168;
		expect(headS(1, 8, 8)).toBeCloseTo(
			flops / rates.matmulFlopsPerS + bytes / rates.hbmBytesPerS,
			15
		);
		// 16 sequences per group: twice the FLOPs, the same bytes.
		expect(headS(1, 8, 128)).toBeCloseTo(
			(16 * flops) / rates.matmulFlopsPerS + bytes / rates.hbmBytesPerS,
			15
		);
	});

	it('charges the drafted layer without the head: a 1/61 share of a pass of the model less its head', () => {
		// Dropping the head from the layer term would count it twice (helper-120: the head-only tests
		// above run with layerShare 0, and "more than the share" passes either way).
		const head = 129_280 * 7168;
		const headless = {
			...model,
			vocab: undefined,
			alwaysReadParams: model.alwaysReadParams - head
		};
		const sHeadless = sweepInputs(
			serving(),
			headless,
			rates,
			DEFAULT_EFFICIENCIES,
			1,
			SERVING_LATENCY,
			72
		);
		const layout = { tp: 1, ep: 8, pp: 1, dpAttention: 8, chips: 8 };
		const share = 1 / model.layers;
		for (const sequences of [8, 128]) {
			const drafted = makeStage(s, layout).draftS(
				sequences,
				s.kvBytesAverage,
				s.decodeAttentionFlopsPerToken,
				s.decodeOverlap,
				share,
				0
			);
			const pass = makeStage(sHeadless, layout).stepS(
				sequences,
				1,
				s.kvBytesAverage,
				s.decodeAttentionFlopsPerToken,
				s.decodeOverlap
			);
			expect(drafted, `${sequences} sequences`).toBeCloseTo(share * pass, 15);
		}
	});

	it('splits it only inside a scale-up domain, whose traffic it does not charge', () => {
		// A domain of 2 chips: TP1 over 8 attention groups splits the head over 2 chips, not 4
		// (helper-120: a one-chip domain split it over scale-out for free).
		const narrow = ratesFor(
			{ ...system, scaleUpDomainChips: 2 },
			DEFAULT_EFFICIENCIES,
			4.5e15,
			4.5e15
		);
		const sNarrow = sweepInputs(
			serving(),
			model,
			narrow,
			DEFAULT_EFFICIENCIES,
			1,
			SERVING_LATENCY,
			72
		);
		const stage = makeStage(sNarrow, { tp: 1, ep: 8, pp: 1, dpAttention: 8, chips: 8 });
		const flops = 2 * 129_280 * 7168;
		const head = 129_280 * 7168 * 2;
		expect(
			stage.draftS(8, sNarrow.kvBytesAverage, sNarrow.decodeAttentionFlopsPerToken, 0, 0, 1)
		).toBeCloseTo(flops / narrow.matmulFlopsPerS + head / 2 / narrow.hbmBytesPerS, 15);
	});

	it('never splits it over fewer chips than its TP group, nor more than its stage', () => {
		const flops = 2 * 129_280 * 7168;
		const head = 129_280 * 7168 * 2;
		// TP4: the group holds it split 4 ways already, so each chip reads 1/4 and computes 1/4 of
		// the vocabulary for its group's tokens.
		expect(headS(4, 2, 2)).toBeCloseTo(
			flops / 4 / rates.matmulFlopsPerS + head / 4 / rates.hbmBytesPerS,
			15
		);
		// TP1 over 2 attention groups: a stage of 2 chips, so 2, not 4.
		expect(headS(1, 2, 2)).toBeCloseTo(
			flops / rates.matmulFlopsPerS + head / 2 / rates.hbmBytesPerS,
			15
		);
	});
});
