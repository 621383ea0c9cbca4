/**
 * `items.map(f)`, always as a packed array. V8 returns a packed array from `map` run by its
 * interpreter and a holey one from `map` inlined into optimised code, so code reading the result
 * saw its map change each time the caller changed tier, and was thrown back to the interpreter
 * ("wrong map") and compiled again. The serving worker's sweep was recompiled 9 times in a 200-step
 * slider drag, ~0.3 s of a compiler thread each on a 2-core machine, beside the page's main thread
 * (2026-12-07, `--trace-opt --trace-deopt` in Chromium). A push loop gives a packed array on
 * every tier.
 */
export function packedArray<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
	const out: U[] = [];
	for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
	return out;
}
