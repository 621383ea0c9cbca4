import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { isLocale, type Locale } from '$lib/i18n';
import { pickLocale } from '$lib/ui/validation/text';
import { languageAddress, takeOpeningLink } from './opening-link';

/**
 * For the pages that read only the language (/method, /validation); call during component set-up.
 * Once mounted, hands `show` the language the opening link asks for (else the browser's), and a
 * `lang` it could not use; after an
 * oversized link was moved out of the address bar, writes its `lang` back, once Kit's router has
 * started (it takes no address during onMount).
 */
export function openWithLinkLanguage(show: (locale: Locale, refused: string | null) => void): void {
	let address: string | null = null;
	onMount(() => {
		const link = takeOpeningLink();
		// A `lang` that is no language ("?lang=xx") is refused aloud, as the main page's notice does.
		const asked = new URLSearchParams(link).get('lang');
		show(pickLocale(link, navigator.language), asked !== null && !isLocale(asked) ? asked : null);
		address = languageAddress(link, location);
	});
	afterNavigate(({ type }) => {
		if (type === 'enter' && address) replaceState(address, {});
	});
}
