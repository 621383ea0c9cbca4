/**
 * Longer than any link the app writes (four custom systems, every field, 60-character names in
 * 4-byte characters: 3.8 kB) by four times; the limit is also in src/app.html's first script.
 */
export const OVERSIZED_LINK_CHARS = 16_384;

declare global {
	interface Window {
		/** An oversized query, moved out of the address bar by src/app.html's first script. */
		__rackscaleOpeningLink?: string;
	}
}

/**
 * The query the page was opened with. An oversized one (a hostile link of 20,000 keys is 400 kB)
 * was moved out of the address bar before the parser's requests and the router saw it: each of
 * them copied it, ~300 ms of main-thread time. Taken once: a later visit of the page within the
 * app reads its own address.
 */
export function takeOpeningLink(): string {
	const moved = window.__rackscaleOpeningLink;
	delete window.__rackscaleOpeningLink;
	return moved ?? location.search;
}
