import { describe, expect, it } from 'vitest';
import { MEASURED_CASES, findMeasuredCase } from '../../../../src/lib/catalog/measurements';
import { calibrationInputs, runCalibration } from '../../../../src/lib/model/inference/calibration';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import type { MeasuredCase } from '../../../../src/lib/catalog/measurements';
import { DRAFT_ACCEPTANCE } from '../../../../src/lib/model/inference/draft';
import {
	chainAcceptedTokens,
	chainDraftedTokens
} from '../../../../src/lib/model/inference/draft-chain';
import {
	SERVING_LATENCY,
	targetMeanUserTokensPerS
} from '../../../../src/lib/model/inference/latency';
import { SERVING_BOUNDS } from '../../../../src/lib/model/inference/serving';

describe('chainDraftedTokens: the chain a setting of accepted tokens per step is charged', () => {
	it('solves 1 + p + … + pⁿ = a for n, whole or not', () => {
		// a = 1.8 at p = 0.8: ln(1 − 1.8 × 0.2) ÷ ln 0.8 − 1 = ln 0.64 ÷ ln 0.8 − 1 = 2 − 1 = 1.
		expect(chainDraftedTokens(1.8, 0.8)).toBeCloseTo(1, 12);
		// a = 2.952 (3 drafts): ln 0.4096 ÷ ln 0.8 − 1 = 4 − 1 = 3, where (a − 1) ÷ p gave 2.44.
		expect(chainDraftedTokens(2.952, 0.8)).toBeCloseTo(3, 12);
		// The bound's 4.5: ln 0.1 ÷ ln 0.8 − 1 = 2.302585 ÷ 0.223144 − 1 = 9.3189 drafts for 3.5 more
		// tokens (chainAcceptedTokens(9.3189) ≈ 1 + 0.8 + … : 4.5).
		expect(chainDraftedTokens(4.5, 0.8)).toBeCloseTo(9.3189, 4);
		expect(chainDraftedTokens(1, 0.8)).toBe(0);
		// Every draft accepted: a − 1 drafts (the floors' ideal assumptions).
		expect(chainDraftedTokens(3, 1)).toBe(2);
	});

	it('is chainAcceptedTokens undone, and grows without end towards 1 ÷ (1 − p)', () => {
		for (const p of [0.3, 0.6, 0.8, 0.9])
			for (let n = 0; n <= 12; n++)
				// 6 digits: at p = 0.3, p¹³ is 1.6e-7 of the sum, so rounding in it shows in n by 1e-9.
				expect(chainDraftedTokens(chainAcceptedTokens(n, p), p), `${n} at ${p}`).toBeCloseTo(n, 6);
		// Each more accepted token costs more drafts than the one before.
		const drafts = [1.5, 2, 2.5, 3, 3.5, 4, 4.5].map((a) => chainDraftedTokens(a, 0.8));
		for (let i = 2; i < drafts.length; i++)
			expect(drafts[i]! - drafts[i - 1]!).toBeGreaterThan(drafts[i - 1]! - drafts[i - 2]!);
		// Beyond the limit no chain will do (at 5 itself rounding leaves 2e-16 of room: 160 drafts).
		expect(chainDraftedTokens(5.1, 0.8)).toBe(Infinity);
		expect(chainDraftedTokens(4.99, 0.8)).toBeGreaterThan(20);
		// The setting stays below: every value it allows is charged a finite chain.
		expect(
			Number.isFinite(
				chainDraftedTokens(SERVING_BOUNDS.acceptedTokensPerStep.max, DRAFT_ACCEPTANCE)
			)
		).toBe(true);
	});
});

describe('chainAcceptedTokens: n drafts in a chain, each accepted with p given the earlier ones', () => {
	it('is 1 + p + … + pⁿ', () => {
		expect(chainAcceptedTokens(0, 0.8)).toBe(1);
		// n = 1: 1 + p, the same number the linear 1 + n·p gives, to the last bit.
		expect(chainAcceptedTokens(1, 0.8)).toBe(1 + 1 * 0.8);
		// n = 2: 1 + 0.8 + 0.64 = 2.44 (linear: 2.6).
		expect(chainAcceptedTokens(2, 0.8)).toBeCloseTo(2.44, 12);
		// n = 3: 1 + 0.8 + 0.64 + 0.512 = 2.952 (linear: 3.4).
		expect(chainAcceptedTokens(3, 0.8)).toBeCloseTo(2.952, 12);
		// Every draft accepted: n + 1 tokens; none: 1.
		expect(chainAcceptedTokens(3, 1)).toBe(4);
		expect(chainAcceptedTokens(3, 0)).toBe(1);
	});

	it('equals the closed form (1 − pⁿ⁺¹) ÷ (1 − p) and never exceeds 1 ÷ (1 − p)', () => {
		for (const p of [0.3, 0.6, 0.8, 0.9])
			for (let n = 0; n <= 8; n++) {
				const tokens = chainAcceptedTokens(n, p);
				expect(tokens).toBeCloseTo((1 - p ** (n + 1)) / (1 - p), 12);
				expect(tokens).toBeLessThan(1 / (1 - p));
				expect(tokens).toBeLessThanOrEqual(1 + n * p);
			}
	});
});

