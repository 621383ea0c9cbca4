import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimCheck } from '../../../src/lib/share/claims-check';
import { claimVerdict } from '../../../src/lib/share/claim-verdict';

const checks = checkClaims();
const byId = (id: string) => checks.find((c) => c.claim.id === id)!;

describe('a claim check’s verdict', () => {
	it('agrees with Huawei’s 1.7x: 1.664 ÷ 1.7 = 0.979, a factor of 1.02, within 1.25', () => {
		const verdict = claimVerdict(byId('huawei-beats-nvl72'));
		expect(verdict.kind).toBe('compared');
		if (verdict.kind !== 'compared') return;
		expect(verdict.class).toBe('good');
		expect(verdict.factor).toBeCloseTo(1.7 / 1.664, 2);
	});

	it('classes the modelled ratio against the claimed one by the validation rule, either way', () => {
		const huawei = byId('huawei-beats-nvl72');
		const at = (modelled: number) => claimVerdict({ ...huawei, modelled });
		// 1.7 × 1.25 = 2.125 and 1.7 ÷ 1.25 = 1.36 bound "agrees"; 1.7 × 2 = 3.4 and 0.85 "near".
		expect(at(2.1)).toMatchObject({ class: 'good' });
		expect(at(1.37)).toMatchObject({ class: 'good' });
		expect(at(2.2)).toMatchObject({ class: 'fair' });
		expect(at(0.86)).toMatchObject({ class: 'fair' });
		expect(at(3.5)).toMatchObject({ class: 'miss' });
		expect(at(0.8)).toMatchObject({ class: 'miss' });
		// A modelled 0 is no agreement and has no finite factor to print.
		expect(at(0)).toEqual({ kind: 'compared', class: 'miss', factor: null });
	});

	it('reads NVIDIA’s 30x at the edge: 33.0x near the claim, but a steep edge (3.10x 20% slower)', () => {
		const nvidia = byId('nvidia-30x');
		const verdict = claimVerdict(nvidia);
		expect(verdict.kind).toBe('edge');
		if (verdict.kind !== 'edge') return;
		// 33.0 ÷ 30 = 1.10: within 1.25 (claims-check.test.ts pins the readings).
		expect(verdict.class).toBe('good');
		expect(verdict.unreached).toEqual([0]); // HGX H100, the reference
		// 8.38x at 14.9 and 3.10x at 12.54 both halve 33.0x: the slowest is named.
		expect(verdict.steep?.userTokensPerS).toBe(nvidia.edge!.slower.at(-1)!.userTokensPerS);
		expect(verdict.steep?.ratio).toBeCloseTo(3.1, 1);
	});

	it('names no steep edge where the slower readings stay above half the nearest one', () => {
		const nvidia = byId('nvidia-30x');
		const edge = nvidia.edge!;
		const gentle: ClaimCheck = {
			...nvidia,
			edge: { ...edge, slower: edge.slower.map((r) => ({ ...r, ratio: edge.ratio * 0.6 })) }
		};
		expect(claimVerdict(gentle)).toMatchObject({ kind: 'edge', steep: null });
	});

	it('says a series claim holds end to end but not at each step (HGX B200 → GB300 falls)', () => {
		const series = byId('efficiency-by-design');
		expect(claimVerdict(series)).toEqual({ kind: 'steps', holds: 'end-to-end' });
		expect(claimVerdict({ ...series, modelled: 0.9 })).toEqual({ kind: 'steps', holds: 'no' });
		const rising = series.steps.map((step) => ({ ...step, ratio: 1.1 }));
		expect(claimVerdict({ ...series, steps: rising })).toEqual({
			kind: 'steps',
			holds: 'every-step'
		});
	});

	it('gives no verdict with nothing to weigh', () => {
		const nvidia = byId('nvidia-30x');
		expect(claimVerdict({ ...nvidia, edge: null })).toEqual({ kind: 'none' });
		const series = byId('efficiency-by-design');
		expect(claimVerdict({ ...series, steps: [{ system: 1, ratio: null }] })).toEqual({
			kind: 'none'
		});
	});
});
