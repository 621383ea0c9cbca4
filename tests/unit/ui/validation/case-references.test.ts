import { describe, expect, it } from 'vitest';
import {
	addDataTranslations,
	addMessages,
	translate,
	translateData,
	type Locale
} from '../../../../src/lib/i18n';
import { enValidation } from '../../../../src/lib/i18n/en-validation';
import { zhValidation } from '../../../../src/lib/i18n/zh-validation';
import { zhMethodData } from '../../../../src/lib/i18n/zh-method-data';
import { caseReferences } from '../../../../src/lib/ui/validation/text';
import { methodServingView } from '../../../../src/lib/content/method';

// As /method and /validation register them.
addMessages({ en: enValidation, zh: zhValidation });
addDataTranslations({ zh: zhMethodData });

const i18n = (locale: Locale) => ({
	t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(locale, key, params),
	data: (text: string) => ({ text: translateData(locale, text) ?? text, lang: locale })
});
const row = (id: string) => methodServingView().assumptions.find((r) => r.id === id)!;

describe('the calibration cases an assumption rests on, as /method and /validation show them', () => {
	// "Cases: 2026-2" read as a date; it is case 2 of calibration-2026.md (helper-145).
	it('name calibration-2026.md’s case by its sheet, not as "2026-2"', () => {
		const overlap = row('efficiency.decodeOverlapFraction').cases;
		expect(overlap).toEqual(['2026-2']);
		expect(caseReferences(overlap, i18n('en'))).toBe('calibration-2026.md case 2');
		expect(caseReferences(overlap, i18n('zh'))).toBe('calibration-2026.md 案例 2');
		const tail = row('latency.tpotTailRatio').cases;
		expect(caseReferences(tail, i18n('en'))).toBe('calibration-2026.md case 2; MLPerf rules');
		expect(caseReferences(tail, i18n('zh'))).toBe('calibration-2026.md 案例 2；MLPerf 规则');
	});

	it('group calibration.md’s cases, and keep a reference that is no case number', () => {
		const up = row('efficiency.scaleUpFraction').cases;
		expect(caseReferences(up, i18n('en'))).toBe('calibration.md cases 21, 22, 24');
		expect(caseReferences(up, i18n('zh'))).toBe('calibration.md 案例 21、22、24');
		const out = row('efficiency.scaleOutLatencyS').cases;
		expect(caseReferences(out, i18n('en'))).toBe('calibration.md case 21; specs.md §11.2');
	});

	it('leave no "2026-n" on /method’s assumption rows', () => {
		const shown = methodServingView().assumptions.map((r) => caseReferences(r.cases, i18n('en')));
		expect(shown.filter((text) => /\b2026-\d/.test(text))).toEqual([]);
	});
});

describe('the serving assumptions’ bases', () => {
	// "over LATENCY_POINTS (14 small-message collectives…)" named a constant of the code.
	it('name no constant of the code', () => {
		const notes = methodServingView().assumptions.map((r) => r.note);
		expect(notes.filter((note) => /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(note))).toEqual([]);
		const fit = row('latency.perDoublingS').note;
		expect(fit).toContain('the 14 small-message collectives of the calibration points table');
		expect(zhMethodData[fit]).toContain('上方校准数据点表中的 14 个小消息集合通信');
	});
});
