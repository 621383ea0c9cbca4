import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../../src/lib/model/evidence';
import { decodeScenario } from '../../../src/lib/share/codec';

describe('evidenceFor()', () => {
	it('draws MLPerf Llama 2 70B server and interactive results on HGX H200 at their TPOT bounds', () => {
		const { scenario } = decodeScenario('v=1&a=hgx-h200&llm=llama-3.3-70b');
		const points = evidenceFor(scenario);
		expect(points.length).toBeGreaterThan(0);
		for (const p of points) {
			expect(p.case.system.presetId).toBe('hgx-h200');
			// server TPOT ≤ 200 ms → ≥ 5 tokens/s per user; interactive ≤ 40 ms → ≥ 25
			expect([5, 25]).toContain(Math.round(p.userTokensPerS));
			expect(p.error).not.toBeNull();
			expect(Number.isFinite(p.error!)).toBe(true);
		}
	});

	it('draws Huawei’s CloudMatrix-Infer decode results on CloudMatrix 384 at 50, 30 and 15 ms', () => {
		const { scenario } = decodeScenario('v=1&a=cloudmatrix-384&llm=deepseek-r1');
		const points = evidenceFor(scenario);
		// At the mean TPOT measured under each bound: 49.4 ms → 20.2 tokens/s per user (4K prompts),
		// 46.8 → 21.4 (1K), 47.4 → 21.1 (2K), 24.6 → 40.7 (under 30 ms), 14.9 → 67.1 (under 15 ms).
		expect(points.map((p) => Math.round(p.userTokensPerS)).sort((a, b) => a - b)).toEqual([
			20, 21, 21, 41, 67
		]);
		const at15 = points.find((p) => p.case.id === 'cm384-infer-decode-4096-256-tpot15ms')!;
		expect(at15.measuredTokensPerSPerChip).toBe(538);
		expect(at15.case.precision.compute).toBe('int8');
	});

	it('draws InferenceX’s deployments on GB200 NVL72 and HGX B200 at their mean speed', () => {
		const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=hgx-b200&llm=deepseek-r1');
		const points = evidenceFor(scenario).filter((p) => p.case.id.startsWith('inferencex-'));
		// GB200: mean TPOT 56.11, 23.1, 10.99, 6.08 ms; B200: 46.86, 17.75, 13.51, 9.82, 7.91 ms.
		expect(points.filter((p) => p.system === 0).map((p) => Math.round(p.userTokensPerS))).toEqual([
			18, 43, 91, 164
		]);
		expect(points.filter((p) => p.system === 1).map((p) => Math.round(p.userTokensPerS))).toEqual([
			21, 56, 74, 102, 126
		]);
		for (const p of points) expect(Number.isFinite(p.error!), p.case.id).toBe(true);
	});

	it('shows nothing when no measurement matches the systems and model', () => {
		const { scenario } = decodeScenario('v=1&a=cloudmatrix-384&llm=kimi-k2');
		expect(evidenceFor(scenario)).toEqual([]);
	});
});
