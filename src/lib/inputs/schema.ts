import { clamp, quantize, type Bounds } from '../model/bounds';

/**
 * One number a user can set, declared once. The link codec, the normalisers, the diff and the
 * sliders all read this declaration, so a limit cannot differ between them:
 * - the link writes `key=<SI ÷ scale>` and reads it back through `bounds` (a notice when clamped);
 * - the normaliser clamps the value at `path` into `bounds` (`normalizeInputs`);
 * - a slider or number field takes its range from `bounds` and refuses what `accepts` refuses;
 * - the diff labels the row with `label` and shows it in `unit`.
 *
 * To add an input: add one entry to its group (inputs/operations.ts, …) with a new link key. Keys
 * never change meaning within a link format version (README, "Link format").
 */
/**
 * Units of schema inputs as the diff shows them: symbols as written, words (`years`, `tokens`,
 * `trillionTokens`, `s`) translated by the page.
 */
export type InputUnit =
	| ''
	| 's'
	| 'ms'
	| 'µs'
	| 'tokens'
	| 'tokensPerSPerUser'
	| 'trillionTokens'
	| 'years'
	| 'chips'
	| 'MW'
	| 'USD'
	| 'USD/h'
	| 'USD/kWh'
	| '/h'
	| 'GB'
	| 'TB/s'
	| 'GB/s'
	| 'W'
	| 'TFLOP/s';

export interface NumberInput {
	/** Link key; for a per-system input the part after the slot (`joined` is written `a.joined`). */
	readonly key: string;
	/** Where the SI value lives, dot-separated, in the Scenario (per-system: in the SystemSpec). */
	readonly path: string;
	/** Unit of the number in the link (and the diff); SI value = link number × `scale`. */
	readonly unit: InputUnit;
	readonly scale: number;
	/** The only limits of this input, in SI units. */
	readonly bounds: Bounds;
	/** The literal `none` means "no figure" (null); elsewhere `none` is not a number. */
	readonly nullable: boolean;
	/** The SI value when nothing sets it. */
	readonly default: number | null;
	/** Message key of the input's name (src/lib/i18n). */
	readonly label: string;
}

/**
 * One word a user picks from a fixed list (a precision): `key=<word>`; anything else keeps the
 * value in use, with a notice. The diff shows the word in capitals (FP8).
 */
export interface ChoiceInput {
	readonly key: string;
	/** Keys an earlier link of the same format version wrote instead, read when `key` is absent. */
	readonly aliases?: readonly string[];
	readonly path: string;
	readonly choices: readonly string[];
	readonly default: string;
	readonly label: string;
}

/**
 * Free text a user names something with (a system's name): `key=<text>`, cleaned by `clean`
 * (control characters dropped, length capped); text that cleans to nothing keeps the value in
 * use. A change made by cleaning gets a notice.
 */
export interface TextInput {
	readonly key: string;
	readonly path: string;
	readonly default: string;
	readonly label: string;
	readonly clean: (text: string) => string;
}

/**
 * A value written as structured text (a training layout, `tp4.pp8.ep1.dp2.mb16`), or the word
 * `none` for no value (null). `normalize` makes a parsed value usable; a link whose value it
 * changes gets a notice, text that does not parse keeps the value in use with a notice.
 */
export interface FormattedInput<T> {
	readonly key: string;
	readonly path: string;
	readonly none: string;
	readonly label: string;
	parse(text: string): T | null;
	format(value: T): string;
	normalize(value: T): T;
}

/**
 * A rule between inputs that the limits alone cannot state (a batch holds at least one sequence).
 * `apply` changes only the inputs named in `keys`; the codec gives each change a notice.
 */
export interface CrossRule<T> {
	readonly keys: readonly string[];
	/** Why the rule holds, in one sentence (shown nowhere; the README lists the rules). */
	readonly why: string;
	apply(target: T): void;
}

