import { LOCALES, hasMessages, loadMessages, type Locale } from '../i18n';

/** Languages whose messages have arrived, as state: the Chinese catalog loads on demand. */
let arrivedLocales = $state(LOCALES.filter(hasMessages));
/** Loads in flight, so each language is asked for once, however many messages render meanwhile. */
const loading = new Set<Locale>();

/**
 * The language to show when `wanted` is asked for: itself once its messages are here, English
 * until then (never a mix). Asking starts the load; its arrival re-renders whoever asked. A failed
 * load (offline) leaves English and is tried again the next time anything re-renders.
 */
export function shownLocale(wanted: Locale): Locale {
	if (arrivedLocales.includes(wanted)) return wanted;
	if (!loading.has(wanted)) {
		loading.add(wanted);
		loadMessages(wanted).then(
			() => (arrivedLocales = LOCALES.filter(hasMessages)),
			() => undefined
		).finally(() => loading.delete(wanted));
	}
	return 'en';
}
