import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../../src/lib/i18n';
import { readerDuration } from '../../../src/lib/ui/reader-duration';
import { duration } from '../../../src/lib/ui/training/view-models';
import { i18nIn } from '../../fixtures/i18n';

await loadMessages('zh');

describe('a training or reliability time in the reader’s words', () => {
	it('writes 分钟 and 小时 beside 天 in Chinese (it read "28.9 min" and "41.8 h")', () => {
		const zh = i18nIn('zh');
		expect(duration(28.9 * 60, zh)).toBe('28.9\u00a0分钟');
		expect(duration(41.8 * 3600, zh)).toBe('41.8\u00a0小时');
		expect(duration(314 * 86_400, zh)).toBe('314\u00a0天');
		// An estimate keeps 3 digits, as it stands beside other systems' (formatDuration's exact).
		// Seconds keep their symbol, as the inference view's TTFT and its formula write them
		// (helper-109: 秒 there read "1.20 秒" in the math beside "1.20 s" in its column).
		expect(duration(10, zh)).toBe('10.0\u00a0s');
	});

	it('keeps SI’s min and h in English, and leaves other units alone', () => {
		const en = i18nIn('en');
		expect(duration(28.9 * 60, en)).toBe('28.9\u00a0min');
		expect(duration(41.8 * 3600, en)).toBe('41.8\u00a0h');
		expect(duration(10, en)).toBe('10.0\u00a0s');
		// Only a unit of its own, at the end: a rate's "/h" is not a duration.
		expect(readerDuration('0.0001/h', i18nIn('zh'))).toBe('0.0001/h');
		expect(readerDuration('5\u00a0ms', i18nIn('zh'))).toBe('5\u00a0ms');
	});
});
