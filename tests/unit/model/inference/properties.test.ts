import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLM_PRESETS } from '../../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import { systemInput } from '../../../../src/lib/inputs/system';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import {
	DEFAULT_SERVING,
	SERVING_BOUNDS,
	normalizeServing,
	SERVING_MODES,
	type ServingSettings
} from '../../../../src/lib/model/inference/serving';
import type { AnyInferenceResult } from '../../../../src/lib/model/inference/types';
import { PRECISIONS } from '../../../../src/lib/model/precision';
import { specFromPreset } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import { DEFAULT_DEPLOYMENT } from '../../../../src/lib/model/deployment';
import { arbitrarySystem, inBounds } from '../../../fixtures/arbitraries';
import { numbersIn, oneChip } from './helpers';

const arbitraryServing: fc.Arbitrary<ServingSettings> = fc.record({
	modelId: fc.constantFrom(...LLM_PRESETS.map((p) => p.id)),
	customModel: fc.constant(null),
	inputTokens: inBounds(SERVING_BOUNDS.inputTokens),
	outputTokens: inBounds(SERVING_BOUNDS.outputTokens),
	weightPrecision: fc.constantFrom(...PRECISIONS),
	kvPrecision: fc.constantFrom(...PRECISIONS),
	computePrecision: fc.constantFrom(...PRECISIONS),
	targetUserTokensPerS: inBounds(SERVING_BOUNDS.targetUserTokensPerS),
	targetTtftS: inBounds(SERVING_BOUNDS.targetTtftS),
	acceptedTokensPerStep: inBounds(SERVING_BOUNDS.acceptedTokensPerStep),
	servingMode: fc.constantFrom(...SERVING_MODES)
});

/** Realistic systems too: random ones mostly do not fit the big models. */
const anySystem = fc.oneof(arbitrarySystem, fc.constantFrom(...SYSTEM_PRESETS.map(specFromPreset)));

/** Typical serving shapes, so the monotonicity properties mostly compare two real numbers. */
const typicalServing: fc.Arbitrary<ServingSettings> = fc
	.record({
		modelId: fc.constantFrom(...LLM_PRESETS.map((p) => p.id)),
		inputTokens: fc.constantFrom(128, 1024, 8192),
		outputTokens: fc.constantFrom(128, 1024),
		targetUserTokensPerS: fc.constantFrom(5, 20, 50, 200),
		targetTtftS: fc.constantFrom(0.5, 2, 30)
	})
	.map((v) => ({ ...DEFAULT_SERVING, ...v }));

const atTarget = (r: AnyInferenceResult) =>
	r.kind === 'ok' && r.atTarget ? r.atTarget.chipTokensPerS : null;

/** Throughput at the target must not drop; no point before means nothing to compare. */
function expectNotLower(before: AnyInferenceResult, after: AnyInferenceResult) {
	const b = atTarget(before);
	if (b === null) return;
	const a = atTarget(after);
	expect(a, 'lost the operating point').not.toBeNull();
	expect(a!).toBeGreaterThanOrEqual(b * (1 - 1e-9));
}

type Grown = 'hbmBytesPerS' | 'hbmBytes' | 'scaleUpBytesPerS' | 'scaleOutBytesPerS';
const grown = (system: SystemSpec, field: Grown, k: number) =>
	Math.min(systemInput(field).bounds.max, system[field] * k);

