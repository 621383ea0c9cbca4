import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
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
 * Tolerance: 2× either way. Why: case 17 is grade B+ (vendor-run, short, synthetic data). The model
 * is optimistic by construction: it runs every FLOP at the large-GEMM fraction (0.58, case 23) and
 * has no term for norms, casts, permutes or kernel launches, while calibration.md's notes put real
 * training MFU at 35-45 % of FP8 peak, i.e. 1.3-1.7× below 0.58. Its memory model is rough
 * (activations ≈ 34·d bytes per token-layer) and can force full recompute where NeMo did not.
 * 2× covers that and still catches a wrong formula (a missed factor of 2 or 3 in FLOPs, bandwidth
 * or the bubble fails it). Cases outside 2× are listed as known misses with `it.fails`, so they
 * are reported, not hidden, and flag when the model improves.
 */
const TOLERANCE = 2;

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
		const check = () => {
			expect(ratio).toBeLessThan(TOLERANCE);
			expect(ratio).toBeGreaterThan(1 / TOLERANCE);
		};
		if (c.knownMiss) {
			it.fails(`${c.name} is outside ${TOLERANCE}× (known miss: ${c.knownMiss})`, check);
		} else {
			it(`${c.name} is within ${TOLERANCE}× of the measured tok/s/GPU`, check);
		}
	}

	it('the dense cases are tighter: within 1.4× (no MoE overheads to miss)', () => {
		// Dense cases sit at 0.89-1.27×; 1.4× leaves room for small input changes, not a lost factor.
		for (const { c, ratio } of rows.filter(({ c }) => model(c.model).moe === null)) {
			expect(ratio, c.name).toBeLessThan(1.4);
			expect(ratio, c.name).toBeGreaterThan(1 / 1.4);
		}
	});

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
