import type { Scenario } from '../model/scenario';

/*
 * A scenario sent to a worker in parts: the first request carries all of them, each later one
 * only those that changed, and the worker merges them into the scenario it holds.
 */

/** The parts of `next` that are not the same objects as in `last` (all of them without one). */
export function changedParts(last: Scenario | null, next: Scenario): Partial<Scenario> {
	if (!last) return next;
	const parts: Partial<Scenario> = {};
	for (const key of Object.keys(next) as (keyof Scenario)[])
		if (next[key] !== last[key]) Object.assign(parts, { [key]: next[key] });
	return parts;
}

/** The scenario held after `parts` arrive (none held before a worker's first request). */
export function mergeParts(held: Partial<Scenario>, parts: Partial<Scenario>): Partial<Scenario> {
	return { ...held, ...parts };
}
