import type { Comparison } from './comparison.svelte';

/**
 * One `create(comparison)` per comparison, made on first request and kept (a WeakMap, so it goes
 * with the comparison). Made under its own effect root, not under the component that first asks:
 * deriveds owned by a tab go inert when the tab is destroyed, and the next visit would read stale
 * numbers. The root goes with the page (Comparison.onDispose).
 */
export function perComparison<T>(
	create: (comparison: Comparison) => T
): (comparison: Comparison) => T {
	const made = new WeakMap<Comparison, T>();
	return (comparison) => {
		if (made.has(comparison)) return made.get(comparison)!;
		let value: T | undefined;
		const teardown = $effect.root(() => {
			value = create(comparison);
		});
		comparison.onDispose(teardown);
		// Server rendering runs no effects, so the root's callback may not have run.
		const result = value ?? create(comparison);
		made.set(comparison, result);
		return result;
	};
}
