/*
 * Numbers as people write them, read by the page's fields and by a link alike: the page prints
 * 1,536 with a separator, so a field shows and accepts it, and so does a hand-edited link (en and
 * zh both group with "," and use "." for decimals). Pure: the codec and the CLI use it too.
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
