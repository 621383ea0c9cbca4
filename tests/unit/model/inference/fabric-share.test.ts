import { describe, expect, it } from 'vitest';
import type { ScaleUpFabric, Topology } from '../../../../src/lib/model/fabric';
import { fabricShare } from '../../../../src/lib/model/inference/fabric-share';

/** One domain of `domainChips` at B = 900 GB/s per chip, a 50 GB/s NIC above it. */
function topology(
	scaleUp: Partial<ScaleUpFabric> & Pick<ScaleUpFabric, 'kind'>,
	nicBytesPerS = 50e9
): Topology {
	return {
		scaleUp: {
			domainChips: 8,
			linksPerChip: 18,
			bytesPerSPerChip: 900e9,
			hopLatencyS: 1e-6,
			...scaleUp
		},
		scaleOut: {
			kind: 'fat-tree',
			bytesPerSPerChip: nicBytesPerS,
			oversubscription: 1,
			hopLatencyS: 2e-6
		}
	};
}

describe('fabricShare(): a collective on the fabric against the same chips on a plain switch', () => {
	it('is 1 on a switch without in-network reduction, for every collective', () => {
		const flat = topology({ kind: 'switched', inSwitchReduction: false });
		expect(fabricShare(flat, 'all-to-all', 8)).toBeCloseTo(1, 12);
		expect(fabricShare(flat, 'all-reduce', 8)).toBeCloseTo(1, 12);
	});

	it('NVLS: the switch reduces, so an all-reduce moves S once instead of the ring 2(G−1)/G S', () => {
		// G = 8: ring 2 × 7/8 = 1.75 S/B against S/B, share 1.75; the all-to-all is unchanged.
		const nvls = topology({ kind: 'switched', inSwitchReduction: true });
		expect(fabricShare(nvls, 'all-reduce', 8)).toBeCloseTo(1.75, 6);
		expect(fabricShare(nvls, 'all-to-all', 8)).toBeCloseTo(1, 12);
	});

	it('a full mesh: a whole domain matches the switch; a part of it uses only its own links', () => {
		// 8-chip mesh, b = B/7 per peer. All-to-all of G chips: (S/G) ÷ (B/7) against the switch's
		// (G − 1)/G · S/B, so share = (G − 1)/7: 1 for G = 8, 3/7 for G = 4.
		const mesh = topology({ kind: 'full-mesh', linksPerChip: 7 });
		expect(fabricShare(mesh, 'all-to-all', 8)).toBeCloseTo(1, 6);
		expect(fabricShare(mesh, 'all-to-all', 4)).toBeCloseTo(3 / 7, 6);
	});

	it('a 4×4×4 torus: an all-to-all of the whole cube is bounded by the bisection', () => {
		// 64 chips, 6 links, b = B/6. G·S/4 = 16 S cross the cut of a 4-long dimension, whose links
		// carry 2 (wraparound) × 64/4 × B/6 = 5.33 B: 3 S/B, against the switch's 63/64 S/B.
		// (A NIC almost as fast would carry part of it: topology.ts may route some chips through
		// their NICs. A 1 kB/s NIC isolates the torus.)
		const torus = topology(
			{ kind: 'torus', domainChips: 64, linksPerChip: 6, dims: [4, 4, 4], wraparound: true },
			1e3
		);
		expect(fabricShare(torus, 'all-to-all', 64)).toBeCloseTo(63 / 64 / 3, 6);
	});

	it('is 1 for one chip and never NaN', () => {
		const flat = topology({ kind: 'switched' });
		expect(fabricShare(flat, 'all-reduce', 1)).toBe(1);
		expect(fabricShare(topology({ kind: 'switched', bytesPerSPerChip: 0 }), 'all-to-all', 8)).toBe(
			1
		);
	});
});
