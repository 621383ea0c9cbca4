// Apart from number.ts: only deferred views format percentages, so this stays out of the first
// visit's JavaScript.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Intl percent formatter with `digits` significant digits, signed (+1.4%, -4%) or not, cached
 * per locale and kind: building one costs more than formatting.
 */
export function percentFormat(locale: string, digits: number, signed = false): Intl.NumberFormat {
	const key = `${locale}|%${digits}|${signed}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'percent',
			maximumSignificantDigits: digits,
			signDisplay: signed ? 'exceptZero' : 'auto'
		});
		formatters.set(key, format);
	}
	return format;
}
