import { describe, expect, it } from 'vitest';
import { servingLayoutText } from '../../../src/lib/format/serving-layout';
import { METHOD_SECTIONS } from '../../../src/lib/content/method';
import { decodeStepView } from '../../../src/lib/content/method/serving';

describe('servingLayoutText()', () => {
	it('writes every degree, 1 included, in the engines’ order', () => {
		expect(servingLayoutText({ tp: 1, ep: 32, pp: 1, dpAttention: 32 })).toBe(
			'TP1 · EP32 · PP1 · DP-attn 32'
		);
		expect(servingLayoutText({ tp: 8, ep: 1, pp: 2, dpAttention: 1 })).toBe(
			'TP8 · EP1 · PP2 · DP-attn 1'
		);
	});

	it('is how /method names the default decode step’s layout, in both languages', () => {
		const section = METHOD_SECTIONS.find((s) => s.id === 'decode-step')!;
		const layout = servingLayoutText(decodeStepView().layout);
		expect(section.paragraphs[0]!.en).toContain(`The model picks ${layout} with`);
		expect(section.paragraphs[0]!.zh).toContain(`模型选择 ${layout}，`);
	});
});
