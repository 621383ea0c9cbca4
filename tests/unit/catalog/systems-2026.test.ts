import { describe, expect, it } from 'vitest';
import { ALL_SYSTEM_PRESETS } from '../../../src/lib/catalog/all-systems';
import { LAZY_PRESET_INDEX, presetIndex } from '../../../src/lib/catalog/preset-index';
import { lazyPresetsNamedIn } from '../../../src/lib/catalog/preset-loader';
import { SOURCES } from '../../../src/lib/catalog/sources';
import { PRESET_STATUSES, findSystemPreset } from '../../../src/lib/catalog/systems';
import {
	ATLAS_950_SUPERPOD,
	ATLAS_960_SUPERPOD,
	HELIOS,
	SYSTEMS_2026,
	TPU7X_POD,
	TPU_V5P_SLICE,
	TPU_V6E_POD,
	TRN2_ULTRASERVER,
	TRN3_ULTRASERVER_144,
	TRN3_ULTRASERVER_64
} from '../../../src/lib/catalog/systems-2026';
import type { FigureOrMissing } from '../../../src/lib/catalog/figure';
import { specFromPreset } from '../../../src/lib/model/scenario';
import { choosePrecision } from '../../../src/lib/model/inference/precision-choice';
import { collectiveCost } from '../../../src/lib/model/topology';
import { topologyOf } from '../../../src/lib/model/topology-of';

/** A published aggregate from per-chip figures: chips × per chip. */
const total = (chips: FigureOrMissing, perChip: FigureOrMissing) => chips.value! * perChip.value!;

