import { resolvedLayout } from '../../../fixtures/training';
import { describe, expect, it } from 'vitest';
import type { Topology } from '../../../../src/lib/model/fabric';
import { torusSlices } from '../../../../src/lib/model/topology';
import {
	placeGroup,
	placeLayout,
	placementTiers
} from '../../../../src/lib/model/training/placement';

function fabric(scaleUp: Partial<Topology['scaleUp']>, domainChips: number): Topology {
	return {
		scaleUp: {
			kind: 'switched',
			domainChips,
			linksPerChip: null,
			bytesPerSPerChip: 900e9,
			hopLatencyS: 1e-6,
			...scaleUp
		},
		scaleOut: { kind: 'fat-tree', bytesPerSPerChip: 50e9, oversubscription: 1, hopLatencyS: 2e-6 }
	};
}

describe('placing a layout on a 72-GPU switch domain (NVL72)', () => {
	const nvl72 = fabric({}, 72);

	it('256 GPUs as TP4 · DP64 · EP8: TP and EP inside a rack, DP across racks', () => {
		// TP: 4 consecutive ranks ≤ 72. EP: 8 consecutive ranks ≤ 72. DP: 64 ranks 4 apart, and a
		// rack holds ⌊72 ÷ 4⌋ = 18 of them, so the group spans 64 ÷ 18 = 3.56 racks.
		const p = placeLayout(nvl72, resolvedLayout({ tp: 4, dp: 64, ep: 8 }), 72);
		expect(placementTiers(p)).toEqual({
			tp: 'scale-up',
			cp: 'none',
			ep: 'scale-up',
			pp: 'none',
			dp: 'scale-out'
		});
		expect(p.dp.chipsPerDomain).toBe(18);
		expect(p.dp.domains).toBeCloseTo(64 / 18, 12);
		// Expert DP: 4 × 64 ÷ 8 = 32 ranks 8 apart, ⌊72 ÷ 8⌋ = 9 per rack.
		expect(p.expertDp).toMatchObject({ chips: 32, chipsPerDomain: 9, tier: 'scale-out' });
	});

	it('a pipeline whose stages all fit one rack stays on scale-up; one more stage crosses', () => {
		// tp 8 · dp 4 = 32 ranks per stage: 2 stages = 64 ≤ 72 fit, 4 stages = 128 do not.
		expect(placeLayout(nvl72, resolvedLayout({ tp: 8, dp: 4, pp: 2 }), 72).pp.tier).toBe(
			'scale-up'
		);
		expect(placeLayout(nvl72, resolvedLayout({ tp: 8, dp: 4, pp: 4 }), 72).pp.tier).toBe(
			'scale-out'
		);
	});
});

describe('placing a layout on 8-GPU boards (HGX)', () => {
	it('TP8 fills the board, so every DP peer is on another board: one per domain', () => {
		const p = placeLayout(fabric({}, 8), resolvedLayout({ tp: 8, dp: 16 }), 8);
		expect(p.tp.tier).toBe('scale-up');
		expect(p.dp).toMatchObject({ chipsPerDomain: 1, domains: 16, tier: 'scale-out' });
	});
	it('a TP group larger than the board is placed across boards', () => {
		const p = placeLayout(fabric({}, 8), resolvedLayout({ tp: 16 }), 8);
		expect(p.tp).toMatchObject({ chipsPerDomain: 8, domains: 2, tier: 'scale-out' });
	});
});

describe('placing a layout on a 4x4x4 torus (TPU7x cube, Trn2)', () => {
	const cube = fabric({ kind: 'torus', dims: [4, 4, 4], wraparound: true, linksPerChip: 6 }, 64);

	it('TP4 is one closed ring along the first axis; DP16 takes the other two', () => {
		const p = placeLayout(cube, resolvedLayout({ tp: 4, dp: 16 }), 64);
		expect(p.tp.slices).toEqual([{ size: 4, wrap: true }]);
		expect(p.dp.slices).toEqual([
			{ size: 4, wrap: true },
			{ size: 4, wrap: true }
		]);
	});

	it('TP2 is an open pair; its DP peers are the other half of that axis plus two whole axes', () => {
		expect(torusSlices([4, 4, 4], 1, 2)).toEqual([{ size: 2, wrap: false }]);
		// Stride 2 leaves 4 ÷ 2 = 2 members on the first axis (an open line), then 4 and 4.
		expect(torusSlices([4, 4, 4], 2, 32)).toEqual([
			{ size: 2, wrap: false },
			{ size: 4, wrap: true },
			{ size: 4, wrap: true }
		]);
	});

	it('a group striding past whole axes starts on the next one', () => {
		// Stride 16 = the first two axes: the group's 4 members are the third axis's ring.
		expect(torusSlices([4, 4, 4], 16, 4)).toEqual([{ size: 4, wrap: true }]);
	});

	it('switched fabrics carry no slices', () => {
		expect(placeGroup(fabric({}, 72), 1, 8, 72).slices).toBeUndefined();
	});
});
