import type { Unit } from '../model/units';

const PREFIXES = [
	{ exp: 18, symbol: 'E' },
	{ exp: 15, symbol: 'P' },
	{ exp: 12, symbol: 'T' },
	{ exp: 9, symbol: 'G' },
	{ exp: 6, symbol: 'M' },
	{ exp: 3, symbol: 'k' },
	{ exp: 0, symbol: '' }
] as const;

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Intl formatter with at most `digits` significant digits, or none after the point (`digits`
 * 'whole'), cached per locale: building one costs more than formatting, and formatting runs per
 * tick. `exact` keeps trailing zeros (0.850, not 0.85), for figures read down a column.
 */
export function numberFormat(
	locale: string,
	digits: number | 'whole',
	exact = false
): Intl.NumberFormat {
	const key = `${locale}|${digits}|${exact}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(
			locale,
			digits === 'whole'
				? { maximumFractionDigits: 0 }
				: { minimumSignificantDigits: exact ? digits : 1, maximumSignificantDigits: digits }
		);
		formatters.set(key, format);
	}
	return format;
}

/**
 * A plain number with 3 significant digits: formatNumber(1234.5) → "1,230". `exact` keeps
 * trailing zeros (3.60), for a column; an exact zero is still "0".
 */
export function formatNumber(value: number, locale = 'en', digits = 3, exact = false): string {
	return Number.isFinite(value)
		? numberFormat(locale, digits, exact && value !== 0).format(value)
		: '—';
}

/** A whole number with digit grouping: formatWhole(12345) → "12,345". */
export function formatWhole(value: number, locale = 'en'): string {
	return Number.isFinite(value) ? numberFormat(locale, 'whole').format(value) : '—';
}

/**
 * A value with an SI prefix on its base unit: formatSi(1.8e17, 'FLOP/s') → "180 PFLOP/s",
 * formatSi(13.392e12, 'B') → "13.4 TB". Non-finite input (never expected) shows "—".
 * `rowMax`, for a table row: the prefix of the row's largest magnitude and 3 digits exactly, so
 * the figures compare at a glance ("0.535 TFLOP/s per W" beside "1.24", where the value's own
 * prefix wrote "535 GFLOP/s per W" and read as the larger).
 */
export function formatSi(value: number, unit: string, locale = 'en', rowMax?: number): string {
	if (!Number.isFinite(value)) return '—';
	// A figure under a thousandth of the row's largest keeps its own prefix ("1.00 PFLOP/s", not
	// "0.00100 EFLOP/s", for one card beside a SuperPoD). False too for no rowMax (NaN), or an
	// infinite one.
	const inRow = Math.abs(value) * 1000 >= Math.abs(rowMax!);
	const magnitude = Math.abs(inRow ? rowMax! : value);
	const prefix =
		PREFIXES.find((p) => magnitude >= 10 ** p.exp * 0.9995) ?? PREFIXES[PREFIXES.length - 1]!;
	return `${formatNumber(value / 10 ** prefix.exp, locale, 3, rowMax !== undefined)}\u00a0${prefix.symbol}${unit}`;
}

/** Unit words that differ by language; English by default. */
export interface UnitWords {
	perW: string;
	perTflops: string;
	/** The count word after 1 ("1 chip"). */
	chip: string;
	chips: string;
	days: string;
}

export const ENGLISH_UNIT_WORDS: UnitWords = {
	perW: 'per W',
	perTflops: 'W per TFLOP/s',
	chip: 'chip',
	chips: 'chips',
	days: 'days'
};

/**
 * Format a model value in its unit, choosing the scale people quote:
 * formatValue(0.806e-12, 'W/(FLOP/s)') → "0.806 W per TFLOP/s". `rowMax`: a table row's
 * largest magnitude, for one SI prefix and 3 digits exactly along the row (formatSi).
 */
export function formatValue(
	value: number,
	unit: Unit,
	locale = 'en',
	words: UnitWords = ENGLISH_UNIT_WORDS,
	rowMax?: number
): string {
	switch (unit) {
		case 'FLOP/s':
		case 'B':
		case 'B/s':
		case 'W':
		case 'J':
			return formatSi(value, unit, locale, rowMax);
		case 'FLOP/s/W':
			return `${formatSi(value, 'FLOP/s', locale, rowMax)} ${words.perW}`;
		case 'W/(FLOP/s)':
			return `${formatNumber(value * 1e12, locale, 3, rowMax !== undefined)}\u00a0${words.perTflops}`;
		case 'B/FLOP':
			return `${formatNumber(value, locale, 3, rowMax !== undefined)}\u00a0B/FLOP`;
		case 'chips':
			return `${formatNumber(value, locale, 6)}\u00a0${value === 1 ? words.chip : words.chips}`;
		case 's':
			return formatDuration(value, locale, words);
		case 'tokens/s':
			return `${formatNumber(value, locale)}\u00a0tokens/s`;
		case 'USD':
			return formatUsd(value, locale);
		// Chip time is written in chip-hours by formatEstimateValue (format/chip-time.ts): only a
		// training run's formulas show it, off the first visit. Here, a bare number.
		case '1':
		case 'chip·s':
		case 'chip·h':
			return formatNumber(value, locale);
	}
}

const usdFormats = new Map<string, Intl.NumberFormat>();

/**
 * US dollars, compact, 3 significant digits kept (costs are read down a column: "$0.190" under
 * "$0.0937"): 1.234 → "$1.23", 1.2e8 → "$120M" (zh-CN: "US$1.20亿"). `asWritten`: no digits added,
 * for an axis's round ticks ($0.01, $1, $10K).
 */
export function formatUsd(value: number | null, locale: string, asWritten = false): string {
	if (value === null || !Number.isFinite(value)) return '—';
	const key = `${locale}${asWritten}`;
	let format = usdFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'currency',
			currency: 'USD',
			notation: 'compact',
			minimumSignificantDigits: asWritten ? 1 : 3,
			maximumSignificantDigits: 3
		});
		usdFormats.set(key, format);
	}
	return format.format(value);
}

/**
 * Seconds in the largest unit that keeps the number ≥ 1: formatDuration(0.05) → "50 ms".
 * `exact` keeps 3 significant digits (1.30 s, 50.0 ms), for estimates set beside each other as
 * ratios are ("1.3 s" beside "1.33 s" read as less precise); a time the reader typed stays as
 * written.
 */
export function formatDuration(
	seconds: number,
	locale = 'en',
	words: UnitWords = ENGLISH_UNIT_WORDS,
	exact = false
): string {
	if (!Number.isFinite(seconds)) return '—';
	// The unit of the figure as written: 0.9996 s is "1.00 s", not "1,000 ms" (helper-107).
	const abs = Math.abs(Number(seconds.toPrecision(3)));
	// No time at all is "0 s", not "0 µs" (a traffic a layout does not have).
	const [scale, unit] =
		abs < 1e-3 && abs
			? [1e-6, 'µs']
			: abs < 1 && abs
				? [1e-3, 'ms']
				: abs < 120
					? [1, 's']
					: abs < 7200
						? [60, 'min']
						: abs < 172_800
							? [3600, 'h']
							: [86_400, words.days];
	return `${formatNumber(seconds / scale, locale, 3, exact)}\u00a0${unit}`;
}

/**
 * A ratio as people say it, always with three significant digits so ratios read alike down a
 * column and across a sentence: formatRatio(1.666) → "1.67×", 0.85 → "0.850×", 1 → "1.00×";
 * null → "—"; an exact 0 is "0×". `asWritten`: no digits added, for a figure its source stated
 * (a claim's "30×") and an axis's round ticks (0.25×, 1×, 4×).
 */
export function formatRatio(value: number | null, locale = 'en', asWritten = false): string {
	return value === null || !Number.isFinite(value)
		? '—'
		: `${numberFormat(locale, 3, !asWritten && value !== 0).format(value)}×`;
}

/** Parameter counts as model makers write them: formatParams(6.71e11) → "671B", 1.03e12 → "1.03T". */
export function formatParams(value: number, locale = 'en'): string {
	if (!Number.isFinite(value)) return '—';
	if (value >= 1e12) return `${formatNumber(value / 1e12, locale)}T`;
	if (value >= 1e9) return `${formatNumber(value / 1e9, locale)}B`;
	return `${formatNumber(value / 1e6, locale)}M`;
}
