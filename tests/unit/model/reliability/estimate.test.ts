import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateFormula } from '../../../../src/lib/format/formula';
import {
	COMPONENT_KINDS,
	DEFAULT_FAILURE_RATES as R,
	RELIABILITY_BOUNDS as B,
	defaultReliabilitySettings,
	estimateReliability,
	interruptionsPerChipPerDay,
	type ComponentCounts,
	type FailureRates
} from '../../../../src/lib/model/reliability';
import {
	failureRateInput,
	interruptingFractionInput,
	operationInput
} from '../../../../src/lib/inputs/operations';
import { OPERATIONS_BOUNDS } from '../../../../src/lib/model/deployment';

const RATE = failureRateInput('acceleratorPerHour').bounds;
const FRACTION = interruptingFractionInput('accelerator').bounds;
const CKPT = operationInput('checkpointWriteS').bounds;
const RESTART = operationInput('restartS').bounds;

const NVL72: ComponentCounts = {
	accelerators: 72,
	hbmStacks: 576,
	switchChips: 18,
	opticalTransceivers: 288,
	copperLinks: 1296,
	hostCpus: 36
};

describe('estimateReliability', () => {
	const settings = defaultReliabilitySettings(NVL72, 100, 72);
	const r = estimateReliability(settings);
	// Per rack per hour:
	//   GPUs 72 × 6.3421e-6 = 4.5663e-4; HBM 576 × 6.7817e-7 = 3.9063e-4;
	//   switches 18 × 4.6467e-6 = 8.3641e-5; optics 288 × 4.1208e-7 = 1.1868e-4;
	//   copper 1,296 × 4.1208e-9 = 5.3406e-6; CPUs 36 × 3.7676e-7 = 1.3563e-5;
	//   other 72 × 5.9340e-6 = 4.2725e-4                            sum = 1.4956e-3
	const perRackPerHour =
		72 * R.acceleratorPerHour +
		576 * R.hbmStackPerHour +
		18 * R.switchChipPerHour +
		288 * R.opticalTransceiverPerHour +
		1296 * R.copperLinkPerHour +
		36 * R.hostCpuPerHour +
		72 * R.otherPerAcceleratorPerHour;

	it('counts interruptions per day for a job of N systems', () => {
		expect(perRackPerHour).toBeCloseTo(1.4956e-3, 6);
		// 100 racks × 1.4956e-3 × 24 = 3.589 per day
		expect(r.interruptionsPerDay.value).toBeCloseTo(100 * perRackPerHour * 24, 9);
		const sum = COMPONENT_KINDS.reduce((s, k) => s + r.byKindPerDay[k].value, 0);
		expect(sum).toBeCloseTo(r.interruptionsPerDay.value, 9);
		expect(r.dominantKind).toBe('accelerator');
	});

	it('writes the sum out, one term per kind, so its math checks (it read "Σ(…)" with no ✓)', () => {
		expect(r.interruptionsPerDay.formula).toBe(
			'systems × (accelerator + hbmStack + switchChip + opticalTransceiver + copperLink + hostCpu + other) × 24'
		);
		// GPUs' term: 72 × 6.3421e-6 per rack-hour, as above.
		expect(r.interruptionsPerDay.terms.find((t) => t.symbol === 'accelerator')!.value).toBeCloseTo(
			4.5663e-4,
			8
		);
		expect(evaluateFormula(r.interruptionsPerDay)).toBeCloseTo(r.interruptionsPerDay.value, 9);
		for (const kind of COMPONENT_KINDS)
			expect(evaluateFormula(r.byKindPerDay[kind])).toBeCloseTo(r.byKindPerDay[kind].value, 12);
	});

	it('gives MTBI, the Young/Daly interval and goodput', () => {
		// MTBI = 3,600 ÷ 0.14956 = 24,071 s (6.7 h)
		const mtbi = 3600 / (100 * perRackPerHour);
		expect(r.mtbiS.value).toBeCloseTo(mtbi, 6);
		// τ = √(2 × 10 × 24,071) = 693.8 s
		expect(r.checkpointIntervalS.value).toBeCloseTo(Math.sqrt(20 * mtbi), 6);
		// goodput = 1 − √(20 / 24,071) − 600 / 24,071 = 1 − 0.02883 − 0.02493 = 0.9462
		expect(r.goodput.value).toBeCloseTo(1 - Math.sqrt(20 / mtbi) - 600 / mtbi, 9);
		expect(r.goodput.value).toBeCloseTo(0.9462, 3);
	});

	it('keeps Meta’s 16,384-GPU run at ≥ 90 % goodput, as reported (specs.md §11.4)', () => {
		// 2,048 HGX H100 boards: 419 interruptions in 1,296 h → MTBI 11,135 s;
		// 1 − √(20 / 11,135) − 600 / 11,135 = 1 − 0.04238 − 0.05388 = 0.9037
		const hgx = {
			accelerators: 8,
			hbmStacks: 40,
			switchChips: 4,
			opticalTransceivers: 32,
			copperLinks: 0,
			hostCpus: 2
		};
		const meta = estimateReliability(defaultReliabilitySettings(hgx, 2048, 8));
		expect(meta.mtbiS.value).toBeCloseTo((1296 * 3600) / 419, 3);
		expect(meta.goodput.value).toBeCloseTo(0.9037, 3);
		expect(meta.goodput.value).toBeGreaterThanOrEqual(0.9);
	});

	it('names the blast radius: one scale-up domain drained, the whole job stopped', () => {
		expect(r.blastRadiusChips.value).toBe(72);
		expect(r.chipsStoppedPerInterruption.value).toBe(7200);
	});

	it('gives interruptions per chip per day, the same for any job size', () => {
		// 3.589 per day ÷ (72 × 100 = 7,200 chips) = 4.985e-4 per chip per day
		expect(interruptionsPerChipPerDay(r)).toBeCloseTo((100 * perRackPerHour * 24) / 7200, 12);
		expect(interruptionsPerChipPerDay(r)).toBeCloseTo(4.985e-4, 6);
		// 10 × the racks: 10 × the interruptions over 10 × the chips.
		const bigger = estimateReliability({ ...settings, systems: 1000 });
		expect(interruptionsPerChipPerDay(bigger)).toBeCloseTo(interruptionsPerChipPerDay(r)!, 12);
	});

	it('gives no per-chip rate for a job of no chips, not Infinity', () => {
		const none = estimateReliability({ ...settings, counts: { ...NVL72, accelerators: 0 } });
		expect(interruptionsPerChipPerDay(none)).toBeNull();
	});

	it('uses a set checkpoint interval instead of the optimum when given', () => {
		const fixed = estimateReliability({ ...settings, checkpointIntervalS: 3600 });
		expect(fixed.checkpointIntervalS.value).toBe(3600);
		// The Young/Daly optimum is the best interval: a fixed one cannot beat it.
		expect(fixed.goodput.value).toBeLessThanOrEqual(r.goodput.value);
	});

	it('more systems mean more interruptions and never more goodput', () => {
		const bigger = estimateReliability({ ...settings, systems: 1000 });
		expect(bigger.interruptionsPerDay.value).toBeCloseTo(10 * r.interruptionsPerDay.value, 9);
		expect(bigger.goodput.value).toBeLessThan(r.goodput.value);
	});
});

