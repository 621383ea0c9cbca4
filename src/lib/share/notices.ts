/**
 * What the link decoder ignored or changed, as data; the page words them in the user's language.
 * `given` is the raw text, already shortened so a hostile link cannot flood the page.
 */
export type NoticeCode =
	| 'unknown-key'
	| 'duplicate-key'
	| 'not-a-number'
	| 'clamped'
	| 'unknown-preset'
	| 'unknown-choice'
	| 'unknown-version'
	| 'missing-version'
	| 'model-changed'
	| 'orphan-key'
	| 'adjusted';

export interface Notice {
	code: NoticeCode;
	key: string;
	given?: string;
	used?: string;
}

export const MAX_SHOWN_VALUE_LENGTH = 40;

export function shorten(text: string): string {
	return text.length > MAX_SHOWN_VALUE_LENGTH ? `${text.slice(0, MAX_SHOWN_VALUE_LENGTH)}…` : text;
}
