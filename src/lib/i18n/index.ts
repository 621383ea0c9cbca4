import { en, type MessageKey } from './en';
import { zh } from './zh';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for Intl number formatting and the page's lang attribute. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };

const CATALOGS: Record<Locale, Record<string, string>> = { en: { ...en }, zh: { ...zh } };

/**
 * Add a page's own messages (the Method and Validation pages bring theirs), so the main page's
 * bundle does not carry text it never shows.
 */
export function addMessages(extra: Record<Locale, Record<string, string>>) {
	for (const locale of LOCALES) Object.assign(CATALOGS[locale], extra[locale]);
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Look up a message and fill `{name}` placeholders: translate('en', 'app.modelVersion', { version: '1' }). */
export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}

export type { MessageKey };
