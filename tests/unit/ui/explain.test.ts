import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../../src/lib/i18n';
import { i18nIn } from '../../fixtures/i18n';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { precisionContrast, warningsOf } from '../../../src/lib/ui/inference/explain';

await loadMessages('zh');

describe('the inference result states the precision each system computes in', () => {
	// The default pair at FP8: CloudMatrix 384 (Ascend 910C) has no FP8, so it computes in INT8.
	const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&compute=fp8');
	const [gb200, cm384] = evaluate(scenario).inference;
	const names = { system: 'CloudMatrix 384', reference: 'GB200 NVL72' };

	it('shows the fallback as a notice on the result, in both languages', () => {
		expect(cm384!.kind).toBe('ok');
		expect(warningsOf(cm384!, i18nIn('en'))[0]).toMatch(/CloudMatrix 384.*FP8.*INT8/);
		expect(warningsOf(cm384!, i18nIn('zh'))[0]).toMatch(/CloudMatrix 384.*FP8.*INT8/);
		expect(warningsOf(gb200!, i18nIn('en'))).toEqual([]);
	});

	it('says in the headline when the two compare at different precisions', () => {
		expect(precisionContrast(cm384, gb200, names, i18nIn('en'))).toBe(
			'The two compute at different precisions: CloudMatrix 384 in INT8, GB200 NVL72 in FP8.'
		);
		expect(precisionContrast(cm384, gb200, names, i18nIn('zh'))).toContain('INT8');
		expect(precisionContrast(gb200, gb200, names, i18nIn('en'))).toBeNull();
	});

	it('says nothing when both compute at the asked precision', () => {
		const bf16 = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&compute=bf16').scenario;
		const [a, b] = evaluate(bf16).inference;
		expect(precisionContrast(b, a, names, i18nIn('en'))).toBeNull();
	});
});

describe('the headline when a system serves in its own precision (issue 12 item 8)', () => {
	const names = { system: 'CloudMatrix 384', reference: 'GB200 NVL72' };

	it('names each side’s precision, and the weights when they differ', () => {
		const link = 'v=1&a=gb200-nvl72&a.serve_prec=fp4&b=cloudmatrix-384&b.serve_prec=int8';
		const [gb200, cm384] = evaluate(decodeScenario(link).scenario).inference;
		expect(precisionContrast(cm384, gb200, names, i18nIn('en'))).toBe(
			'The two compute at different precisions: CloudMatrix 384 in INT8, GB200 NVL72 in FP4.'
		);
		// FP4 weights against the workload's FP8 ones, both computing in FP8 (GB200 asked for FP8
		// matrix work with FP4 weights is W4A8).
		const weightsOnly = 'v=1&a=gb200-nvl72&b=gb200-nvl72&b.serve_prec=fp8&weights=fp4';
		const [w4, w8] = evaluate(decodeScenario(weightsOnly).scenario).inference;
		expect(precisionContrast(w8, w4, names, i18nIn('en'))).toBe(
			'The two compute at different precisions: CloudMatrix 384 in FP8, GB200 NVL72 in FP8 with FP4 weights.'
		);
		expect(precisionContrast(w8, w4, names, i18nIn('zh'))).toContain('权重 FP4');
	});
});
