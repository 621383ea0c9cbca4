import { describe, expect, it } from 'vitest';
import {
	TRAINING_BOUNDS,
	clusterChips,
	matchClusterSize
} from '../../../../src/lib/model/training';

const nvl72 = (systems: number) => ({ chipsPerSystem: 72, systems });
const cm384 = (systems: number) => ({ chipsPerSystem: 384, systems });

describe('matchClusterSize', () => {
	it('counts a cluster’s chips, idle ones too', () => {
		// 5 × 72 = 360
		expect(clusterChips(nvl72(5))).toBe(360);
	});

	it('offers nothing when the sizes already match', () => {
		// 16 × 72 = 1,152 = 3 × 384
		expect(matchClusterSize(nvl72(16), cm384(3))).toBeNull();
	});

	it('grows the compared cluster when it is the smaller, to the nearest whole count', () => {
		// round(384 ÷ 72) = round(5.33) = 5 → 360 chips (6 would be 432, further from 384)
		expect(matchClusterSize(nvl72(1), cm384(1))).toEqual({
			grow: 'system',
			systems: 5,
			chips: 360
		});
	});

	it('grows the reference when it is the smaller', () => {
		// 6 × 384 = 2,304; round(2,304 ÷ 72) = 32 → 2,304 chips, an exact match
		expect(matchClusterSize(cm384(6), nvl72(1))).toEqual({
			grow: 'reference',
			systems: 32,
			chips: 2304
		});
	});

	it('keeps the current count when no whole count comes nearer', () => {
		// 1 × 384 against 1 × 400: round(400 ÷ 384) = 1, the count it has
		expect(matchClusterSize(cm384(1), { chipsPerSystem: 400, systems: 1 })).toEqual({
			grow: 'system',
			systems: 1,
			chips: 384
		});
	});

	it('stops at the input’s bound', () => {
		// round(8 × 1e6 ÷ 8) = 1e6 > 100,000
		const huge = { chipsPerSystem: 8_000_000, systems: 1 };
		const m = matchClusterSize({ chipsPerSystem: 8, systems: 1 }, huge);
		expect(m?.systems).toBe(TRAINING_BOUNDS.systems.max);
		expect(m?.chips).toBe(8 * TRAINING_BOUNDS.systems.max);
	});
});
