import { describe, expect, it } from 'vitest';
import { LLM_PRESETS, findLlmPreset } from '../../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import { register2026 } from '../../../../src/lib/catalog/register-2026';
import { specFromPreset } from '../../../../src/lib/model/scenario';
import { decodeScenario } from '../../../../src/lib/share/codec';
import { trainingJobs } from '../../../../src/lib/model/operations';
import {
	estimateTraining,
	layoutProblem,
	layoutProblemText
} from '../../../../src/lib/model/training';

// DeepSeek-R1: 61 layers, 128 query heads, 256 routed experts. Llama 3.1 405B: 126 layers,
// 128 query heads, dense.
const R1 = findLlmPreset('deepseek-r1')!.spec;
const LLAMA = findLlmPreset('llama-3.1-405b')!.spec;
const layout = (tp: number, pp: number, ep: number, dp: number) => ({
	tp,
	pp,
	ep,
	dp,
	microbatches: 16
});

describe('layoutProblem: a pinned layout frameworks cannot build', () => {
	it('refuses more stages than layers, a TP that does not divide the heads, and bad EP', () => {
		expect(layoutProblem(R1, layout(1, 64, 8, 16))).toEqual({ kind: 'stages', pp: 64, layers: 61 });
		expect(layoutProblem(R1, layout(3, 1, 1, 24))).toEqual({ kind: 'heads', tp: 3, heads: 128 });
		expect(layoutProblem(LLAMA, layout(8, 8, 2, 1))).toEqual({ kind: 'dense-ep', ep: 2 });
		expect(layoutProblem(R1, layout(1, 4, 512, 512))).toEqual({
			kind: 'experts',
			ep: 512,
			experts: 256
		});
		// 4 × 1 × 2 = 8 ranks cannot hold expert groups of 32.
		expect(layoutProblem(R1, layout(4, 8, 32, 2))).toEqual({ kind: 'ep-width', ep: 32, width: 8 });
	});

	it('accepts what the search itself builds, and layouts at the limits', () => {
		expect(layoutProblem(R1, layout(4, 4, 16, 4))).toBeNull();
		expect(layoutProblem(R1, layout(1, 61, 256, 256))).toBeNull();
		expect(layoutProblem(LLAMA, layout(128, 1, 1, 1))).toBeNull();
	});

	it('says each in English for the CLI', () => {
		expect(layoutProblemText({ kind: 'stages', pp: 64, layers: 61 })).toBe(
			'The pinned layout has 64 pipeline stages; the model has 61 layers.'
		);
		expect(layoutProblemText({ kind: 'ep-width', ep: 32, width: 8 })).toBe(
			'EP32 does not divide TP × CP × DP (8), the ranks expert groups are made of.'
		);
	});

	it('is refused by the training estimate before it is timed (it was, at 3.78% MFU)', () => {
		const { scenario } = decodeScenario(
			'v=1&a=gb200-nvl72&a.joined=16&a.layout=tp1.pp64.ep512.dp18.mb15&llm=deepseek-r1'
		);
		const [job] = trainingJobs(scenario);
		const r = estimateTraining(job!.system, job!.settings);
		expect(r).toMatchObject({
			kind: 'unavailable',
			problem: { kind: 'stages', pp: 64, layers: 61 },
			note: 'The pinned layout has 64 pipeline stages; the model has 61 layers.'
		});
	});
});

describe('layoutProblem and the layout search agree', () => {
	it('refuses more interleaved chunks than layers (PP32 × 4 chunks of 61 layers was timed)', () => {
		expect(layoutProblem(R1, { ...layout(2, 32, 2, 18), virtualStages: 4 })).toEqual({
			kind: 'chunks',
			chunks: 128,
			layers: 61
		});
		expect(layoutProblem(R1, { ...layout(2, 15, 2, 18), virtualStages: 4 })).toBeNull();
	});

	it('finds no problem in any layout the search chooses, for every preset and model', () => {
		// GPT-MoE-1.8T's 84 heads once took TP8: pinned back, the page's own layout was refused.
		register2026();
		let searched = 0;
		for (const system of SYSTEM_PRESETS.map((p) => specFromPreset(p))) {
			for (const model of LLM_PRESETS.map((p) => p.spec)) {
				for (const systems of [1, 8]) {
					const settings = {
						model,
						tokensToTrain: 1e12,
						globalBatchTokens: 4096 * 1024,
						sequenceTokens: 4096,
						precision: 'bf16' as const,
						systems,
						layout: null,
						overlap: 0.5
					};
					const r = estimateTraining(system, settings);
					if (r.kind !== 'training') continue;
					searched++;
					expect(layoutProblem(model, r.layout), `${system.name}, ${model.name}`).toBeNull();
				}
			}
		}
		expect(searched).toBeGreaterThan(150);
	});
});
