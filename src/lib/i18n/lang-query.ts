import type { Locale } from './index';

/** The query that carries the reader's language to another page: none for English, the default. */
export function langQuery(locale: Locale): string {
	return pageQuery('', locale);
}

/**
 * The query another page is opened with: the scenario the reader was looking at (a link's query
 * without `lang`; '' for none), so its "Compare" link returns to it, and the reader's language
 * (`lang` only when not English, as langQuery). A scenario link's other keys mean nothing to
 * /method and /validation; they carry them.
 */
export function pageQuery(scenario: string, locale: Locale): string {
	const parts = [scenario, locale === 'en' ? '' : `lang=${locale}`].filter((part) => part !== '');
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A link's query without its `lang` (and without a leading "?"): the scenario alone. */
export function withoutLang(query: string): string {
	const params = new URLSearchParams(query);
	params.delete('lang');
	return params.toString();
}
