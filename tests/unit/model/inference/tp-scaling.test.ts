import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { DEFAULT_EFFICIENCIES } from '../../../../src/lib/model/inference/efficiencies';
import { SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import type { PassInputs } from '../../../../src/lib/model/inference/pass';
import { ratesFor } from '../../../../src/lib/model/inference/rates';
import {
	decodeAttentionFlops,
	kvBytesPerSequence
} from '../../../../src/lib/model/inference/shape';
import { makeStage } from '../../../../src/lib/model/inference/stage';
import { specFromPresetId } from '../../../../src/lib/model/scenario';

/**
 * Issue 12 item 1: with one constant collective latency, TP16 over two 8-GPU boards came out
 * faster per chip than TP8 on one board. Now α(G) grows with the group and a TP group larger
 * than the scale-up domain all-reduces over scale-out.
 */
describe('tensor parallelism beyond the board: TP16 never beats TP8 per chip', () => {
	const model = findLlmPreset('llama-3.1-405b')!.spec;
	const e = DEFAULT_EFFICIENCIES;
	const batch = 64;
	const contextTokens = 2048;
	const kv = kvBytesPerSequence(model, 1, contextTokens);
	const attention = decodeAttentionFlops(model, contextTokens);

	function perChip(domain: number, tp: number) {
		const preset = specFromPresetId('hgx-h100')!;
		const system = { ...preset, chips: 16, scaleUpDomainChips: domain };
		const fp8 = system.denseFlopsPerS.fp8!;
		const pass: PassInputs = {
			model,
			rates: ratesFor(system, e, fp8, fp8),
			weightBytesPerValue: 1,
			wire: { dispatch: 1, combine: 2, activation: 2 },
			moeImbalance: e.moeImbalance,
			overheadS: e.stepOverheadS,
			overlap: e.overlapFraction,
			decodeOverlap: e.decodeOverlapFraction,
			latency: SERVING_LATENCY
		};
		const stage = makeStage(pass, { tp, ep: 1, pp: 1, dpAttention: 1, chips: tp });
		const stepS = stage.stepS(batch, 1, kv, attention, e.decodeOverlapFraction);
		return {
			stepS,
			tokensPerSPerChip: batch / (stepS * tp),
			terms: stage.terms(batch, 1, kv, attention)
		};
	}

	it('Llama 3.1 405B FP8 decode, batch 64 at 2K context, on two HGX H100 boards', () => {
		// Per chip per step (H100: 1,979 TFLOP/s FP8 × 0.6, 3.35 TB/s × 0.85, NVLink 450 GB/s
		// × 0.8 = 360 GB/s, InfiniBand 50 GB/s × 0.8 = 40 GB/s; 126 layers, d 16,384, 8 KV
		// heads so KV shards 8 ways at TP8 and TP16 alike; KV 528.5 MB per sequence at 2K):
		// TP8, one board: weights 403.75e9 B ÷ 8 = 50.5 GB, KV 64 × 528.5 MB ÷ 8 = 4.2 GB:
		//   memory 54.7e9 ÷ 2.8475e12 = 19.2 ms; compute 64 × 2 × 403.75e9 ÷ 8 ÷ 1.187e15 = 5.4 ms;
		//   all-reduce 252 per step (2 per layer) × 64 tokens × 16,384 × 2 B × 1.75 ÷ 360 GB/s
		//   = 2.6 ms, plus 252 × α(8) (20 + 9.5 × 3 µs) = 12.2 ms; fixed 126 × 29 µs = 3.7 ms;
		//   step = 19.2 + 0.85 × (5.4 + 14.8 + 1.0) + 3.7 ≈ 40.9 ms: 64 ÷ (0.0409 × 8) ≈ 196 per chip.
		// TP16, two boards: memory halves to 10.3 ms, compute to 2.7 ms, but the all-reduce
		//   crosses InfiniBand: 252 × 64 × 16,384 × 2 B × 1.875 ÷ 40 GB/s = 24.8 ms, plus
		//   252 × α(16) over scale-out (30 + 9.5 × 4 µs) = 17.1 ms; step = 41.9 + 0.85 ×
		//   (2.7 + 10.3 + 1.0) + 3.7 ≈ 57.5 ms: 64 ÷ (0.0575 × 16) ≈ 70 per chip.
		const tp8 = perChip(8, 8);
		const tp16 = perChip(8, 16);
		expect(tp8.terms.memoryS).toBeCloseTo(0.0192, 3);
		expect(tp8.terms.latencyS).toBeCloseTo(0.0122, 3);
		expect(tp16.terms.outS).toBeCloseTo(0.0248, 3);
		expect(tp16.terms.upS).toBe(0);
		expect(tp8.tokensPerSPerChip).toBeCloseTo(196, -1);
		expect(tp16.tokensPerSPerChip).toBeCloseTo(70, -1);
		expect(tp16.tokensPerSPerChip).toBeLessThan(tp8.tokensPerSPerChip);
		// Not faster per user either: the step is longer.
		expect(tp16.stepS).toBeGreaterThan(tp8.stepS);
	});

	it('even inside one 16-chip scale-up domain TP16 is not faster per chip (α grows with the group)', () => {
		// Same batch on NVLink only: all-reduce 252 × 64 × 16,384 × 2 × 1.875 ÷ 360 GB/s = 2.75 ms
		// plus 252 × α(16) = 252 × 58 µs = 14.6 ms: step ≈ 17.4 + 0.85 × (2.7 + 10.3 + 1.0) + 3.7
		// ≈ 33 ms, 64 ÷ (0.033 × 16) ≈ 121 per chip against TP8's 196.
		const tp8 = perChip(16, 8);
		const tp16 = perChip(16, 16);
		expect(tp16.tokensPerSPerChip).toBeLessThan(tp8.tokensPerSPerChip);
		expect(tp16.tokensPerSPerChip).toBeCloseTo(121, -1);
	});
});
