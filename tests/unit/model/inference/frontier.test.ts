import fc from 'fast-check';
import { evaluateServing } from '../../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../../src/lib/share/codec';
import { describe, expect, it } from 'vitest';
import {
	deploymentTokensPerS,
	isDominated,
	mergeIntoFrontier,
	paretoFrontier
} from '../../../../src/lib/model/inference/frontier';

type P = { userTokensPerS: number; chipTokensPerS: number };
const point = fc.record({
	userTokensPerS: fc.integer({ min: 1, max: 50 }),
	chipTokensPerS: fc.integer({ min: 1, max: 50 })
});
/** One layout's batch sweep: user speed falls as batch grows (ties allowed). */
const layoutSweep = fc
	.array(point, { maxLength: 8 })
	.map((ps) => [...ps].sort((a, b) => b.userTokensPerS - a.userTokensPerS));

const key = (ps: P[]) => ps.map((p) => `${p.userTokensPerS}:${p.chipTokensPerS}`).join(' ');

describe('Pareto frontier', () => {
	it('keeps exactly the non-dominated points, user speed ascending', () => {
		// (1, 10) and (3, 5) survive; (2, 4) is beaten by (3, 5), (1, 9) by (1, 10).
		const f = paretoFrontier([
			{ userTokensPerS: 2, chipTokensPerS: 4 },
			{ userTokensPerS: 1, chipTokensPerS: 10 },
			{ userTokensPerS: 3, chipTokensPerS: 5 },
			{ userTokensPerS: 1, chipTokensPerS: 9 }
		]);
		expect(key(f)).toBe('1:10 3:5');
	});

	it('merging layouts one at a time gives the frontier of all their points', () => {
		fc.assert(
			fc.property(fc.array(layoutSweep, { maxLength: 6 }), (layouts) => {
				let merged: P[] = [];
				for (const l of layouts) merged = mergeIntoFrontier(merged, l);
				expect(key(merged)).toBe(key(paretoFrontier(layouts.flat())));
			})
		);
	});

	it('merging into two arrays swapped in turn (as the sweep does) gives the same frontier', () => {
		fc.assert(
			fc.property(fc.array(layoutSweep, { maxLength: 6 }), (layouts) => {
				let merged: P[] = [];
				let swapped: P[] = [];
				let spare: P[] = [];
				for (const l of layouts) {
					merged = mergeIntoFrontier(merged, l);
					const next = mergeIntoFrontier(swapped, l, spare);
					spare = swapped;
					swapped = next;
				}
				expect(key(swapped)).toBe(key(merged));
			})
		);
	});

	it('merging into one of its own inputs gives the same frontier as a fresh array', () => {
		fc.assert(
			fc.property(fc.array(layoutSweep, { maxLength: 6 }), layoutSweep, (layouts, last) => {
				let merged: P[] = [];
				for (const l of layouts) merged = mergeIntoFrontier(merged, l);
				const expected = key(mergeIntoFrontier(merged, last));
				// Copies: the merge must leave its inputs as they were read.
				const intoFrontier = [...merged];
				expect(key(mergeIntoFrontier(intoFrontier, last, intoFrontier))).toBe(expected);
				const intoMore = [...last];
				expect(key(mergeIntoFrontier(merged, intoMore, intoMore))).toBe(expected);
			})
		);
	});

	it('a point is dominated exactly when a frontier point is at least as good both ways', () => {
		fc.assert(
			fc.property(fc.array(point, { maxLength: 12 }), point, (points, p) => {
				const frontier = paretoFrontier(points);
				const beaten = frontier.some(
					(f) => f.userTokensPerS >= p.userTokensPerS && f.chipTokensPerS >= p.chipTokensPerS
				);
				expect(isDominated(frontier, p.userTokensPerS, p.chipTokensPerS)).toBe(beaten);
			})
		);
	});

	it('dropping dominated points before a merge (as the sweep does) changes nothing', () => {
		fc.assert(
			fc.property(fc.array(layoutSweep, { maxLength: 6 }), (layouts) => {
				let merged: P[] = [];
				let filtered: P[] = [];
				for (const l of layouts) {
					merged = mergeIntoFrontier(merged, l);
					const kept = l.filter((p) => !isDominated(filtered, p.userTokensPerS, p.chipTokensPerS));
					if (kept.length > 0) filtered = mergeIntoFrontier(filtered, kept);
				}
				expect(key(filtered)).toBe(key(merged));
			})
		);
	});

	it('charges prefill chip time to output throughput', () => {
		// 1,000 prompt tokens at 10,000/s = 0.1 s and 100 output tokens at 1,000/s = 0.1 s of chip
		// time per request: 100 tokens per 0.2 s = 500 tokens/s.
		expect(deploymentTokensPerS(1000, 100, 10_000, 1000)).toBeCloseTo(500, 9);
		expect(deploymentTokensPerS(1000, 100, 0, 1000)).toBe(0);
	});
});

describe('the operating point on the frontier', () => {
	it('is one of its points, and the frontier stays non-dominated around it', () => {
		// GB200 NVL72 × 16 at the default workload: the target's batch (1,871) lies between the grid's
		// 2,050 (58.0 tokens/s per user) and the next; before, the table's nearest rows gave a
		// different per-chip figure from the headline's.
		for (const query of ['v=1&a=gb200-nvl72&a.joined=16', 'v=1&a=cloudmatrix-384']) {
			const [result] = evaluateServing(decodeScenario(query).scenario).inference;
			if (result?.kind !== 'ok' || !result.atTarget) throw new Error(`${query} serves`);
			const { userTokensPerS, chipTokensPerS } = result.atTarget;
			expect(
				result.frontier.some(
					(p) => p.userTokensPerS === userTokensPerS && p.chipTokensPerS === chipTokensPerS
				),
				query
			).toBe(true);
			for (let i = 1; i < result.frontier.length; i++) {
				expect(result.frontier[i]!.userTokensPerS).toBeGreaterThan(
					result.frontier[i - 1]!.userTokensPerS
				);
				expect(result.frontier[i]!.chipTokensPerS).toBeLessThan(
					result.frontier[i - 1]!.chipTokensPerS
				);
			}
		}
	});
});
