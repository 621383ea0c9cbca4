import { isLocale, type Locale } from './index';

/**
 * A `lang` as people write it, in any case and with a region or script ("zh-CN", "zh-Hans",
 * "ZH", "en_US"): the page's language it names, or undefined for one the page does not have.
 * Read exactly, "zh-CN" was refused and the page turned to English (helper-132). Apart from the
 * catalog (index.ts), so the codec takes only this.
 */
export function localeOf(text: string | null | undefined): Locale | undefined {
	const language = text?.toLowerCase().split(/[-_]/, 1)[0];
	return isLocale(language) ? language : undefined;
}
