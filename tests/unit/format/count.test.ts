import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/lib/format/count';

describe('formatCount', () => {
	it('scales a count by an SI prefix in English', () => {
		expect(formatCount(656_000, 'en')).toBe('656\u00a0k');
		expect(formatCount(7_310_000, 'en')).toBe('7.31\u00a0M');
		expect(formatCount(950, 'en')).toBe('950');
	});

	it('scales a count by 万 (10⁴) and 亿 (10⁸) in Chinese', () => {
		// 656,000 = 65.6 × 10⁴; 7,310,000 = 731 × 10⁴; 1.2e9 = 12 × 10⁸.
		expect(formatCount(656_000, 'zh-CN')).toBe('65.6万');
		expect(formatCount(7_310_000, 'zh-CN')).toBe('731万');
		expect(formatCount(1.2e9, 'zh-CN')).toBe('12亿');
		// 1.23e12 = 1.23 × 10¹²: 万亿, not "12,300亿"; 2.4e15 = 2,400 × 10¹², ungrouped as Intl writes it.
		expect(formatCount(1.23e12, 'zh-CN')).toBe('1.23万亿');
		expect(formatCount(2.4e15, 'zh-CN')).toBe('2400万亿');
		expect(formatCount(12_300_000, 'zh-CN')).toBe('1230万');
		expect(formatCount(-656_000, 'zh-CN')).toBe('-65.6万');
		expect(formatCount(6_350, 'zh-CN')).toBe('6,350');
		// 9,999.6 rounds to 3 digits as 10,000: the next unit, not "1.00e4" or "10,000".
		expect(formatCount(9_999.6, 'zh-CN')).toBe('1万');
		expect(formatCount(Number.NaN, 'zh-CN')).toBe('—');
		expect(formatCount(Number.POSITIVE_INFINITY, 'en')).toBe('—');
	});

	it('takes a column’s scale from its largest figure, 3 digits exactly, in both languages', () => {
		// Column up to 7.31 M: 656,000 is 0.656 M (English) or 65.6万 of a 731万 column (Chinese).
		expect(formatCount(656_000, 'en', 7_310_000)).toBe('0.656\u00a0M');
		expect(formatCount(656_000, 'zh-CN', 7_310_000)).toBe('65.6万');
		expect(formatCount(1.2e9, 'zh-CN', 1.2e9)).toBe('12.0亿');
		expect(formatCount(5e8, 'zh-CN', 1.2e9)).toBe('5.00亿');
		// Under 0.1 of the column's unit (亿 here), a Chinese figure keeps its own: 0.506亿 stays in
		// the column, 20万 would read "0.00200亿" (helper-130), as dollar columns write "US$20.0万".
		expect(formatCount(50_000, 'zh-CN', 1.2e9)).toBe('5.00万');
		expect(formatCount(50_600_000, 'zh-CN', 1.1e8)).toBe('0.506亿');
		expect(formatCount(200_000, 'zh-CN', 1.1e8)).toBe('20.0万');
		expect(formatCount(9_996_000, 'zh-CN', 1.1e8)).toBe('0.100亿');
		// In a column of plain numbers (under 1万) every figure is its own.
		expect(formatCount(120, 'zh-CN', 6_350)).toBe('120');
		expect(formatCount(0, 'zh-CN', 1.1e8)).toBe('0');
		// English keeps formatSi's thousandth: 110 k is "0.110 M" under 110 M.
		expect(formatCount(110_000, 'en', 1.1e8)).toBe('0.110\u00a0M');
	});
});
