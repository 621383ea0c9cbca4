import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	achievedTopology,
	pipelineBubbleFraction,
	ranksPerDomain,
	ringAllReduceFactor,
	ringAllReduceS,
	ringPassS
} from '../../../../src/lib/model/collectives';
import { collectiveParts } from '../../../../src/lib/model/topology';

describe('pipelineBubbleFraction', () => {
	it('is (p − 1) / (m + p − 1) for a plain 1F1B pipeline', () => {
		// p = 8, m = 32: 7 / (32 + 7) = 7 / 39 = 0.179487…
		expect(pipelineBubbleFraction(8, 32)).toBeCloseTo(7 / 39, 12);
		// p = 4, m = 4: 3 / 7 = 0.428571…
		expect(pipelineBubbleFraction(4, 4)).toBeCloseTo(0.428571, 6);
	});

	it('shrinks with interleaving: (p − 1) / (v·m + p − 1)', () => {
		// p = 16, m = 384, v = 4 (GB200 405B recipe): 15 / (1,536 + 15) = 15 / 1,551 = 0.0096712
		expect(pipelineBubbleFraction(16, 384, 4)).toBeCloseTo(0.0096712, 6);
	});

	it('is zero without pipelining', () => {
		expect(pipelineBubbleFraction(1, 1)).toBe(0);
	});

	it('never grows with more microbatches', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 128 }),
				fc.integer({ min: 1, max: 1000 }),
				fc.integer({ min: 1, max: 8 }),
				(p, m, v) => pipelineBubbleFraction(p, m + 1, v) <= pipelineBubbleFraction(p, m, v)
			)
		);
	});
});

describe('ringAllReduceS', () => {
	const link = { bytesPerS: 720e9, alphaS: 2.5e-6 };

	it('is 2(n − 1)/n × bytes ÷ bandwidth + 2(n − 1) × alpha', () => {
		// n = 8, 1 GB at 720 GB/s: 2 × 7/8 × 1e9 / 720e9 = 2.430556 ms; + 14 × 2.5 µs = 35 µs
		// = 2.465556 ms
		expect(ringAllReduceS(1e9, 8, link)).toBeCloseTo(2.465556e-3, 8);
	});

	it('is two ring passes (reduce-scatter + all-gather)', () => {
		// n = 4, 268,435,456 B: one pass = 3/4 × 268,435,456 / 720e9 + 3 × 2.5e-6 = 0.2871 ms
		expect(ringPassS(268_435_456, 4, link)).toBeCloseTo(0.75 * (268_435_456 / 720e9) + 7.5e-6, 12);
		const pass = ringPassS(268_435_456, 4, link);
		expect(ringAllReduceS(268_435_456, 4, link)).toBeCloseTo(2 * pass, 15);
	});

	it('costs nothing for one rank', () => {
		expect(ringAllReduceS(1e9, 1, link)).toBe(0);
	});
});

/** A switched domain and a non-blocking tier above it, as the old flat model saw every system. */
function flat(
	up: { bytesPerS: number; alphaS: number },
	out: { bytesPerS: number; alphaS: number }
) {
	return achievedTopology(
		{
			scaleUp: {
				kind: 'switched',
				domainChips: 72,
				linksPerChip: null,
				bytesPerSPerChip: up.bytesPerS,
				hopLatencyS: up.alphaS
			},
			scaleOut: {
				kind: 'fat-tree',
				bytesPerSPerChip: out.bytesPerS,
				oversubscription: 1,
				hopLatencyS: out.alphaS
			}
		},
		1
	);
}

