import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { TRAINING_MEASURED_CASES } from '../../../../src/lib/catalog/training-measurements';
import { buildValidationTable } from '../../../../src/lib/content/validation';
import { trainingFlopsPerToken } from '../../../../src/lib/model/training';

/**
 * calibration.md case 17: NeMo / Megatron-Bridge 25.11 pre-training throughput (tok/s/GPU).
 * The cases, with their layouts and known misses, live in src/lib/catalog/training-measurements.ts
 * (one place per fact; the validation page reads them too). CP is modelled.
 *
 * The rows are the validation page's own (buildValidationTable in src/lib/content/validation.ts,
 * with CASE17_TRAINING_EFFICIENCIES), so this test and the page can never disagree on a figure.
 * Every case is held to the one rule of src/lib/content/validation-class.ts (good within 1.25×,
 * fair within 2×, beyond is a miss), as on the validation page. Why the model can sit high: case
 * 17 is grade B+ (vendor-run, short, synthetic data); the model runs every GEMM FLOP at the
 * large-GEMM fraction (0.58, case 23) and charges norms, SwiGLU and MoE permutes at HBM speed
 * (training/elementwise.ts, a lower bound), but has no term for casts, small GEMM shapes or kernel
 * launches, while calibration.md's notes put real training MFU at 35-45 % of FP8 peak.
 * Its memory model is rough (activations ≈ 34·d bytes per token-layer) and can force full
 * recompute where NeMo did not. Cases that miss are listed as known misses with their reason in
 * the catalog and run with `it.fails`, so they are reported, not hidden, and flag when the model
 * improves.
 */

// The training rows only: no inference or pending cases.
const TABLE = buildValidationTable([], TRAINING_MEASURED_CASES, []);
const ROWS = TABLE.training;

describe('calibration.md case 17 (NeMo / Megatron-Bridge training throughput)', () => {
	console.log(
		[
			'case 17: model vs measured tok/s/GPU (ratio = model ÷ measured)',
			...ROWS.map(
				(row) =>
					`  ${row.label.padEnd(38)} model ${row.modelled.toFixed(0).padStart(6)}  measured ${String(
						row.measured
					).padStart(6)}  ratio ${row.error.toFixed(2)}  MFU ${(row.mfu * 100).toFixed(1)} %  ${
						row.recompute
					} recompute  bound ${row.bound}${row.knownMiss ? '  KNOWN MISS' : ''}`
			)
		].join('\n')
	);

	it('checks every measured case', () => {
		expect(ROWS.map((row) => row.id)).toEqual(TRAINING_MEASURED_CASES.map((c) => c.id));
	});

	for (const row of ROWS) {
		const check = () => expect(row.class, `${row.label}: ${row.error}`).not.toBe('miss');
		if (row.knownMiss) {
			it.fails(`${row.label} misses by more than 2× (known miss: ${row.knownMiss})`, check);
		} else {
			it(`${row.label} is within 2× of the measured tok/s/GPU (good or fair)`, check);
		}
	}

	it('keeps the median error factor within 1.25× (issue 12), known misses included', () => {
		// The page's own summary: 15 rows, the 8th smallest factor.
		expect(TABLE.summary.training.medianFactor).toBeLessThanOrEqual(1.25);
	});

	it('reproduces NeMo’s model-FLOP accounting (6N + causal attention) within 1 %', () => {
		// 405B GB200: 2,053e12 FLOP/s ÷ 813 tok/s = 2.525e12 FLOP/token (case 17).
		// 70B GB200: 1,937e12 ÷ 4,312 = 4.492e11. DeepSeek-V3 GB200 BF16: 782e12 ÷ 3,139 = 2.491e11.
		const flops = (name: string) => {
			const c = TRAINING_MEASURED_CASES.find((candidate) => candidate.name === name);
			const llm = c && findLlmPreset(c.model);
			if (!c || !llm) throw new Error(name);
			return trainingFlopsPerToken(llm.spec, c.sequenceTokens);
		};
		expect(flops('Llama 3.1 405B, GB200 ×256, FP8') / 2.525e12).toBeCloseTo(1, 2);
		expect(flops('Llama 3 70B, GB200 ×64, FP8, FSDP') / 4.492e11).toBeCloseTo(1, 2);
		expect(Math.abs(flops('DeepSeek-V3, GB200 ×256, BF16') / 2.491e11 - 1)).toBeLessThan(0.01);
	});
});
