import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEEPSEEK_R1, LLAMA_31_405B, LLM_PRESETS } from '../../../../src/lib/catalog/llms';
import {
	elementwiseBytesPerToken,
	elementwiseValuesPerToken
} from '../../../../src/lib/model/training';

describe('elementwiseValuesPerToken (memory-bound kernels between the GEMMs)', () => {
	it('counts a dense model’s norms, residual adds and SwiGLU (Llama 3.1 405B by hand)', () => {
		const v = elementwiseValuesPerToken(LLAMA_31_405B.spec);
		// 126 layers × 10 × 16,384
		expect(v.normsAndResiduals).toBe(20_643_840);
		// attention 126 × 16,384 × 128 × 2 × (128 + 8) = 71,873,593,344 params;
		// SwiGLU (403.75e9 − 71,873,593,344) ÷ 16,384 values
		expect(v.denseActivation).toBeCloseTo((403.75e9 - 71_873_593_344) / 16_384, 3);
		expect(v.routedActivation).toBe(0);
		expect(v.moeRouting).toBe(0);
	});

	it('counts k copies of every token in the MoE layers (DeepSeek-V3 by hand)', () => {
		const v = elementwiseValuesPerToken(DEEPSEEK_R1.spec);
		// routed SwiGLU: 58 layers × 8 experts × 3 × 7,168 × 2,048 params ÷ 7,168 = 58 × 8 × 6,144
		expect(v.routedActivation).toBe(2_850_816);
		// permute 2 × 8 × 7,168 + unpermute (8 + 1) × 7,168 = 25 × 7,168 per MoE layer, × 58
		expect(v.moeRouting).toBe(10_393_600);
		// MLA attention counted without the query LoRA (an upper bound) exceeds DeepSeek's 16.19 B
		// always-read params, so the dense SwiGLU share is floored at 0: a lower bound.
		expect(v.denseActivation).toBe(0);
	});

	it('bytes: forward + 1.5 × backward (+ 1 forward under full recompute), BF16', () => {
		const v = elementwiseValuesPerToken(LLAMA_31_405B.spec);
		const forward = v.normsAndResiduals + v.denseActivation;
		expect(elementwiseBytesPerToken(LLAMA_31_405B.spec, false, 1)).toBeCloseTo(forward * 5, 3);
		expect(elementwiseBytesPerToken(LLAMA_31_405B.spec, true, 1)).toBeCloseTo(forward * 7, 3);
		// A dense model has no routed share for the expert load to stretch.
		expect(elementwiseBytesPerToken(LLAMA_31_405B.spec, false, 1.5)).toBe(
			elementwiseBytesPerToken(LLAMA_31_405B.spec, false, 1)
		);
	});

	it('is finite, non-negative and grows with the busiest expert’s load, for every preset', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...LLM_PRESETS),
				fc.boolean(),
				fc.double({ min: 1, max: 4, noNaN: true }),
				(preset, full, load) => {
					const base = elementwiseBytesPerToken(preset.spec, full, 1);
					const loaded = elementwiseBytesPerToken(preset.spec, full, load);
					expect(Number.isFinite(loaded)).toBe(true);
					expect(base).toBeGreaterThan(0);
					expect(loaded).toBeGreaterThanOrEqual(base);
				}
			),
			{ numRuns: 100 }
		);
	});
});
