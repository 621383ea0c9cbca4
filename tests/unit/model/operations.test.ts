import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../../src/lib/share/codec';
import { evaluate } from '../../../src/lib/model/evaluate';
import {
	costBasisFor,
	evaluateOperations,
	trainingJobs,
	trainingOperations
} from '../../../src/lib/model/operations';
import { estimateTraining } from '../../../src/lib/model/training/estimate';
import { defaultComponents } from '../../../src/lib/model/deployment';
import { register2026 } from '../../../src/lib/catalog/register-2026';

const { scenario } = decodeScenario('');
const evaluation = evaluate(scenario);
const ops = evaluateOperations(scenario.systems, evaluation.inference, scenario.operations, 'bf16');

describe('evaluateOperations()', () => {
	it('drains one scale-up domain per failure, or one optical-switched cube of a TPU domain', () => {
		register2026(); // the TPU presets load lazily
		const blast = (link: string) => {
			const { scenario } = decodeScenario(link);
			return evaluateOperations(scenario.systems, [], scenario.operations, 'bf16').systems.map(
				(s) => s.reliability.blastRadiusChips
			);
		};
		// NVLink and UB domains: the whole domain (72, 384); an HGX board: its 8 GPUs.
		expect(blast('v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-b200').map((e) => e.value)).toEqual([
			72, 384, 8
		]);
		// TPU7x pod: 144 cubes of 4 × 4 × 4 = 64 in one 9,216-chip domain; min(64, 9,216) = 64.
		const [pod, v5p, cube] = blast('v=1&a=tpu7x-pod&b=tpu-v5p-6144&c=tpu7x-cube-64');
		expect(pod!.value).toBe(64);
		expect(pod!.formula).toBe('min(ocsCubeChips, scaleUpDomainChips)');
		expect(pod!.terms.map((t) => [t.symbol, t.value])).toEqual([
			['ocsCubeChips', 64],
			['scaleUpDomainChips', 9216]
		]);
		expect(v5p!.value).toBe(64);
		expect(cube!.value).toBe(64);
		// A pod cut to a 32-chip domain: less than a cube, the domain itself.
		expect(blast('v=1&a=tpu7x-pod&a.domain=32')[0]!.value).toBe(32);
	});

	it('charges each output token the all-in power over the decode rate at the target', () => {
		const nvl72 = evaluation.inference[0]!;
		if (nvl72.kind !== 'ok' || !nvl72.atTarget) throw new Error('expected a point at the target');
		// J per output token = all-in W per chip ÷ decode tokens/s per chip = 2,013.89 ÷ decode rate
		const expected = 2013.89 / nvl72.atTarget.decodeChipTokensPerS;
		expect(ops.systems[0]!.energy!.outputJPerToken.value).toBeCloseTo(expected, 12);
		// tokens/s per MW = 1e6 ÷ (PUE 1.2 × J per token)
		expect(ops.systems[0]!.energy!.outputTokensPerSPerMW.value).toBeCloseTo(
			1e6 / (1.2 * expected),
			6
		);
	});

	it('charges each input token the all-in power over the prefill rate of the point it serves at', () => {
		// Co-located, the operating point prefills on its own instance's layout, slower than the best
		// prefill pass on any layout (result.prefill), which input tokens had been charged at:
		// GB300 NVL72's 17% cheaper than the point it serves at (helper-110).
		const link = 'v=1&a=gb200-nvl72&b=gb300-nvl72&serve=co-located';
		const given = decodeScenario(link).scenario;
		const inference = evaluate(given).inference;
		const gb300 = inference[1]!;
		if (gb300.kind !== 'ok' || !gb300.atTarget) throw new Error('expected a point at the target');
		expect(gb300.atTarget.mode).toBe('co-located');
		const own = gb300.atTarget.prefillChipTokensPerS;
		expect(own).toBeLessThan(gb300.prefill.chipTokensPerS.value * 0.9);
		// GB300 NVL72 all-in: the preset's watts per chip ÷ its own prompt tokens/s per chip.
		const operations = evaluateOperations(given.systems, inference, given.operations, 'bf16');
		const watts = given.systems[1]!.allInPowerPerChipW;
		expect(operations.systems[1]!.energy!.inputJPerToken.value).toBeCloseTo(watts / own, 12);
		// Its math names the rate as the inference view does (helper-113: "tokensPerSPerChip" read as
		// the view's deployment column, 2,510, beside 17,258).
		expect(operations.systems[1]!.energy!.inputJPerToken.formula).toBe(
			'allInPowerPerChipW ÷ prefillChipTokensPerS'
		);
		expect(operations.systems[1]!.energy!.outputJPerToken.formula).toBe(
			'allInPowerPerChipW ÷ decodeChipTokensPerS'
		);
		// And so does the cost's (GB200 NVL72's: it has a cited price, GB300 NVL72 none).
		const costs = operations.systems[0]!.cost!;
		expect(costs.usdPerMillionInputTokens.formula).toContain('prefillChipTokensPerS');
		expect(costs.usdPerMillionOutputTokens.formula).toContain('decodeChipTokensPerS');
	});

	it('costs a preset with a reported price as ownership, and a system with no price as unknown', () => {
		// GB200 NVL72: "~$2-3M per rack" midpoint $2.5M ÷ 72 = $34,722 per GPU over 4 years,
		// plus 2,013.89 W × PUE 1.2 ÷ 1,000 × $0.08 per kWh = $0.1933 per hour:
		// 34,722 ÷ (4 × 8,766) + 0.1933 = 0.9903 + 0.1933 = 1.1836 $/chip-hour
		expect(ops.systems[0]!.cost!.costPerChipHourUsd.value).toBeCloseTo(1.1836, 3);
		const h100 = decodeScenario('v=1&a=hgx-h100').scenario;
		expect(costBasisFor(h100.systems[0]!, h100.operations)).toBeNull();
		const rented = decodeScenario('v=1&a=hgx-h100&a.usd_chip_h=2.5').scenario;
		expect(costBasisFor(rented.systems[0]!, rented.operations)).toEqual({
			kind: 'rental',
			pricePerChipHourUsd: 2.5
		});
	});

	it('sizes the power envelope by facility watts', () => {
		// ⌊100 MW ÷ (1.2 × 72 × 2,013.89 W)⌋ = ⌊100e6 ÷ 174,000⌋ = 574 racks
		expect(ops.envelope[0]!.systems.value).toBe(574);
	});

	it('scales the catalog inventory with the chip count and drains one scale-up domain per failure', () => {
		const half = defaultComponents('cloudmatrix-384', 192);
		expect(half.opticalTransceivers).toBe(6912 / 2);
		expect(ops.systems[1]!.reliability.blastRadiusChips.value).toBe(384);
	});

	it('counts no switch chips by the generic rule where the scale-up has no switch', () => {
		register2026(); // the 2026 presets load lazily
		// A torus links chips directly (TPU7x's optical circuit switches are mirrors), MI355X is a
		// full mesh: none. A switched fabric with no cited inventory keeps one per 4 chips.
		expect(defaultComponents('tpu7x-pod', 9216).switchChips).toBe(0);
		expect(defaultComponents('mi355x-8', 8).switchChips).toBe(0);
		expect(defaultComponents('helios', 72).switchChips).toBe(72 / 4);
		expect(defaultComponents(null, 72).switchChips).toBe(72 / 4);
		// The rest of the rule is unchanged: 8 HBM stacks and 4 scale-out optics per chip.
		expect(defaultComponents('tpu7x-pod', 9216)).toMatchObject({
			hbmStacks: 8 * 9216,
			opticalTransceivers: 4 * 9216
		});
	});

	it('has more interruptions per day for more joined systems', () => {
		const more = decodeScenario('v=1&a=gb200-nvl72&a.joined=32').scenario;
		const moreOps = evaluateOperations(
			more.systems,
			evaluate(more).inference,
			more.operations,
			'bf16'
		);
		// 32 racks vs 16: twice the parts, twice the interruptions
		expect(moreOps.systems[0]!.reliability.interruptionsPerDay.value).toBeCloseTo(
			2 * ops.systems[0]!.reliability.interruptionsPerDay.value,
			9
		);
	});
});

