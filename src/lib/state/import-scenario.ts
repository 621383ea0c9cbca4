import { SLOTS } from '../share/codec';
import { MAX_QUERY_CHARS } from './saved.svelte';

/**
 * Reading a chosen file as a scenario. A file is accepted only when it carries one: a JSON object
 * whose `query` is a Rackscale link (the JSON export, or a saved entry downloaded as JSON). Anything
 * else is refused before the page changes, so a stray file cannot reset an edited comparison.
 */

/** A JSON export is ~20-60 kB; past this a file is not one, and is refused unread. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult =
	{ ok: true; query: string } | { ok: false; reason: 'too-large' | 'not-json' | 'no-scenario' };

/** The link's keys name a version or a system: it describes a scenario, not just a view or language. */
function holdsScenario(query: string): boolean {
	const start = query.includes('?') ? query.indexOf('?') + 1 : 0;
	const params = new URLSearchParams(query.slice(start).split('#')[0]);
	return params.has('v') || SLOTS.some((slot) => params.has(slot));
}

/** Bounded: the text is capped before JSON.parse, and the query before the codec reads it. */
export function readScenarioFile(text: string): ImportResult {
	if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json' }; // includes a nesting too deep for the parser
	}
	const query =
		typeof data === 'object' && data !== null && !Array.isArray(data)
			? (data as { query?: unknown }).query
			: undefined;
	if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS || !holdsScenario(query))
		return { ok: false, reason: 'no-scenario' };
	return { ok: true, query };
}
