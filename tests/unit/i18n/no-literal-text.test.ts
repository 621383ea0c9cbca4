import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Every word a component shows comes from the message catalog (src/lib/i18n), so both languages
 * get it. Reads each component's markup with its script, style, comments and {expressions}
 * removed: what is left between tags, and literal accessible names and titles, must hold no words.
 */

/** Attributes whose text a person reads or hears. */
const READ_ATTRIBUTES = [
	'label',
	'aria-label',
	'aria-roledescription',
	'aria-description',
	'title',
	'placeholder',
	'alt'
];
/** Two letters in a row: a word, in Latin or Chinese script. Symbols (·, ←, ×, ƒ) may stay. */
const WORD = /[A-Za-z\u3400-\u9fff]{2,}/;

function* components(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* components(path);
		else if (entry.name.endsWith('.svelte')) yield path;
	}
}

/** Drop {…} expressions, braces nested (a template literal's ${} inside one is nested too). */
function withoutExpressions(markup: string): string {
	let depth = 0;
	let out = '';
	for (const char of markup) {
		if (char === '{') depth++;
		else if (char === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) out += char;
	}
	return out;
}

function literalText(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	const found: string[] = [];
	for (const [, name, value] of markup.matchAll(/\s([\w-]+)="([^"{]*)"/g))
		if (READ_ATTRIBUTES.includes(name!) && WORD.test(value!)) found.push(`${name}="${value}"`);
	const text = withoutExpressions(markup).replace(/<[^>]*>/g, '\n');
	for (const line of text.split('\n')) if (WORD.test(line)) found.push(line.trim());
	return found;
}

describe('components', () => {
	it('show no words outside the message catalog', () => {
		const found = [...components('src/lib/ui'), ...components('src/routes')].flatMap((file) =>
			literalText(readFileSync(file, 'utf8')).map((text) => `${file}: ${text}`)
		);
		expect(found).toEqual([]);
	});

	it('would see a literal word, a literal label and a word beside an expression', () => {
		expect(
			literalText(
				'<p>Hello {name}</p><button aria-label="Close">×</button><span>{a} and {b}</span>'
			)
		).toEqual(['aria-label="Close"', 'Hello', 'and']);
		expect(
			literalText('<script>const a = "words";</script><p>{i18n.t(`x.${y}`)} · ← {n}×</p>')
		).toEqual([]);
	});
});
