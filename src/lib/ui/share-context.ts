import { getContext, setContext } from 'svelte';

const KEY = Symbol('share-link');

/** Give components below a way to read the current scenario link (for stamps on exports). */
export function provideShareLink(getLink: () => string) {
	setContext(KEY, getLink);
}

/** The current scenario link; empty outside a page that provides one (component tests). */
export function useShareLink(): () => string {
	return getContext<(() => string) | undefined>(KEY) ?? (() => '');
}
