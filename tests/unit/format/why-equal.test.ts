import { describe, expect, it } from 'vitest';
import {
	differingFields,
	isEqualRatio,
	limitingField,
	whyEqual,
	type Limit
} from '../../../src/lib/format/why-equal';
import { specFromPresetId } from '../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../src/lib/model/system';

const gb200 = specFromPresetId('gb200-nvl72')!;
const gb300 = specFromPresetId('gb300-nvl72')!;
const h100 = specFromPresetId('hgx-h100')!;
const memory: Limit = { bound: 'memory-bandwidth', precision: 'fp8' };
const both = (limit: Limit) => [limit, limit] as const;

describe('differingFields()', () => {
	it('names what GB300 NVL72 changes from GB200 NVL72, compute first', () => {
		// FP4 15 vs 10 PFLOP/s, HBM 279 vs 186 GB, scale-out 100 vs 50 GB/s, power 1,400 vs 1,200 W;
		// FP8 (5 PFLOP/s), BF16 (2.5), HBM bandwidth (8 TB/s), NVLink (900 GB/s) and 72 chips the same.
		expect(differingFields(gb300, gb200)).toEqual([
			'denseFlopsPerS.fp4',
			'hbmBytes',
			'scaleOutBytesPerS',
			'power'
		]);
	});

	it('is empty for an unedited duplicate, and for a figure typed back within rounding', () => {
		expect(differingFields({ ...gb200, name: 'copy', presetId: null }, gb200)).toEqual([]);
		expect(differingFields({ ...gb200, hbmBytesPerS: 8e12 * (1 + 1e-12) }, gb200)).toEqual([]);
	});

	it('counts a figure one chip has and the other lacks (Hopper has no FP4)', () => {
		expect(differingFields(h100, gb200)).toContain('denseFlopsPerS.fp4');
	});

	it('counts the chip’s power as power, as the all-in power is', () => {
		const chipOnly: SystemSpec = { ...gb200, chipPowerW: null };
		expect(differingFields(chipOnly, gb200)).toEqual(['power']);
	});
});

describe('limitingField()', () => {
	it('is compute at the precision the math runs in, or a memory or link figure', () => {
		expect(limitingField('compute', 'fp8')).toBe('denseFlopsPerS.fp8');
		expect(limitingField('memory-bandwidth', 'fp8')).toBe('hbmBytesPerS');
		expect(limitingField('scale-out', undefined)).toBe('scaleOutBytesPerS');
	});

	it('is null where no system figure sets the limit', () => {
		expect(limitingField('latency', 'fp8')).toBeNull();
		expect(limitingField('overhead', 'fp8')).toBeNull();
		expect(limitingField('compute', undefined)).toBeNull();
		expect(limitingField(undefined, 'fp8')).toBeNull();
	});
});

describe('whyEqual()', () => {
	it('explains GB300 NVL72 at 1.00× GB200 NVL72: both limited by the same 8 TB/s of HBM', () => {
		expect(whyEqual(1, [gb300, gb200], both(memory))).toEqual({
			limiting: 'hbmBytesPerS',
			value: 8e12,
			differs: ['denseFlopsPerS.fp4', 'hbmBytes', 'scaleOutBytesPerS', 'power']
		});
		// Compute-bound at FP8: 5 PFLOP/s per chip on each.
		expect(whyEqual(0.996, [gb300, gb200], both({ bound: 'compute', precision: 'fp8' }))).toEqual(
			expect.objectContaining({ limiting: 'denseFlopsPerS.fp8', value: 5e15 })
		);
	});

	it('says nothing for a ratio more than 1% from 1', () => {
		expect(isEqualRatio(1.009)).toBe(true);
		expect(isEqualRatio(0.989)).toBe(false);
		expect(whyEqual(1.02, [gb300, gb200], both(memory))).toBeNull();
	});

	it('says nothing for the same specs: an unedited duplicate has nothing to explain', () => {
		expect(whyEqual(1, [{ ...gb200, name: 'copy' }, gb200], both(memory))).toBeNull();
	});

	it('says nothing when the equality is not explained by one shared, equal limit', () => {
		// Limited by different resources: a coincidence, not a reason.
		expect(
			whyEqual(1, [gb300, gb200], [memory, { bound: 'compute', precision: 'fp8' }])
		).toBeNull();
		// Limited by FP4 compute, which differs (15 vs 10 PFLOP/s).
		expect(whyEqual(1, [gb300, gb200], both({ bound: 'compute', precision: 'fp4' }))).toBeNull();
		// Computing in different precisions, or limited by collective latency (no system figure).
		expect(
			whyEqual(
				1,
				[gb300, gb200],
				[
					{ bound: 'compute', precision: 'fp8' },
					{ bound: 'compute', precision: 'bf16' }
				]
			)
		).toBeNull();
		expect(whyEqual(1, [gb300, gb200], both({ bound: 'latency', precision: 'fp8' }))).toBeNull();
	});
});
