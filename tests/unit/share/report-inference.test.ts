import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { buildReport } from '../../../src/lib/share/report';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { register2026 } from '../../../src/lib/catalog/register-2026';

register2026(); // Vera Rubin is a lazily loaded preset

describe('CLI report, inference part', () => {
	// At today's model version: today's defaults (MTP, serving mode auto), so GB200 disaggregates.
	const query = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384`;
	const { scenario, notices } = decodeScenario(query);
	const report = buildReport(evaluate(scenario), scenario, query, notices);
	const [gb200, cm384] = report.systems;

	it('gives the decode pool, both pools, the mode and why, TPOT and TTFT at the target', () => {
		const t = gb200!.inference.atTarget!;
		expect(t).not.toBeNull();
		expect(t.decodeChipTokensPerS).toBeGreaterThan(t.chipTokensPerS);
		// The mode is the better of the two at the target; the other is named beside it.
		const { coLocated, disaggregated } = t.alternatives;
		expect(t.chipTokensPerS).toBeCloseTo(Math.max(coLocated ?? 0, disaggregated ?? 0), 9);
		if (t.mode === 'disaggregated') {
			// Whole instances of each pool within the 72 chips; per chip of both = per decode chip ×
			// decode share.
			const all = t.pools.prefillChips + t.pools.decodeChips;
			expect(all).toBeLessThanOrEqual(72);
			expect(t.pools.prefillChips).toBeGreaterThan(0);
			expect(t.chipTokensPerS).toBeCloseTo((t.decodeChipTokensPerS * t.pools.decodeChips) / all, 6);
			expect(t.tpotS).toBeCloseTo(t.stepS / scenario.serving.acceptedTokensPerStep, 12);
		} else {
			expect(t.pools).toEqual({ prefillChips: 0, decodeChips: t.layout.chips });
			// Prompts share the chips: users wait longer than the decode step alone.
			expect(t.tpotS).toBeGreaterThan(t.stepS / scenario.serving.acceptedTokensPerStep);
		}
		expect(t.tpotS).toBeCloseTo(1 / t.userTokensPerS, 12);
		expect(t.ttftS).toBeLessThanOrEqual(scenario.serving.targetTtftS);
		expect(t.mode).toBe('disaggregated'); // so the branch above that ran is the pools one
	});

	it('says which chips tokens per chip count: both pools, or every whole co-located instance', () => {
		// GB200 NVL72 at the default: 8 prefill + 32 decode GPUs in use of 72, so the system's
		// total is 40 × tokens per chip, not 72 ×.
		const t = gb200!.inference.atTarget!;
		expect(t.pools).toEqual({ prefillChips: 8, decodeChips: 32 });
		expect(t.chipsInUse).toBe(40);
		const atTarget = (query: string) => {
			const { scenario } = decodeScenario(query);
			return buildReport(evaluate(scenario), scenario, query, []).systems[0]!.inference.atTarget!;
		};
		// Co-located GB200 NVL72: one 64-GPU instance fits, 8 GPUs are left over.
		const co = atTarget(`v=1&m=${MODEL_VERSION}&a=gb200-nvl72&serve=co-located`);
		expect(co.mode).toBe('co-located');
		expect(co.layout.chips).toBe(64);
		expect(co.chipsInUse).toBe(64);
		// The TPU7x pod: its set of pools (184 + 1,728 chips) fits 4 times in 9,216, so 7,648 (228 +
		// 2,176 three times, 7,212, in model version 22; 180 + 1,664 four times, 7,376, in 21; 376 +
		// 3,392 twice, 7,536, before).
		const pod = atTarget(`v=1&m=${MODEL_VERSION}&a=tpu7x-pod`);
		expect(pod.pools).toEqual({ prefillChips: 184, decodeChips: 1728 });
		expect(pod.chipsInUse).toBe(4 * 1912);
	});

	it('says when the chip computes at another precision than asked (fallback)', () => {
		expect(gb200!.inference.computePrecision).toEqual({
			wanted: 'fp8',
			used: 'fp8',
			fallback: false
		});
		// GB200 publishes BF16: attention over the BF16 cache runs at its cited rate.
		expect(gb200!.inference.attentionPrecision).toEqual({ used: 'bf16', rateAssumedFrom: null });
		// Ascend 910C has no FP8 figure: FP8 matrix work falls back to a wider precision.
		expect(cm384!.inference.computePrecision?.fallback).toBe(true);
		expect(cm384!.inference.computePrecision?.used).not.toBe('fp8');
	});
});

describe('CLI report, assumed rates', () => {
	it('says when a rate is scaled from a narrower format the chip publishes', () => {
		// Vera Rubin publishes FP8 and FP4, no BF16: attention over the default BF16 cache is
		// assumed at half the FP8 rate, and the system is served (it had no estimate before).
		const query = 'v=1&a=gb300-nvl72&b=vr-nvl72';
		const { scenario, notices } = decodeScenario(query);
		const [, rubin] = buildReport(evaluate(scenario), scenario, query, notices).systems;
		expect(rubin!.inference.status).toBe('ok');
		expect(rubin!.inference.computePrecision).toEqual({
			wanted: 'fp8',
			used: 'fp8',
			fallback: false
		});
		expect(rubin!.inference.attentionPrecision).toEqual({ used: 'bf16', rateAssumedFrom: 'fp8' });
		expect(rubin!.inference.warnings).toContain(
			'Vera Rubin NVL72 publishes no BF16 figure: attention is assumed to run at 1/2 of its FP8 rate.'
		);
	});
});

describe('CLI report, serving software', () => {
	it('names each system’s software fraction, its chip family and whether the link set it', () => {
		const query = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-h100&c.sw=0.7';
		const { scenario, notices } = decodeScenario(query);
		const [gb200, cm384, h100] = buildReport(evaluate(scenario), scenario, query, notices).systems;
		// The table's values (software-values.ts): Blackwell fitted on MLPerf v5.1; Ascend has no
		// fit, so the prior √(1 × 0.58) = 0.7616 → 0.76.
		expect(gb200!.inference.software).toEqual({ fraction: 0.58, family: 'blackwell', own: false });
		expect(cm384!.inference.software).toEqual({ fraction: 0.76, family: 'ascend', own: false });
		// A system's own value (a.sw) replaces its family's.
		expect(h100!.inference.software).toEqual({ fraction: 0.7, family: 'hopper', own: true });
	});
});

describe('CLI report, why energy and cost are null', () => {
	it('gives the serving reason for a system that does not fit, and the missing price', () => {
		// DeepSeek-R1's FP8 weights (~671 GB) need 10 of HGX H100's 80 GB chips; the board has 8.
		const query = `v=1&m=${MODEL_VERSION}&a=hgx-h100&b=gb200-nvl72&llm=deepseek-r1`;
		const { scenario, notices } = decodeScenario(query);
		const [h100, gb200] = buildReport(evaluate(scenario), scenario, query, notices).systems;
		expect(h100!.inference.status).toBe('does-not-fit');
		expect(h100!.energy).toBeNull();
		expect(h100!.energyReason).toBe(h100!.inference.reason);
		expect(h100!.energyReason).toMatch(/^Does not fit: needs at least 10 chips/);
		// No capex is known for HGX H100 and no rental price was entered: the price is what is missing.
		expect(h100!.cost).toBeNull();
		expect(h100!.costReason).toMatch(/^No price: .*a\.usd_chip_h.*a\.capex_usd/);
		expect(gb200!.energy).not.toBeNull();
		expect(gb200!.energyReason).toBeNull();
		expect(gb200!.cost?.usdPerMillionOutputTokens).toBeGreaterThan(0);
		expect(gb200!.costReason).toBeNull();
	});

	it('gives the at-target reason when the target is above the fastest point, priced or not', () => {
		const query = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&user_tps=5000`;
		const { scenario, notices } = decodeScenario(query);
		const [gb200] = buildReport(evaluate(scenario), scenario, query, notices).systems;
		expect(gb200!.inference.atTarget).toBeNull();
		expect(gb200!.energy).toBeNull();
		expect(gb200!.energyReason).toBe(gb200!.inference.atTargetReason);
		expect(gb200!.energyReason).toMatch(/above the fastest modelled/);
		// Priced (ownership at the illustrative capex), but no serving point to price per token.
		expect(gb200!.cost?.costPerChipHourUsd).toBeGreaterThan(0);
		expect(gb200!.cost?.usdPerMillionOutputTokens).toBeNull();
		expect(gb200!.costReason).toBe(gb200!.energyReason);
	});
});

describe('CLI report, names', () => {
	it('names a preset at another count as the page does: "HGX H100 (72 GPU)", not "(8 GPU)"', () => {
		const query = `v=1&m=${MODEL_VERSION}&a=hgx-h100&a.chips=72&b=gb200-nvl72`;
		const { scenario, notices } = decodeScenario(query);
		const report = buildReport(evaluate(scenario), scenario, query, notices);
		expect(report.systems.map((s) => s.name)).toEqual(['HGX H100 (72 GPU)', 'GB200 NVL72']);
	});
});
