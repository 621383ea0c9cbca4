import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
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
