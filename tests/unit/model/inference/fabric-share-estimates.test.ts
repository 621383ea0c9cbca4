import { describe, expect, it } from 'vitest';
import '../../../../src/lib/catalog/all-systems';
import { evaluateFormula } from '../../../../src/lib/format/formula';
import { servingFabricShares } from '../../../../src/lib/model/inference/fabric-share-estimates';
import { specFromPresetId } from '../../../../src/lib/model/scenario';

const spec = (id: string) => specFromPresetId(id)!;

describe('the fabric factor of each serving collective, for the formula inspector (issue 13)', () => {
	it('NVL72: the TP4 all-reduce reduces in the switch, 2 × 3/4 = 1.5× a plain ring', () => {
		const [tp, ep] = servingFabricShares(spec('gb200-nvl72'), {
			tp: 4,
			ep: 32,
			pp: 1,
			dpAttention: 8,
			chips: 32
		});
		// Ring 2(G−1)/G = 1.5 S/B against NVLS S/B.
		expect(tp).toMatchObject({ group: 'tp', collective: 'all-reduce', chips: 4, why: 'in-switch' });
		expect(tp!.estimate.value).toBeCloseTo(1.5, 9);
		expect(tp!.estimate.terms.map((t) => t.value)).toEqual([
			expect.closeTo(1.5, 9),
			expect.closeTo(1, 9)
		]);
		expect(evaluateFormula(tp!.estimate)).toBeCloseTo(tp!.estimate.value, 9);
		// The all-to-all is the switch's own: share 1, the reference.
		expect(ep).toMatchObject({ group: 'ep', chips: 32, why: 'switch' });
		expect(ep!.estimate.value).toBe(1);
	});

	it('MI355X 8-GPU full mesh: a TP4 group uses 3 of 7 links, 3/7 of a switch', () => {
		const [tp] = servingFabricShares(spec('mi355x-8'), {
			tp: 4,
			ep: 1,
			pp: 1,
			dpAttention: 1,
			chips: 4
		});
		// Fabric 2·(S/4)/(B/7) = 3.5 S/B; switch ring 2·3/4 = 1.5 S/B; 1.5 ÷ 3.5 = 3/7.
		expect(tp).toMatchObject({ why: 'full-mesh', chips: 4, domainChips: 8 });
		expect(tp!.estimate.value).toBeCloseTo(3 / 7, 9);
		expect(evaluateFormula(tp!.estimate)).toBeCloseTo(3 / 7, 9);
	});

	it('TPU7x cube: the EP64 all-to-all is limited by the 4×4×4 torus’s bisection', () => {
		const [, ep] = servingFabricShares(spec('tpu7x-cube-64'), {
			tp: 4,
			ep: 64,
			pp: 1,
			dpAttention: 16,
			chips: 64
		});
		// In the cube alone, b = B/6: bisection G·S/4 = 16 S across 2·(64/4)·b = 16/3 B → 3 S/B,
		// more than injection 63/64 S over 6 b → 0.98 S/B: the bisection binds.
		expect(ep).toMatchObject({ why: 'bisection', block: [4, 4, 4] });
		// Both times are the least over chips per domain d, the rest on the 150 GB/s = B/4 NICs at
		// once: on a switch max((d − 1)/64, 4·(64 − d)/64) S/B is least at d = 51: 51/64 S/B.
		const [switchTime, fabricTime] = ep!.estimate.terms.map((t) => t.value);
		expect(switchTime).toBeCloseTo(51 / 64, 9);
		expect(fabricTime).toBeGreaterThan(63 / 64);
		expect(fabricTime).toBeLessThan(3);
		expect(ep!.estimate.value).toBeCloseTo(switchTime! / fabricTime!, 9);
		// TP4: one closed ring of 4, 2 of 6 links: 2 · (3/4) · 3 = 4.5 S/B against 1.5 S/B.
		const [tp] = servingFabricShares(spec('tpu7x-cube-64'), {
			tp: 4,
			ep: 1,
			pp: 1,
			dpAttention: 1,
			chips: 4
		});
		expect(tp).toMatchObject({ why: 'torus-links', block: [4] });
		expect(tp!.estimate.value).toBeCloseTo(1 / 3, 9);
	});

	it('names no collective a layout does not run inside a domain', () => {
		const h100 = { ...spec('hgx-h100'), chips: 16 };
		// TP16 leaves the 8-GPU board: no in-domain TP all-reduce; dense: no EP.
		expect(servingFabricShares(h100, { tp: 16, ep: 1, pp: 1, dpAttention: 1, chips: 16 })).toEqual(
			[]
		);
	});
});