describe('2026 presets reproduce their published aggregates from per-chip figures', () => {
	it('Atlas 950 SuperPoD: 8 EF FP8, 16 EF FP4; 1,152 TB is 8,192 × 144 GB ÷ 1,024', () => {
		const p = ATLAS_950_SUPERPOD;
		// 8,192 × 1 PF = 8.19 EF, published as "8 EF" (2.4% rounding)
		expect(total(p.chips, p.denseFlopsPerS.fp8) / 8e18).toBeCloseTo(1.024, 3);
		expect(total(p.chips, p.denseFlopsPerS.fp4) / 16e18).toBeCloseTo(1.024, 3);
		// The gap: 8,192 × 144 GB = 1,179,648 GB; Huawei's 1,152 TB divides by 1,024, not 1,000.
		expect(total(p.chips, p.hbmBytes) / 1024 / 1e9).toBeCloseTo(1152, 6);
		// 16.3 PB/s interconnect = 8,192 × 2 TB/s bidirectional = 2 × per-direction figure
		expect((2 * total(p.chips, p.scaleUpBytesPerS)) / 16.3e15).toBeCloseTo(1.005, 3);
	});

	it('Atlas 960 SuperPoD: 30 EF FP8 and 60 EF FP4 are 15,488 × 2 and 4 PF, rounded down 3%', () => {
		const p = ATLAS_960_SUPERPOD;
		// The gap: 15,488 × 2 PF = 30.98 EF; Huawei quotes 30 EF (and 60 EF FP4 for 61.95)
		expect(total(p.chips, p.denseFlopsPerS.fp8) / 30e18).toBeCloseTo(1.0325, 3);
		expect(total(p.chips, p.denseFlopsPerS.fp4) / 60e18).toBeCloseTo(1.0325, 3);
		// 34 PB/s interconnect = 15,488 × 2 × the per-direction figure
		expect((2 * total(p.chips, p.scaleUpBytesPerS)) / 34e15).toBeCloseTo(1, 9);
	});

	it('TPU7x pod: 42.5 EF FP8; 1.77 PB is 9,216 × 192 GB, its GiB taken as published', () => {
		const p = TPU7X_POD;
		// 9,216 × 4,614 TF = 42.52 EF
		expect(Math.abs(total(p.chips, p.denseFlopsPerS.fp8) / 42.5e18 - 1)).toBeLessThan(0.01);
		// Google's 1.77 PB is 9,216 × 192 GB: its 192 GiB taken as published, as NVIDIA's binary
		// "186 GB" is (model version 16; in bytes, 9,216 × 192 GiB would be 1.90 PB).
		expect(total(p.chips, p.hbmBytes)).toBe(9216 * 192e9);
		expect(Math.abs(total(p.chips, p.hbmBytes) / 1.77e15 - 1)).toBeLessThan(0.001);
	});

	it('TPU v6e pod: 234.9 PF BF16, 102.4 TB/s all-reduce and 3.2 TB/s bisection per pod', () => {
		const p = TPU_V6E_POD;
		// 256 × 918 TF = 235.0 PF against Google's 234.9 (0.04%: a per-chip figure rounded up)
		expect(Math.abs(total(p.chips, p.denseFlopsPerS.bf16) / 234.9e15 - 1)).toBeLessThan(0.001);
		// All-reduce bandwidth = 256 chips × 400 GB/s per direction = 102.4 TB/s
		expect(total(p.chips, p.scaleUpBytesPerS)).toBeCloseTo(102.4e12, 0);
		// Bisection of a 16x16 torus with wraparound: the cut crosses 16 rows × 2 links
		// (one each way round) × 100 GB/s a link = 3.2 TB/s, so an all-to-all of S per chip takes
		// G·S/4 ÷ 3.2 TB/s = 256 × 1 GB ÷ 4 ÷ 3.2e12 = 20 ms of bisection (+ 16 hops of 1 µs).
		const torus = { ...topologyOf(specFromPreset(p)) };
		const isolated = { ...torus, scaleOut: { ...torus.scaleOut, bytesPerSPerChip: 1e3 } };
		const cost = collectiveCost(isolated, 'all-to-all', 256, 1e9);
		expect(cost.binding).toBe('bisection');
		expect(cost.timeS).toBeCloseTo((256 * 1e9) / 4 / 3.2e12 + 16 * 1e-6, 9);
	});

	it('TPU v6e and v5p compute FP8 at their BF16 rate, not at v6e’s INT8 rate', () => {
		// specs.md §7: "FP8 peak per chip | 459 (no FP8 gain) | 918 (INT8 1,836 TOPS)". Before model
		// version 17 v6e had no FP8 figure and an FP8 model fell to its INT8 rate, 2× the sheet's.
		for (const p of [TPU_V6E_POD, TPU_V5P_SLICE]) {
			const spec = specFromPreset(p);
			const chosen = choosePrecision(spec, 'fp8', 'matrix work');
			expect(chosen, p.id).toMatchObject({ used: 'fp8', warning: null });
			expect(chosen!.denseFlopsPerS, p.id).toBe(spec.denseFlopsPerS.bf16);
		}
		expect(TPU_V6E_POD.denseFlopsPerS.fp8).toMatchObject({ value: 918e12, nature: 'assumption' });
		// v6e's INT8 stays its own: a reader who serves in INT8 gets 1,836 TOPS.
		expect(choosePrecision(specFromPreset(TPU_V6E_POD), 'int8', 'x')!.denseFlopsPerS).toBe(1836e12);
	});

	it('TPU v5p slice: 16 × 16 × 24 = 6,144 chips on a 3D torus at 600 GB/s per direction', () => {
		const p = TPU_V5P_SLICE;
		expect(p.topology.scaleUp.dims!.reduce((a, b) => a * b, 1)).toBe(p.chips.value);
		// 6,144 × 459 TF = 2.82 EF BF16 (no published slice aggregate to check against)
		expect(total(p.chips, p.denseFlopsPerS.bf16)).toBeCloseTo(2.820096e18, -12);
		// ICI 1,200 GB/s bidirectional = 600 per direction; DCN 50 Gb/s = 6.25 GB/s per chip
		expect(p.scaleUpBytesPerS.value).toBe(600e9);
		expect(p.scaleOutBytesPerS.value).toBe(6.25e9);
	});

	it('Trn3 UltraServers: 362 PF (144) and 161 PF (64) MXFP8; 20,736 GiB taken as GB; 705.6 TB/s', () => {
		// 144 × 2,517 TF = 362.4 PF (doc: 362,448 TF); 64 × 2,517 = 161.1 PF (doc: 161,088)
		const gen2 = TRN3_ULTRASERVER_144;
		const gen1 = TRN3_ULTRASERVER_64;
		expect(Math.abs(total(gen2.chips, gen2.denseFlopsPerS.fp8) / 362.448e15 - 1)).toBeLessThan(
			0.001
		);
		expect(Math.abs(total(gen1.chips, gen1.denseFlopsPerS.fp8) / 161.088e15 - 1)).toBeLessThan(
			0.001
		);
		// 144 × 144 GiB = 20,736, taken as published (GB), as every preset's HBM (model version 16).
		expect(total(gen2.chips, gen2.hbmBytes) / 1e9).toBeCloseTo(20_736, 6);
		expect(total(gen2.chips, gen2.hbmBytesPerS) / 1e12).toBeCloseTo(705.6, 6);
		// 144 × 671 TF = 96.6 PF BF16 (doc: 96,624)
		expect(Math.abs(total(gen2.chips, gen2.denseFlopsPerS.bf16) / 96.624e15 - 1)).toBeLessThan(
			0.001
		);
	});

	it('Helios: 2.9 EF FP4 and 1.4 EF FP8 from 72 × 40 / 20 PF; 31 TB; 1.4 PB/s', () => {
		const p = HELIOS;
		// 72 × 40 PF = 2.88 EF, 72 × 20 PF = 1.44 EF
		expect(Math.abs(total(p.chips, p.denseFlopsPerS.fp4) / 2.9e18 - 1)).toBeLessThan(0.01);
		expect(Math.abs(total(p.chips, p.denseFlopsPerS.fp8) / 1.4e18 - 1)).toBeLessThan(0.03);
		// 72 × 432 GB = 31.1 TB; 72 × 19.6 TB/s = 1.41 PB/s
		expect(Math.abs(total(p.chips, p.hbmBytes) / 31e12 - 1)).toBeLessThan(0.01);
		expect(Math.abs(total(p.chips, p.hbmBytesPerS) / 1.4e15 - 1)).toBeLessThan(0.01);
	});

	it('Trn2 UltraServer: 83.2 PF FP8 and 6 TiB; 42.8 PF BF16 is 2% above 64 × 655 TF', () => {
		const p = TRN2_ULTRASERVER;
		// 64 × 1,287 TF = 82.4 PF vs 83.2 published (1%: AWS rounds 1,300 per chip)
		expect(Math.abs(total(p.chips, p.denseFlopsPerS.fp8) / 83.2e15 - 1)).toBeLessThan(0.011);
		// The gap: 42.8 PF ÷ 64 = 669 TF, SemiAnalysis' 667; the chip page says 655.
		expect(total(p.chips, p.denseFlopsPerS.bf16) / 42.8e15).toBeCloseTo(0.979, 3);
	});
});

