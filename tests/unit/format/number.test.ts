import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	formatRatio,
	formatSi,
	formatUsd,
	formatValue,
	formatWhole,
	numberFormat
} from '../../../src/lib/format/number';
import { formatPerDay } from '../../../src/lib/format/per-day';
import { percentFormat } from '../../../src/lib/format/percent';

describe('formatting at the edge', () => {
	it('formatSi picks the SI prefix and 3 significant digits', () => {
		expect(formatSi(1.8e17, 'FLOP/s')).toBe('180\u00a0PFLOP/s');
		expect(formatSi(13.392e12, 'B')).toBe('13.4\u00a0TB');
		expect(formatSi(1228.8e12, 'B/s')).toBe('1.23\u00a0PB/s');
		expect(formatSi(145_000.08, 'W')).toBe('145\u00a0kW');
		expect(formatSi(999.9, 'W')).toBe('1\u00a0kW');
		expect(formatSi(0.5, 'W')).toBe('0.5\u00a0W');
	});

	it('gives a table row one SI prefix, its largest figure’s, and 3 digits exactly', () => {
		// GB200 NVL72's 1.24 TFLOP/s per W beside CloudMatrix 384's 535 GFLOP/s per W read as the
		// smaller number being larger (180e15 ÷ 145 kW = 1.24e12; 299.5e15 ÷ 559 kW = 5.36e11).
		expect(formatValue(5.35e11, 'FLOP/s/W', 'en', undefined, 1.24e12)).toBe(
			'0.535\u00a0TFLOP/s per W'
		);
		expect(formatValue(1.24e12, 'FLOP/s/W', 'en', undefined, 1.24e12)).toBe(
			'1.24\u00a0TFLOP/s per W'
		);
		// HBM bandwidth 576 TB/s beside 1,229 TB/s: both in PB/s.
		expect(formatSi(576e12, 'B/s', 'en', 1228.8e12)).toBe('0.576\u00a0PB/s');
		// Trailing zeros kept down the row: 3.6 TB/s beside 19.2 TB/s, 1.2 kW beside 2.01 kW.
		expect(formatSi(3.6e12, 'B/s', 'en', 19.2e12)).toBe('3.60\u00a0TB/s');
		expect(formatSi(1200, 'W', 'en', 2010)).toBe('1.20\u00a0kW');
		expect(formatValue(0.0032, 'B/FLOP', 'en', undefined, 0.0041)).toBe('0.00320\u00a0B/FLOP');
		// An exact zero has no digits to keep, as in formatRatio.
		expect(formatSi(0, 'W', 'en', 2010)).toBe('0\u00a0W');
		// Under a thousandth of the row's largest, a figure keeps its own prefix: one Atlas 350 card
		// beside a SuperPoD of 15,488 chips would read "0.00100 EFLOP/s".
		expect(formatSi(1e15, 'FLOP/s', 'en', 15.5e18)).toBe('1.00\u00a0PFLOP/s');
		expect(formatSi(15.5e15, 'FLOP/s', 'en', 15.5e18)).toBe('0.0155\u00a0EFLOP/s');
		// A row's largest that is not a number (never expected) leaves the figure as it is.
		expect(formatSi(5e11, 'FLOP/s', 'en', Infinity)).toBe('500\u00a0GFLOP/s');
		expect(formatSi(5e11, 'FLOP/s', 'en', NaN)).toBe('500\u00a0GFLOP/s');
		// Alone, a figure keeps its own prefix and no added digits.
		expect(formatSi(576e12, 'B/s')).toBe('576\u00a0TB/s');
	});

	it('formats the efficiency units the way people quote them', () => {
		// 145 kW / 180 PF = 0.806 W per TFLOP/s
		expect(formatValue(145_000 / 180e15, 'W/(FLOP/s)')).toBe('0.806\u00a0W per TFLOP/s');
		expect(formatValue(0.0032, 'B/FLOP')).toBe('0.0032\u00a0B/FLOP');
	});

	it('uses the locale for digits and separators', () => {
		expect(formatSi(1234e12, 'B', 'de')).toBe('1,23\u00a0PB');
		expect(formatValue(123456, 'chips', 'en')).toBe('123,456\u00a0chips');
	});

	it('never prints NaN or Infinity', () => {
		expect(formatSi(NaN, 'W')).toBe('—');
		expect(formatRatio(Infinity)).toBe('—');
		expect(formatRatio(null)).toBe('—');
		expect(formatDuration(Infinity)).toBe('—');
	});

	it('formatRatio and formatDuration', () => {
		expect(formatRatio(1.664)).toBe('1.66×');
		// Three significant digits always, so ratios read alike down a column ("0.850×" under
		// "0.574×", was "0.85×") and within a sentence; the reference itself is "1.00×".
		expect(formatRatio(0.85)).toBe('0.850×');
		expect(formatRatio(1)).toBe('1.00×');
		expect(formatRatio(33.04)).toBe('33.0×');
		expect(formatRatio(1234.5, 'zh-CN')).toBe('1,230×');
		// A claim's figure and an axis tick stay as written: NVIDIA said 30×, not 30.0×.
		expect(formatRatio(30, 'en', true)).toBe('30×');
		expect(formatRatio(0.25, 'en', true)).toBe('0.25×');
		expect(formatRatio(null, 'en', true)).toBe('—');
		// Costs and per-day rates are read down a column too: "$0.190" under "$0.0937".
		expect(formatUsd(0.19, 'en')).toBe('$0.190');
		expect(formatUsd(789_000, 'en')).toBe('$789K');
		expect(formatUsd(1.2e8, 'zh-CN')).toBe('US$1.20亿');
		expect(numberFormat('en', 3, true).format(0.85)).toBe('0.850');
		expect(formatPerDay(0.85, 'en')).toBe('0.850');
		// An exact zero has no digits to keep: "0", not "0.00".
		expect(formatPerDay(0, 'en')).toBe('0');
		expect(formatRatio(0)).toBe('0×');
		// An axis's round cost ticks as written: $0.01, $1, $10K, not $0.0100, $1.00, $10.0K.
		expect([0.01, 1, 1e4].map((v) => formatUsd(v, 'en', true))).toEqual(['$0.01', '$1', '$10K']);
		expect(formatDuration(0.05)).toBe('50\u00a0ms');
		// No time at all: a traffic a layout does not have read "0 µs" in a list of seconds.
		expect(formatDuration(0)).toBe('0\u00a0s');
		expect(formatDuration(2e-5)).toBe('20\u00a0µs');
		expect(formatDuration(3 * 86_400)).toBe('3\u00a0days');
		expect(formatDuration(28.9 * 60)).toBe('28.9\u00a0min');
		expect(formatDuration(41.8 * 3600)).toBe('41.8\u00a0h');
		// Estimates set beside each other keep 3 digits, as ratios do: "1.30 s" beside "1.33 s",
		// not "1.3 s"; a zero stays "0 s".
		expect([1.3, 0.05, 1.33, 0].map((s) => formatDuration(s, 'en', undefined, true))).toEqual([
			'1.30\u00a0s',
			'50.0\u00a0ms',
			'1.33\u00a0s',
			'0\u00a0s'
		]);
		// The unit follows the figure as written: 0.9996 s rounds to 1.00 s, not "1,000 ms"; 119.96 s
		// to 2.00 min, not "120 s"; 0.9996 ms to 1.00 ms.
		expect(
			[0.9996, 119.96, 0.0009996].map((s) => formatDuration(s, 'en', undefined, true))
		).toEqual(['1.00\u00a0s', '2.00\u00a0min', '1.00\u00a0ms']);
	});
});

