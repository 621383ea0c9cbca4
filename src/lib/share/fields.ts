import type { Bounds } from '../model/bounds';
import { clamp } from '../model/bounds';
import {
	accepts,
	readPath,
	writePath,
	type ChoiceInput,
	type CrossRule,
	type FormattedInput,
	type NumberInput,
	type TextInput
} from '../inputs/schema';
import { parseNumberText } from '../inputs/number-text';
import { shorten, type Notice } from './notices';

/**
 * Values longer than any number a link needs are refused before parsing: the parser's patterns
 * are then matched over at most this many characters, however a hostile link is written.
 */
const MAX_NUMBER_LENGTH = 64;

/**
 * Shortest text for a quantised SI value in display units: 2500, 3.35, 0.001. Integers (token
 * and chip counts, which are not quantised) are written exactly: 1048576, not 1048580.
 */
export function formatNumber(si: number, scale: number): string {
	const shown = si / scale;
	return Number.isSafeInteger(shown) ? String(shown) : String(Number(shown.toPrecision(6)));
}

export type ReadValue = (key: string) => string | undefined;

/**
 * Read a number key in display units and return it in SI, clamped into bounds.
 * undefined: absent or unreadable (a notice says so); null: the literal "none", only where a
 * figure may be unknown (`nullable`); elsewhere "none" is not a number and gets a notice.
 */
export function readNumber(
	value: ReadValue,
	notices: Notice[],
	key: string,
	scale: number,
	bounds: Bounds,
	nullable = false
): number | null | undefined {
	const text = value(key);
	if (text === undefined) return undefined;
	if (text === 'none') {
		if (nullable) return null;
		notices.push({ code: 'not-a-number', key, given: 'none' });
		return undefined;
	}
	// As a field reads it: "1,536" and full-width "１５３６" too, so a hand-edited link takes what
	// the page prints (helper-103: both were "not a number" in a link, accepted in a field).
	const number = text.length > MAX_NUMBER_LENGTH ? NaN : parseNumberText(text);
	if (Number.isNaN(number)) {
		notices.push({ code: 'not-a-number', key, given: shorten(text) });
		return undefined;
	}
	const si = number * scale;
	const used = clamp(Number.isNaN(si) ? bounds.min : si, bounds);
	// Rounding to 6 significant digits is silent; clamping, or rounding a count, is not. A count
	// in range that is refused is a fraction ("1.5 chips"), not out of range.
	if (!accepts(bounds, si))
		notices.push({
			code: bounds.integer && si >= bounds.min && si <= bounds.max ? 'not-whole' : 'clamped',
			key,
			given: shorten(text),
			used: formatNumber(used, scale)
		});
	return used;
}

/** Read one of a fixed set of words; anything else is a notice and `fallback`. */
export function readChoice<T extends string>(
	value: ReadValue,
	notices: Notice[],
	key: string,
	choices: readonly T[],
	fallback: T
): T {
	const text = value(key);
	if (text === undefined) return fallback;
	const found = choices.find((c) => c === text);
	if (found) return found;
	notices.push({ code: 'unknown-choice', key, given: shorten(text), used: fallback });
	return fallback;
}

/** A figure as link text; a missing figure (unsupported precision, unknown power) is "none". */
export function asText(value: number | null | undefined, scale: number): string {
	return value === null || value === undefined ? 'none' : formatNumber(value, scale);
}

/**
 * Write the inputs of `root` whose link text differs from `base`'s (each input's default when no
 * base is given; `complete`: every input), keys after `prefix` (a system slot: `a.`).
 */
export function encodeInputs(
	params: URLSearchParams,
	inputs: readonly NumberInput[],
	root: object,
	{
		complete = false,
		prefix = '',
		base
	}: { complete?: boolean; prefix?: string; base?: object } = {}
) {
	for (const input of inputs) {
		const text = asText(readPath(root, input.path) as number | null, input.scale);
		const fallback = base ? (readPath(base, input.path) as number | null) : input.default;
		if (complete || text !== asText(fallback, input.scale)) params.set(prefix + input.key, text);
	}
}

/**
 * Read the inputs a link gives into `root` (a fresh copy holding the values in use), each clamped
 * into its declaration with a notice, then apply the cross-field rules: each value a rule changes
 * gets one notice with what was given (or implied) and what is used. A notice for a value that
 * was refused says what stays. `prefix`: a system slot (`a.`).
 */
export function decodeInputs<T extends object>(
	value: ReadValue,
	notices: Notice[],
	inputs: readonly NumberInput[],
	root: T,
	rules: readonly CrossRule<T>[] = [],
	prefix = ''
) {
	const byKey = new Map(inputs.map((input) => [input.key, input]));
	const textAt = (input: NumberInput) =>
		asText(readPath(root, input.path) as number | null, input.scale);
	for (const input of inputs) {
		const key = prefix + input.key;
		const noticed = notices.length;
		const read = readNumber(value, notices, key, input.scale, input.bounds, input.nullable);
		if (read !== undefined) writePath(root, input.path, read);
		for (const notice of notices.slice(noticed)) notice.used ??= textAt(input);
	}
	applyRules(value, notices, rules, root, (key) => textAt(byKey.get(key)!), prefix);
}

/**
 * Apply cross-field rules to `root` (a fresh copy): each value a rule changes gets one notice,
 * replacing any earlier one for its key, with what was given (or implied) and what is used.
 * `textOf(key)` is a key's value in `root` as link text.
 */
