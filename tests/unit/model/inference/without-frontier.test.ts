import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLM_PRESETS } from '../../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import { evaluateServing } from '../../../../src/lib/model/evaluate';
import type { Objective } from '../../../../src/lib/model/inference/decode-search';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import {
	DEFAULT_SERVING,
	SERVING_BOUNDS,
	SERVING_MODES,
	type ServingSettings
} from '../../../../src/lib/model/inference/serving';
import { decodeScenario } from '../../../../src/lib/share/codec';
import { specFromPreset } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import { arbitraryServing, arbitrarySystem } from '../../../fixtures/arbitraries';

/**
 * The page evaluates serving without the frontier on every slider tick and sweeps the frontier
 * in a worker: everything it shows from the first must be exactly what the full evaluation says.
 */
function expectSameWithoutFrontier(
	system: SystemSpec,
	serving: ServingSettings,
	objective: Objective = 'deployment'
) {
	const full = evaluateInference(system, serving, undefined, undefined, objective);
	const lean = evaluateInference(system, serving, undefined, undefined, objective, {
		frontier: false
	});
	if (full.kind !== 'ok') {
		expect(lean).toEqual(full);
		return;
	}
	// The fastest speed is the frontier's last point (reasons and explain.ts quote it).
	expect(full.fastestUserTokensPerS).toBe(full.frontier.at(-1)?.userTokensPerS ?? 0);
	// Everything else, the operating point, reasons and warnings included, is identical.
	expect(lean).toEqual({ ...full, frontier: null });
}

describe('serving evaluated without the frontier', { timeout: 300_000 }, () => {
	const systems = SYSTEM_PRESETS.map(specFromPreset);

	it('equals the full evaluation for every preset and catalog LLM, each serving mode', () => {
		let withPoint = 0;
		for (const system of systems)
			for (const llm of LLM_PRESETS)
				for (const servingMode of SERVING_MODES) {
					const serving = { ...DEFAULT_SERVING, modelId: llm.id, servingMode };
					expectSameWithoutFrontier(system, serving);
					const r = evaluateInference(system, serving, undefined, undefined, undefined, {
						frontier: false
					});
					if (r.kind === 'ok' && r.atTarget) withPoint++;
				}
		expect(withPoint).toBeGreaterThan(0);
	});

	it('equals it when the target is beyond every point, so the reason quotes the fastest', () => {
		for (const system of systems.slice(0, 4)) {
			const serving = {
				...DEFAULT_SERVING,
				targetUserTokensPerS: SERVING_BOUNDS.targetUserTokensPerS.max
			};
			const r = evaluateInference(system, serving);
			if (r.kind === 'ok')
				expect(r.atTargetReason ?? '').toContain(r.fastestUserTokensPerS.toPrecision(3));
			expectSameWithoutFrontier(system, serving);
		}
	});

	it('equals it for the decode-pool objective (what decode-only measurements compare with)', () => {
		for (const system of systems.slice(0, 6))
			expectSameWithoutFrontier(system, DEFAULT_SERVING, 'decode-pool');
	});

	it('equals it for random systems and serving settings', () => {
		const system = fc.oneof(arbitrarySystem, fc.constantFrom(...systems));
		fc.assert(
			fc.property(system, arbitraryServing, (s, v) => expectSameWithoutFrontier(s, v)),
			{ numRuns: 120, seed: 14 }
		);
	});

	it('evaluateServing without the frontier gives the same comparison at the target', () => {
		const { scenario } = decodeScenario(
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-h100'
		);
		const full = evaluateServing(scenario);
		const lean = evaluateServing(scenario, { frontier: false });
		expect(lean.atTarget).toEqual(full.atTarget);
		lean.inference.forEach((r, i) =>
			expect(r).toEqual({ ...full.inference[i]!, ...(r.kind === 'ok' ? { frontier: null } : {}) })
		);
	});
});
