import { en, type MessageKey } from './en';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for Intl number formatting and the page's lang attribute. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };
/**
 * What the page says when a language's catalog fails to arrive, in that language and in English
 * (which is what it then shows). Shipped with the page, since the catalog that would hold the
 * first is the one missing.
 */
export const LOAD_FAILED_NOTES: Record<
	Exclude<Locale, 'en'>,
	Record<'own' | 'english', { message: string; retry: string }>
> = {
	zh: {
		own: { message: '简体中文界面未能加载（可能已离线），暂以英文显示。', retry: '重试' },
		english: {
			message: 'The Chinese text could not be loaded (offline?), so the page is in English.',
			retry: 'Try again'
		}
	}
};

/**
 * English ships with the page; Chinese is its own chunk, loaded when a reader asks for Chinese
 * (by link, browser language or the picker). Until it arrives the page stays in English rather
 * than mix the two.
 */
const CATALOGS: Record<Locale, Record<string, string>> = { en: { ...en }, zh: {} };
/**
 * The cited data's own prose (figure notes, efficiency bases, …) keyed by its English text. The
 * data is written in English, so English needs no table; the others travel with their catalog.
 */
const DATA_TRANSLATIONS: Record<Locale, Record<string, string>> = { en: {}, zh: {} };
interface MainCatalog {
	messages: Record<string, string>;
	data: Record<string, string>;
}
const MAIN_CATALOGS: Record<Exclude<Locale, 'en'>, () => Promise<MainCatalog>> = {
	zh: () =>
		Promise.all([import('./zh'), import('./zh-data')]).then(([messages, data]) => ({
			messages: messages.zh,
			data: data.zhData
		}))
};
const loading = new Map<Locale, Promise<void>>();
const loaded = new Set<Locale>(['en']);

export function hasMessages(locale: Locale): boolean {
	return loaded.has(locale);
}

/** Fetch a language's main catalog once; later calls share the same promise. */
export function loadMessages(locale: Locale): Promise<void> {
	if (locale === 'en') return Promise.resolve();
	let promise = loading.get(locale);
	if (!promise) {
		promise = MAIN_CATALOGS[locale]().then(({ messages, data }) => {
			Object.assign(CATALOGS[locale], messages);
			Object.assign(DATA_TRANSLATIONS[locale], data);
			loaded.add(locale);
		});
		// A failed fetch stays failed, as the browser keeps a failed dynamic import for the page's
		// life; the page says so and offers a reload (shown-locale.svelte.ts, LocaleFailed.svelte).
		promise.catch(() => undefined); // reported by whoever asked, not as an unhandled rejection
		loading.set(locale, promise);
	}
	return promise;
}

/**
 * Add a page's or a view's own messages (Method/Validation, training-messages.ts,
 * inference-messages.ts), so the first
 * visit does not carry text it never shows.
 */
export function addMessages(extra: Record<Locale, Record<string, string>>) {
	for (const locale of LOCALES) Object.assign(CATALOGS[locale], extra[locale]);
}

/**
 * Add the translations of data prose that only one page shows (zh-validation-data.ts), so the main
 * page's Chinese chunk does not carry it. Call before the page's first render; its data still shows
 * in Chinese only once the main catalog has arrived too, so the page is never a mix.
 */
export function addDataTranslations(extra: Partial<Record<Locale, Record<string, string>>>) {
	for (const locale of LOCALES) Object.assign(DATA_TRANSLATIONS[locale], extra[locale]);
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * `{name}` fills in a parameter; `{name:chip|chips}` is the word for it, the first when the
 * parameter is 1 ("1 chip", "1,152 chips"). Languages without plural nouns (Chinese) do not use
 * the second form.
 */
const PLACEHOLDER = /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g;

/** The placeholder's text, or undefined when its parameter is not given. */
function filled(
	params: Record<string, string | number>,
	name: string,
	one: string | undefined,
	other: string | undefined
): string | undefined {
	if (!(name in params)) return undefined;
	const value = String(params[name]);
	if (one === undefined) return value;
	// A count arrives formatted ("1,152"): 1 is "1" whatever the grouping.
	return value === '1' ? one : other;
}

/** Look up a message and fill `{name}` placeholders: translate('en', 'app.modelVersion', { version: '1' }). */
export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
	return template.replace(
		PLACEHOLDER,
		(match, name: string, one?: string, other?: string) => filled(params, name, one, other) ?? match
	);
}

/** A message's text, each filled placeholder a piece of its own naming the placeholder. */
export interface MessagePiece {
	text: string;
	param?: string;
}

/**
 * `translate` in pieces, so the page can isolate a filled-in name (`<bdi>`): a name in a
 * right-to-left script would otherwise carry the figures beside it into its own direction.
 */
export function translatePieces(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): MessagePiece[] {
	const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
	const pieces: MessagePiece[] = [];
	let at = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		const [, name, one, other] = match;
		const text = filled(params, name!, one, other);
		if (text === undefined) continue;
		if (match.index > at) pieces.push({ text: template.slice(at, match.index) });
		// A plural word is the message's own text, not the filled-in name.
		pieces.push(one === undefined ? { text, param: name! } : { text });
		at = match.index + match[0].length;
	}
	if (at < template.length) pieces.push({ text: template.slice(at) });
	return pieces;
}

/** The data's English `text` in `locale`, or undefined when it has no translation (yet). */
export function translateData(locale: Locale, text: string): string | undefined {
	return DATA_TRANSLATIONS[locale][text];
}

export type { MessageKey };
