// Apart from number.ts: only deferred views format percentages, so this stays out of the first
// visit's JavaScript.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * How a percentage is written: `plain` in prose ("at 90% goodput"), `signed` for a change
 * (+1.4%, -4%), `column` beside another (a table column, a sentence comparing two), keeping
 * trailing zeros so "98.0%" stands beside "98.4%" rather than "98%".
 */
export type PercentStyle = 'plain' | 'signed' | 'column';

/**
 * Intl percent formatter with `digits` significant digits in a style, cached per locale and
 * style: building one costs more than formatting.
 */
export function percentFormat(
	locale: string,
	digits: number,
	style: PercentStyle = 'plain'
): Intl.NumberFormat {
	const key = `${locale}|%${digits}|${style}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'percent',
			maximumSignificantDigits: digits,
			minimumSignificantDigits: style === 'column' ? digits : 1,
			signDisplay: style === 'signed' ? 'exceptZero' : 'auto'
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