describe('trainingJobs() and trainingOperations()', () => {
	const jobs = trainingJobs(scenario);

	it('trains CloudMatrix 384 in BF16 when FP8 is asked for, and joins the systems of each slot', () => {
		expect(jobs[0]!.settings.precision).toBe('fp8');
		expect(jobs[1]!.settings.precision).toBe('bf16');
		expect(jobs[1]!.precision?.wanted).toBe('fp8');
		expect(jobs.map((j) => j.settings.systems)).toEqual([16, 3]);
	});

	it('charges the whole job the facility energy for the wall time stretched by goodput', () => {
		const job = jobs[0]!;
		const result = estimateTraining(job.system, job.settings);
		if (result.kind !== 'training') throw new Error('expected an estimate');
		const out = trainingOperations(job.system, result, ops.systems[0]!, scenario.operations)!;
		const goodput = ops.systems[0]!.reliability.goodput.value;
		// wall = time ÷ goodput; energy = chips × all-in W × PUE × wall
		const wall = result.timeToTrainS.value / goodput;
		expect(out.timeToTrainS.kind === 'estimate' && out.timeToTrainS.value).toBeCloseTo(wall, 3);
		expect(out.energyJ!.value).toBeCloseTo(1152 * 2013.89 * 1.2 * wall, -3);
	});
});

