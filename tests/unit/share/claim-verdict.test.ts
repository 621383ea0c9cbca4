import { describe, expect, it } from 'vitest';
import type { ClaimCheck } from '../../../src/lib/share/claims-check';
import { claimVerdict, verdictTone } from '../../../src/lib/share/claim-verdict';
import {
	EFFICIENCY_SERIES as series,
	HUAWEI_1_7X as huawei,
	NVIDIA_30X as nvidia,
	edgeAt,
	stepsAt
} from '../../fixtures/claim-checks';

describe('a claim check’s verdict', () => {
	it('agrees with Huawei’s 1.7x: 1.664 ÷ 1.7 = 0.979, a factor of 1.02, within 1.25', () => {
		const verdict = claimVerdict(huawei);
		expect(verdict).toMatchObject({ kind: 'compared', class: 'good' });
		if (verdict.kind !== 'compared') return;
		expect(verdict.factor).toBeCloseTo(1.7 / 1.664, 2);
		expect(verdictTone(verdict)).toBe('agrees');
	});

	it('classes the modelled ratio against the claimed one by the validation rule, either way', () => {
		const at = (modelled: number) => claimVerdict({ ...huawei, modelled });
		// 1.7 × 1.25 = 2.125 and 1.7 ÷ 1.25 = 1.36 bound good; 1.7 × 2 = 3.4 and 0.85 fair.
		expect(at(2.1)).toMatchObject({ class: 'good' });
		expect(at(1.37)).toMatchObject({ class: 'good' });
		expect(at(2.2)).toMatchObject({ class: 'fair' });
		expect(at(0.86)).toMatchObject({ class: 'fair' });
		expect(at(3.5)).toMatchObject({ class: 'miss' });
		expect(at(0.8)).toMatchObject({ class: 'miss' });
		expect(verdictTone(at(2.2))).toBe('caveat');
		expect(verdictTone(at(3.5))).toBe('disagrees');
		// A modelled 0 is no agreement and has no finite factor to print.
		expect(at(0)).toEqual({ kind: 'compared', class: 'miss', factor: null });
	});

	it('does not confirm NVIDIA’s 30x: H100 cannot reach 20, and 33.0x just under its limit falls to 8.38x 5% slower', () => {
		const verdict = claimVerdict(nvidia);
		// 33.0 ÷ 30 = 1.10 at the fastest reading, but 8.38 and 3.10 (claims-check.test.ts pins
		// the readings) are beyond 1.25 of 30: the claimed size holds only at that edge.
		expect(verdict).toMatchObject({
			kind: 'edge',
			unreached: [0], // HGX H100, the reference
			nearEdge: 'fastest-only',
			class: 'good'
		});
		expect(verdictTone(verdict)).toBe('caveat');
	});

	it('reads every edge case by all three readings against the claim, not against each other', () => {
		// All within 1.25 of 30: 31, 28 and 25 (30 ÷ 25 = 1.2).
		expect(claimVerdict(edgeAt(31, [28, 25]))).toMatchObject({ nearEdge: 'all-readings' });
		// A slower reading without a point is no agreement.
		expect(claimVerdict(edgeAt(31, [28, null]))).toMatchObject({ nearEdge: 'fastest-only' });
		// 100 halves to 40 and 30, but 100 is 3.33 from 30: no agreement anywhere, a miss.
		const far = claimVerdict(edgeAt(100, [40, 30]));
		expect(far).toMatchObject({ nearEdge: 'none', class: 'miss' });
		expect(verdictTone(far)).toBe('disagrees');
		expect(claimVerdict(edgeAt(20, [19, 18]))).toMatchObject({ nearEdge: 'none', class: 'fair' });
	});

	it('names both systems when neither reaches the claim’s speed', () => {
		const both: ClaimCheck = {
			...nvidia,
			missing: [...nvidia.missing, { ...nvidia.missing[0]!, system: 1 }]
		};
		expect(claimVerdict(both)).toMatchObject({ kind: 'edge', unreached: [0, 1] });
	});

	it('says a claim is not checkable where a system has no point for another reason than speed', () => {
		const verdict = claimVerdict({ ...nvidia, edge: null });
		expect(verdict).toEqual({ kind: 'unchecked', unreached: [0] });
		expect(verdictTone(verdict)).toBe('caveat');
	});

	it('holds a series claim to every step: HGX B200 → GB300 NVL72 falls, so "each generation" does not hold', () => {
		expect(claimVerdict(series)).toEqual({
			kind: 'steps',
			holds: 'end-to-end',
			falls: 1,
			total: 2
		});
		expect(verdictTone(claimVerdict(series))).toBe('disagrees');
		expect(claimVerdict({ ...series, modelled: 0.9 })).toMatchObject({ holds: 'no' });
		const with_ = (ratios: (number | null)[]) => claimVerdict(stepsAt(ratios));
		expect(with_([1.1, 1.2])).toMatchObject({ holds: 'every-step', falls: 0 });
		expect(verdictTone(with_([1.1, 1.2]))).toBe('agrees');
		// A step of exactly 1 is no "more"; a step without a figure cannot confirm "each", but a
		// fall elsewhere still refutes it (counted among the steps with a figure).
		expect(with_([1.1, 1])).toMatchObject({ holds: 'end-to-end', falls: 1, total: 2 });
		expect(with_([1.1, null])).toEqual({ kind: 'none' });
		expect(with_([0.9, null])).toMatchObject({ holds: 'end-to-end', falls: 1, total: 1 });
		// No figure end to end (a system without one): a step that falls still refutes "each".
		const noEnds = claimVerdict(stepsAt([0.9, null], null));
		expect(noEnds).toEqual({ kind: 'steps', holds: 'falls', falls: 1, total: 1 });
		expect(verdictTone(noEnds)).toBe('disagrees');
		// A series claim is held to its steps even when it also names a ratio end to end.
		const named = { ...series, claim: { ...series.claim, claimed: 1.5 } };
		expect(claimVerdict(named)).toMatchObject({ kind: 'steps', holds: 'end-to-end' });
	});

	it('gives no verdict with nothing to weigh', () => {
		expect(claimVerdict({ ...nvidia, edge: null, missing: [] })).toEqual({ kind: 'none' });
		expect(claimVerdict(stepsAt([1.1, null], null))).toEqual({ kind: 'none' });
	});
});
