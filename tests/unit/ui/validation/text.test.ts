import { describe, expect, it } from 'vitest';
import { classedRatio, formatExample } from '../../../../src/lib/ui/validation/text';

describe('formatExample (the /method and /validation numbers)', () => {
	it('writes a per-watt figure with its unit in both languages, as the hardware table does', () => {
		// GB200 NVL72: 2.5 PFLOP/s ÷ (145 kW ÷ 72) = 1.2414e12 FLOP/s per W.
		const perW = { kind: 'si', unit: 'FLOP/s', per: { en: 'per W', zh: '每瓦' } } as const;
		expect(formatExample(2.5e15 / (145_000 / 72), perW, 'en', 'en')).toBe(
			'1.241\u00a0TFLOP/s per W'
		);
		expect(formatExample(2.5e15 / (145_000 / 72), perW, 'zh', 'zh-CN')).toBe(
			'1.241\u00a0TFLOP/s 每瓦'
		);
		expect(formatExample(8e12, { kind: 'si', unit: 'B/s' }, 'en', 'en')).toBe('8\u00a0TB/s');
	});

	it('gives a negative its minus sign, not a hyphen', () => {
		// A fit's residual: −11.58 µs.
		expect(formatExample(-11.58e-6, { kind: 'duration' }, 'en', 'en')).toBe('\u221211.58\u00a0µs');
		expect(formatExample(-0.0125, { kind: 'percent' }, 'en', 'en')).toBe('\u22121.25%');
		expect(formatExample(11.58e-6, { kind: 'duration' }, 'en', 'en')).toBe('11.58\u00a0µs');
		expect(formatExample(-1.184, { kind: 'usd' }, 'en', 'en')).toBe('\u2212$1.184');
		// A unit's own hyphen is not a sign.
		const perMillion = {
			kind: 'number',
			unit: { en: 'per million chip-hours', zh: '每百万芯片小时' }
		} as const;
		expect(formatExample(12.3, perMillion, 'en', 'en')).toBe('12.3 per million chip-hours');
		expect(formatExample(-12.3, perMillion, 'en', 'en')).toBe('\u221212.3 per million chip-hours');
	});

	it('closes a factor up to its sign, as the page writes ratios', () => {
		// Once "1.312 ×" beside the tables' "1.31×".
		const factor = { kind: 'number', unit: { en: '×', zh: '×' } } as const;
		expect(formatExample(1.312, factor, 'en', 'en')).toBe('1.312×');
		expect(formatExample(1.312, factor, 'zh', 'zh-CN')).toBe('1.312×');
	});

	it('shows a dash for what is not a number', () => {
		expect(formatExample(Number.NaN, { kind: 'usd' }, 'en', 'en')).toBe('—');
	});
});

describe('classedRatio()', () => {
	it('writes 3 digits, more where 3 would put the value in another class (helper-108, helper-109)', () => {
		expect(classedRatio(1.1834, 'en')).toBe('1.18×');
		expect(classedRatio(1.5, 'en')).toBe('1.50×');
		// Either side of the good limit (1.25): 1.2527 is fair, and "1.25×" reads good.
		expect(classedRatio(1.2527, 'en')).toBe('1.253×');
		expect(classedRatio(1.2504, 'en')).toBe('1.2504×');
		// 1.2470 is good, as "1.25×" says.
		expect(classedRatio(1.247, 'en')).toBe('1.25×');
		expect(classedRatio(1.25, 'en')).toBe('1.25×');
		// A model ÷ measured under 1: 0.79976 is a factor 1.2504 off, fair; "0.800×" reads good.
		expect(classedRatio(0.79976, 'en')).toBe('0.7998×');
		// And the fair limit (2): 2.004 is a miss.
		expect(classedRatio(2.004, 'en')).toBe('2.004×');
		expect(classedRatio(6.22, 'zh')).toBe('6.22×');
		// Float noise on the limit is the limit: 3 digits, not "1.25000000×".
		expect(classedRatio(1.2500000000000002, 'en')).toBe('1.25×');
		expect(classedRatio(null, 'en')).toBe('—');
	});
});
