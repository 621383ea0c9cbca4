import { describe, expect, it } from 'vitest';
import '../../../../src/lib/catalog/all-systems';
import { placeServingLayout, type Layout } from '../../../../src/lib/model/inference/layouts';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import { topologyOf } from '../../../../src/lib/model/topology-of';

const spec = (id: string, edit: Partial<SystemSpec> = {}): SystemSpec => ({
	...specFromPresetId(id)!,
	...edit
});
const place = (s: SystemSpec, l: Omit<Layout, 'chips'>) =>
	placeServingLayout(topologyOf(s), { ...l, chips: l.tp * l.dpAttention * l.pp });

describe('where a serving layout’s groups live (issue 13 item 4)', () => {
	it('GB200 NVL72, one 72-GPU switch domain: TP, EP and a 2-stage hand-off stay inside', () => {
		// TP4 · DP-attention 8 = a 32-GPU stage, EP32 over it; 2 stages = 64 ≤ 72 GPUs.
		const p = place(spec('gb200-nvl72'), { tp: 4, ep: 32, pp: 2, dpAttention: 8 });
		expect(p.tp).toMatchObject({ chips: 4, tier: 'scale-up', domains: 1 });
		expect(p.ep).toMatchObject({ chips: 32, tier: 'scale-up', domains: 1 });
		// Stages are 32 ranks apart; ⌊72 ÷ 32⌋ = 2 stages share the rack.
		expect(p.pp).toMatchObject({ chips: 2, stride: 32, chipsPerDomain: 2, tier: 'scale-up' });
	});

	it('GB200 NVL72: EP128 leaves the rack, 72 GPUs in one and 56 in the next', () => {
		// TP8 · DP-attention 16 = 128 GPUs: ⌈128 ÷ 72⌉ = 2 racks, 128 ÷ 72 = 1.78 on average.
		const p = place(spec('gb200-nvl72', { chips: 144 }), {
			tp: 8,
			ep: 128,
			pp: 1,
			dpAttention: 16
		});
		expect(p.tp.tier).toBe('scale-up');
		expect(p.ep).toMatchObject({ tier: 'scale-out', chipsPerDomain: 72 });
		expect(p.ep.domains).toBeCloseTo(128 / 72, 12);
		expect(p.pp.tier).toBe('none');
	});

	it('CloudMatrix 384: EP320 and a 2 × 192 pipeline both fit the 384-NPU UB domain', () => {
		const cm = spec('cloudmatrix-384');
		expect(place(cm, { tp: 1, ep: 320, pp: 1, dpAttention: 320 }).ep).toMatchObject({
			chips: 320,
			chipsPerDomain: 320,
			tier: 'scale-up'
		});
		// Stage = TP8 · DP-attention 24 = 192 NPUs; 2 stages = 384 ≤ 384.
		const p = place(cm, { tp: 8, ep: 192, pp: 2, dpAttention: 24 });
		expect([p.tp.tier, p.ep.tier, p.pp.tier]).toEqual(['scale-up', 'scale-up', 'scale-up']);
	});

	it('HGX H100 over two 8-GPU boards: TP8 on NVLink, the PP hand-off over InfiniBand', () => {
		const twoBoards = spec('hgx-h100', { chips: 16 });
		const p = place(twoBoards, { tp: 8, ep: 1, pp: 2, dpAttention: 1 });
		expect(p.tp).toMatchObject({ chips: 8, chipsPerDomain: 8, tier: 'scale-up' });
		expect(p.ep.tier).toBe('none');
		// Stages 8 ranks apart, boards of 8: one stage per board, 2 boards.
		expect(p.pp).toMatchObject({ chipsPerDomain: 1, domains: 2, tier: 'scale-out' });
		// TP16 cannot fit a board: 8 + 8 over scale-out.
		expect(place(twoBoards, { tp: 16, ep: 1, pp: 1, dpAttention: 1 }).tp).toMatchObject({
			chipsPerDomain: 8,
			domains: 2,
			tier: 'scale-out'
		});
	});

	it('TPU7x cube (4×4×4 torus): TP4 is one closed ring, EP32 half the cube, PP on the last axis', () => {
		const p = place(spec('tpu7x-cube-64'), { tp: 4, ep: 32, pp: 2, dpAttention: 8 });
		// Ranks fill the dimensions in order: TP4 takes the whole first axis (a ring, wraparound).
		expect(p.tp).toMatchObject({ tier: 'scale-up', slices: [{ size: 4, wrap: true }] });
		// 32 = 4 × 4 × 2: two whole rings, then 2 of the third axis's 4 (an open line).
		expect(p.ep.slices).toEqual([
			{ size: 4, wrap: true },
			{ size: 4, wrap: true },
			{ size: 2, wrap: false }
		]);
		// Stages 32 ranks apart = 2 steps along the third axis: a pair, no ring.
		expect(p.pp).toMatchObject({ tier: 'scale-up', slices: [{ size: 2, wrap: false }] });
	});

	it('agrees with the tiers stage.ts costs: TP up iff tp ≤ D, PP up iff the instance ≤ D', () => {
		const s = spec('gb200-nvl72', { chips: 1024 });
		for (const l of [
			{ tp: 8, ep: 64, pp: 2, dpAttention: 8 },
			{ tp: 8, ep: 32, pp: 4, dpAttention: 4 },
			{ tp: 2, ep: 72, pp: 1, dpAttention: 36 },
			{ tp: 4, ep: 36, pp: 2, dpAttention: 9 }
		]) {
			const p = place(s, l);
			expect(p.tp.tier === 'scale-up').toBe(l.tp <= 72);
			const ppUp = l.tp * l.dpAttention * l.pp <= 72;
			expect(p.pp.tier).toBe(l.pp === 1 ? 'none' : ppUp ? 'scale-up' : 'scale-out');
			expect(p.ep.domains).toBeCloseTo(l.ep / Math.min(l.ep, 72), 12);
		}
	});
});
