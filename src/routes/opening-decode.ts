import { lazyPresetsNamedIn, loadSystemPresets2026 } from '$lib/catalog/preset-loader';
import { decodeScenario, type Decoded } from '$lib/share/codec';
import { takeOpeningLink } from './opening-link';

/*
 * The main page's reading of its opening link. Kept apart from opening-link.ts, which /method and
 * /validation import for the language alone: importing the codec there put it, and the model code
 * it needs, on those pages too, and moved it into the chunk every page shares (+1.2 kB gzipped on
 * the first visit, `npm run size`).
 */

/**
 * True until a page of this document has mounted (+layout.svelte marks <html data-ready>): Kit is
 * hydrating the page the document was opened on, and the address bar (or the moved link) holds
 * the link it was opened with.
 */
export const firstPageOfDocument = (): boolean =>
	document.documentElement.dataset.ready === undefined;

export interface OpeningLink {
	link: string;
	decoded: Decoded;
}

/** The opening link, decoded. A link naming a 2026 preset first waits for that chunk (issue 13). */
export async function decodeOpeningLink(): Promise<OpeningLink> {
	const link = takeOpeningLink();
	if (lazyPresetsNamedIn(link).length > 0) await loadSystemPresets2026().catch(() => undefined);
	return { link, decoded: decodeScenario(link) };
}
