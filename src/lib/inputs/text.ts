export const MAX_NAME_LENGTH = 60;

/**
 * Invisible characters that make text read differently from what it says: bidi marks, embeddings,
 * overrides and isolates (U+202E in a name reverses the rest of a sentence, its figures included),
 * zero-width space, word joiner and invisible operators, the byte-order mark, the deprecated
 * format controls and interlinear annotation. Zero-width (non-)joiners, variation selectors and
 * tag characters are kept: they shape emoji and scripts, and reorder nothing.
 */
export const INVISIBLE_FORMAT =
	/[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** Strip control and invisible format characters and cap the length; names render as text only. */
export function cleanName(name: string): string {
	// Cut between graphemes, so an emoji is never split; drop lone surrogates, which a URL cannot
	// carry, and U+FFFD, what one or a broken escape (`%E4%B8`) in a link decodes to.
	const clean = name
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.replace(INVISIBLE_FORMAT, '')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\ufffd/g, '')
		.trim();
	return cutAtGrapheme(clean, MAX_NAME_LENGTH).trim();
}

// Built on first use, not at import: constructing a segmenter loads ICU's break rules (13 ms on
// the 2-core machine, most of the estimate CLI's module start-up), and only a name longer than
// the cap needs one.
let graphemes: Intl.Segmenter | undefined;

/**
 * At most `maxCodePoints` code points, cut between user-perceived characters: a family emoji or
 * a flag is kept whole or dropped whole, never split into a stray piece.
 */
export function cutAtGrapheme(text: string, maxCodePoints: number): string {
	if (text.length <= maxCodePoints) return text; // UTF-16 units >= code points: nothing to cut
	let out = '';
	let codePoints = 0;
	graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	for (const { segment } of graphemes.segment(text)) {
		const size = Array.from(segment).length;
		if (codePoints + size > maxCodePoints) break;
		out += segment;
		codePoints += size;
	}
	return out;
}
