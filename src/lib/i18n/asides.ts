import type { MessagePiece } from './index';

/*
 * Chinese sets one bracketed aside after a name, never two in a row: a system named with its own
 * aside ("CloudMatrix 384（已修改）") followed by a sentence's ("（768 颗芯片）") read
 * "CloudMatrix 384（已修改）（768 颗芯片）". The two become one, their parts split by a comma:
 * "CloudMatrix 384（已修改，768 颗芯片）". English reads "CloudMatrix 384, edited (768 chips)"
 * already, and is left alone. Only an aside the page added is merged: a name a reader typed keeps
 * its own brackets ("机柜（v2）" stays whole), which the caller says.
 */

const CLOSE = '）';
const OPEN = '（';
const JOIN = '，';

const merges = (locale: string, before: string, after: string) =>
	locale.startsWith('zh') && before.endsWith(CLOSE) && after.startsWith(OPEN);

/** `before` then `after`, one aside where `before` ends in one and `after` opens another (Chinese). */
export function joinAside(locale: string, before: string, after: string): string {
	return merges(locale, before, after)
		? `${before.slice(0, -CLOSE.length)}${JOIN}${after.slice(OPEN.length)}`
		: before + after;
}

/**
 * A message's pieces with each filled-in text's closing aside merged into the aside the message
 * opens right after it, where `ownAside` says that text's aside is the page's (by default every
 * text's: messages' own words). The comma goes to the message's piece: the filled-in piece stays
 * its own text, cut short.
 */
export function joinAsides(
	locale: string,
	pieces: readonly MessagePiece[],
	ownAside: (text: string) => boolean = () => true
): MessagePiece[] {
	const joined = pieces.map((piece) => ({ ...piece }));
	for (let i = 0; i + 1 < joined.length; i++) {
		const [before, after] = [joined[i]!, joined[i + 1]!];
		// A full-width bracket carries its own spacing: the space a message keeps between a Latin name
		// and 的 ("GB200 NVL72 的") goes after one ("CloudMatrix 384（已修改）的", not "） 的"), whether
		// the aside is the page's or the reader's.
		if (locale.startsWith('zh') && before.text.endsWith(CLOSE) && after.text.startsWith(' '))
			after.text = after.text.slice(1);
		if (!merges(locale, before.text, after.text) || !ownAside(before.text)) continue;
		before.text = before.text.slice(0, -CLOSE.length);
		after.text = `${JOIN}${after.text.slice(OPEN.length)}`;
	}
	return joined;
}

/**
 * The text of `joinAsides`, for where no piece is isolated (a button's label). Here rather than
 * with piecesText (pieces.ts), whose chunk the summary would otherwise have to preload.
 */
export function joinedAsidesText(locale: string, pieces: readonly MessagePiece[]): string {
	return joinAsides(locale, pieces)
		.map((piece) => piece.text)
		.join('');
}
