import type { Locale } from './index';

/**
 * Separators a component writes between pieces of text it joins itself (a label and its value,
 * clauses, an aside): full-width in Chinese, where "32 颗芯片: TP1" and "…; …" read as typos.
 * Text inside one message carries its own punctuation; these are only for joins.
 */
export interface Punctuation {
	colon: string;
	semicolon: string;
	/** An aside's opening bracket right after a word: " (" in English; "（" keeps its own space. */
	openAside: string;
	close: string;
	/** Between the items of a list: ", " in English, "、" in Chinese. */
	listComma: string;
	/** Between two sentences: a space in English, none after Chinese full stops. */
	sentenceGap: string;
}

const ENGLISH: Punctuation = {
	colon: ': ',
	semicolon: '; ',
	openAside: ' (',
	close: ')',
	listComma: ', ',
	sentenceGap: ' '
};
const CHINESE: Punctuation = {
	colon: '：',
	semicolon: '；',
	openAside: '（',
	close: '）',
	listComma: '、',
	sentenceGap: ''
};

export function punctuation(locale: Locale): Punctuation {
	return locale === 'zh' ? CHINESE : ENGLISH;
}
