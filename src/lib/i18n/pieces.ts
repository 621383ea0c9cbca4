import type { MessagePiece } from './index';

/*
 * Helpers for messages in pieces (translatePieces), whose filled-in names the page isolates so a
 * right-to-left name cannot carry the figures beside it into its own direction.
 */

/** The pieces' text, as `translate` would give it. */
export function piecesText(pieces: readonly MessagePiece[]): string {
	return pieces.map((p) => p.text).join('');
}

/**
 * A message filled into another: `outer` with the piece that filled `param` replaced by `inner`'s
 * pieces, so the names inside `inner` stay marked ("{input}: …" with input "A (name): field").
 */
export function nestPieces(
	outer: readonly MessagePiece[],
	param: string,
	inner: readonly MessagePiece[]
): MessagePiece[] {
	return outer.flatMap((p) => (p.param === param ? inner : [p]));
}

/**
 * A name isolated in plain text, for where no `<bdi>` can go (SVG text, an exported image's
 * legend): between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, which act as
 * `<bdi>` does.
 */
export function isolateText(text: string): string {
	return `\u2068${text}\u2069`;
}
