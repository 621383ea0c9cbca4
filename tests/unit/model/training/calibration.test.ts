import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { classify } from '../../../../src/lib/content/validation-class';
import {
	TRAINING_MEASURED_CASES as CASES,
	type TrainingMeasuredCase as Case
} from '../../../../src/lib/catalog/training-measurements';
import type { LlmSpec } from '../../../../src/lib/model/llm';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import {
	DEFAULT_TRAINING_EFFICIENCIES,
	DEFAULT_TRAINING_OVERLAP,
	estimateTrainingOnChips
} from '../../../../src/lib/model/training';

/**
 * calibration.md case 17: NeMo / Megatron-Bridge 25.11 pre-training throughput (tok/s/GPU).
 * The cases, with their layouts and known misses, live in src/lib/catalog/training-measurements.ts
 * (one place per fact; the validation page reads them too). CP is modelled.
 *
 * Every case is held to the one rule of src/lib/content/validation-class.ts (good within 1.25×,
 * fair within 2×, beyond is a miss), as on the validation page. Why the model can sit high: case
 * 17 is grade B+ (vendor-run, short, synthetic data); the model runs every FLOP at the large-GEMM
 * fraction (0.58, case 23) and has no term for norms, casts, permutes or kernel launches, while
 * calibration.md's notes put real training MFU at 35-45 % of FP8 peak, i.e. 1.3-1.7× below 0.58.
 * Its memory model is rough (activations ≈ 34·d bytes per token-layer) and can force full
 * recompute where NeMo did not. Cases that miss are listed as known misses with their reason in
 * the catalog and run with `it.fails`, so they are reported, not hidden, and flag when the model
 * improves.
 */

// Case 17 force-balances MoE tokens, so no imbalance penalty (calibration.md case 17).
const EFFICIENCIES = { ...DEFAULT_TRAINING_EFFICIENCIES, moeImbalance: 1 };

function system(id: string): SystemSpec {
	const spec = specFromPresetId(id);
	if (!spec) throw new Error(`no system preset ${id}`);
	return spec;
}

function model(id: string): LlmSpec {
	const preset = findLlmPreset(id);
	if (!preset) throw new Error(`no LLM preset ${id}`);
	return preset.spec;
}

function modelled(c: Case) {
	const result = estimateTrainingOnChips(
		system(c.system),
		{
			model: model(c.model),
			tokensToTrain: 1e12,
			globalBatchTokens: c.globalBatchSequences * c.sequenceTokens,
			sequenceTokens: c.sequenceTokens,
			precision: c.precision,
			systems: 1,
			layout: c.layout,
			overlap: DEFAULT_TRAINING_OVERLAP
		},
		c.gpus,
		EFFICIENCIES
	);
	if (result.kind !== 'training') throw new Error(`${c.name}: ${result.note}`);
	return result;
}

describe('calibration.md case 17 (NeMo / Megatron-Bridge training throughput)', () => {
	const rows = CASES.map((c) => {
		const r = modelled(c);
		const model = r.tokensPerSPerChip.value;
		return { c, r, model, ratio: model / c.measuredTokensPerSPerGpu };
	});
	console.log(
		[
			'case 17: model vs measured tok/s/GPU (ratio = model ÷ measured)',
			...rows.map(
				({ c, r, model, ratio }) =>
					`  ${c.name.padEnd(38)} model ${model.toFixed(0).padStart(6)}  measured ${String(
						c.measuredTokensPerSPerGpu
					).padStart(6)}  ratio ${ratio.toFixed(2)}  MFU ${(r.mfu.value * 100).toFixed(1)} %  ${
						r.layout.recompute
					} recompute  bound ${r.stepS.bound}${c.knownMiss ? '  KNOWN MISS' : ''}`
			)
		].join('\n')
	);

	for (const { c, ratio } of rows) {
		const check = () => expect(classify(ratio), `${c.name}: ${ratio}`).not.toBe('miss');
		if (c.knownMiss) {
			it.fails(`${c.name} misses by more than 2× (known miss: ${c.knownMiss})`, check);
		} else {
			it(`${c.name} is within 2× of the measured tok/s/GPU (good or fair)`, check);
		}
	}

	it('reproduces NeMo’s model-FLOP accounting (6N + causal attention) within 1 %', () => {
		// 405B GB200: 2,053e12 FLOP/s ÷ 813 tok/s = 2.525e12 FLOP/token (case 17).
		// 70B GB200: 1,937e12 ÷ 4,312 = 4.492e11. DeepSeek-V3 GB200 BF16: 782e12 ÷ 3,139 = 2.491e11.
		const byName = new Map(rows.map((row) => [row.c.name, row.r]));
		const flops = (name: string) => {
			const r = byName.get(name);
			if (!r) throw new Error(name);
			return r.mfu.terms.find((t) => t.symbol === 'modelFlopsPerToken')?.value ?? NaN;
		};
		expect(flops('Llama 3.1 405B, GB200 ×256, FP8') / 2.525e12).toBeCloseTo(1, 2);
		expect(flops('Llama 3 70B, GB200 ×64, FP8, FSDP') / 4.492e11).toBeCloseTo(1, 2);
		expect(Math.abs(flops('DeepSeek-V3, GB200 ×256, BF16') / 2.491e11 - 1)).toBeLessThan(0.01);
	});
});
