import { describe, expect, it } from 'vitest';
import { compareAtTarget } from '../../../../src/lib/model/inference/compare';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { DEFAULT_SERVING } from '../../../../src/lib/model/inference/serving';
import { specFromPresetId } from '../../../../src/lib/model/scenario';

const SYSTEMS = ['gb200-nvl72', 'cloudmatrix-384', 'hgx-h100', 'hgx-b200'];

describe('compareAtTarget', () => {
	const results = SYSTEMS.map((id) => evaluateInference(specFromPresetId(id)!, DEFAULT_SERVING));
	const cmp = compareAtTarget(results);

	it('gives ratios against the first system per chip and per system watt', () => {
		const [nvl, cm] = cmp.rows;
		expect(nvl!.perChipRatio).toBe(1);
		expect(cm!.perChipRatio).toBeCloseTo(cm!.chipTokensPerS! / nvl!.chipTokensPerS!, 12);
		// Per watt = per chip × (first system's all-in W per chip ÷ this one's).
		const watts = results.map((r) => r.system.allInPowerPerChipW);
		expect(cm!.perWattRatio).toBeCloseTo(cm!.perChipRatio! * (watts[0]! / watts[1]!), 12);
		expect(cmp.headlines[0]).toMatch(
			/^At 50 tokens\/s per user, CloudMatrix 384 is modelled at [\d.]+x GB200 NVL72 per chip \([\d.]+x per system watt\)\.$/
		);
	});

	it('has no ratio, and says why, for a system the model cannot serve', () => {
		const h100 = cmp.rows[2]!;
		expect(h100.chipTokensPerS).toBeNull();
		expect(h100.perChipRatio).toBeNull();
		expect(h100.note).toMatch(/needs at least/);
		expect(cmp.headlines[1]).toMatch(/cannot be compared/);
	});
});
