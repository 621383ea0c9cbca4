import { describe, expect, it } from 'vitest';
import { localeOf } from '../../../src/lib/i18n/locale';

describe('the language a lang names', () => {
	it('is read in any case, with a region or script', () => {
		expect(['zh', 'ZH', 'zh-CN', 'zh-Hans', 'zh_TW'].map(localeOf)).toEqual(Array(5).fill('zh'));
		expect(['en', 'EN', 'en-GB', 'en_US'].map(localeOf)).toEqual(Array(4).fill('en'));
	});

	it('is none for a language the page has not, or none given', () => {
		expect(['fr', 'zhx', 'x-zh', '', '-zh', null, undefined].map(localeOf)).toEqual(
			Array(7).fill(undefined)
		);
	});
});
