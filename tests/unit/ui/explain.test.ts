import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../../src/lib/i18n';
import { i18nIn } from '../../fixtures/i18n';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import {
	precisionContrast as contrastPieces,
	warningsOf as warningPieces
} from '../../../src/lib/ui/inference/explain';
import type { MessagePiece } from '../../../src/lib/i18n';
import { piecesText } from '../../../src/lib/i18n/pieces';
import { register2026 } from '../../../src/lib/catalog/register-2026';

type Args<F> = F extends (...args: infer A) => unknown ? A : never;
const text = (p: MessagePiece[] | null) => (p === null ? null : piecesText(p));
const warningsOf = (...a: Args<typeof warningPieces>) => warningPieces(...a).map(piecesText);
const precisionContrast = (...a: Args<typeof contrastPieces>) => text(contrastPieces(...a));

await loadMessages('zh');
register2026(); // Vera Rubin is a lazily loaded preset

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

describe('an assumed attention rate is said on the result', () => {
	it('names the chip, the formats and the ratio, in both languages', () => {
		// Vera Rubin publishes FP8 but no BF16: the default BF16 cache's attention is assumed at half.
		const { scenario } = decodeScenario('v=1&a=gb300-nvl72&b=vr-nvl72');
		const [gb300, rubin] = evaluate(scenario).inference;
		expect(warningsOf(rubin!, i18nIn('en'))).toEqual([
			'Vera Rubin NVL72 publishes no BF16 figure: its attention over the BF16 cache is assumed to run at 1/2 of its FP8 rate, as on the chips that publish both (an assumption).'
		]);
		expect(warningsOf(rubin!, i18nIn('zh'))[0]).toMatch(/Vera Rubin NVL72.*BF16.*FP8.*1\/2/);
		expect(warningsOf(gb300!, i18nIn('en'))).toEqual([]);
	});
});

describe('names in the precision sentences are marked to isolate', () => {
	it('gives each name as its own piece', () => {
		const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&compute=fp8');
		const [gb200, cm384] = evaluate(scenario).inference;
		const names = { system: 'نظام 2', reference: 'GB200 NVL72' };
		const contrast = contrastPieces(cm384, gb200, names, i18nIn('en'))!;
		expect(contrast.filter((p) => p.param === 'system' || p.param === 'reference')).toEqual([
			{ text: 'نظام 2', param: 'system' },
			{ text: 'GB200 NVL72', param: 'reference' }
		]);
		const [warning] = warningPieces(cm384!, i18nIn('en'));
		expect(warning!.find((p) => p.param === 'system')?.text).toBe(cm384!.system.name);
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
