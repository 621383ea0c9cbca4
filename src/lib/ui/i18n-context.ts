import { getContext, setContext } from 'svelte';
import {
	LOCALE_TAGS,
	translate,
	translateData,
	translatePieces,
	type Locale,
	type MessageKey,
	type MessagePiece
} from '../i18n';
import { localeFailed, shownLocale } from './shown-locale.svelte';

export interface I18n {
	/** The language shown: the one asked for once its messages have arrived, English until then. */
	readonly locale: Locale;
	/** The language asked for when its messages could not be loaded (offline), else null. */
	readonly failedLocale: Locale | null;
	/** BCP 47 tag for Intl formatting. */
	readonly tag: string;
	t(key: MessageKey, params?: Record<string, string | number>): string;
	/** `t` in pieces, each filled placeholder its own (to isolate names in a sentence). */
	pieces(key: MessageKey, params?: Record<string, string | number>): MessagePiece[];
	/**
	 * Prose from the cited data (written in English) in the shown language where translated, with
	 * the `lang` tag of the text actually returned, for the element that shows it.
	 */
	data(text: string): { text: string; lang: string };
}

const KEY = Symbol('i18n');

/** Provide translations to every component below; `getLocale` is read reactively. */
export function provideI18n(getLocale: () => Locale): I18n {
	const i18n: I18n = {
		get locale() {
			return shownLocale(getLocale());
		},
		get failedLocale() {
			const wanted = getLocale();
			return localeFailed(wanted) ? wanted : null;
		},
		get tag() {
			return LOCALE_TAGS[shownLocale(getLocale())];
		},
		t: (key, params) => translate(shownLocale(getLocale()), key, params),
		pieces: (key, params) => translatePieces(shownLocale(getLocale()), key, params),
		data(text) {
			const locale = shownLocale(getLocale());
			const translated = translateData(locale, text);
			// Untranslated data stays in its own language, English, and is tagged so.
			if (translated === undefined) return { text, lang: LOCALE_TAGS.en };
			return { text: translated, lang: LOCALE_TAGS[locale] };
		}
	};
	setContext(KEY, i18n);
	return i18n;
}

export function useI18n(): I18n {
	return getContext<I18n>(KEY);
}
