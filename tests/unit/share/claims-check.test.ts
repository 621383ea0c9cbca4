import { evaluate } from '../../../src/lib/model/evaluate';
import { describe, expect, it } from 'vitest';
import { checkClaims, claimOutput, missingPoints } from '../../../src/lib/share/claims-check';
import { decodeScenario } from '../../../src/lib/share/codec';
import { CLAIMS } from '../../../src/lib/catalog/claims';

const checks = checkClaims();

describe('claim checks', () => {
	it('every claim scenario opens from its link without notices', () => {
		for (const claim of CLAIMS) expect(decodeScenario(claim.query).notices, claim.id).toEqual([]);
	});

	it('models Huawei’s 1.7x BF16 claim as 384 × 780 ÷ (72 × 2,500) = 1.66x', () => {
		const huawei = checks.find((c) => c.claim.id === 'huawei-beats-nvl72')!;
		expect(huawei.modelled).toBeCloseTo(1.664, 3);
		// the ratio is set by the two per-chip BF16 figures and nothing else
		expect(huawei.drivers.map((d) => d.lever.id).sort()).toEqual(['0.flops.bf16', '1.flops.bf16']);
	});

	it('models NVIDIA’s 30x claim per GPU: HGX H100 falls just short of 20 tok/s per user at p99', () => {
		const nvidia = checks.find((c) => c.claim.id === 'nvidia-30x')!;
		// Model version 2 reads the 50 ms target as a 99th percentile (p99/mean 1.2: a 24 tok/s
		// mean). H100's fastest modelled point is ~23.8 tok/s per user, so it has no operating point
		// and the ratio has no finite value: the claim's shape (H100 barely serves at this speed) and
		// not a number. The check says so rather than inventing one.
		expect(nvidia.modelled).toBeNull();
		const h100 = evaluate(nvidia.scenario).inference[0]!;
		expect(h100.kind).toBe('ok');
		if (h100.kind === 'ok') {
			expect(h100.atTarget).toBeNull();
			expect(h100.atTargetReason).toMatch(/above the fastest modelled/);
		}
		// The card says why from the check itself: H100 (system 0) has no point, NVL72 has one.
		expect(nvidia.missing.map((m) => m.system)).toEqual([0]);
		const [missing] = nvidia.missing;
		expect(missing!.result.kind === 'ok' && missing!.result.atTargetReason).toMatch(
			/above the fastest modelled/
		);
	});

	it('names no missing system when the claim has a ratio', () => {
		for (const check of checks.filter((c) => c.modelled !== null))
			expect(check.missing, check.claim.id).toEqual([]);
	});

	it('names both systems when neither reaches the target', () => {
		const nvidia = CLAIMS.find((c) => c.id === 'nvidia-30x')!;
		// 2,000 tokens/s per user: far above either system's fastest point.
		const { scenario } = decodeScenario(nvidia.query.replace('user_tps=20', 'user_tps=2000'));
		const missing = missingPoints(nvidia, scenario, claimOutput(nvidia)(scenario));
		expect(missing.map((m) => m.system)).toEqual([0, 1]);
		for (const m of missing)
			expect(m.result.kind === 'ok' && m.result.atTargetReason).toMatch(/above the fastest/);
	});

	it('shows FP8 compute per watt rising from H100 to GB300', () => {
		const generations = checks.find((c) => c.claim.id === 'efficiency-by-design')!;
		expect(generations.modelled!).toBeGreaterThan(1);
	});
});
