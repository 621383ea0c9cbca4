import { formatUsd, numberFormat } from './number';

// formatUsd's formatter (asWritten) again, on purpose: exporting it from number.ts, which the
// first visit loads, for this lazy file cost 123 B of first-visit JavaScript (measured).
const compactFormats = new Map<string, Intl.NumberFormat>();

function compactUsd(locale: string): Intl.NumberFormat {
	let format = compactFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'currency',
			currency: 'USD',
			notation: 'compact',
			maximumSignificantDigits: 3
		});
		compactFormats.set(locale, format);
	}
	return format;
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * US dollars down a column: every figure in the compact unit of the column's largest, 3 digits
 * exactly ("$0.789M" above "$2.24M", where each in its own unit read "$789K" above "$2.24M";
 * zh-CN "US$78.9万" above "US$224万"). A figure that would read under 0.1 of that unit
 * ("US$0.00789亿"), a largest with no compact unit ($1.18), or a negative figure is written as
 * formatUsd writes it.
 */
export function formatUsdInColumn(value: number | null, locale: string, columnMax: number): string {
	if (value === null || !Number.isFinite(value)) return '—';
	if (!(value >= 0 && Number.isFinite(columnMax))) return formatUsd(value, locale);
	const parts = compactUsd(locale).formatToParts(columnMax);
	if (!parts.some((p) => p.type === 'compact')) return formatUsd(value, locale);
	// The unit's size: the largest over the number it is written with (2.24e6 ÷ 2.24, 2.24e6 ÷ 224).
	const shown = Number(
		parts
			.filter((p) => NUMBER_PARTS.has(p.type) && p.type !== 'group')
			.map((p) => (p.type === 'decimal' ? '.' : p.value))
			.join('')
	);
	const unit = 10 ** Math.round(Math.log10(columnMax / shown));
	if (!(value / unit >= 0.1)) return formatUsd(value, locale);
	const digits = numberFormat(locale, 3, value !== 0).format(value / unit);
	let written = false;
	return parts
		.map((p) => {
			if (!NUMBER_PARTS.has(p.type)) return p.value;
			if (written) return '';
			written = true;
			return digits;
		})
		.join('');
}
