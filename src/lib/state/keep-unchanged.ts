/*
 * Deriveds that rebuild equal values on every tick (Svelte compares objects by identity, so an
 * equal rebuild still wakes every reader): these filters hand back the last value instead. Only
 * the lazily loaded views use them, so they do not share reuseUnchanged (the first visit's) and
 * split it into a chunk of its own.
 */

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
	if (typeof value !== 'object' || value === null) return false;
	if (Array.isArray(value)) return true;
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

/**
 * Equal in value: plain objects and arrays compared part by part, anything else by identity.
 * Own keys counted with for-in loops, not Object.keys and every: it walks whole evaluations on
 * every slider tick, and the key arrays and callbacks were ~30 kB of garbage per tick.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (!isPlainContainer(a) || !isPlainContainer(b) || Array.isArray(a) !== Array.isArray(b))
		return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	let keys = 0;
	for (const key in x) {
		if (!Object.hasOwn(x, key)) continue;
		if (!(key in y) || !sameValue(x[key], y[key])) return false;
		keys++;
	}
	for (const key in y) if (Object.hasOwn(y, key)) keys--;
	return keys === 0;
}

/**
 * A filter for a derived: each new value, or the last one it returned when equal in value.
 *   const keep = keepUnchanged<Row[]>(); const rows = $derived(keep(buildRows(...)));
 */
export function keepUnchanged<T>(): (next: T) => T {
	let last: { value: T } | null = null;
	return (next) => (last = last && sameValue(last.value, next) ? last : { value: next }).value;
}

/**
 * The same for a list whose items have a cheaper test of equality (`same`): an item equal to the
 * last list's item at its position comes back as that item, and the last list itself when every
 * item does.
 */
export function keepItems<T>(same: (last: T, next: T) => boolean): (next: T[]) => T[] {
	let last: T[] | null = null;
	return (next) => {
		const before = last;
		const merged = before
			? next.map((item, i) => (i < before.length && same(before[i]!, item) ? before[i]! : item))
			: next;
		const unchanged =
			before !== null &&
			merged.length === before.length &&
			merged.every((item, i) => item === before[i]);
		return (last = unchanged ? before : merged);
	};
}
