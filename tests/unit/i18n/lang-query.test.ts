import { describe, expect, it } from 'vitest';
import { langQuery, pageQuery, withoutLang } from '../../../src/lib/i18n/lang-query';

describe('the query another page opens with', () => {
	it('carries the language only when it is not English', () => {
		expect(langQuery('en')).toBe('');
		expect(langQuery('zh')).toBe('?lang=zh');
	});

	it('carries the scenario, so the other page’s links return to it', () => {
		expect(pageQuery('v=1&a=hgx-h200', 'en')).toBe('?v=1&a=hgx-h200');
		expect(pageQuery('v=1&a=hgx-h200', 'zh')).toBe('?v=1&a=hgx-h200&lang=zh');
		expect(pageQuery('', 'zh')).toBe('?lang=zh');
	});

	it('takes the link’s own language out: the reader’s is written once', () => {
		expect(withoutLang('v=1&lang=zh&a=hgx-h200')).toBe('v=1&a=hgx-h200');
		expect(withoutLang('?lang=zh')).toBe('');
		// A name with an ampersand stays one value.
		expect(withoutLang('v=1&a.name=A%26B&lang=en')).toBe('v=1&a.name=A%26B');
	});
});
