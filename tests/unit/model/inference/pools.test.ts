import { describe, expect, it } from 'vitest';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { NO_SERVING_LATENCY } from '../../../../src/lib/model/inference/latency';
import { decodeShare, disaggregatedPools } from '../../../../src/lib/model/inference/pools';
import type { InferenceOk, InferenceResult } from '../../../../src/lib/model/inference/types';
import { IDEAL, oneChip, serving } from './helpers';

function ok(result: InferenceResult): InferenceOk {
	if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}: ${result.reason}`);
	return result;
}

describe('prefill and decode sharing chips, by hand', () => {
	it('co-located: the decode share is decode chip-seconds over all chip-seconds of a request', () => {
		// 1,000 prompt tokens at 10,000/s = 0.1 s; 100 output tokens at 250/s = 0.4 s: 0.4 / 0.5.
		expect(decodeShare(1000, 100, 10_000, 250)).toBeCloseTo(0.8, 12);
		// Nothing to prefill: all decode.
		expect(decodeShare(0, 100, 10_000, 250)).toBe(1);
	});

	it('disaggregated: pools in proportion to their work, all chips counted', () => {
		// Same request on 10 chips: 20 % of the chips prefill, 80 % decode; per chip of both,
		// 100 ÷ (0.1 + 0.4) = 200 output tokens/s, as co-located.
		const pools = disaggregatedPools(10, 4, 250, 2, 10_000, 1000, 100)!;
		expect(pools.prefillChips).toBeCloseTo(2, 12);
		expect(pools.decodeChips).toBeCloseTo(8, 12);
		expect(pools.chipTokensPerS).toBeCloseTo(200, 12);
	});

	it('disaggregated: no pools when one prefill and one decode instance do not fit', () => {
		expect(disaggregatedPools(5, 4, 250, 2, 10_000, 1000, 100)).toBeNull();
	});
});

describe('serving modes in the model', () => {
	// Llama 3.1 8B at BF16 on H100-like chips, long prompts so prefill matters.
	const llama8b = serving({
		modelId: 'llama-3.1-8b',
		inputTokens: 8192,
		outputTokens: 256,
		weightPrecision: 'bf16',
		kvPrecision: 'bf16',
		computePrecision: 'bf16',
		targetUserTokensPerS: 20
	});

	it('co-located users are slower than the decode step by exactly the decode share', () => {
		const r = ok(
			evaluateInference(
				oneChip(),
				{ ...llama8b, servingMode: 'co-located' },
				IDEAL,
				NO_SERVING_LATENCY
			)
		);
		const t = r.atTarget!;
		expect(t.mode).toBe('co-located');
		const prefillRate = t.estimates.chipTokensPerS.terms.find(
			(term) => term.symbol === 'prefillChipTokensPerS'
		)!.value;
		const share = decodeShare(8192, 256, prefillRate, t.decodeChipTokensPerS);
		expect(share).toBeLessThan(1);
		expect(t.userTokensPerS).toBeCloseTo((1 / t.stepS) * share, 9);
		expect(t.tpotS).toBeCloseTo(1 / t.userTokensPerS, 12);
	});

	it('one chip cannot hold two pools: asked for disaggregated, it serves co-located and says so', () => {
		const r = ok(
			evaluateInference(
				oneChip(),
				{ ...llama8b, servingMode: 'disaggregated' },
				IDEAL,
				NO_SERVING_LATENCY
			)
		);
		expect(r.atTarget!.mode).toBe('co-located');
		expect(r.warnings.join(' ')).toMatch(/Disaggregated serving needs/);
	});

	it('on 8 chips, auto picks the mode with more tokens per chip at the target and names the other', () => {
		const eight = oneChip({ chips: 8, scaleUpDomainChips: 8 });
		const auto = ok(evaluateInference(eight, llama8b, IDEAL, NO_SERVING_LATENCY)).atTarget!;
		const co = ok(
			evaluateInference(eight, { ...llama8b, servingMode: 'co-located' }, IDEAL, NO_SERVING_LATENCY)
		).atTarget!;
		const dis = ok(
			evaluateInference(
				eight,
				{ ...llama8b, servingMode: 'disaggregated' },
				IDEAL,
				NO_SERVING_LATENCY
			)
		).atTarget!;
		expect(dis.mode).toBe('disaggregated');
		expect(auto.chipTokensPerS).toBeCloseTo(Math.max(co.chipTokensPerS, dis.chipTokensPerS), 9);
		expect(auto.alternatives.coLocated).toBeCloseTo(co.chipTokensPerS, 9);
		expect(auto.alternatives.disaggregated).toBeCloseTo(dis.chipTokensPerS, 9);
		// Pools split the 8 chips; users see the decode step alone.
		expect(dis.pools.prefillChips + dis.pools.decodeChips).toBeCloseTo(8, 9);
		expect(dis.userTokensPerS).toBeCloseTo(1 / dis.stepS, 9);
	});
});
