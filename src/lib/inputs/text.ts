export const MAX_NAME_LENGTH = 60;

/** Strip control characters and cap the length; the page renders names as text only. */
export function cleanName(name: string): string {
	// Cut between graphemes, so an emoji is never split; drop lone surrogates,
	// which a URL cannot carry (they would come back as U+FFFD).
	const clean = name
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
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
