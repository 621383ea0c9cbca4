import { numberFormat } from '../../format/number';

/*
 * Numbers in a text field as people write them: the page prints 1,536 with a separator, so the
 * field shows and accepts it too (en and zh both group with "," and use "." for decimals).
 */

/** Groups of three digits separated by a comma (a full-width one is read as ASCII) or a space. */
const GROUPED = /^[+-]?\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+(?:\.\d+)?$/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The number typed, or NaN when the text is not one ("1,536" → 1536; "1,5" → NaN). Full-width
 * forms, what a Chinese keyboard types in full-width mode ("１５３６", "２．５"), read as their
 * ASCII twins (U+FF01–FF5E are ASCII 0x21–0x7E shifted by 0xFEE0).
 */
export function parseNumberText(text: string): number {
	const trimmed = text
		.trim()
		.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
	if (GROUPED.test(trimmed)) return Number(trimmed.replace(/[,\s\u00a0\u202f]/g, ''));
	return PLAIN.test(trimmed) ? Number(trimmed) : NaN;
}

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
