import { describe, expect, it } from 'vitest';
import { frontierBand } from '../../../src/lib/model/bands';
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
});