describe('whole numbers and percentages', () => {
	it('groups digits and drops the fraction, in both languages', () => {
		expect(formatWhole(12_345)).toBe('12,345');
		expect(formatWhole(12_345, 'zh-CN')).toBe('12,345');
		expect(formatWhole(1536.4)).toBe('1,536');
		expect(formatWhole(Number.NaN)).toBe('—');
	});

	it('signs a change only when asked, and keeps one formatter per locale and style', () => {
		expect(percentFormat('en', 2, 'signed').format(0.014)).toBe('+1.4%');
		expect(percentFormat('en', 2, 'signed').format(-0.04)).toBe('-4%');
		expect(percentFormat('en', 3).format(0.5426)).toBe('54.3%');
		expect(percentFormat('en', 3)).toBe(percentFormat('en', 3));
		expect(percentFormat('en', 3)).not.toBe(percentFormat('en', 3, 'signed'));
	});

	it('keeps trailing zeros in a column, where 98% stood beside 98.4%, and drops them in prose', () => {
		// Reliability's goodput column: GB200 NVL72 0.9842, CloudMatrix 384 0.97996.
		expect(percentFormat('en', 3, 'column').format(0.97996)).toBe('98.0%');
		expect(percentFormat('en', 3, 'column').format(0.9842)).toBe('98.4%');
		expect(percentFormat('zh-CN', 3, 'column').format(0.5)).toBe('50.0%');
		expect(percentFormat('en', 3).format(0.9)).toBe('90%'); // "at 90% goodput"
	});
});