describe('the 2026 presets as data', () => {
	it('gives every preset a status', () => {
		for (const preset of ALL_SYSTEM_PRESETS) expect(PRESET_STATUSES).toContain(preset.status);
	});

	it('registers every 2026 preset once, after the first-visit ones', () => {
		expect(ALL_SYSTEM_PRESETS.slice(-SYSTEMS_2026.length)).toEqual(SYSTEMS_2026);
		expect(new Set(ALL_SYSTEM_PRESETS.map((p) => p.id)).size).toBe(ALL_SYSTEM_PRESETS.length);
		for (const preset of SYSTEMS_2026) expect(findSystemPreset(preset.id)).toBe(preset);
	});

	it('lists each lazily loaded preset in the small index exactly as its data says', () => {
		expect(LAZY_PRESET_INDEX).toEqual(
			SYSTEMS_2026.map(({ id, name, vendor, status }) => ({ id, name, vendor, status }))
		);
		expect(presetIndex().map((e) => e.id)).toEqual(ALL_SYSTEM_PRESETS.map((p) => p.id));
	});

	it('finds the lazily loaded presets a link names, and only those', () => {
		expect(lazyPresetsNamedIn('?a=gb200-nvl72&b=tpu7x-pod&c=helios&x=helios')).toEqual([
			'tpu7x-pod',
			'helios'
		]);
		expect(lazyPresetsNamedIn('a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
		// Percent-encoded ids and keys are read as the codec reads them (not by their text).
		expect(lazyPresetsNamedIn('?b=tpu7x%2Dpod&%63=helios')).toEqual(['tpu7x-pod', 'helios']);
		// A lazy id's text under a key that is not a slot names nothing.
		expect(lazyPresetsNamedIn('?a=gb200-nvl72&a.name=helios')).toEqual([]);
	});

	it('cites every topology figure, or labels it an assumption', () => {
		for (const preset of ALL_SYSTEM_PRESETS) {
			const { scaleUp, scaleOut } = preset.topology;
			for (const figure of [
				scaleUp.linksPerChip,
				scaleUp.hopLatencyS,
				scaleOut.oversubscription,
				scaleOut.hopLatencyS
			]) {
				for (const id of figure.sources) expect(SOURCES).toHaveProperty(id);
				if (figure.value === null) expect(figure.note.length).toBeGreaterThan(10);
				else if (figure.nature === 'assumption') expect(figure.note ?? '').toMatch(/^Assumption/);
				else expect(figure.sources.length, preset.id).toBeGreaterThan(0);
			}
			if (scaleUp.kind === 'torus') {
				const product = scaleUp.dims!.reduce((a, b) => a * b, 1);
				expect(product, preset.id).toBe(preset.scaleUpDomainChips.value);
			}
		}
	});
});
