import { formatNumber, formatSi } from './number';

/** Chinese groups large numbers by ten thousands: 亿 = 10⁸, 万 = 10⁴. */
const CHINESE_UNITS = [
	{ exp: 8, symbol: '亿' },
	{ exp: 4, symbol: '万' },
	{ exp: 0, symbol: '' }
] as const;

/**
 * A count with no unit of its own, scaled as the reader's language writes large numbers, with 3
 * significant digits: 656,000 → "656 k" in English (an SI prefix), "65.6万" in Chinese, as Intl's
 * compact notation writes the page's dollar amounts ("US$1.20亿"). `columnMax`: a column's
 * largest figure sets the scale for the whole column, with 3 digits exactly, so the figures
 * compare down it; a figure under a thousandth of it keeps its own (formatSi's rule).
 */
export function formatCount(value: number, locale: string, columnMax?: number): string {
	if (!locale.startsWith('zh')) return formatSi(value, '', locale, columnMax).trim();
	if (!Number.isFinite(value)) return '—';
	const inColumn = Math.abs(value) * 1000 >= Math.abs(columnMax!);
	const magnitude = Math.abs(inColumn ? columnMax! : value);
	// 0.9995: a figure that rounds up to the next unit takes it ("1.00万", not "10,000").
	const unit = CHINESE_UNITS.find((u) => magnitude >= 10 ** u.exp * 0.9995) ?? CHINESE_UNITS[2];
	const digits = formatNumber(value / 10 ** unit.exp, locale, 3, columnMax !== undefined);
	return `${digits}${unit.symbol}`;
}
