import type { LocalText } from '../validation';

/**
 * The Method page as data: every formula and assumption, each with worked examples that call the
 * model live. `quoted` is the hand calculation the text shows; tests/unit/content/method.test.ts
 * checks it against `example()` so the page cannot drift from the model. Prose is in English and
 * Simplified Chinese; formulas use the model's own symbol names and are language-neutral.
 */

/**
 * How an example's number is shown. `scale` multiplies first (e.g. 1e6 for "per million"); `per`
 * follows an SI unit ("1.241 TFLOP/s per W", as the hardware table writes it).
 */
export type ExampleFormat =
	| { kind: 'si'; unit: string; per?: LocalText }
	| { kind: 'number'; scale?: number; unit?: LocalText }
	| { kind: 'duration' }
	| { kind: 'percent' }
	| { kind: 'usd' };

export interface MethodExample {
	id: string;
	label: LocalText;
	/** The stated inputs and the hand arithmetic; `{quoted}` is replaced by `quoted`, formatted. */
	inputs: LocalText;
	/** The number the text quotes (hand calculation). */
	quoted: number;
	/** Relative tolerance between quoted and example(): the hand value is rounded. */
	tolerance: number;
	/** The model's own output for the stated inputs, computed live. */
	example: () => number;
	format: ExampleFormat;
	/** Model function(s) called, for readers who open the code. */
	calls: string;
}

/** A cited source: which catalog holds it (their key spaces overlap, e.g. S11), and its key. */
export type MethodReference =
	| { kind: 'source'; catalog: 'specs' | 'llm' | 'reliability' | 'training'; id: string }
	/**
	 * A section of Rackscale's data sheets (shared/data/*.md), quoted by name: one string where it
	 * is only file names and numbers, each language's where it has words ("cases", 案例).
	 */
	| { kind: 'sheet'; text: string | LocalText };

export interface MethodSection {
	id: string;
	title: LocalText;
	paragraphs: LocalText[];
	/**
	 * In the model's symbols; several are the exact `formula` strings of the model's estimates. A
	 * formula with words in it is given in both languages.
	 */
	formulas: (string | LocalText)[];
	examples: MethodExample[];
	references: MethodReference[];
	/** Files under src/lib that implement the section. */
	code: string[];
}
