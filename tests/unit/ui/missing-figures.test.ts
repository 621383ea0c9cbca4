import { describe, expect, it } from 'vitest';
import '../../../src/lib/catalog/all-systems';
import { loadMessages } from '../../../src/lib/i18n';
import { i18nIn } from '../../fixtures/i18n';
import { evaluate } from '../../../src/lib/model/evaluate';
import { specFromPresetId } from '../../../src/lib/model/scenario';
import { decodeScenario } from '../../../src/lib/share/codec';
import { enterableFlops } from '../../../src/lib/ui/compare/missing-figures';
import { whyNoPoint } from '../../../src/lib/ui/inference/explain';

await loadMessages('zh');

describe('an unknown compute figure is named, and the reader told they can enter it (issue 13)', () => {
	it('Vera Rubin, Kyber, Helios and Ascend 950 at BF16: the BF16 figure is unknown', () => {
		const query = 'v=1&a=vr-nvl72&b=kyber-nvl144&c=helios&d=atlas-950-superpod&compute=bf16';
		const { scenario } = decodeScenario(query);
		const results = evaluate(scenario).inference;
		for (const result of results) {
			expect(result.kind).toBe('unsupported');
			expect(whyNoPoint(result, i18nIn('en'))).toBe(
				'no published BF16 dense compute per chip: unknown, not absent. Enter it in the system panel to serve at BF16, or choose a precision the chip has a figure for.'
			);
			expect(whyNoPoint(result, i18nIn('zh'))).toMatch(/^未公开单芯片 BF16 稠密算力：数据未知/);
		}
	});

	it('entering the figure serves the model', () => {
		const { scenario } = decodeScenario('v=1&a=vr-nvl72&a.bf16_tflops=10000&compute=bf16');
		expect(evaluate(scenario).inference[0]!.kind).toBe('ok');
	});

	it('a figure the chip does not have (Hopper FP4) is not offered as enterable', () => {
		const h800 = specFromPresetId('hgx-h800')!;
		// FP4 wanted: FP8 and BF16 are published, INT8 is unknown; FP4 itself is unsupported.
		expect(enterableFlops(h800, 'fp4')).toEqual(['int8']);
		expect(enterableFlops(h800, 'bf16')).toEqual([]);
		const custom = { ...h800, presetId: null, denseFlopsPerS: {} };
		expect(enterableFlops(custom, 'fp8')).toEqual(['fp8', 'int8', 'bf16']);
	});
});
