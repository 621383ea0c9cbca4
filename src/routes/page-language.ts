import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import type { Locale } from '$lib/i18n';
import { pickLocale } from '$lib/ui/validation/text';
import { languageAddress, takeOpeningLink } from './opening-link';

/**
 * For the pages that read only the language (/method, /validation); call during component set-up.
 * Once mounted, hands `show` the language the opening link asks for (else the browser's); after an
 * oversized link was moved out of the address bar, writes its `lang` back, once Kit's router has
 * started (it takes no address during onMount).
 */
export function openWithLinkLanguage(show: (locale: Locale) => void): void {
	let address: string | null = null;
	onMount(() => {
		const link = takeOpeningLink();
		show(pickLocale(link, navigator.language));
		address = languageAddress(link, location);
	});
	afterNavigate(({ type }) => {
		if (type === 'enter' && address) replaceState(address, {});
	});
}
