import { describe, expect, it } from 'vitest';
import { numberText } from '../../../src/lib/ui/controls/number-text';
import { parseNumberText } from '../../../src/lib/inputs/number-text';
import { stepValue } from '../../../src/lib/ui/controls/log-scale';
import { systemInput } from '../../../src/lib/inputs/system';

describe('numbers as people write them', () => {
	it.each([
		['1,536', 1536],
		['1，536', 1536],
		// Full-width digits, point and sign, as a Chinese keyboard in full-width mode types them.
		['１５３６', 1536],
		['１，５３６', 1536],
		['２．５', 2.5],
		['＋９６', 96],
		['12 345', 12345],
		['1,234,567.5', 1234567.5],
		['384', 384],
		['2.5', 2.5],
		['1e3', 1000]
	])('reads %s', (text, value) => expect(parseNumberText(text)).toBe(value));

	it.each(['1,53', '1,5367', ',536', '1.536,5', 'abc', ''])('refuses %s', (text) =>
		expect(parseNumberText(text)).toBeNaN()
	);

	it('shows counts exactly and other figures to six significant digits, grouped', () => {
		expect(numberText(12345, 'en', true)).toBe('12,345');
		expect(numberText(12345, 'zh-CN', true)).toBe('12,345');
		expect(numberText(2.53846153, 'en')).toBe('2.53846');
		expect(numberText(Number.NaN, 'en')).toBe('');
	});

	// 1e-320 % typed in a 0-100 % field was shown as "0.000…000988", 330 characters wide.
	it('writes a figure under a millionth in e-notation, which it reads back', () => {
		for (const value of [9.88e-321, 1.23456789e-7, -4e-9]) {
			const text = numberText(value, 'zh-CN');
			expect(text.length, text).toBeLessThan(16);
			expect(parseNumberText(text)).toBe(Number(value.toPrecision(6)));
		}
		expect(numberText(9.88e-321, 'en')).toBe('9.88e-321');
		expect(numberText(0.000001, 'en')).toBe('0.000001');
		expect(numberText(0, 'en')).toBe('0');
	});
});

describe('stepValue', () => {
	it('never sticks: from 1 chip each step up moves', () => {
		let chips = 1;
		for (let i = 0; i < 30; i++) {
			const next = stepValue(chips, systemInput('chips').bounds, 1);
			expect(next).toBeGreaterThan(chips);
			chips = next;
		}
	});

	it('stays inside the bounds', () => {
		expect(stepValue(100_000, systemInput('chips').bounds, 1)).toBe(100_000);
		expect(stepValue(1, systemInput('chips').bounds, -1)).toBe(1);
	});
});