describe('review fixes', () => {
	it('quotes a cost per chip-hour even when no serving point meets the target', () => {
		const s = decodeScenario('v=1&a=gb200-nvl72&user_tps=5000').scenario;
		const o = evaluateOperations(s.systems, evaluate(s).inference, s.operations, 'bf16');
		expect(o.systems[0]!.cost).toBeNull();
		// 34,722 ÷ 35,064 h + 2,013.89 W × 1.2 ÷ 1,000 × $0.08 = $1.1836 per chip-hour
		expect(o.systems[0]!.costPerChipHour!.value).toBeCloseTo(1.1836, 3);
	});

	it('gives no energy or cost for a run that never finishes (goodput 0)', () => {
		const s = decodeScenario('v=1&a=gb200-nvl72&a.joined=16&o.rate.acceleratorPerHour=1').scenario;
		const o = evaluateOperations(s.systems, evaluate(s).inference, s.operations, 'bf16');
		const job = trainingJobs(s)[0]!;
		const result = estimateTraining(job.system, job.settings);
		const out = trainingOperations(job.system, result, o.systems[0]!, s.operations)!;
		expect(out.timeToTrainS.kind).toBe('unavailable');
		expect(out.energyJ).toBeNull();
		expect(out.costUsd).toBeNull();
	});

	it('charges idle chips of the job too', () => {
		const s = decodeScenario('v=1&a=cloudmatrix-384&a.chips=300&a.joined=1').scenario;
		const o = evaluateOperations(s.systems, evaluate(s).inference, s.operations, 'bf16');
		const job = trainingJobs(s)[0]!;
		const result = estimateTraining(job.system, job.settings);
		if (result.kind !== 'training') throw new Error('expected an estimate');
		const out = trainingOperations(job.system, result, o.systems[0]!, s.operations)!;
		if (out.timeToTrainS.kind !== 'estimate') throw new Error('expected a time');
		// every one of the 300 chips: 300 × 1,456.71 W × 1.2 × wall time
		expect(out.energyJ!.value).toBeCloseTo(300 * 1456.71 * 1.2 * out.timeToTrainS.value, -3);
	});

	it('caps the training scale-up domain at the system, as inference and reliability do', () => {
		const s = decodeScenario('v=1&a=gb200-nvl72&a.domain=576&a.joined=8').scenario;
		expect(trainingJobs(s)[0]!.system.scaleUpDomainChips).toBe(72);
	});
});
