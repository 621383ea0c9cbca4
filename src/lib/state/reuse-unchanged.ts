function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
	if (typeof value !== 'object' || value === null) return false;
	if (Array.isArray(value)) return true;
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

/**
 * `next`, with every part equal in value to the same part of `previous` replaced by that part of
 * `previous` (and `previous` itself when nothing differs). An edit to one input then leaves every
 * other object identical, so reactive state that depends only on untouched parts sees no change.
 * Plain objects and arrays are compared by value; anything else by identity. Neither argument is
 * modified: where something differs, a new object or array is built.
 */
export function reuseUnchanged<T>(previous: T, next: T): T {
	if (Object.is(previous, next)) return previous;
	if (
		!isPlainContainer(previous) ||
		!isPlainContainer(next) ||
		Array.isArray(previous) !== Array.isArray(next)
	)
		return next;
	// Nothing is allocated until a difference shows: on a slider's tick most comparisons are equal.
	if (Array.isArray(next)) {
		const before = previous as unknown[];
		let merged: unknown[] | null = next.length === before.length ? null : [];
		for (let i = 0; i < next.length; i++) {
			const item = reuseUnchanged(before[i], next[i]);
			if (!merged && item !== before[i]) merged = before.slice(0, i);
			merged?.push(item);
		}
		return (merged ?? previous) as T;
	}
	const before = previous as Record<string, unknown>;
	const keys = Object.keys(next);
	let merged: Record<string, unknown> | null =
		keys.length === Object.keys(before).length ? null : {};
	for (let k = 0; k < keys.length; k++) {
		const key = keys[k]!;
		const value = reuseUnchanged(before[key], (next as Record<string, unknown>)[key]);
		// A key only `next` has is a difference even when its value is undefined.
		if (!merged && (value !== before[key] || !(key in before))) {
			merged = {};
			for (const earlier of keys.slice(0, k)) merged[earlier] = before[earlier];
		}
		if (merged) merged[key] = value;
	}
	return (merged ?? previous) as T;
}

/**
 * A filter for a derived that rebuilds equal values: it passes each new value through
 * reuseUnchanged against the last one it returned, so an equal rebuild comes back as the very
 * same object and does not wake the derived's readers (Svelte compares objects by identity).
 *   const keep = keepUnchanged<Row[]>(); const rows = $derived(keep(buildRows(...)));
 */
export function keepUnchanged<T>(): (next: T) => T {
	let last: { value: T } | null = null;
	return (next) => (last = { value: last ? reuseUnchanged(last.value, next) : next }).value;
}

/**
 * keepUnchanged for a list whose items have a cheaper test of equality than a deep comparison
 * (`same`): an item equal to the last list's item at its position comes back as that item, and
 * the last list itself when every item does.
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
