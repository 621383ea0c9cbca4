import { formatNumber, formatSi } from './number';

/** Chinese groups large numbers by ten thousands: 万亿 = 10¹², 亿 = 10⁸, 万 = 10⁴. */
const CHINESE_UNITS = [
	{ exp: 12, symbol: '万亿' },
	{ exp: 8, symbol: '亿' },
	{ exp: 4, symbol: '万' },
	{ exp: 0, symbol: '' }
] as const;

/**
 * A count with no unit of its own, scaled as the reader's language writes large numbers, with 3
 * significant digits: 656,000 → "656 k" in English (an SI prefix), "65.6万" in Chinese, as Intl's
 * compact notation writes the page's dollar amounts ("US$1.20亿"). `columnMax`: a column's
 * largest figure sets the scale for the whole column, with 3 digits exactly, so the figures
 * compare down it. A figure under a thousandth of it keeps its own (formatSi's rule) in English;
 * in Chinese, whose units step by 10⁴, one under 0.1 of the column's unit does, as dollar columns
 * do (usd-column.ts): "20.0万" under "1.10亿", where the thousandth rule wrote "0.00200亿".
 */
export function formatCount(value: number, locale: string, columnMax?: number): string {
	if (!locale.startsWith('zh')) return formatSi(value, '', locale, columnMax).trim();
	if (!Number.isFinite(value)) return '—';
	const columnUnit = columnMax === undefined ? undefined : unitOf(Math.abs(columnMax));
	const inColumn =
		columnUnit !== undefined && Math.abs(value) >= 0.1 * 10 ** columnUnit.exp * 0.9995;
	const unit = inColumn ? columnUnit : unitOf(Math.abs(value));
	const exact = columnMax !== undefined;
	if (unit.exp === 0) return formatNumber(value, locale, 3, exact);
	// Ungrouped before the unit, as Intl's compact notation writes it ("1230万", "US$1230万").
	return `${scaledFormat(locale, exact).format(value / 10 ** unit.exp)}${unit.symbol}`;
}

/** 0.9995: a figure that rounds up to the next unit takes it ("1.00万", not "10,000"). */
const unitOf = (magnitude: number) =>
	CHINESE_UNITS.find((u) => magnitude >= 10 ** u.exp * 0.9995) ?? CHINESE_UNITS[3];

const scaledFormats = new Map<string, Intl.NumberFormat>();

function scaledFormat(locale: string, exact: boolean): Intl.NumberFormat {
	const key = `${locale}|${exact}`;
	let format = scaledFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			minimumSignificantDigits: exact ? 3 : 1,
			maximumSignificantDigits: 3,
			useGrouping: false
		});
		scaledFormats.set(key, format);
	}
	return format;
}
