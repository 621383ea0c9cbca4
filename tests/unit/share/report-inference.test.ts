import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { buildReport } from '../../../src/lib/share/report';

describe('CLI report, inference part', () => {
	const query = 'v=1&a=gb200-nvl72&b=cloudmatrix-384';
	const { scenario, notices } = decodeScenario(query);
	const report = buildReport(evaluate(scenario), scenario, query, notices);
	const [gb200, cm384] = report.systems;

	it('gives the decode pool, both pools, TPOT and TTFT at the target', () => {
		const t = gb200!.inference.atTarget!;
		expect(t).not.toBeNull();
		expect(t.decodeChipTokensPerS).toBeGreaterThan(t.chipTokensPerS);
		expect(t.pools.decodeChips).toBe(t.layout.chips);
		expect(t.pools.prefillChips).toBeGreaterThan(0);
		// Per chip of both pools = per decode chip × decode chips ÷ all chips.
		const all = t.pools.prefillChips + t.pools.decodeChips;
		expect(t.chipTokensPerS).toBeCloseTo((t.decodeChipTokensPerS * t.pools.decodeChips) / all, 6);
		expect(t.tpotS).toBeCloseTo(t.stepS / scenario.serving.acceptedTokensPerStep, 12);
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
