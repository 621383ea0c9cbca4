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

/**
 * A formatted number with the minus sign (U+2212) Intl leaves as a hyphen: displayed text writes
 * "−13%" beside "−20%" and "+13%", never a mix (CSV numbers keep the hyphen a parser reads).
 */
export function withMinusSign(formatted: string): string {
	return formatted.replace(/-/g, '\u2212');
}
