import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestAtLeast, largestAtMost } from '../../../../src/lib/model/inference/boundary';

/** The reference: plain bisection of the same predicate (what the sweep used before). */
function bisect(max: number, ok: (n: number) => boolean): number {
	let lo = 1;
	let hi = Math.max(1, Math.floor(max));
	if (ok(hi)) return hi;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (ok(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}

/** Searches `cost` both ways and counts its evaluations. */
function search(max: number, cost: (n: number) => number, limit: number) {
	let evaluations = 0;
	const counted = (n: number) => {
		evaluations++;
		expect(Number.isInteger(n) && n >= 1 && n <= max).toBe(true);
		return cost(n);
	};
	const atMost = largestAtMost(max, (_, n) => counted(n), null, limit, cost(1));
	// The same curve as a speed (1 ÷ cost, nonincreasing) against 1 ÷ limit.
	const atLeast = largestAtLeast(max, (_, n) => 1 / cost(n), null, 1 / limit, 1 / cost(1));
	return {
		atMost,
		atLeast,
		evaluations,
		bisected: bisect(max, (n) => cost(n) <= limit),
		bisectedAtLeast: bisect(max, (n) => 1 / cost(n) >= 1 / limit)
	};
}

describe('largest batch meeting a target', () => {
	it('finds the boundary of a step time by hand', () => {
		// Step 10 ms + 0.5 ms per sequence within 60 ms: 10 + 0.5·n ≤ 60 up to n = 100.
		const { atMost, evaluations } = search(4096, (n) => 10 + 0.5 * n, 60);
		expect(atMost).toBe(100);
		// A straight line: the first guess is the boundary; a few evaluations, not log2(4096) = 12.
		expect(evaluations).toBeLessThanOrEqual(4);
		// Every batch passes: the largest; none but one: 1.
		expect(search(4096, (n) => n, 1e9).atMost).toBe(4096);
		expect(search(4096, (n) => n, 1.5).atMost).toBe(1);
		expect(search(1, (n) => n, 1).atMost).toBe(1);
	});

	it('agrees with bisection on saturating, kinked and flat curves', () => {
		const curves: [string, (n: number) => number][] = [
			// Experts read saturate (1 − (1 − k/E)^tokens), then KV grows per sequence.
			['saturating', (n) => 5 + 40 * (1 - Math.pow(1 - 8 / 256, 4 * n)) + 0.001 * n],
			['kinked', (n) => Math.max(20, 0.3 * n)],
			['flat then steep', (n) => (n < 3000 ? 1 : 1 + (n - 3000) ** 2)],
			['steps', (n) => Math.floor(n / 100)],
			['infinite beyond', (n) => (n > 777 ? Infinity : n)]
		];
		for (const [name, cost] of curves) {
			for (const limit of [cost(1), cost(2), cost(50), cost(777), cost(3001), cost(9000)]) {
				const r = search(10_000, cost, limit);
				expect(r.atMost, `${name} ≤ ${limit}`).toBe(r.bisected);
				expect(r.atLeast, `${name} ≥ 1/${limit}`).toBe(r.bisectedAtLeast);
				// Never much worse than bisection's 14.
				expect(r.evaluations, name).toBeLessThanOrEqual(30);
			}
		}
	});

	it('returns what bisection returns for any nondecreasing cost', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 300 }),
				fc.double({ min: 0, max: 1e5, noNaN: true }),
				(increments, limitAt) => {
					// A random nondecreasing curve: cumulative sums of nonnegative increments.
					const values = increments.reduce<number[]>((c, x) => [...c, (c.at(-1) ?? 0) + x], []);
					const cost = (n: number) => values[n - 1]!;
					const limit = Math.max(cost(1), limitAt);
					const r = search(values.length, cost, limit);
					expect(r.atMost).toBe(r.bisected);
					expect(r.atLeast).toBe(r.bisectedAtLeast);
				}
			),
			{ numRuns: 300, seed: 12 }
		);
	});
});
