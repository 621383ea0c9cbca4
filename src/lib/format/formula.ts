import type { Estimate } from '../model/estimate-types';

/**
 * Evaluate an estimate's formula with its own terms substituted, so the page can show that the
 * math on screen gives the number on screen (and a test can check every estimate does).
 * Grammar: numbers (1,000 or 1e6), the estimate's term symbols, × ÷ * / + − -, parentheses,
 * √(x), ⌊x⌋, max(a, b, …), min(a, b, …), clamp(x, low, high). A formula may name its result and define symbols after it:
 * `what = low + x; low = a + b; …` (the name before the first `=` is not read). Returns null for
 * prose formulas it cannot read.
 */
export function evaluateFormula(estimate: Estimate): number | null {
	const values = new Map<string, number | null>(estimate.terms.map((t) => [t.symbol, t.value]));
	const [first, ...rest] = estimate.formula.split(';');
	const definitions = new Map<string, string>();
	for (const clause of rest) {
		const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(clause);
		if (!match || values.has(match[1]!) || definitions.has(match[1]!)) return null;
		definitions.set(match[1]!, match[2]!);
	}
	// A definition is read on first use; one that uses itself, directly or not, reads as null.
	const lookup = (symbol: string): number | null => {
		if (values.has(symbol)) return values.get(symbol)!;
		const text = definitions.get(symbol);
		if (text === undefined) return null;
		values.set(symbol, null);
		const v = evaluateExpression(text, lookup);
		values.set(symbol, v);
		return v;
	};
	const equals = first!.indexOf('=');
	return evaluateExpression(equals < 0 ? first! : first!.slice(equals + 1), lookup);
}

/** max(a, b, …), min(a, b, …), or clamp(x, low, high) (null for any other count). */
function call(name: 'max' | 'min' | 'clamp', args: number[]): number | null {
	if (name === 'max') return Math.max(...args);
	if (name === 'min') return Math.min(...args);
	const [x, low, high] = args;
	return args.length === 3 ? Math.min(Math.max(x!, low!), high!) : null;
}

/** One expression of the grammar above, its symbols read through `lookup`. */
function evaluateExpression(
	text: string,
	lookup: (symbol: string) => number | null
): number | null {
	const tokens = tokenize(text);
	if (!tokens) return null;
	let i = 0;
	const peek = () => tokens[i];
	const next = () => tokens[i++];

	function primary(): number | null {
		const token = next();
		if (token === undefined) return null;
		if (token === '(') {
			const v = sum();
			return next() === ')' ? v : null;
		}
		if (token === '⌊') {
			const v = sum();
			return next() === '⌋' && v !== null ? Math.floor(v) : null;
		}
		if (token === '√') {
			const v = primary();
			return v === null ? null : Math.sqrt(v);
		}
		if (token === 'max' || token === 'min' || token === 'clamp') {
			if (next() !== '(') return null;
			const args: number[] = [];
			for (;;) {
				const v = sum();
				if (v === null) return null;
				args.push(v);
				const sep = next();
				if (sep === ')') return call(token, args);
				if (sep !== ',') return null;
			}
		}
		if (token === '-' || token === '−') {
			const v = primary();
			return v === null ? null : -v;
		}
		if (/^[\d.]/.test(token)) return Number(token.replace(/,/g, ''));
		return lookup(token);
	}

	function product(): number | null {
		let v = primary();
		while (v !== null && ['×', '*', '÷', '/'].includes(peek() ?? '')) {
			const op = next();
			const rhs = primary();
			if (rhs === null) return null;
			v = op === '×' || op === '*' ? v * rhs : v / rhs;
		}
		return v;
	}

	function sum(): number | null {
		let v = product();
		while (v !== null && ['+', '−', '-'].includes(peek() ?? '')) {
			const op = next();
			const rhs = product();
			if (rhs === null) return null;
			v = op === '+' ? v + rhs : v - rhs;
		}
		return v;
	}

	const result = sum();
	return i === tokens.length && result !== null && Number.isFinite(result) ? result : null;
}

/** Split a formula into tokens; null when it holds anything outside the grammar. */
function tokenize(formula: string): string[] | null {
	const tokens: string[] = [];
	const pattern =
		/\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?|[A-Za-z_][A-Za-z0-9_]*|[×÷*/+\-−(),⌊⌋√])/gy;
	let match: RegExpExecArray | null;
	let end = 0;
	while ((match = pattern.exec(formula)) !== null) {
		tokens.push(match[1]!);
		end = pattern.lastIndex;
	}
	return formula.slice(end).trim() === '' ? tokens : null;
}

/**
 * The formula with each symbol replaced by its value as `format` writes it:
 * substitute(hbm, (t) => …) → "72 chips × 186 GB". A formula that names its result
 * (`stepS = low + …`) loses the name: shown after "=", it would read "= stepS = low + …".
 */
export function substitute(
	estimate: Estimate,
	format: (term: Estimate['terms'][number]) => string
): string {
	const bySymbol = new Map(estimate.terms.map((t) => [t.symbol, t]));
	// The result's name: a symbol that is none of the terms, then one "=" (not "==").
	const named = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*/.exec(estimate.formula);
	const unnamed =
		named && !bySymbol.has(named[1]!) ? estimate.formula.slice(named[0].length) : estimate.formula;
	return unnamed.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (symbol) => {
		const found = bySymbol.get(symbol);
		return found ? format(found) : symbol;
	});
}

/** The terms an estimate carries that its formula does not use (its note explains them). */
export function termsOutsideFormula(estimate: Estimate): Estimate['terms'] {
	const used = new Set(estimate.formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
	return estimate.terms.filter((t) => !used.has(t.symbol));
}
