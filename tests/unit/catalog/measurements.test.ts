import { describe, expect, it } from 'vitest';
import { LLM_SOURCES } from '../../../src/lib/catalog/llm-sources';
import { findLlmPreset } from '../../../src/lib/catalog/llms';
import { MEASURED_CASES, findMeasuredCase } from '../../../src/lib/catalog/measurements';
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
