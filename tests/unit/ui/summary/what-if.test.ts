import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../../src/lib/share/codec';
import { diffScenarios } from '../../../../src/lib/share/diff';
import { modelPicked } from '../../../../src/lib/ui/summary/what-if';

const BASE = 'v=1&a=gb200-nvl72&b=cloudmatrix-384';
const edits = (from: string, to: string) => {
	const [before, now] = [from, to].map((query) => decodeScenario(query).scenario);
	const rows = diffScenarios(
		{ scenario: before!, evaluation: evaluate(before!) },
		{ scenario: now!, evaluation: evaluate(now!) }
	).assumptions;
	return modelPicked(rows, before!.serving, now!.serving);
};

describe('modelPicked(): the what-if edits with another model picked (helper-140)', () => {
	it('says another model as one edit, by name, not its id, name and every shape figure', () => {
		// Had been 13 edits: "Model deepseek-r1 → llama-3.1-405b, Model name DeepSeek-R1 / V3 →
		// Llama 3.1 405B, Layers ×2.07, … MoE layers 58 → none in this model".
		const rows = edits(`${BASE}&llm=deepseek-r1`, `${BASE}&llm=llama-3.1-405b&b.chips=768`);
		expect(rows.map((row) => row.key)).toEqual(['b.chips', 'llm']);
		expect(rows[1]).toMatchObject({
			a: { kind: 'text', text: 'DeepSeek-R1 / V3' },
			b: { kind: 'text', text: 'Llama 3.1 405B' }
		});
	});

	it('keeps every row of a model edited on either side, and of the same model', () => {
		const edited = edits(`${BASE}&llm=deepseek-r1`, `${BASE}&llm=llama-3.1-405b&llm.layers=100`);
		expect(edited.map((row) => row.key)).toContain('llm.layers');
		expect(edited.map((row) => row.key)).toContain('llm.hidden');
		expect(edits(BASE, `${BASE}&llm.layers=30`).map((row) => row.key)).toContain('llm.layers');
	});
});
