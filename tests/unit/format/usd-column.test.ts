import { describe, expect, it } from 'vitest';
import { formatUsdInColumn } from '../../../src/lib/format/usd-column';

describe('formatUsdInColumn', () => {
	it('writes a column in the compact unit of its largest figure, 3 digits exactly', () => {
		// The energy view's training-run column at the default: GB200 NVL72 $789K above CloudMatrix
		// 384's $2.24M read as the larger figure; in the column's unit it is $0.789M.
		expect(formatUsdInColumn(789_000, 'en', 2.24e6)).toBe('$0.789M');
		expect(formatUsdInColumn(2.24e6, 'en', 2.24e6)).toBe('$2.24M');
		expect(formatUsdInColumn(1e6, 'en', 2.24e6)).toBe('$1.00M');
		expect(formatUsdInColumn(12e9, 'en', 25e9)).toBe('$12.0B');
		// Chinese counts in 万 and 亿: 789,000 = 78.9 万, 2.24e6 = 224 万.
		expect(formatUsdInColumn(789_000, 'zh-CN', 2.24e6)).toBe('US$78.9万');
		expect(formatUsdInColumn(2.24e6, 'zh-CN', 2.24e6)).toBe('US$224万');
	});

	it('keeps a figure’s own unit where the column’s would read under 0.1, or has none', () => {
		expect(formatUsdInColumn(500, 'en', 2.24e6)).toBe('$500');
		// 789,000 is 0.00789 亿: written in 万.
		expect(formatUsdInColumn(789_000, 'zh-CN', 1.2e8)).toBe('US$78.9万');
		// Per chip-hour and per million tokens: no compact unit, as formatUsd writes them.
		expect(formatUsdInColumn(1.18, 'en', 34.7)).toBe('$1.18');
		expect(formatUsdInColumn(0.0937, 'en', 0.19)).toBe('$0.0937');
	});

	it('never prints NaN or Infinity', () => {
		expect(formatUsdInColumn(null, 'en', 1e6)).toBe('—');
		expect(formatUsdInColumn(NaN, 'en', 1e6)).toBe('—');
		expect(formatUsdInColumn(5e5, 'en', Infinity)).toBe('$500K');
		expect(formatUsdInColumn(5e5, 'en', NaN)).toBe('$500K');
	});
});
