import { describe, expect, it } from 'vitest';
import { zhData } from '../../../src/lib/i18n/zh-data';
import { zhValidationData } from '../../../src/lib/i18n/zh-validation-data';
import { digitRuns, validationPageDataProse } from './data-prose';

/** Chinese characters or Chinese (full-width) punctuation: "Llama 3 70B，H100 ×64，FP8" counts. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
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
		expect(entries.filter((entry) => !CHINESE.test(entry[1]) && !unchanged(entry))).toEqual([]);
		const changed = entries.filter(
			([english, chinese]) => digitRuns(chinese).join(' ') !== digitRuns(english).join(' ')
		);
		expect(changed).toEqual([]);
	});
});
