import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import type { Efficiencies } from '../../../../src/lib/model/inference/efficiencies';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import {
	NO_SERVING_LATENCY,
	SERVING_LATENCY,
	type ServingLatency
} from '../../../../src/lib/model/inference/latency';
import { DEFAULT_SERVING, type ServingSettings } from '../../../../src/lib/model/inference/serving';
import { specFromPreset } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import { arbitraryEfficiencies, arbitrarySystem } from '../../../fixtures/arbitraries';

/**
 * A preset model's layouts and their stages are kept between evaluations (layouts.ts, stage.ts),
 * keyed by the figures a stage is built from. The reference is the same evaluation in a fresh
 * copy of the modules (empty caches). Each system differs from the one evaluated before it in one
 * figure, so a figure missing from the key would reuse a stale stage and show.
 */
type Evaluate = typeof evaluateInference;

async function freshEvaluate(): Promise<Evaluate> {
	vi.resetModules();
	const fresh = await import('../../../../src/lib/model/inference/evaluate-inference');
	return fresh.evaluateInference;
}

/** One evaluation's inputs. */
interface Inputs {
	system: SystemSpec;
	eff: Efficiencies;
	serving: ServingSettings;
	latency: ServingLatency;
}

const figures = (evaluate: Evaluate, i: Inputs) =>
	evaluate(i.system, i.serving, i.eff, i.latency, undefined, { frontier: false });

/**
 * Inputs that differ from the first in one figure each: every system field but the chip count,
 * every efficiency, the precisions and the latency assumptions. The first system is a preset, on
 * which the model fits and serves.
 */
function variants(first: Inputs, other: SystemSpec, otherEff: Efficiencies): Inputs[] {
	const systemKeys = (Object.keys(other) as (keyof SystemSpec)[]).filter((k) => k !== 'chips');
	const effKeys = Object.keys(otherEff) as (keyof Efficiencies)[];
	const { system, eff, serving } = first;
	return [
		...systemKeys.map((k) => ({ ...first, system: { ...system, [k]: other[k] } })),
		...effKeys.map((k) => ({ ...first, eff: { ...eff, [k]: otherEff[k] } })),
		...(['weightPrecision', 'computePrecision', 'kvPrecision'] as const).map((k) => ({
			...first,
			serving: { ...serving, [k]: serving[k] === 'fp8' ? 'bf16' : 'fp8' }
		})),
		...(Object.keys(NO_SERVING_LATENCY) as (keyof ServingLatency)[]).map((k) => ({
			...first,
			latency: { ...first.latency, [k]: NO_SERVING_LATENCY[k] }
		}))
	];
}

const presets = fc.constantFrom(...SYSTEM_PRESETS.map(specFromPreset));

describe('layouts and stages kept between evaluations', () => {
	it('give exactly what building them afresh gives, after an evaluation differing in one figure', async () => {
		await fc.assert(
			fc.asyncProperty(
				presets,
				arbitrarySystem,
				arbitraryEfficiencies,
				arbitraryEfficiencies,
				async (system, other, eff, otherEff) => {
					const first = { system, eff, serving: DEFAULT_SERVING, latency: SERVING_LATENCY };
					for (const next of variants(first, other, otherEff)) {
						figures(evaluateInference, first);
						const reused = figures(evaluateInference, next);
						const built = figures(await freshEvaluate(), next);
						expect(JSON.stringify(reused)).toBe(JSON.stringify(built));
					}
				}
			),
			{ numRuns: 6, seed: 2026 }
		);
	}, 120_000);
});
