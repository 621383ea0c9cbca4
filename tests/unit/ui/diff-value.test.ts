import { describe, expect, it } from 'vitest';
import '../../../src/lib/i18n/diff-messages';
import { diffScenarios } from '../../../src/lib/share/diff';
import { decodeScenario } from '../../../src/lib/share/codec';
import { evaluate } from '../../../src/lib/model/evaluate';
import { diffValueText } from '../../../src/lib/ui/share/diff-value';
import { i18nIn } from '../../fixtures/i18n';
import { loadMessages } from '../../../src/lib/i18n';
import { register2026 } from '../../../src/lib/catalog/register-2026';

register2026(); // TPU7x pod is a lazily loaded preset
await loadMessages('zh');

describe('a setting as the diff and the what-if list write it', () => {
	const side = (query: string) => {
		const { scenario } = decodeScenario(query);
		return { scenario, evaluation: evaluate(scenario) };
	};
	// CloudMatrix 384 (no FP8 figure: unsupported) replaced by a TPU7x pod in slot B.
	const rows = diffScenarios(
		side('v=1&a=gb200-nvl72&b=cloudmatrix-384'),
		side('v=1&a=gb200-nvl72&b=tpu7x-pod')
	).assumptions;

	it('gives a number its unit beside a missing figure (it read "unsupported → 4,614")', () => {
		const fp8 = rows.find((r) => r.key === 'b.fp8_tflops')!;
		const words = (i18n: ReturnType<typeof i18nIn>) =>
			`${diffValueText(fp8.a, fp8.unit, i18n)} → ${diffValueText(fp8.b, fp8.unit, i18n)}`;
		expect(words(i18nIn('en'))).toBe('unsupported → 4,614 TFLOP/s');
		expect(words(i18nIn('zh'))).toBe('不支持 → 4,614 TFLOP/s');
	});

	it('writes a default with its value where it has one', () => {
		expect(diffValueText({ kind: 'default', text: '1' }, '', i18nIn('en'))).toBe('1 (default)');
		expect(diffValueText({ kind: 'default', text: '1' }, '', i18nIn('zh'))).toBe('1（默认值）');
		expect(diffValueText({ kind: 'default' }, '', i18nIn('en'))).toBe('default');
	});

	it('names one chip in the singular', () => {
		expect(diffValueText({ kind: 'number', value: 1 }, 'chips', i18nIn('en'))).toBe('1 chip');
		expect(diffValueText({ kind: 'number', value: 384 }, 'chips', i18nIn('en'))).toBe('384 chips');
		// o.amort_y=1 read "1 years".
		expect(diffValueText({ kind: 'number', value: 1 }, 'years', i18nIn('en'))).toBe('1 year');
		expect(diffValueText({ kind: 'number', value: 4 }, 'years', i18nIn('en'))).toBe('4 years');
		expect(diffValueText({ kind: 'number', value: 1 }, 'years', i18nIn('zh'))).toBe('1 年');
	});

	it('joins a rate’s unit to its number (it read "0.0001 /h")', () => {
		const rate = { kind: 'number', value: 1e-4 } as const;
		expect(diffValueText(rate, '/h', i18nIn('en'))).toBe('0.0001/h');
	});
});