export function numberInput(
	input: Omit<NumberInput, 'nullable' | 'scale'> & { nullable?: boolean; scale?: number }
): NumberInput {
	return { scale: 1, nullable: false, ...input };
}

/**
 * The one acceptance rule: a finite number inside the bounds (after the silent rounding to 6
 * significant digits a link applies), whole where the input counts things. Sliders and number
 * fields refuse anything else; the link and the normaliser change it (with a notice in the link).
 */
export function accepts(bounds: Pick<Bounds, 'min' | 'max' | 'integer'>, si: number): boolean {
	if (!Number.isFinite(si)) return false;
	const kept = bounds.integer ? si : quantize(si);
	return kept >= bounds.min && kept <= bounds.max && (!bounds.integer || Number.isInteger(si));
}

// ---------------------------------------------------------------- paths

type Tree = Record<string, unknown>;

export function readPath(root: object, path: string): unknown {
	let node: unknown = root;
	for (const part of path.split('.')) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Tree)[part];
	}
	return node;
}

/** Set the value at `path`, creating plain objects on the way; `root` must be a fresh copy. */
export function writePath(root: object, path: string, value: unknown): void {
	const parts = path.split('.');
	let node = root as Tree;
	for (const part of parts.slice(0, -1)) {
		const next = node[part];
		if (typeof next !== 'object' || next === null) node[part] = {};
		node = node[part] as Tree;
	}
	node[parts.at(-1)!] = value;
}

/**
 * Clamp every input of a group in `target` (a fresh copy), then apply the cross-field rules.
 * One rule for what is not a number (missing, NaN, a string from a damaged import): the default
 * (or the `fallback`'s value: a system's preset), as a link keeps the value in use when a key is
 * not a number. `null` stays only where the input may be unknown. Numbers are clamped into the
 * bounds, rounded when whole, else kept to 6 significant digits (what a link holds).
 */
export function normalizeInputs<T extends object>(
	target: T,
	inputs: readonly NumberInput[],
	rules: readonly CrossRule<T>[] = [],
	/** Where the value in use lives when it is not the default (a system's preset). */
	fallback: () => object | undefined = () => undefined
): T {
	for (const input of inputs) {
		const value = readPath(target, input.path);
		// A figure that may be unknown and is (null, or absent from a map) stays unknown.
		if ((value === null || value === undefined) && input.nullable) continue;
		const isNumber = typeof value === 'number' && !Number.isNaN(value);
		if (isNumber) writePath(target, input.path, clamp(value, input.bounds));
		else {
			const base = fallback();
			writePath(target, input.path, base ? readPath(base, input.path) : input.default);
		}
	}
	for (const rule of rules) rule.apply(target);
	return target;
}

/**
 * A word outside its list becomes the `fallback`'s word (a system's preset), else the default.
 * `target` must be a fresh copy down to each path.
 */
export function normalizeChoices<T extends object>(
	target: T,
	choices: readonly ChoiceInput[],
	fallback: () => object | undefined = () => undefined
): T {
	for (const input of choices) {
		const value = readPath(target, input.path);
		if (typeof value === 'string' && input.choices.includes(value)) continue;
		const base = fallback();
		const word = base ? readPath(base, input.path) : undefined;
		writePath(target, input.path, typeof word === 'string' ? word : input.default);
	}
	return target;
}

/** Text cleaned; empty after cleaning, or not text at all: the `fallback`'s text, else the default. */
export function normalizeTexts<T extends object>(
	target: T,
	texts: readonly TextInput[],
	fallback: () => object | undefined = () => undefined
): T {
	for (const input of texts) {
		const value = readPath(target, input.path);
		const clean = typeof value === 'string' ? input.clean(value) : '';
		const base = clean ? undefined : fallback();
		const kept = base ? readPath(base, input.path) : undefined;
		writePath(target, input.path, clean || (typeof kept === 'string' ? kept : input.default));
	}
	return target;
}
