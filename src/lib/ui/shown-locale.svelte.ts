import { LOCALES, hasMessages, loadMessages, type Locale } from '../i18n';

/**
 * Languages whose messages have arrived, as state: the Chinese catalog loads on demand. Raw (not a
 * deep proxy): every `t` of every component reads it, and a proxied array made each read a trap
 * per element and a reactive dependency per index, on every slider tick.
 */
let arrivedLocales = $state.raw<readonly Locale[]>(LOCALES.filter(hasMessages));
/**
 * Languages whose load failed (offline). Not asked for again: the browser keeps a failed dynamic
 * import failed for the life of the page, so only a reload retries (LocaleFailed offers one).
 */
let failedLocales = $state.raw<readonly Locale[]>([]);
/** Loads in flight, so each language is asked for once, however many messages render meanwhile. */
const loading = new Set<Locale>();

/**
 * The language to show when `wanted` is asked for: itself once its messages are here, English
 * until then (never a mix). Asking starts the load; its arrival re-renders whoever asked. A failed
 * load leaves English and says so (localeFailed).
 */
export function shownLocale(wanted: Locale): Locale {
	if (arrivedLocales.includes(wanted)) return wanted;
	if (!loading.has(wanted) && !failedLocales.includes(wanted)) {
		loading.add(wanted);
		loadMessages(wanted)
			.then(
				() => (arrivedLocales = LOCALES.filter(hasMessages)),
				() => (failedLocales = [...failedLocales, wanted])
			)
			.finally(() => loading.delete(wanted));
	}
	return 'en';
}

/** Whether `wanted` could not be loaded and English is shown instead. */
export function localeFailed(wanted: Locale): boolean {
	return failedLocales.includes(wanted);
}
