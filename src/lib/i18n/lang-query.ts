import type { Locale } from './index';

/** The query that carries the reader's language to another page: none for English, the default. */
export function langQuery(locale: Locale): string {
	return locale === 'en' ? '' : `?lang=${locale}`;
}
