import { numberFormat } from '../../format/number';

/* How a field shows a number; parseNumberText (inputs/number-text.ts) reads it back. */

/**
 * A value as the field shows it: counts exactly (12,345, not 12,350), other figures with `digits`
 * significant digits (by default the six the link keeps), grouped the way the page prints numbers.
 */
export function numberText(value: number, locale: string, integer = false, digits = 6): string {
	if (!Number.isFinite(value)) return '';
	// Under a millionth, in e-notation ("9.88e-321", which the field reads back): grouped decimals
	// would write 1e-320, a legal 0-100 % for instance, as 320 zeros and "988".
	if (!integer && value !== 0 && Math.abs(value) < 1e-6)
		return String(Number(value.toPrecision(digits)));
	return numberFormat(locale, integer ? 'whole' : digits).format(value);
}
