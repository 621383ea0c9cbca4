import { describe, expect, it } from 'vitest';
import { LLM_SOURCES } from '../../../src/lib/catalog/llm-sources';
import { findLlmPreset } from '../../../src/lib/catalog/llms';
import { MEASURED_CASES, findMeasuredCase } from '../../../src/lib/catalog/measurements';
import { recipeBatch } from '../../../src/lib/catalog/measurements-inferencex';
import { findSystemPreset } from '../../../src/lib/catalog/systems';
import { SERVING_LATENCY } from '../../../src/lib/model/inference/latency';

describe('measured calibration cases', () => {
	it.each(MEASURED_CASES.map((c) => [c.id, c] as const))('%s is cited and resolvable', (_id, c) => {
		expect(c.sources.length).toBeGreaterThan(0);
		for (const id of c.sources) expect(LLM_SOURCES).toHaveProperty(id);
		expect(findSystemPreset(c.system.presetId)).toBeDefined();
		expect(findLlmPreset(c.modelId)).toBeDefined();
		expect(c.measuredTokensPerSPerChip).toBeGreaterThan(0);
		expect(c.chipsMeasured).toBeLessThanOrEqual(c.system.chips);
		expect(c.system.scaleUpDomainChips).toBeLessThanOrEqual(c.system.chips);
		expect(findMeasuredCase(c.id)).toBe(c);
	});

	it('records the published figures (calibration.md cases 5, 8, 9)', () => {
		// LMSYS decode: 22,282 tokens/s per node ÷ 8 GPUs; batch 256 per GPU gives TPOT 91.9 ms.
		const decode = findMeasuredCase('lmsys-96xh100-decode')!;
		expect(decode.measuredTokensPerSPerChip).toBeCloseTo(2785.25, 2);
		expect(decode.latency.tpotS!).toBeCloseTo(0.0919, 4);
		// MLPerf v5.1 GB200 NVL72 Llama 3.1 405B server: 11,614.3 ÷ 72 = 161.3.
		const gb200 = findMeasuredCase('mlperf-v5.1-llama3.1-405b-gb200-nvl72-server')!;
		expect(gb200.measuredTokensPerSPerChip).toBeCloseTo(161.3, 1);
		expect(gb200.latency).toEqual({ ttftS: 6, tpotS: 0.175 });
		// Llama 2 70B maps to the Llama 3.x 70B shape, and says so.
		const llama2 = findMeasuredCase('mlperf-v5.0-llama2-70b-hgx-h100-offline')!;
		expect(llama2.modelId).toBe('llama-3.3-70b');
		expect(llama2.modelNote).toMatch(/32k vocabulary/);
		expect(llama2.measuredTokensPerSPerChip).toBeCloseTo(3913.35, 2);
	});

	it('has unique ids', () => {
		const ids = MEASURED_CASES.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('MLPerf cases', () => {
	// The notes once said the model met p99 bounds on the mean; it reads them as 99th percentiles.
	it('say latency bounds are read as 99th percentiles, with the tail ratios the model uses', () => {
		const mlperf = MEASURED_CASES.filter((c) => c.note.includes('Latency bounds'));
		expect(mlperf.length).toBeGreaterThan(10);
		for (const c of mlperf) {
			expect(c.note).not.toContain('meets them on the mean');
			expect(c.note).toContain(`mean TPOT × ${SERVING_LATENCY.tpotTailRatio}`);
			expect(c.note).toContain(`mean TTFT × ${SERVING_LATENCY.ttftTailRatio}`);
		}
	});
});

describe('InferenceX DeepSeek-R1 on GB200 NVL72 and B200 (blog 2026-05-23, run 26306422380)', () => {
	const cases = MEASURED_CASES.filter((c) => c.id.startsWith('inferencex-dsr1-'));
	const byId = (id: string) => findMeasuredCase(`inferencex-dsr1-${id}`)!;

	it('are cited from their source alone (in neither sheet), graded B+ like the sibling case', () => {
		expect(cases.map((c) => c.id)).toEqual([
			'inferencex-dsr1-gb200-nvl72-c16130',
			'inferencex-dsr1-gb200-nvl72-c4301',
			'inferencex-dsr1-gb200-nvl72-c2253',
			'inferencex-dsr1-gb200-nvl72-c180',
			'inferencex-dsr1-hgx-b200-c10860',
			'inferencex-dsr1-hgx-b200-c4968',
			'inferencex-dsr1-hgx-b200-c1214',
			'inferencex-dsr1-hgx-b200-c875',
			'inferencex-dsr1-hgx-b200-c180'
		]);
		for (const c of cases) {
			expect(c.sheet, c.id).toBeNull();
			expect(c.calibrationCase, c.id).toBeNull();
			expect(c.grade, c.id).toBe('B+');
			expect(c.sources, c.id).toContain('INFERENCEX_DSR1');
			expect(c.scenario, c.id).toBe('disaggregated');
			expect(c.metric, c.id).toBe('output-tokens-per-chip');
			expect([c.inputTokens, c.outputTokens], c.id).toEqual([1024, 1024]);
			expect(c.latency.ttftS, c.id).toBeNull();
			// The whole deployment: measured per GPU over every chip it had.
			expect(c.chipsMeasured, c.id).toBe(c.system.chips);
		}
		// Every sheet case keeps its number.
		for (const c of MEASURED_CASES.filter((m) => m.sheet !== null))
			expect(c.calibrationCase, c.id).not.toBeNull();
	});

	it('turn the published total tokens per GPU into output tokens (1k/1k: total ÷ 2)', () => {
		// GB200 at concurrency 2,253: 7,698 total ÷ 2 = 3,849 output tokens/s per GPU, over
		// 12 prefill + 32 decode = 44 GPUs, all in the rack's NVLink domain; MTP 1; 10.99 ms TPOT.
		const mid = byId('gb200-nvl72-c2253');
		expect(mid.measuredTokensPerSPerChip).toBe(3849);
		expect(mid.system).toMatchObject({
			presetId: 'gb200-nvl72',
			chips: 44,
			scaleUpDomainChips: 44
		});
		expect(mid.draftTokensPerStep).toBe(1);
		expect(mid.latency.tpotS).toBeCloseTo(0.01099, 8);
		// GB200 at 180: 1,149.1 ÷ 2 = 574.55 over 4 + 32 = 36 GPUs, MTP 3 (…_mtp3 recipe).
		const fast = byId('gb200-nvl72-c180');
		expect(fast.measuredTokensPerSPerChip).toBeCloseTo(574.55, 9);
		expect(fast.system.chips).toBe(36);
		expect(fast.draftTokensPerStep).toBe(3);
		// B200 at 180: 897.9 ÷ 2 = 448.95 over 4 + 40 = 44 GPUs in NVLink domains of 8, MTP 3.
		const b200 = byId('hgx-b200-c180');
		expect(b200.measuredTokensPerSPerChip).toBeCloseTo(448.95, 9);
		expect(b200.system).toMatchObject({ presetId: 'hgx-b200', chips: 44, scaleUpDomainChips: 8 });
		expect(b200.draftTokensPerStep).toBe(3);
		// B200 at 10,860: 12,515.7 ÷ 2 = 6,257.85 over 12 + 20 = 32; at 1,214 MTP 2 on 4 + 16 = 20.
		expect(byId('hgx-b200-c10860').measuredTokensPerSPerChip).toBeCloseTo(6257.85, 9);
		expect(byId('hgx-b200-c10860').system.chips).toBe(32);
		expect(byId('hgx-b200-c1214').draftTokensPerStep).toBe(2);
		expect(byId('hgx-b200-c1214').system.chips).toBe(20);
	});

	it('hold each TPOT to the tokens/s per user the blog prints beside it (within 1 %)', () => {
		for (const c of cases) {
			const perUser = Number(/, ([\d.]+) tokens\/s per user$/.exec(c.label)![1]);
			expect(perUser * c.latency.tpotS!, c.id).toBeGreaterThan(0.99);
			expect(perUser * c.latency.tpotS!, c.id).toBeLessThan(1.01);
		}
	});

	it('read each recipe’s decode batch per GPU from its name (max_batch_size per attention rank)', () => {
		// DEP: attention data parallel, one rank per GPU (SRT_MTP_RECIPE: dep32_batch4 sets 4).
		expect(recipeBatch('gb200-fp4/1k1k/mtp/ctx1_gen1_dep32_batch4_eplb0_mtp3')).toEqual({
			batch: 4,
			gpusPerRank: 1,
			perGpu: 4
		});
		// TEP: one rank over the instance's 8 GPUs: 32 ÷ 8 = 4 per GPU.
		expect(recipeBatch('b200-fp4/1k1k/mtp/ctx1_gen5_tep8_batch32_eplb0_mtp3').perGpu).toBe(4);
		expect(() => recipeBatch('b200-fp4/1k1k/mtp/ctx1_gen5')).toThrow(/decode batch/);
	});

	it('hold the model to the smaller of the recipe’s batch and the users per decode GPU', () => {
		// GB200 at 180 users, 32 decode GPUs: min(180 ÷ 32 = 5.625, 4) = 4.
		expect(byId('gb200-nvl72-c180').decodeSequencesPerChip).toBe(4);
		// GB200 at 16,130 users on 5 × DEP4 = 20 GPUs: min(806.5, 768) = 768.
		expect(byId('gb200-nvl72-c16130').decodeSequencesPerChip).toBe(768);
		// B200 at 875 users on 5 × DEP8 = 40 GPUs: min(21.875, 16) = 16.
		expect(byId('hgx-b200-c875').decodeSequencesPerChip).toBe(16);
		for (const c of cases) expect(c.decodeSequencesPerChip, c.id).toBeGreaterThan(0);
	});

	it('model B200 scale-out at the blog’s 400 Gb/s ConnectX-7 per GPU (50 GB/s)', () => {
		expect(findSystemPreset('hgx-b200')!.scaleOutBytesPerS.value).toBe(400e9 / 8);
	});
});
