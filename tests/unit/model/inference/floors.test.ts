import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLlmPreset, LLM_PRESETS } from '../../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import {
	expectedExpertsTouched,
	kvBytesPerSequence
} from '../../../../src/lib/model/inference/shape';
import type { InferenceOk, InferencePoint } from '../../../../src/lib/model/inference/types';
import { outputHeadParams } from '../../../../src/lib/model/inference/shape';
import { BYTES_PER_VALUE } from '../../../../src/lib/model/precision';
import { specFromPreset } from '../../../../src/lib/model/scenario';
import { IDEAL, atKernelSoftware, serving } from './helpers';

/**
 * Physical floors, written independently of stage.ts. With every efficiency at 1 (IDEAL: no
 * loss, no latency, perfect overlap) a decode step is at least
 *   bytes the busiest chip must read ÷ its HBM bandwidth, and
 *   FLOPs the busiest chip must do ÷ its peak,
 * where the busiest chip holds at least alwaysRead/tp of the always-read weights, reads at least
 * one routed expert per MoE layer (some chip holds the first expert a token selects) and at least
 * the mean of everything the instance reads, and computes at least one token of its share.
 */
function decodeFloorS(r: InferenceOk, p: InferencePoint): { bytesS: number; flopsS: number } {
	const m = r.model;
	const { tp, ep, pp, chips } = p.layout;
	const a = r.serving.acceptedTokensPerStep;
	const w = BYTES_PER_VALUE[r.precision.weight];
	const kv = BYTES_PER_VALUE[r.precision.kv];
	const moe = m.moe;
	const expertBytesAllLayers = moe ? moe.moeLayers * moe.paramsPerExpert * w : 0;
	// Tokens one pipeline tick routes: batch/pp sequences (at least one) × accepted tokens.
	const tickTokens = Math.max(1, p.batch / pp) * a;
	const touched = moe
		? expectedExpertsTouched(moe.routedExperts, moe.expertsPerToken, tickTokens)
		: 0;
	const expertsPerLayerOnBusiest = moe ? Math.max(1, touched / ep) : 0;
	const contextAverage = r.serving.inputTokens + r.serving.outputTokens / 2;
	const kvAll = p.batch * kvBytesPerSequence(m, kv, contextAverage);
	const alwaysBytesOnBusiest = (m.alwaysReadParams * w) / tp;
	const busiestBytes = alwaysBytesOnBusiest + expertsPerLayerOnBusiest * expertBytesAllLayers;
	const bytes = Math.max(busiestBytes, kvAll / chips + alwaysBytesOnBusiest);
	const peak = r.precision.compute.denseFlopsPerS;
	const activeParams =
		m.alwaysReadParams + (moe ? moe.expertsPerToken * moe.moeLayers * moe.paramsPerExpert : 0);
	const meanFlops = (2 * activeParams * p.batch * a) / chips;
	const busiestFlops =
		(2 * m.alwaysReadParams * a) / tp + (moe ? 2 * moe.moeLayers * moe.paramsPerExpert : 0);
	return {
		bytesS: bytes / r.system.hbmBytesPerS,
		flopsS: Math.max(meanFlops, busiestFlops) / peak
	};
}

/** The software fraction is an efficiency too (software.ts): 1 here, like every other. */
const presets = SYSTEM_PRESETS.map((p) => atKernelSoftware(specFromPreset(p)));

describe('physical floors (every efficiency at 1)', () => {
	it('DeepSeek-R1 FP8 at batch 1 on GB200 NVL72 reads at least one expert per MoE layer', () => {
		const r = evaluateInference(
			presets.find((s) => s.presetId === 'gb200-nvl72')!,
			serving(),
			IDEAL
		);
		expect(r.kind).toBe('ok');
		if (r.kind !== 'ok') return;
		const fastest = r.frontier[r.frontier.length - 1]!;
		// 58 MoE layers × 3 × 7,168 × 2,048 params × 1 B (FP8) = 2.554 GB; ÷ 8 TB/s = 0.319 ms.
		expect(fastest.stepS).toBeGreaterThanOrEqual((58 * 3 * 7168 * 2048) / 8e12);
	});

	it('no decode step beats the busiest chip’s bytes ÷ HBM bandwidth or FLOPs ÷ peak', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...presets),
				fc.constantFrom(...LLM_PRESETS.map((p) => p.id)),
				fc.constantFrom(128, 1024, 8192),
				fc.constantFrom(16, 1024),
				fc.constantFrom('fp4', 'fp8', 'bf16') as fc.Arbitrary<'fp4' | 'fp8' | 'bf16'>,
				fc.constantFrom(1, 2),
				(system, modelId, inputTokens, outputTokens, precision, accepted) => {
					const r = evaluateInference(
						system,
						serving({
							modelId,
							inputTokens,
							outputTokens,
							weightPrecision: precision,
							computePrecision: precision,
							acceptedTokensPerStep: accepted,
							targetUserTokensPerS: 1
						}),
						IDEAL
					);
					if (r.kind !== 'ok') return;
					const points = r.atTarget ? [...r.frontier, r.atTarget] : r.frontier;
					for (const p of points) {
						const floor = decodeFloorS(r, p);
						const what = `${system.name} ${modelId} batch ${p.batch}`;
						expect(p.stepS, `${what} vs bytes`).toBeGreaterThanOrEqual(floor.bytesS * (1 - 1e-9));
						expect(p.stepS, `${what} vs FLOPs`).toBeGreaterThanOrEqual(floor.flopsS * (1 - 1e-9));
					}
				}
			),
			{ numRuns: 120 }
		);
	}, 240_000);

	it('no prefill pass beats its FLOPs ÷ peak or its weights ÷ HBM bandwidth', () => {
		for (const system of presets) {
			for (const model of LLM_PRESETS) {
				const r = evaluateInference(
					system,
					serving({ modelId: model.id, inputTokens: 2048 }),
					IDEAL
				);
				if (r.kind !== 'ok') continue;
				const m = findLlmPreset(model.id)!.spec;
				const moe = m.moe;
				const active =
					m.alwaysReadParams +
					(moe ? moe.expertsPerToken * moe.moeLayers * moe.paramsPerExpert : 0);
				// The output head runs on each prompt's last token only (its logits; version 22).
				const head = outputHeadParams(m);
				const { chips, tp } = r.prefill.layout;
				const flops = (2 * ((active - head) * 2048 + head) * r.prefill.batchPrompts) / chips;
				const bytes = (m.alwaysReadParams * BYTES_PER_VALUE[r.precision.weight]) / tp;
				const peak = r.precision.compute.denseFlopsPerS;
				expect(r.prefill.passS, `${system.name} ${model.id}`).toBeGreaterThanOrEqual(
					Math.max(flops / peak, bytes / system.hbmBytesPerS) * (1 - 1e-9)
				);
			}
		}
	}, 240_000);
});