describe('inference model properties', { timeout: 180_000 }, () => {
	it('returns only finite numbers for any in-bounds system and serving settings', () => {
		fc.assert(
			fc.property(anySystem, arbitraryServing, (system, serving) => {
				const r = evaluateInference(system, serving);
				const { system: _s, serving: _v, model: _m, ...outputs } = r;
				for (const [path, n] of numbersIn(outputs)) {
					expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
					expect(n, path).toBeGreaterThanOrEqual(0);
				}
				if (r.kind === 'ok') expect(r.frontier.length).toBeGreaterThan(0);
			}),
			{ numRuns: 150 }
		);
	});

	const UNQUANTISED_TARGET = {
		system: {
			...specFromPreset(SYSTEM_PRESETS[0]!),
			presetId: null,
			chips: 100_000,
			denseFlopsPerS: { fp8: 1e12 },
			hbmBytes: 4e12,
			hbmBytesPerS: 1e11,
			scaleUpBytesPerS: 1e9,
			scaleUpDomainChips: 1,
			scaleOutBytesPerS: 1e12,
			chipPowerW: null,
			allInPowerPerChipW: 10
		} satisfies SystemSpec,
		serving: {
			...DEFAULT_SERVING,
			inputTokens: 1,
			outputTokens: 1,
			weightPrecision: 'fp4',
			kvPrecision: 'fp4',
			computePrecision: 'fp4',
			targetUserTokensPerS: 0.010000001449145524,
			targetTtftS: 86_400,
			acceptedTokensPerStep: 1
		} satisfies ServingSettings
	};

	/** The frontier is non-dominated, and no frontier point meeting the target beats the operating point. */
	function checkFrontier(system: SystemSpec, serving: ServingSettings) {
		const r = evaluateInference(system, serving);
		if (r.kind !== 'ok') return;
		const f = r.frontier;
		for (let i = 1; i < f.length; i++) {
			expect(f[i]!.userTokensPerS).toBeGreaterThan(f[i - 1]!.userTokensPerS);
			expect(f[i]!.chipTokensPerS).toBeLessThan(f[i - 1]!.chipTokensPerS);
		}
		if (r.atTarget) {
			// The operating point meets the target, and no frontier point that also meets it is
			// better by more than the grid's resolution allows. The model reads the target as a
			// link keeps it (6 significant digits): a raw 0.010000001449 is a target of 0.01.
			const target = normalizeServing(serving).targetUserTokensPerS;
			expect(r.atTarget.userTokensPerS).toBeGreaterThanOrEqual(target * (1 - 1e-12));
			for (const p of f)
				if (p.userTokensPerS >= r.atTarget.userTokensPerS)
					expect(p.chipTokensPerS).toBeLessThanOrEqual(r.atTarget.chipTokensPerS * (1 + 1e-9));
		}
	}

	it('gives a non-dominated frontier, user speed ascending and chip throughput descending', () => {
		fc.assert(
			fc.property(anySystem, arbitraryServing, checkFrontier),
			// Found by this property: a target with more than 6 significant digits (see above).
			// A fixed seed: the same cases every run; random seeds found the two below.
			{
				numRuns: 150,
				seed: 2026,
				examples: [[UNQUANTISED_TARGET.system, UNQUANTISED_TARGET.serving]]
			}
		);
	});

	// Misses the property found with random seeds (2026-12-03): at the edge of the input bounds
	// (100,000 chips, contexts of a million tokens, a target of 0.01 tokens/s per user) the frontier
	// held co-located points of small layouts whose own prefill misses the TTFT target, which the
	// search for the target skips; they beat the operating point at a higher speed per user by 2 %
	// and by 5e-7 of its tokens/s per chip (decode-search.ts, coShown).
	const edge = (chips: number, fields: Partial<SystemSpec>): SystemSpec => ({
		name: '',
		presetId: null,
		chips,
		denseFlopsPerS: { bf16: 1e12 },
		hbmBytes: 4e12,
		hbmBytesPerS: 1e14,
		scaleUpBytesPerS: 1e9,
		scaleUpDomainChips: chips,
		scaleOutBytesPerS: 1e8,
		chipPowerW: null,
		allInPowerPerChipW: 10,
		deployment: DEFAULT_DEPLOYMENT,
		...fields
	});
	const edgeServing: ServingSettings = {
		...DEFAULT_SERVING,
		modelId: 'llama-3.3-70b',
		customModel: null,
		inputTokens: 1_048_576,
		outputTokens: 1_048_576,
		weightPrecision: 'fp4',
		kvPrecision: 'fp4',
		computePrecision: 'fp4',
		targetUserTokensPerS: 0.01,
		targetTtftS: 86_400,
		acceptedTokensPerStep: 1,
		servingMode: 'auto'
	};
	// Co-located only; one-chip scale-up domains, so wide tensor parallelism misses the TTFT target.
	const edgeCoLocated = {
		system: edge(100_000, {
			denseFlopsPerS: { bf16: 1e17 },
			hbmBytesPerS: 1e11,
			scaleUpDomainChips: 1,
			allInPowerPerChipW: 20_000,
			deployment: { ...DEFAULT_DEPLOYMENT, softwareFraction: 0.05 }
		}),
		serving: {
			...edgeServing,
			inputTokens: 1_003_814,
			outputTokens: 60_612,
			weightPrecision: 'bf16',
			kvPrecision: 'bf16',
			servingMode: 'co-located'
		} satisfies ServingSettings
	};
	it('edge of the bounds: no TTFT-missing frontier point 2 % above the operating point', () =>
		checkFrontier(edge(100_000, {}), edgeServing));
	it('edge of the bounds: no TTFT-missing frontier point 5e-7 above the operating point', () =>
		checkFrontier(edgeCoLocated.system, edgeCoLocated.serving));
	it('quotes as the fastest speed one a layout meeting the TTFT target reaches', () => {
		// Layouts missing TTFT reach 0.096 tokens/s per user here, those meeting it 0.035: the reason
		// said a mean target of 0.06 was above the fastest modelled 0.0959. With 1,010,000 prompt
		// tokens, not edgeCoLocated's 1,003,814: since prefill computes logits for each prompt's last
		// token only (version 22), a layout reaching 0.066 meets the TTFT bound at 1,003,814.
		const r = evaluateInference(edgeCoLocated.system, {
			...edgeCoLocated.serving,
			inputTokens: 1_010_000,
			targetUserTokensPerS: 0.05
		});
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.atTarget).toBeNull();
		expect(r.fastestUserTokensPerS).toBeLessThan(0.05);
		expect(r.fastestUserTokensPerS).toBe(r.frontier.at(-1)!.userTokensPerS);
	});

	const factor = fc.double({ min: 1, max: 8, noNaN: true });

	// Found by CI: 4.2x the HBM let 4-chip prefill instances fit, which dropped the 32-chip size
	// (as fast per chip) whose 11 instances fed 103 decode instances best; 88 4-chip instances are
	// past the 64 a split search tries, so tokens per chip fell by 2e-5 (decode-search.ts).
	const moreHbmMadeSmallerPrefill = oneChip({
		chips: 3648,
		denseFlopsPerS: { bf16: 1e12 },
		hbmBytes: 1e9,
		hbmBytesPerS: 1e14,
		scaleUpBytesPerS: 1e13,
		scaleUpDomainChips: 100_000,
		scaleOutBytesPerS: 1e8,
		chipPowerW: null,
		allInPowerPerChipW: 10,
		deployment: { ...DEFAULT_DEPLOYMENT, servingPrecision: 'bf16', softwareFraction: 0.05 }
	});
	const llama8bLong: ServingSettings = {
		...DEFAULT_SERVING,
		modelId: 'llama-3.1-8b',
		inputTokens: 128,
		outputTokens: 1024,
		targetUserTokensPerS: 5,
		targetTtftS: 30
	};

	it('never lowers throughput at the target when HBM bandwidth or capacity grows', () => {
		fc.assert(
			fc.property(anySystem, typicalServing, factor, (system, serving, k) => {
				const before = evaluateInference(system, serving);
				for (const field of ['hbmBytesPerS', 'hbmBytes'] as const) {
					const more = { ...system, [field]: grown(system, field, k) };
					expectNotLower(before, evaluateInference(more, serving));
				}
			}),
			{ numRuns: 120, examples: [[moreHbmMadeSmallerPrefill, llama8bLong, 4.208605]] }
		);
	});

	it('never lowers throughput at the target when scale-up or scale-out bandwidth grows', () => {
		fc.assert(
			fc.property(anySystem, typicalServing, factor, (system, serving, k) => {
				const before = evaluateInference(system, serving);
				for (const field of ['scaleUpBytesPerS', 'scaleOutBytesPerS'] as const) {
					const more = { ...system, [field]: grown(system, field, k) };
					expectNotLower(before, evaluateInference(more, serving));
				}
			}),
			{ numRuns: 120 }
		);
	});

	it('never lowers throughput at the target when the scale-up domain grows', () => {
		const extraChips = fc.integer({ min: 1, max: 400 });
		fc.assert(
			fc.property(anySystem, typicalServing, extraChips, (system, serving, extra) => {
				const domain = Math.min(system.chips, system.scaleUpDomainChips);
				const smaller: SystemSpec = { ...system, scaleUpDomainChips: domain };
				const larger: SystemSpec = {
					...system,
					scaleUpDomainChips: Math.min(system.chips, domain + extra)
				};
				expectNotLower(evaluateInference(smaller, serving), evaluateInference(larger, serving));
			}),
			{ numRuns: 150 }
		);
	});

	it('holds each decode instance to a run’s sequences per chip, and a larger load never lowers throughput', () => {
		// Validation holds the model to the load a measured run held (MeasuredCase.decodeSequencesPerChip).
		// Log-uniform, so the small loads where the cap binds are drawn as often as the large.
		const users = inBounds({ min: 0.25, max: 5000, log: true });
		const held = (system: SystemSpec, serving: ServingSettings, perChip: number) =>
			evaluateInference(system, serving, undefined, undefined, undefined, {
				frontier: false,
				decodeSequencesPerChip: perChip
			});
		fc.assert(
			fc.property(anySystem, typicalServing, users, factor, (system, serving, fewer, k) => {
				const before = held(system, serving, fewer);
				const after = held(system, serving, fewer * k);
				expectNotLower(before, after);
				if (before.kind !== 'ok' || !before.atTarget) return;
				const { batch, layout, limitedBy } = before.atTarget;
				// At least one sequence per instance: a layout of few chips at under one user per chip.
				expect(batch).toBeLessThanOrEqual(Math.max(1, Math.floor(fewer * layout.chips)));
				if (limitedBy === 'measured-load')
					expect(batch).toBe(Math.max(1, Math.floor(fewer * layout.chips)));
				// Batch 1 is always allowed: the users cap never changes the fastest speed.
				const free = evaluateInference(system, serving, undefined, undefined, undefined, {
					frontier: false
				});
				if (free.kind === 'ok')
					expect(before.fastestUserTokensPerS).toBe(free.fastestUserTokensPerS);
			}),
			{ numRuns: 120 }
		);
	});

	it('never lowers throughput at the target when every FLOP/s figure grows', () => {
		fc.assert(
			fc.property(anySystem, typicalServing, factor, (system, serving, k) => {
				const flops = Object.fromEntries(
					Object.entries(system.denseFlopsPerS).map(([p, v]) => [p, v * k])
				);
				const more: SystemSpec = { ...system, denseFlopsPerS: flops };
				expectNotLower(evaluateInference(system, serving), evaluateInference(more, serving));
			}),
			{ numRuns: 120 }
		);
	}, 120_000);

	it('does not dip from 72 to 73 chips (one scale-up domain of 72 and one more chip)', () => {
		const nvl72 = SYSTEM_PRESETS.filter((p) => p.chips.value === 72).map(specFromPreset);
		fc.assert(
			fc.property(fc.constantFrom(...nvl72), typicalServing, (system, serving) => {
				const more: SystemSpec = { ...system, chips: 73 };
				expectNotLower(evaluateInference(system, serving), evaluateInference(more, serving));
			}),
			{ numRuns: 60 }
		);
	}, 120_000);
});
