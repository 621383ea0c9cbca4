import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { estimatesOf } from '../../src/lib/state/estimates.svelte';

describe('Estimates state', () => {
	it('is one instance per comparison and keeps following it after the asking tab is gone', () => {
		const comparison = new Comparison();
		let fromTab: ReturnType<typeof estimatesOf> | undefined;
		const destroyTab = $effect.root(() => {
			fromTab = estimatesOf(comparison);
		});
		destroyTab();
		const estimates = estimatesOf(comparison);
		expect(estimates).toBe(fromTab);
		const before = estimates.evaluation.atTarget.rows[1]!.chipTokensPerS;
		comparison.setField(1, 'hbmBytesPerS', comparison.scenario.systems[1]!.hbmBytesPerS * 2);
		flushSync();
		// Decode at the target speed is HBM-bound on CloudMatrix 384 by default: more HBM bandwidth serves more.
		expect(estimates.evaluation.atTarget.rows[1]!.chipTokensPerS).toBeGreaterThan(before!);
		// The hardware table and the full evaluation agree on the shared rows.
		expect(estimates.evaluation.rows).toEqual(comparison.hardware.rows);
	});

	it('keeps the workload facts the same object while a workload slider moves', () => {
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		const facts = estimates.modelFacts;
		comparison.setServingField('outputTokens', comparison.scenario.serving.outputTokens * 2);
		flushSync();
		expect(estimates.modelFacts).toBe(facts);
		comparison.setServingPrecision('kvPrecision', 'fp8');
		flushSync();
		// DeepSeek-R1's MLA cache: (512 + 64) values × 61 layers × 1 byte at FP8 = 35,136 B per token.
		expect(estimates.modelFacts.kvBytesPerToken).toBe(35_136);
	});

	it('switches cost to rental at today’s ownership cost per chip-hour, and back', () => {
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		expect(estimates.costMode).toBe('ownership');
		const perHour = estimates.operations.systems.map((o) => o.costPerChipHour?.value ?? null);
		estimates.setCostMode('rental');
		flushSync();
		expect(estimates.costMode).toBe('rental');
		// Stored as the link keeps it (6 significant digits): $1.1835861… → $1.18359.
		comparison.scenario.systems.forEach((spec, i) =>
			expect(spec.deployment?.pricePerChipHourUsd).toBeCloseTo(perHour[i]!, 4)
		);
		estimates.setCostMode('ownership');
		flushSync();
		expect(comparison.scenario.systems.every((s) => s.deployment?.pricePerChipHourUsd == null)).toBe(true);
	});
});
