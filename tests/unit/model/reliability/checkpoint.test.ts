import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	defaultReliabilitySettings,
	estimateReliability,
	goodputFraction,
	stretchTimeToTrain,
	youngDalyIntervalS
} from '../../../../src/lib/model/reliability';
import { estimate } from '../../../../src/lib/model/estimate-types';
import { operationInput } from '../../../../src/lib/inputs/operations';

const CKPT = operationInput('checkpointWriteS').bounds;
const RESTART = operationInput('restartS').bounds;

describe('youngDalyIntervalS', () => {
	it('is √(2 × checkpointWriteS × MTBI)', () => {
		// C = 60 s, M = 3 h = 10,800 s: √(2 × 60 × 10,800) = √1,296,000 = 1,138.42 s
		expect(youngDalyIntervalS(60, 10_800)).toBeCloseTo(1138.42, 2);
		// C = 50 s, M = 10,000 s: √1,000,000 = 1,000 s
		expect(youngDalyIntervalS(50, 10_000)).toBe(1000);
	});
});

describe('goodputFraction', () => {
	it('is 1 − (C/τ + (τ/2 + R)/M)', () => {
		// C = 50, τ = 1,000, R = 600, M = 10,000: 1 − (0.05 + (500 + 600)/10,000) = 1 − 0.16 = 0.84
		expect(goodputFraction(50, 1000, 600, 10_000)).toBeCloseTo(0.84, 12);
	});

	it('at the Young/Daly interval equals 1 − √(2C/M) − R/M', () => {
		// C = 60, M = 10,800, R = 600:
		// 1 − √(120/10,800) − 600/10,800 = 1 − 0.105409 − 0.055556 = 0.839035
		const tau = youngDalyIntervalS(60, 10_800);
		expect(goodputFraction(60, tau, 600, 10_800)).toBeCloseTo(0.839035, 6);
	});

	it('clamps to [0, 1]', () => {
		expect(goodputFraction(600, 100, 600, 500)).toBe(0);
	});

	it('never rises when the failure rate rises (all else fixed)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-9, max: 1e-3, noNaN: true }),
				fc.double({ min: 1.0001, max: 100, noNaN: true }),
				fc.integer({ min: 1, max: 100_000 }),
				fc.double({ min: CKPT.min, max: CKPT.max, noNaN: true }),
				fc.double({ min: RESTART.min, max: RESTART.max, noNaN: true }),
				(rate, factor, systems, checkpointWriteS, restartS) => {
					const base = defaultReliabilitySettings(
						{
							accelerators: 72,
							hbmStacks: 576,
							switchChips: 18,
							opticalTransceivers: 288,
							copperLinks: 1296,
							hostCpus: 36
						},
						systems,
						72
					);
					const goodput = (r: number) =>
						estimateReliability({
							...base,
							checkpointWriteS,
							restartS,
							rates: { ...base.rates, acceleratorPerHour: r }
						}).goodput.value;
					return goodput(rate * factor) <= goodput(rate) + 1e-12;
				}
			)
		);
	});
});

describe('stretchTimeToTrain', () => {
	it('divides time to train (and its range) by goodput', () => {
		// 30 days at goodput 0.9: 2,592,000 s ÷ 0.9 = 2,880,000 s
		const r = stretchTimeToTrain(2_592_000, 0.9);
		expect(r.kind === 'estimate' && r.value).toBeCloseTo(2_880_000, 6);
		const ranged = stretchTimeToTrain(
			estimate(100, 's', 'x', [], { range: { low: 80, high: 120 } }),
			0.8
		);
		expect(ranged.kind === 'estimate' && ranged.range).toEqual({ low: 100, high: 150 });
	});

	it('is unavailable at zero goodput', () => {
		expect(stretchTimeToTrain(1000, 0).kind).toBe('unavailable');
	});
});
