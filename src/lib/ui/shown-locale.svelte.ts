import { LOCALES, hasMessages, loadMessages, type Locale } from '../i18n';

/** Languages whose messages have arrived, as state: the Chinese catalog loads on demand. */
let ready = $state(LOCALES.filter(hasMessages));

/**
 * The language to show when `wanted` is asked for: itself once its messages are here, English
 * until then (never a mix). Asking starts the load; its arrival re-renders whoever asked.
 */
export function shownLocale(wanted: Locale): Locale {
	if (ready.includes(wanted)) return wanted;
	loadMessages(wanted).then(
		() => (ready = LOCALES.filter(hasMessages)),
		() => undefined // offline: stay in English; asking again retries
	);
	return 'en';
}
