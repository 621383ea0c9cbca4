import { describe, expect, it } from 'vitest';
import '../../../src/lib/catalog/all-systems';
import { loadMessages } from '../../../src/lib/i18n';
import { i18nIn } from '../../fixtures/i18n';
import { specFromPresetId } from '../../../src/lib/model/scenario';
import { servingPlacementText, placementText } from '../../../src/lib/ui/compare/placement-text';
import { fabricShareLabel } from '../../../src/lib/ui/compare/fabric-share-text';
import { servingFabricShares } from '../../../src/lib/model/inference/fabric-share-estimates';

await loadMessages('zh');

const en = i18nIn('en');
const zh = i18nIn('zh');

describe('where the serving groups live, in words (issue 13 item 4)', () => {
	it('GB200 NVL72: TP and EP inside the 72-GPU switch domain; no PP named', () => {
		const gb200 = specFromPresetId('gb200-nvl72')!;
		const layout = { tp: 4, ep: 32, pp: 1, dpAttention: 8, chips: 32 };
		expect(servingPlacementText(gb200, layout, en)).toBe(
			'TP4, EP32 inside one scale-up domain (switched, 72 chips)'
		);
		expect(servingPlacementText(gb200, layout, zh)).toBe(
			'同一个纵向扩展域内（交换式，72 颗芯片）：TP4，EP32'
		);
	});

	it('HGX H100 over two boards: the PP hand-off crosses boards over scale-out', () => {
		const twoBoards = { ...specFromPresetId('hgx-h100')!, chips: 16 };
		const layout = { tp: 8, ep: 1, pp: 2, dpAttention: 1, chips: 16 };
		expect(servingPlacementText(twoBoards, layout, en)).toBe(
			'TP8 inside one scale-up domain (switched, 8 chips); PP2 (2 domains) across domains, over scale-out'
		);
		expect(servingPlacementText(twoBoards, layout, zh)).toBe(
			'同一个纵向扩展域内（交换式，8 颗芯片）：TP8；跨域，经横向扩展网络：PP2（2 个域）'
		);
	});

	// The torus and what its switches make of it: one cube, one cut below a cube, the pod of cubes.
	it.each([
		{
			what: 'TPU7x cube: names the torus',
			system: specFromPresetId('tpu7x-cube-64')!,
			layout: { tp: 4, ep: 64, pp: 1, dpAttention: 16, chips: 64 },
			words: 'TP4, EP64 inside one scale-up domain (4×4×4 torus, 64 chips)'
		},
		{
			what: 'a TPU7x cube cut below 64 chips: a mesh, its rings open',
			system: { ...specFromPresetId('tpu7x-cube-64')!, chips: 32, scaleUpDomainChips: 32 },
			layout: { tp: 1, ep: 32, pp: 1, dpAttention: 32, chips: 32 },
			words: 'EP32 inside one scale-up domain (4×4×2 mesh, no wraparound, 32 chips)'
		},
		{
			what: 'TPU7x pod: names the cubes its torus is built of',
			system: specFromPresetId('tpu7x-pod')!,
			layout: { tp: 1, ep: 64, pp: 1, dpAttention: 64, chips: 64 },
			words:
				'EP64 inside one scale-up domain (16×24×24 torus of 4×4×4 cubes joined by optical switches, 9,216 chips)'
		}
	])('$what', ({ system, layout, words }) => {
		expect(servingPlacementText(system, layout, en)).toBe(words);
	});

	it('keeps training’s wording: tiers only, no degrees, no fabric', () => {
		const groups = [
			{ name: 'TP', tier: 'scale-up' as const },
			{ name: 'EP', tier: 'scale-up' as const },
			{ name: 'DP', tier: 'scale-out' as const },
			{ name: 'PP', tier: 'none' as const }
		];
		expect(placementText(groups, en)).toBe(
			'TP, EP inside one scale-up domain; DP across domains, over scale-out'
		);
		expect(placementText([{ name: 'TP', tier: 'none' }], zh)).toBe('没有并行组：单颗芯片');
	});
});

describe('why a fabric differs from a switch, for the formula inspector (issue 13)', () => {
	it('names NVLS, the full mesh’s links and the torus block, in both languages', () => {
		const layout = { tp: 4, ep: 64, pp: 1, dpAttention: 16, chips: 64 };
		const [nvls] = servingFabricShares(specFromPresetId('gb200-nvl72')!, layout);
		expect(fabricShareLabel(nvls!, en)).toMatch(/^TP all-reduce among 4 chips of one domain.*NVLS/);
		expect(fabricShareLabel(nvls!, zh)).toMatch(/NVLS/);
		const mesh = { tp: 4, ep: 1, pp: 1, dpAttention: 1, chips: 4 };
		const [fullMesh] = servingFabricShares(specFromPresetId('mi355x-8')!, mesh);
		expect(fabricShareLabel(fullMesh!, en)).toContain(
			'4 chips use 3 of each chip’s 7 links, B ÷ 7'
		);
		const [, torus] = servingFabricShares(specFromPresetId('tpu7x-cube-64')!, layout);
		expect(fabricShareLabel(torus!, en)).toContain('a 4×4×4 block of the torus');
		expect(fabricShareLabel(torus!, zh)).toContain('对分带宽');
	});
});
