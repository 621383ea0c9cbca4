import { describe, expect, it } from 'vitest';
import { formatColumnPercent, formatPercent } from '../../../src/lib/ui/training/view-models';

describe('percentages in table columns and in prose', () => {
	it('a column keeps three significant digits, trailing zeros included, and writes none as 0%', () => {
		// Reliability's goodput column at the default scenario: 0.9842 and 0.97996.
		expect(formatColumnPercent(0.9842, 'en')).toBe('98.4%');
		expect(formatColumnPercent(0.97996, 'en')).toBe('98.0%');
		// The scale chart's scale-out share: none is "0%", not "0.00%".
		expect(formatColumnPercent(0, 'en')).toBe('0%');
		expect(formatColumnPercent(null, 'en')).toBe('—');
		expect(formatColumnPercent(Number.NaN, 'zh-CN')).toBe('—');
	});

	it('prose drops them: "at 90% goodput"', () => {
		expect(formatPercent(0.9, 'en')).toBe('90%');
		expect(formatColumnPercent(0.9, 'en')).toBe('90.0%');
	});
});
