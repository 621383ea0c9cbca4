import { describe, expect, it } from 'vitest';
import { frontierBand, systemAtEnd } from '../../../src/lib/model/bands';
import { specFromPresetId } from '../../../src/lib/model/scenario';
import { decodeScenario } from '../../../src/lib/share/codec';
import { evaluate } from '../../../src/lib/model/evaluate';

/** Best tokens/s per chip at or above `speed` tokens/s per user on a frontier. */
function bestAt(
	points: { userTokensPerS: number; chipTokensPerS: number }[],
	speed: number
): number {
	return Math.max(
		0,
		...points.filter((p) => p.userTokensPerS >= speed).map((p) => p.chipTokensPerS)
	);
}

describe('frontierBand()', () => {
	const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384');
	const evaluation = evaluate(scenario);

	it('brackets the frontier: pessimistic ≤ today ≤ optimistic at every speed', () => {
		for (const index of [0, 1]) {
			const band = frontierBand(scenario, index)!;
			const today = evaluation.inference[index]!;
			if (today.kind !== 'ok') throw new Error('expected a frontier');
			for (const speed of [10, 30, 50, 100]) {
				const mid = bestAt(today.frontier, speed);
				expect(bestAt(band.low, speed)).toBeLessThanOrEqual(mid * (1 + 1e-9));
				expect(bestAt(band.high, speed)).toBeGreaterThanOrEqual(mid * (1 - 1e-9));
			}
		}
	});

	it('has a real width for both systems (disagreeing sources and measured efficiency ranges)', () => {
		const width = (i: number) => {
			const band = frontierBand(scenario, i)!;
			return bestAt(band.high, 30) / bestAt(band.low, 30);
		};
		expect(width(1)).toBeGreaterThan(1);
		expect(width(0)).toBeGreaterThan(1);
	});

	it('moves only the figures the reader left as the sources give them', () => {
		// CloudMatrix 384's sources disagree on BF16 (752 to 780 TFLOP/s per chip, 780 today) and on
		// scale-out (25 to 50 GB/s per chip, 50 today). Its BF16 edited to 1,000 TFLOP/s is the
		// reader's own number: the band keeps it, while scale-out still spans its sources.
		const preset = specFromPresetId('cloudmatrix-384')!;
		const edited = { ...preset, denseFlopsPerS: { ...preset.denseFlopsPerS, bf16: 1000e12 } };
		const low = systemAtEnd(edited, 0);
		expect(low.denseFlopsPerS.bf16).toBe(1000e12);
		expect(low.scaleOutBytesPerS).toBeCloseTo(25e9, 0);
		expect(systemAtEnd(edited, 1).denseFlopsPerS.bf16).toBe(1000e12);
		// Left as the preset has it, BF16 spans the sources: 780 × 752 / 780 = 752 TFLOP/s.
		expect(systemAtEnd(preset, 0).denseFlopsPerS.bf16).toBeCloseTo(752e12, -6);
		expect(systemAtEnd(preset, 1).denseFlopsPerS.bf16).toBeCloseTo(780e12, -6);
	});
});