describe('a pass (reduce-scatter) of a group placed across domains', () => {
	const topology = flat({ bytesPerS: 720e9, alphaS: 0 }, { bytesPerS: 40e9, alphaS: 0 });
	const group = (chips: number, chipsPerDomain: number) => ({
		chips,
		chipsPerDomain,
		domains: chips / chipsPerDomain
	});

	it('sends only a 1/inner shard across domains', () => {
		// 16 ranks, 4 per domain, 1.2e9 B:
		// up  = 3/4 × 1.2e9 / 720e9 = 1.25 ms
		// out = (4 − 1)/4 × (1.2e9 / 4) / 40e9 = 0.75 × 3e8 / 40e9 = 5.625 ms
		const { upS, outS } = collectiveParts(topology, 'reduce-scatter', group(16, 4), 1.2e9);
		expect(upS).toBeCloseTo(1.25e-3, 12);
		expect(outS).toBeCloseTo(5.625e-3, 12);
	});

	it('uses only scale-up when the whole group shares a domain', () => {
		expect(collectiveParts(topology, 'reduce-scatter', group(8, 8), 1e9).outS).toBe(0);
	});

	it('puts everything on scale-out when each rank is in its own domain', () => {
		// 8 ranks, 1 per domain: 7/8 × 1e9 / 40e9 = 21.875 ms on scale-out, nothing on scale-up.
		const { upS, outS } = collectiveParts(topology, 'reduce-scatter', group(8, 1), 1e9);
		expect(upS).toBe(0);
		expect(outS).toBeCloseTo(21.875e-3, 12);
	});

	it('halves the cross-domain bandwidth on a 2:1 oversubscribed tier', () => {
		// out = 3/4 × 3e8 / (40e9 / 2) = 11.25 ms, twice the non-blocking 5.625 ms.
		const oversubscribed = {
			...topology,
			scaleOut: { ...topology.scaleOut, oversubscription: 2 }
		};
		const { outS } = collectiveParts(oversubscribed, 'reduce-scatter', group(16, 4), 1.2e9);
		expect(outS).toBeCloseTo(11.25e-3, 12);
	});
});

describe('ranksPerDomain', () => {
	it('counts group members that share a domain of consecutive ranks', () => {
		// DP group with stride tp = 4, 16 members, NVL72 domain: ⌊72/4⌋ = 18 ≥ 16, all 16 inside.
		expect(ranksPerDomain(4, 16, 72)).toBe(16);
		// Stride 8 on an 8-GPU board: each member on its own board.
		expect(ranksPerDomain(8, 16, 8)).toBe(1);
		// Stride 2, 64 members, 72-chip domain: ⌊72/2⌋ = 36 per domain.
		expect(ranksPerDomain(2, 64, 72)).toBe(36);
	});
});

describe('an all-to-all of a group placed across domains', () => {
	const topology = flat({ bytesPerS: 400e9, alphaS: 2e-6 }, { bytesPerS: 40e9, alphaS: 5e-6 });
	it('sends the in-domain share on scale-up and the rest on scale-out, one alpha each', () => {
		// 16 ranks, 8 per domain, 1.6 MB per chip: 7/16 = 0.7 MB up, 8/16 = 0.8 MB out.
		const t = collectiveParts(
			topology,
			'all-to-all',
			{ chips: 16, chipsPerDomain: 8, domains: 2 },
			1.6e6
		);
		expect(t.upS).toBeCloseTo(0.7e6 / 400e9 + 2e-6, 12);
		expect(t.outS).toBeCloseTo(0.8e6 / 40e9 + 5e-6, 12);
		// Both parts run at once: the wall time is the larger.
		expect(t.timeS).toBeCloseTo(t.outS, 12);
	});
	it('costs nothing on one rank, and nothing on scale-out inside one domain', () => {
		const one = { chips: 1, chipsPerDomain: 1, domains: 1 };
		expect(collectiveParts(topology, 'all-to-all', one, 1e6)).toMatchObject({ upS: 0, outS: 0 });
		const eight = { chips: 8, chipsPerDomain: 8, domains: 1 };
		expect(collectiveParts(topology, 'all-to-all', eight, 1e6).outS).toBe(0);
	});
});

describe('ringAllReduceFactor', () => {
	it('is 2(n − 1)/n: 1.75 on 8 ranks, 0 on one', () => {
		expect(ringAllReduceFactor(8)).toBe(1.75);
		expect(ringAllReduceFactor(1)).toBe(0);
	});
});
