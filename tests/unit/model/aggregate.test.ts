import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import type { MetricId } from '../../../src/lib/model/evaluate-hardware';
import { defaultScenario, specFromPresetId } from '../../../src/lib/model/scenario';
import { powerEnvelope } from '../../../src/lib/model/energy';
import { aggregate } from '../../../src/lib/model/aggregate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { valueOf } from '../../../src/lib/model/estimate-types';

const evaluation = evaluate(normalizeScenario(defaultScenario()));
const [nvl72, cm384] = evaluation.systems;
const ratio = (id: MetricId) => evaluation.rows.find((row) => row.id === id)!.ratios[1];

describe('evaluate() on the default scenario reproduces the published aggregates (specs.md §0.1, §1, §5)', () => {
	it('GB200 NVL72: 180 PFLOP/s BF16, 13.4 TB HBM, 576 TB/s, 145 kW all-in', () => {
		// 72 × 2.5 PFLOP/s = 180 PFLOP/s
		expect(valueOf(nvl72!.aggregate.denseFlopsPerS.bf16)).toBeCloseTo(180e15, -12);
		// 72 × 186 GB = 13,392 GB ≈ 13.4 TB
		expect(nvl72!.aggregate.hbmBytes.value).toBe(13_392e9);
		// 72 × 8 TB/s = 576 TB/s
		expect(nvl72!.aggregate.hbmBytesPerS.value).toBe(576e12);
		// 72 × 2,013.89 W (145,000 / 72 quantised to 6 digits) = 145,000.08 W
		expect(nvl72!.aggregate.allInPowerW.value / 145_000).toBeCloseTo(1, 5);
	});

	it('CloudMatrix 384: ≈300 PFLOP/s BF16, 49.2 TB, 1,229 TB/s, ≈559 kW', () => {
		// 384 × 780 TFLOP/s = 299.52 PFLOP/s (SemiAnalysis rounds to 300)
		expect(valueOf(cm384!.aggregate.denseFlopsPerS.bf16)).toBeCloseTo(299.52e15, -12);
		// 384 × 128 GB = 49,152 GB ≈ 49.2 TB
		expect(cm384!.aggregate.hbmBytes.value).toBe(49_152e9);
		// 384 × 3.2 TB/s = 1,228.8 TB/s ≈ 1,229
		expect(cm384!.aggregate.hbmBytesPerS.value / 1228.8e12).toBeCloseTo(1, 9);
		// 384 × 1,456.71 W = 559,377 W ≈ 559,378 W
		expect(cm384!.aggregate.allInPowerW.value / 559_378).toBeCloseTo(1, 5);
	});

	it('has no FP8 or FP4 for CloudMatrix 384: unsupported, never 0', () => {
		expect(cm384!.aggregate.denseFlopsPerS.fp8).toMatchObject({ reason: 'unsupported' });
		expect(cm384!.aggregate.denseFlopsPerS.fp4).toMatchObject({ reason: 'unsupported' });
		expect(ratio('denseFlopsPerS.fp8')).toBeNull();
	});

	it('tells a figure the chip lacks from one no source gives, in every view alike', async () => {
		await import('../../../src/lib/catalog/all-systems');
		const { scenario } = decodeScenario('v=1&a=vr-nvl72&b=hgx-h100');
		const [rubin, h100] = evaluate(scenario).systems;
		const custom = { aggregate: aggregate({ ...specFromPresetId('hgx-h100')!, presetId: null }) };
		// Vera Rubin's BF16 is not published yet (systems-2026.ts bf16NotPublished): not cited.
		expect(rubin!.aggregate.denseFlopsPerS.bf16).toMatchObject({ reason: 'unknown' });
		expect(rubin!.efficiency.flopsPerSPerW).toMatchObject({ reason: 'unknown' });
		// Hopper has no FP4 format at all; a custom system's missing figure is merely not given.
		expect(h100!.aggregate.denseFlopsPerS.fp4).toMatchObject({ reason: 'unsupported' });
		expect(custom!.aggregate.denseFlopsPerS.fp4).toMatchObject({ reason: 'unknown' });
		// The power envelope says the same as the hardware table.
		const [envelope] = powerEnvelope(1e6, [specFromPresetId('vr-nvl72')!], {
			pue: 1.2,
			precision: 'bf16'
		});
		expect(envelope!.denseFlopsPerS).toMatchObject({ reason: 'unknown' });
	});

	it('gives the ratios in the debate: 1.7× compute, 3.6× HBM, 2.1× bandwidth, 3.9× power, 2.3× power per FLOP', () => {
		// 299.52 / 180 = 1.664
		expect(ratio('denseFlopsPerS.bf16')).toBeCloseTo(1.664, 3);
		// 49,152 / 13,392 = 3.670
		expect(ratio('hbmBytes')).toBeCloseTo(3.67, 2);
		// 1,228.8 / 576 = 2.133
		expect(ratio('hbmBytesPerS')).toBeCloseTo(2.133, 3);
		// 559,378 / 145,000 = 3.858
		expect(ratio('allInPowerW')).toBeCloseTo(3.858, 2);
		// (559,378 / 299.52 PF) / (145,000 / 180 PF) = 1,867.6 / 805.6 W per PF = 2.318
		expect(ratio('wattsPerFlopsPerS')).toBeCloseTo(2.318, 2);
		// FLOP/s per W is the inverse: 1 / 2.318 = 0.431
		expect(ratio('flopsPerSPerW')).toBeCloseTo(0.431, 3);
	});

	it('computes the balance figures per chip', () => {
		// NVL72: 8 TB/s ÷ 2.5 PFLOP/s = 0.0032 B/FLOP; CM384: 3.2 TB/s ÷ 780 TFLOP/s = 0.0041 B/FLOP
		expect(valueOf(nvl72!.efficiency.hbmBytesPerFlop)).toBeCloseTo(0.0032, 6);
		expect(valueOf(cm384!.efficiency.hbmBytesPerFlop)).toBeCloseTo(0.004103, 6);
		// Ascend 910C power is not published: unknown, not a number
		expect(cm384!.efficiency.chipPowerW.kind).toBe('unavailable');
	});

	it('records the formula and its substituted inputs', () => {
		const hbm = nvl72!.aggregate.hbmBytes;
		expect(hbm.formula).toBe('chips × hbmBytesPerChip');
		expect(hbm.terms.map((t) => t.value)).toEqual([72, 186e9]);
		expect(hbm.terms.reduce((product, t) => product * t.value, 1)).toBe(hbm.value);
	});
});
