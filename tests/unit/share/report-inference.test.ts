import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { buildReport } from '../../../src/lib/share/report';

describe('CLI report, inference part', () => {
	const query = 'v=1&a=gb200-nvl72&b=cloudmatrix-384';
	const { scenario, notices } = decodeScenario(query);
	const report = buildReport(evaluate(scenario), scenario, query, notices);
	const [gb200, cm384] = report.systems;

	it('gives the decode pool, both pools, the mode and why, TPOT and TTFT at the target', () => {
		const t = gb200!.inference.atTarget!;
		expect(t).not.toBeNull();
		expect(t.decodeChipTokensPerS).toBeGreaterThan(t.chipTokensPerS);
		// The mode is the better of the two at the target; the other is named beside it.
		const { coLocated, disaggregated } = t.alternatives;
		expect(t.chipTokensPerS).toBeCloseTo(Math.max(coLocated ?? 0, disaggregated ?? 0), 9);
		if (t.mode === 'disaggregated') {
			// The 72 chips split into pools; per chip of both = per decode chip × decode share.
			const all = t.pools.prefillChips + t.pools.decodeChips;
			expect(all).toBeCloseTo(72, 9);
			expect(t.pools.prefillChips).toBeGreaterThan(0);
			expect(t.chipTokensPerS).toBeCloseTo((t.decodeChipTokensPerS * t.pools.decodeChips) / all, 6);
			expect(t.tpotS).toBeCloseTo(t.stepS / scenario.serving.acceptedTokensPerStep, 12);
		} else {
			expect(t.pools).toEqual({ prefillChips: 0, decodeChips: t.layout.chips });
			// Prompts share the chips: users wait longer than the decode step alone.
			expect(t.tpotS).toBeGreaterThan(t.stepS / scenario.serving.acceptedTokensPerStep);
		}
		expect(t.tpotS).toBeCloseTo(1 / t.userTokensPerS, 12);
		expect(t.ttftS).toBeLessThanOrEqual(scenario.serving.targetTtftS);
	});

	it('says when the chip computes at another precision than asked (fallback)', () => {
		expect(gb200!.inference.computePrecision).toEqual({
			wanted: 'fp8',
			used: 'fp8',
			fallback: false
		});
		// Ascend 910C has no FP8 figure: FP8 matrix work falls back to a wider precision.
		expect(cm384!.inference.computePrecision?.fallback).toBe(true);
		expect(cm384!.inference.computePrecision?.used).not.toBe('fp8');
	});
});
