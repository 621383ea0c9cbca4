import { isLocale } from '$lib/i18n';

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

/**
 * For the pages that read only the language (/method, /validation): the address to write back
 * once an oversized opening link was moved out of the address bar, keeping its `lang` so a reload
 * or a copied address shows the same language. Null when there is nothing to write (the link was
 * not moved, or named no language).
 */
export function languageAddress(
	link: string,
	address: Pick<Location, 'pathname' | 'search' | 'hash'>
): string | null {
	if (link === address.search) return null;
	const lang = new URLSearchParams(link).get('lang');
	return isLocale(lang) ? `${address.pathname}?lang=${lang}${address.hash}` : null;
}