export function applyRules<T extends object>(
	value: ReadValue,
	notices: Notice[],
	rules: readonly CrossRule<T>[],
	root: T,
	textOf: (key: string) => string,
	prefix = ''
) {
	for (const rule of rules) {
		const before = rule.keys.map(textOf);
		rule.apply(root);
		rule.keys.forEach((ruleKey, i) => {
			const used = textOf(ruleKey);
			if (used === before[i]) return;
			const key = prefix + ruleKey;
			const earlier = notices.findIndex((n) => n.key === key);
			if (earlier !== -1) notices.splice(earlier, 1);
			const given = value(key);
			// A value the link never set (the preset's) followed the ones it did.
			const code = given === undefined ? 'followed' : 'adjusted';
			notices.push({ code, key, given: shorten(given ?? before[i]!), used });
		});
	}
}

/**
 * The word of `input` in `root`, else the default: a spec made before the input existed (an old
 * saved scenario, a preset) uses it.
 */
const wordAt = (root: object | undefined, input: ChoiceInput): string =>
	(root && (readPath(root, input.path) as string | undefined)) ?? input.default;

/**
 * Write the words of `root` that differ from `base`'s (each default when no base is given). A
 * custom system writes only the words that differ from the default: unlike its figures, a word
 * has no preset to stand in for.
 */
export function encodeChoices(
	params: URLSearchParams,
	choices: readonly ChoiceInput[],
	root: object,
	{
		complete = false,
		prefix = '',
		base
	}: { complete?: boolean; prefix?: string; base?: object } = {}
) {
	for (const input of choices) {
		const word = wordAt(root, input);
		if (complete || word !== wordAt(base, input)) params.set(prefix + input.key, word);
	}
}

/**
 * Read the words a link gives into `root`; an unknown word keeps the one in use, with a notice, as
 * does an alias given with its key (`eff` with `basis`).
 */
export function decodeChoices(
	value: ReadValue,
	notices: Notice[],
	choices: readonly ChoiceInput[],
	root: object,
	prefix = ''
) {
	for (const input of choices) {
		const keys = [input.key, ...(input.aliases ?? [])].map((key) => prefix + key);
		// Every key given is read, so none reads as unknown; the first wins, a later one is noticed.
		const given = keys.filter((k) => value(k) !== undefined);
		const key = given[0] ?? keys[0]!;
		for (const k of given.slice(1)) notices.push({ code: 'old-key', key: k, used: key });
		const word = readChoice(value, notices, key, input.choices, wordAt(root, input));
		writePath(root, input.path, word);
	}
}

/** Write the texts of `root` that differ from `base`'s (each default when no base is given). */
export function encodeTexts(
	params: URLSearchParams,
	texts: readonly TextInput[],
	root: object,
	{
		complete = false,
		prefix = '',
		base
	}: { complete?: boolean; prefix?: string; base?: object } = {}
) {
	for (const input of texts) {
		const text = readPath(root, input.path) as string;
		const fallback = base ? readPath(base, input.path) : input.default;
		if (complete || text !== fallback) params.set(prefix + input.key, text);
	}
}

/**
 * Read the texts a link gives into `root`, cleaned; text that cleans to nothing keeps the one in
 * use. Each change cleaning makes gets a notice with what was given and what is used.
 */
export function decodeTexts(
	value: ReadValue,
	notices: Notice[],
	texts: readonly TextInput[],
	root: object,
	prefix = ''
) {
	for (const input of texts) {
		const key = prefix + input.key;
		const text = value(key);
		if (text === undefined) continue;
		const used = input.clean(text) || (readPath(root, input.path) as string);
		writePath(root, input.path, used);
		if (used !== text)
			notices.push({ code: 'name-cleaned', key, given: shorten(text), used: shorten(used) });
	}
}

/** Write a formatted value of `root` (`complete`: also the word for none). */
export function encodeFormatted<T>(
	params: URLSearchParams,
	input: FormattedInput<T>,
	root: object,
	{ complete = false, prefix = '' }: { complete?: boolean; prefix?: string }
) {
	const value = readPath(root, input.path) as T | null | undefined;
	if (value !== null && value !== undefined) params.set(prefix + input.key, input.format(value));
	else if (complete) params.set(prefix + input.key, input.none);
}

/**
 * Read a formatted value into `root`: the word for none is null; text that does not parse keeps
 * the value in use (notice); a parsed value is normalised, with a notice when that changes it.
 */
export function decodeFormatted<T>(
	value: ReadValue,
	notices: Notice[],
	input: FormattedInput<T>,
	root: object,
	prefix = ''
) {
	const key = prefix + input.key;
	const text = value(key);
	if (text === undefined) return;
	if (text === input.none) return writePath(root, input.path, null);
	const parsed = input.parse(text);
	if (parsed === null) {
		const inUse = readPath(root, input.path) as T | null | undefined;
		const used = inUse === null || inUse === undefined ? input.none : input.format(inUse);
		notices.push({ code: 'unknown-choice', key, given: shorten(text), used: shorten(used) });
		return;
	}
	const normalized = input.normalize(parsed);
	writePath(root, input.path, normalized);
	// Compared as written: `cp1` or `mb16.0` say the same as the canonical text.
	const used = input.format(normalized);
	if (used !== input.format(parsed))
		notices.push({ code: 'adjusted', key, given: shorten(text), used: shorten(used) });
}
