import { browser } from '$app/environment';
import { afterNextPaint, nextTask } from '$lib/ui/deferred';
import { decodeOpeningLink, firstPageOfDocument, type OpeningLink } from './opening-decode';
import type { PageLoad } from './$types';

/**
 * Kit runs this before hydrating, after the modules have run. Opening the document, the link is
 * decoded here in a task of its own (a hostile link's 20,000 keys: 30-60 ms) and hydration runs in
 * the next, instead of the modules, the decode and hydration being one task; the page applies the
 * link a task after hydrating. A later visit within the app (the address bar still shows the page
 * being left, and Back shows an address Kit's `url` does not) decodes its own address once mounted.
 */
export const load: PageLoad = async (): Promise<{ opening: OpeningLink | null }> => {
	if (!browser || !firstPageOfDocument()) return { opening: null };
	// After the first paint: with the modules cached they can run before it, and hydration then
	// laid the prerendered page out for the first time within its own task (Kit reads the scroll
	// position once hydrated), 40-60 ms more.
	await afterNextPaint();
	const opening = await decodeOpeningLink();
	await nextTask();
	return { opening };
};
