import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/lib/share/claims-check';
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

	it('models NVIDIA’s 30x claim per GPU, and names what drives it', () => {
		const nvidia = checks.find((c) => c.claim.id === 'nvidia-30x')!;
		expect(nvidia.modelled).not.toBeNull();
		// a first-order model gives a large gain, but well short of 30x (see calibration.md case 26)
		expect(nvidia.modelled!).toBeGreaterThan(2);
		expect(nvidia.modelled!).toBeLessThan(30);
		expect(nvidia.drivers.length).toBeGreaterThan(0);
		console.log(
			`NVIDIA 30x claim: model gives ${nvidia.modelled!.toFixed(2)}x per GPU; drivers`,
			nvidia.drivers.map((d) => d.lever.id)
		);
	});

	it('shows FP8 compute per watt rising from H100 to GB300', () => {
		const generations = checks.find((c) => c.claim.id === 'efficiency-by-design')!;
		expect(generations.modelled!).toBeGreaterThan(1);
	});
});
