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
	if (Array.isArray(next)) {
		const before = previous as unknown[];
		const merged = next.map((item, i) => reuseUnchanged(before[i], item));
		const same = merged.length === before.length && merged.every((item, i) => item === before[i]);
		return (same ? previous : merged) as T;
	}
	const before = previous as Record<string, unknown>;
	const keys = Object.keys(next);
	let same = keys.length === Object.keys(before).length;
	const merged: Record<string, unknown> = {};
	for (const key of keys) {
		merged[key] = reuseUnchanged(before[key], next[key]);
		// A key only `next` has is a difference even when its value is undefined.
		if (merged[key] !== before[key] || !(key in before)) same = false;
	}
	return (same ? previous : merged) as T;
}
