import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { base } from '$app/paths';
import { isLocale, type Locale } from '$lib/i18n';
import { pickLocale } from '$lib/ui/validation/text';
import { languageAddress, takeOpeningLink } from './opening-link';
import { scenarioFrom } from './scenario-from';
import { pageQuery } from '$lib/i18n/lang-query';

/**
 * What the pages that read only the language (/method, /validation) take from how they were
 * opened; make one during component set-up. Once mounted: the language the opening link asks for
 * (else the browser's) and a `lang` it could not use; after each navigation here, the scenario to
 * take back to the compare page (scenarioFrom). After an oversized link was moved out of the
 * address bar, writes its `lang` back, once Kit's router has started (it takes no address during
 * onMount).
 */
export class PageLink {
	locale = $state<Locale>('en');
	/** A `lang` in the link that is no language, shown as a notice. */
	refusedLang = $state<string | null>(null);
	/** The scenario the reader came from, which the page's links take back (pageQuery). */
	scenario = $state('');

	constructor() {
		let address: string | null = null;
		/** The opening link, '' when oversized (moved out of the address bar): no scenario to carry. */
		let opened: string | null = null;
		onMount(() => {
			const link = takeOpeningLink();
			// A `lang` that is no language ("?lang=xx") is refused aloud, as the main page's notice does.
			const asked = new URLSearchParams(link).get('lang');
			this.locale = pickLocale(link, navigator.language);
			this.refusedLang = asked !== null && !isLocale(asked) ? asked : null;
			address = languageAddress(link, location);
			opened = link === location.search ? link : '';
		});
		afterNavigate(({ type, from }) => {
			if (type === 'enter' && address) replaceState(address, {});
			const own = type === 'enter' ? (opened ?? location.search) : location.search;
			// A full load (a new tab) has no page it came from, but the compare page is its referrer.
			const referrer = type === 'enter' && document.referrer ? new URL(document.referrer) : null;
			this.scenario = scenarioFrom(
				own,
				from?.url ?? referrer,
				new URL(`${base}/`, location.origin)
			);
			// One taken from the page it came from goes into this page's address, so a reload (which
			// has no page it came from) or a copied address keeps it (helper-132).
			if (this.scenario && !new URLSearchParams(own).has('v'))
				replaceState(
					`${location.pathname}${pageQuery(this.scenario, this.locale)}${location.hash}`,
					{}
				);
		});
	}
}
