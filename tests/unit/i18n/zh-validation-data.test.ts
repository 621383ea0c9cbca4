import { describe, expect, it } from 'vitest';
import { zhData } from '../../../src/lib/i18n/zh-data';
import { zhValidationData } from '../../../src/lib/i18n/zh-validation-data';
import { digitRuns, validationPageDataProse } from './data-prose';

/**
 * Chinese: a CJK ideograph, or names set with Chinese punctuation ("Llama 3 70B，H100 ×64，FP8").
 * Full-width punctuation beside an English word ("runs", "with") is an untranslated sentence.
 */
const isChinese = (text: string) =>
	/[\u3400-\u9fff]/.test(text) ||
	(/[\u3000-\u303f\uff00-\uffef]/.test(text) && !/(?:^|\s)[a-z]{3,}(?=\s|$)/.test(text));
/** A bare product name, which reads the same in Chinese: "8×H100-SXM-80GB", "GB200 NVL72". */
const PRODUCT_NAME = /^[A-Z\d×. -]+$/;

describe('the Chinese for the validation page’s data prose (zh-validation-data.ts)', () => {
	const prose = validationPageDataProse();

	it('translates every case name, condition, note and known miss the page can show', () => {
		expect(prose.length).toBeGreaterThan(60);
		const translated = (text: string) => text in zhValidationData || text in zhData;
		expect(prose.filter((text) => !translated(text))).toEqual([]);
	});

	it('holds no stale entry, and none the main page’s table (zh-data.ts) already has', () => {
		const current = new Set(prose);
		const keys = Object.keys(zhValidationData);
		expect(keys.filter((key) => !current.has(key))).toEqual([]);
		expect(keys.filter((key) => key in zhData)).toEqual([]);
	});

	it('writes every entry in Chinese, keeping the English numbers exactly', () => {
		const entries = Object.entries(zhValidationData);
		const unchanged = ([english, chinese]: [string, string]) =>
			chinese === english && PRODUCT_NAME.test(english);
		expect(entries.filter((entry) => !isChinese(entry[1]) && !unchanged(entry))).toEqual([]);
		const changed = entries.filter(
			([english, chinese]) => digitRuns(chinese).join(' ') !== digitRuns(english).join(' ')
		);
		expect(changed).toEqual([]);
	});
});
