import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../../src/lib/share/codec';
import {
	chipTokensAtTarget,
	goalSeek,
	leverUpperBound,
	levers,
	perChipRatioAtTarget,
	tornado
} from '../../../src/lib/model/sensitivity';
import { normalizeScenario } from '../../../src/lib/model/normalize';

const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384');

describe('tornado()', () => {
	const t = tornado(scenario, perChipRatioAtTarget(1));

	it('moves every input ±20% and sorts by how far the output moves', () => {
		expect(t.base).not.toBeNull();
		expect(t.bars.length).toBe(levers(scenario).length);
		for (let i = 1; i < t.bars.length; i++)
			expect(t.bars[i - 1]!.swing).toBeGreaterThanOrEqual(t.bars[i]!.swing);
		expect(t.bars[0]!.swing).toBeGreaterThan(0);
	});

	it('finds that B’s own compute pushes B ÷ A up and A’s pushes it down', () => {
		const bFlops = t.bars.find((b) => b.lever.id === '1.flops.bf16')!;
		const aFlops = t.bars.find((b) => b.lever.id === '0.flops.fp8')!;
		expect(bFlops.high!).toBeGreaterThanOrEqual(t.base!);
		expect(aFlops.high!).toBeLessThanOrEqual(t.base!);
	});

	it('lists each system’s software fraction: B’s pushes B ÷ A up, A’s pushes it down', () => {
		// GB200 (Blackwell, fitted 0.58) and CloudMatrix 384 (Ascend, the prior 0.76).
		const a = t.bars.find((b) => b.lever.id === '0.softwareFraction')!;
		const b = t.bars.find((b) => b.lever.id === '1.softwareFraction')!;
		expect(a.lever.get(scenario)).toBe(0.58);
		expect(b.lever.get(scenario)).toBe(0.76);
		expect(b.swing).toBeGreaterThan(0);
		expect(b.high!).toBeGreaterThan(t.base!);
		expect(b.low!).toBeLessThan(t.base!);
		expect(a.high!).toBeLessThan(t.base!);
		expect(a.low!).toBeGreaterThan(t.base!);
		// +20 % of 0.76 is 0.912; set as the system's own fraction, as a link's b.sw would be.
		expect(b.lever.set(scenario, 0.76 * 1.2).systems[1]!.deployment!.softwareFraction).toBe(0.912);
	});

	it('stops a software fraction at 1, an efficiency’s bound', () => {
		const { scenario: h200 } = decodeScenario('v=1&a=gb200-nvl72&b=hgx-h200');
		const lever = levers(h200).find((l) => l.id === '1.softwareFraction')!;
		expect(lever.get(h200)).toBe(1);
		expect(lever.set(h200, 1.2).systems[1]!.deployment!.softwareFraction).toBe(1);
		expect(leverUpperBound(lever)).toBe(1);
	});

	it('does not move the ratio when a power figure moves (per-chip throughput ignores watts)', () => {
		const power = t.bars.find((b) => b.lever.id === '1.allInPowerPerChipW')!;
		expect(power.swing).toBe(0);
	});
});

describe('goalSeek()', () => {
	it('finds the HBM bandwidth CloudMatrix 384 needs for a target, and the answer fed back meets it', () => {
		const output = chipTokensAtTarget(1);
		const base = output(scenario)!;
		const lever = levers(scenario).find((l) => l.id === '1.hbmBytesPerS')!;
		const target = base * 1.3;
		const result = goalSeek(scenario, lever, output, target, leverUpperBound(lever));
		if (result.reason === 'unreachable') {
			// then even the upper bound misses it, which must be true
			expect(output(normalizeScenario(lever.set(scenario, leverUpperBound(lever))))! < target).toBe(
				true
			);
			return;
		}
		expect(result.value!).toBeGreaterThan(lever.get(scenario));
		const fedBack = output(normalizeScenario(lever.set(scenario, result.value!)));
		expect(fedBack!).toBeGreaterThanOrEqual(target * (1 - 1e-9));
	});

	it('says already met when the system meets the target today, and unreachable past every bound', () => {
		const output = chipTokensAtTarget(0);
		const lever = levers(scenario).find((l) => l.id === '0.scaleOutBytesPerS')!;
		expect(goalSeek(scenario, lever, output, 1, leverUpperBound(lever)).reason).toBe('already-met');
		expect(goalSeek(scenario, lever, output, 1e12, leverUpperBound(lever)).reason).toBe(
			'unreachable'
		);
	});
});