describe('a part count’s limits', () => {
	it('are a link’s: the reliability view’s fields take every count a link may set', () => {
		// helper-103: a link set 5,000,000 optics (OPERATIONS_BOUNDS allows 10,000,000), which the
		// field then refused to take back ("a whole number from 0 to 1,000,000").
		expect(B.count.max).toBe(OPERATIONS_BOUNDS.componentCount.max);
		expect(B.accelerators.max).toBe(OPERATIONS_BOUNDS.componentCount.max);
		expect(B.count.min).toBe(OPERATIONS_BOUNDS.componentCount.min);
	});
});

describe('estimateReliability: every output is finite for in-bounds inputs', () => {
	const logUniform = (min: number, max: number) =>
		fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
	const count = fc.integer({ min: B.count.min, max: B.count.max });
	const rate = logUniform(RATE.min, RATE.max);
	const fraction = fc.double({
		min: FRACTION.min,
		max: FRACTION.max,
		noNaN: true
	});

	it('holds across the bounds', () => {
		fc.assert(
			fc.property(
				fc.record({
					accelerators: fc.integer({ min: B.accelerators.min, max: B.accelerators.max }),
					hbmStacks: count,
					switchChips: count,
					opticalTransceivers: count,
					copperLinks: count,
					hostCpus: count
				}),
				fc.record<FailureRates>({
					acceleratorPerHour: rate,
					hbmStackPerHour: rate,
					switchChipPerHour: rate,
					opticalTransceiverPerHour: rate,
					copperLinkPerHour: rate,
					hostCpuPerHour: rate,
					otherPerAcceleratorPerHour: rate
				}),
				fraction,
				fc.integer({ min: B.systems.min, max: B.systems.max }),
				logUniform(CKPT.min, CKPT.max),
				fc.double({ min: RESTART.min, max: RESTART.max, noNaN: true }),
				fc.option(logUniform(B.checkpointIntervalS.min, B.checkpointIntervalS.max), { nil: null }),
				(counts, rates, f, systems, checkpointWriteS, restartS, checkpointIntervalS) => {
					const s = {
						...defaultReliabilitySettings(counts, systems, 72),
						rates,
						interruptingFractions: {
							accelerator: f,
							hbmStack: f,
							switchChip: f,
							opticalTransceiver: f,
							copperLink: f,
							hostCpu: f,
							other: f
						},
						checkpointWriteS,
						restartS,
						checkpointIntervalS
					};
					const r = estimateReliability(s);
					const values = [
						r.interruptionsPerDay,
						r.mtbiS,
						r.checkpointIntervalS,
						r.goodput,
						r.blastRadiusChips,
						r.chipsStoppedPerInterruption,
						...Object.values(r.byKindPerDay)
					];
					return (
						values.every(
							(e) => Number.isFinite(e.value) && e.terms.every((t) => Number.isFinite(t.value))
						) &&
						r.goodput.value >= 0 &&
						r.goodput.value <= 1
					);
				}
			)
		);
	});
});
