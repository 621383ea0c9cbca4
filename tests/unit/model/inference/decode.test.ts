import { describe, expect, it } from 'vitest';
import { batchGrid } from '../../../../src/lib/model/inference/sweep';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { NO_SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import type { InferenceOk, InferenceResult } from '../../../../src/lib/model/inference/types';
import { IDEAL, numbersIn, oneChip, serving } from './helpers';

function ok(result: InferenceResult): InferenceOk {
	if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}: ${result.reason}`);
	return result;
}

/** The frontier's fastest point per user is batch 1 on a one-chip system. */
function fastest(result: InferenceOk) {
	return result.frontier[result.frontier.length - 1]!;
}

/** The decode pool alone, prompts prefilled elsewhere for free: the step's own arithmetic. */
const DECODE_POOL = 'decode-pool';

describe('decode on one chip, by hand', () => {
	// Llama 3.1 8B at BF16: 7.5e9 params × 2 B = 15e9 B of weights read every step. Input 1,
	// output 2 → average context 2 tokens × 131,072 B (32 layers × 2 × 8 × 128 × 2 B)
	// = 262,144 B of KV read per sequence per step.
	const llama8b = serving({
		modelId: 'llama-3.1-8b',
		inputTokens: 1,
		outputTokens: 2,
		weightPrecision: 'bf16',
		kvPrecision: 'bf16',
		computePrecision: 'bf16'
	});

	it('is bandwidth-bound: tokens/s = HBM bandwidth ÷ bytes read per step', () => {
		const r = ok(evaluateInference(oneChip(), llama8b, IDEAL, NO_SERVING_LATENCY, DECODE_POOL));
		const p = fastest(r);
		expect(p.batch).toBe(1);
		// 3.35e12 B/s ÷ (15e9 + 262,144) B = 223.329 tokens/s.
		expect(p.userTokensPerS).toBeCloseTo(3.35e12 / (15e9 + 262_144), 6);
		expect(p.bound).toBe('memory-bandwidth');
		expect(p.time.communicationS).toBe(0);
	});

	it('is compute-bound when bandwidth is plentiful: tokens/s = FLOP/s ÷ FLOPs per token', () => {
		// 10 TFLOP/s against 100 TB/s: memory takes 15e9 / 100e12 = 0.15 ms, compute 1.5 ms.
		const chip = oneChip({ hbmBytesPerS: 100e12, denseFlopsPerS: { bf16: 10e12 } });
		const p = fastest(ok(evaluateInference(chip, llama8b, IDEAL, NO_SERVING_LATENCY, DECODE_POOL)));
		// 2 × 7.5e9 FLOPs + attention 2 × 32 heads × 256 × 32 layers × 2 tokens = 1,048,576.
		expect(p.userTokensPerS).toBeCloseTo(10e12 / (15e9 + 1_048_576), 6);
		expect(p.bound).toBe('compute');
	});

	it('fills the batch to the target: B = (bandwidth ÷ target − weights) ÷ KV per sequence', () => {
		const r = ok(
			evaluateInference(
				oneChip(),
				{ ...llama8b, targetUserTokensPerS: 210 },
				IDEAL,
				NO_SERVING_LATENCY,
				DECODE_POOL
			)
		);
		const t = r.atTarget!;
		// step(B) = (15e9 + B × 262,144) / 3.35e12 ≤ 1/210 s
		// ⇒ B ≤ (15.952381e9 − 15e9) / 262,144 = 3,633.04.
		expect(t.batch).toBe(3633);
		expect(t.limitedBy).toBe('target');
		// 3,633 tokens per step of (15e9 + 3,633 × 262,144) / 3.35e12 s = 762,942 tokens/s.
		expect(t.decodeChipTokensPerS).toBeCloseTo((3633 * 3.35e12) / (15e9 + 3633 * 262_144), 3);
		expect(t.estimates.stepS.range!.low).toBeCloseTo(t.stepS, 12);
	});

	it('reads only always-read weights plus the k experts of one token at batch 1 (MoE)', () => {
		const chip = oneChip({ hbmBytes: 4e12 });
		const deepseek = serving({ modelId: 'deepseek-r1', inputTokens: 1, outputTokens: 2 });
		const p = fastest(
			ok(evaluateInference(chip, deepseek, IDEAL, NO_SERVING_LATENCY, DECODE_POOL))
		);
		// FP8: 16.19e9 always-read + 58 layers × 8 experts × 44,040,192 = 36.63e9 B (models.md §3.3:
		// 36.6 GB per token), plus 2 tokens × 70,272 B of MLA cache. The output head and routers,
		// 129,280 × 7,168 + 58 × 256 × 7,168 = 1,033,109,504 parameters, are read at 2 B, not 1
		// (model version 21): 1.03 GB more each step, 37.66 GB in all. The embedding table is held,
		// never read.
		const bytes = 16.19e9 + 1_033_109_504 + 58 * 8 * 44_040_192 + 2 * 70_272;
		expect(p.userTokensPerS).toBeCloseTo(3.35e12 / bytes, 6);
	});

	it('counts overlap between the bounds: no overlap is the sum of the terms', () => {
		const none = ok(
			evaluateInference(
				oneChip(),
				llama8b,
				{ ...IDEAL, overlapFraction: 0, decodeOverlapFraction: 0 },
				NO_SERVING_LATENCY,
				DECODE_POOL
			)
		);
		const p = fastest(none);
		const t = p.time;
		expect(p.stepS).toBeCloseTo(t.computeS + t.memoryS + t.communicationS + t.overheadS, 12);
		expect(t.highS).toBeGreaterThan(t.lowS);
	});
});

describe('operating point and frontier', () => {
	it('reports null with a reason when the target is faster than any layout', () => {
		const fast = serving({ modelId: 'llama-3.1-8b', targetUserTokensPerS: 5000 });
		const r = ok(evaluateInference(oneChip(), fast));
		expect(r.atTarget).toBeNull();
		expect(r.atTargetReason).toMatch(/above the fastest/);
	});

	it('reports null with a reason when no layout meets the TTFT target', () => {
		const long = serving({ modelId: 'llama-3.1-8b', inputTokens: 100_000, targetTtftS: 0.01 });
		const r = ok(evaluateInference(oneChip(), long));
		expect(r.prefill.meetsTtftTarget).toBe(false);
		expect(r.atTarget).toBeNull();
		expect(r.atTargetReason).toMatch(/TTFT/);
		// The frontier keeps layouts missing the TTFT target only then: the chart still shows decode.
		expect(r.frontier.length).toBeGreaterThan(0);
	});

	it('falls back to BF16 on a chip without FP8, and says so', () => {
		const chip = oneChip({ name: 'No FP8', denseFlopsPerS: { bf16: 1e15 }, hbmBytes: 4e12 });
		const r = ok(evaluateInference(chip, serving()));
		expect(r.precision.compute.used).toBe('bf16');
		expect(r.warnings.join(' ')).toMatch(/no FP8 figure/);
	});

	it('is unsupported when the chip has no figure at the precision or wider', () => {
		const chip = oneChip({ denseFlopsPerS: { fp4: 1e15 } });
		const r = evaluateInference(chip, serving({ computePrecision: 'bf16' }));
		expect(r.kind).toBe('unsupported');
	});
});

describe('custom models', () => {
	it('serves a custom LlmSpec exactly like the preset it copies', () => {
		const preset = findLlmPreset('llama-3.1-8b')!.spec;
		const custom = serving({ modelId: 'ignored', customModel: { ...preset, id: 'mine' } });
		const a = ok(evaluateInference(oneChip(), serving({ modelId: 'llama-3.1-8b' })));
		const b = ok(evaluateInference(oneChip(), custom));
		expect(b.atTarget!.chipTokensPerS).toBeCloseTo(a.atTarget!.chipTokensPerS, 9);
	});

	it('clamps a custom model’s nonsense numbers instead of returning NaN', () => {
		const preset = findLlmPreset('deepseek-r1')!.spec;
		const broken = {
			...preset,
			layers: Number.NaN,
			hiddenSize: 0,
			alwaysReadParams: -5,
			moe: { routedExperts: 0, expertsPerToken: 99, paramsPerExpert: Infinity, moeLayers: 1e9 }
		};
		const r = evaluateInference(oneChip({ hbmBytes: 4e12 }), serving({ customModel: broken }));
		const { system: _s, serving: _v, ...outputs } = r;
		const numbers = numbersIn(outputs);
		expect(numbers.length).toBeGreaterThan(10);
		for (const [path, n] of numbers) expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
	});
});

describe('batch grid', () => {
	it('is 1 to the top, rising, evenly spaced in log, and the same grid on every call', () => {
		// 32 points from 1 to 1,000: e^(i · ln 1000 / 31), rounded, repeats dropped.
		const grid = batchGrid(1000);
		expect(grid[0]).toBe(1);
		expect(grid.at(-1)).toBe(1000);
		expect(grid.every((b, i) => i === 0 || b > grid[i - 1]!)).toBe(true);
		expect(grid.length).toBeLessThanOrEqual(32);
		expect(batchGrid(1000.7)).toBe(grid);
		// Shared between evaluations, so no caller may change it.
		expect(Object.isFrozen(grid)).toBe(true);
	});
});