/** A case's system, serving and latency without its users: the model as the page runs it. */
function inputsOf(c: MeasuredCase) {
	const { system, serving, latency } = calibrationInputs(c)!;
	return [system, serving, undefined, latency] as const;
}

describe('calibrationInputs', () => {
	it('gives every case with at most one draft exactly the settings the linear rule gave', () => {
		const few = MEASURED_CASES.filter((c) => c.draftTokensPerStep <= 1);
		expect(few.some((c) => c.draftTokensPerStep === 1)).toBe(true);
		for (const c of few) {
			const inputs = calibrationInputs(c)!;
			expect(inputs.serving.acceptedTokensPerStep, c.id).toBe(
				1 + c.draftTokensPerStep * SERVING_LATENCY.draftAcceptance
			);
			expect(inputs.latency, c.id).toBe(SERVING_LATENCY);
		}
	});

	it('charges a chain of three drafts for all three, as the sweep charges any setting', () => {
		const c = findMeasuredCase('inferencex-dsr1-hgx-b200-c180')!;
		const { serving, latency } = calibrationInputs(c)!;
		const p = DRAFT_ACCEPTANCE;
		// 1 + 0.8 + 0.64 + 0.512 = 2.952 tokens per step.
		expect(serving.acceptedTokensPerStep).toBeCloseTo(1 + p + p * p + p * p * p, 12);
		// The sweep drafts the chain that accepts that many, and verifies 1 + that many: 3, with the
		// latency assumptions as they are (it had to be handed an acceptance of 0.65 to get there).
		expect(chainDraftedTokens(serving.acceptedTokensPerStep, latency.draftAcceptance)).toBeCloseTo(
			3,
			12
		);
		expect(latency).toEqual(SERVING_LATENCY);
	});

	it('reads a disaggregated deployment’s mean TPOT as the model’s mean, served disaggregated', () => {
		// GB200 at concurrency 2,253: 10.99 ms mean TPOT. The model's target is a p99 bound
		// (× 1.2), so the target is 1 ÷ (10.99 ms × 1.2) = 75.8/s and the model's mean 91.0/s.
		const c = findMeasuredCase('inferencex-dsr1-gb200-nvl72-c2253')!;
		const { serving, system } = calibrationInputs(c)!;
		expect(serving.targetUserTokensPerS).toBeCloseTo(1 / (0.01099 * 1.2), 9);
		expect(targetMeanUserTokensPerS(serving.targetUserTokensPerS)).toBeCloseTo(1 / 0.01099, 9);
		expect(serving.servingMode).toBe('disaggregated');
		expect(serving.targetTtftS).toBe(SERVING_BOUNDS.targetTtftS.max);
		expect([serving.weightPrecision, serving.kvPrecision, serving.computePrecision]).toEqual([
			'fp4',
			'fp8',
			'fp4'
		]);
		expect([system.chips, system.scaleUpDomainChips]).toEqual([44, 44]);
	});

	it('leaves the other scenarios to choose their serving mode, MLPerf bounds read as p99', () => {
		const server = findMeasuredCase('mlperf-v5.1-llama3.1-405b-gb200-nvl72-server')!;
		const { serving } = calibrationInputs(server)!;
		expect(serving.servingMode).toBe('auto');
		expect(serving.targetUserTokensPerS).toBeCloseTo(1 / 0.175, 12);
	});

	it('holds the model to the sequences a run’s decode GPUs held, and fills the chips where none were published', () => {
		// InferenceX GB200 at 180 users on 32 decode GPUs (DEP32, recipe …_dep32_batch4_…): the
		// engine held at most 4 per GPU, below the 180 ÷ 32 = 5.625 users per decode GPU.
		const few = findMeasuredCase('inferencex-dsr1-gb200-nvl72-c180')!;
		expect(calibrationInputs(few)!.options).toEqual({ decodeSequencesPerChip: 4 });
		const [row] = runCalibration([few]);
		const point = row!.result!.kind === 'ok' ? row!.result!.atTarget! : null;
		// One 32-GPU instance holds 4 × 32 = 128 sequences: the run's load, not the speed, stops it.
		expect(point).toMatchObject({ limitedBy: 'measured-load', batch: 128 });
		expect(point!.layout.chips).toBe(32);
		// Unheld, the same row put 414 sequences on those 32 GPUs (3.3× the measured output).
		const free = evaluateInference(...inputsOf(few));
		expect(free.kind === 'ok' && free.atTarget!.batch).toBeGreaterThan(180);
		// MLPerf publishes no load: the sweep's own limit applies.
		const offline = findMeasuredCase('mlperf-v5.1-llama3.1-405b-gb200-nvl72-offline')!;
		expect(calibrationInputs(offline)!.options).toEqual({});
	});
});
