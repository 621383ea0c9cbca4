import { describe, expect, it } from 'vitest';
import { zhData } from '../../../src/lib/i18n/zh-data';
import { digitRuns, mainPageDataProse } from './data-prose';

const CJK = /[\u3400-\u9fff]/;

describe('the Chinese table for the data’s prose (zh-data.ts)', () => {
	const prose = mainPageDataProse();

	it('translates every note, basis, caveat and evidence label the main page can show', () => {
		expect(prose.length).toBeGreaterThan(100);
		expect(prose.filter((text) => !(text in zhData))).toEqual([]);
	});

	it('holds no stale entry: every key is text the catalogs still carry', () => {
		const current = new Set(prose);
		expect(Object.keys(zhData).filter((key) => !current.has(key))).toEqual([]);
	});

	it('writes every entry in Chinese, keeping the English numbers exactly', () => {
		const entries = Object.entries(zhData);
		expect(entries.filter(([, chinese]) => !CJK.test(chinese))).toEqual([]);
		const changed = entries.filter(
			([english, chinese]) => digitRuns(chinese).join(' ') !== digitRuns(english).join(' ')
		);
		expect(changed).toEqual([]);
	});
});
