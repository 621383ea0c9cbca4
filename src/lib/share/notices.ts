import { INVISIBLE_FORMAT } from '../inputs/text';

/**
 * What the link decoder ignored or changed, as data; the page words them in the user's language.
 * `given` is the raw text, already shortened so a hostile link cannot flood the page.
 */
export type NoticeCode =
	| 'unknown-key'
	| 'duplicate-key'
	| 'not-a-number'
	| 'clamped'
	/** A count given as a fraction ("a.chips=1.5"), in range: rounded to `used`. */
	| 'not-whole'
	| 'unknown-preset'
	| 'unknown-choice'
	| 'unknown-version'
	| 'missing-version'
	| 'model-changed'
	/** `m` holds no version number at all ("NaN", "abc"): nothing to compare it with. */
	| 'not-a-model-version'
	| 'orphan-key'
	/**
	 * A key only the what-if baseline reads: of a system the scenario lacks and the baseline has
	 * (`c.chips` beside `base.c=…`), or a model field only the baseline's model has (`llm.kv_heads`
	 * beside `base.llm=llama-3.3-70b`, the scenario's DeepSeek-R1 having no KV heads to set), or an
	 * alias beside its key whose key the baseline takes out (`eff` beside `basis` and `base.basis=`;
	 * `used`: the key the scenario reads, `basis`).
	 */
	| 'baseline-only-key'
	/** An alias (`eff`) given with the key it is an earlier name of (`used`: `basis`), which wins. */
	| 'old-key'
	/** A system beyond the MAX_SYSTEMS a comparison holds (`used`), or one of its fields. */
	| 'extra-system'
	/** A system in a later slot than its place ("b=…&d=…"): it is read as slot `used`. */
	| 'moved-slot'
	| 'adjusted'
	/**
	 * A name cut to its length or stripped of control, invisible and replacement (U+FFFD, a broken
	 * escape) characters (or of all it had).
	 */
	| 'name-cleaned'
	/** A value the link did not set (the preset's) that a rule changed to fit what it did set. */
	| 'followed';

export interface Notice {
	code: NoticeCode;
	key: string;
	given?: string;
	used?: string;
	/**
	 * Raised reading the what-if baseline (`base=1`): its key is as the link writes it, `base.b.chips`
	 * or the `c.chips` the baseline reads from the link, or `base.` and a key the link does not give.
	 */
	baseline?: true;
}

export const MAX_SHOWN_VALUE_LENGTH = 40;
/** Of a shortened value, how much of its end is shown after the ellipsis. */
const SHOWN_TAIL_LENGTH = 10;

const HIDDEN = new RegExp(`[\\u0000-\\u001f\\u007f]|${INVISIBLE_FORMAT.source}`, 'g');

/**
 * Control and invisible format characters as visible code points ("[U+202E]"): a notice shows
 * what the link held, and none of it can hide or reorder the notice's own words.
 */
export function reveal(text: string): string {
	return text.replace(
		HIDDEN,
		(c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`
	);
}

/**
 * At most MAX_SHOWN_VALUE_LENGTH characters and an ellipsis, revealed. The ellipsis sits before
 * the end, which is kept: a value cut to its limit (a long name) then reads differently from the
 * value given, and a long number shows the character that spoiled it.
 */
export function shorten(text: string): string {
	const shown = reveal(text);
	if (shown.length <= MAX_SHOWN_VALUE_LENGTH) return shown;
	const head = MAX_SHOWN_VALUE_LENGTH - SHOWN_TAIL_LENGTH;
	return `${wholeSlice(shown, 0, head)}…${wholeSlice(shown, shown.length - SHOWN_TAIL_LENGTH)}`;
}

/** `slice`, without the half of a surrogate pair at either cut (it would show as U+FFFD). */
function wholeSlice(text: string, start: number, end = text.length): string {
	const low = (i: number) => /[\udc00-\udfff]/.test(text[i] ?? '');
	return text.slice(low(start) ? start + 1 : start, low(end) ? end - 1 : end);
}
