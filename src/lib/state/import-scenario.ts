import { SLOTS } from '../share/codec';
import { MAX_IMPORT_BYTES } from './import-limits';

/**
 * Reading a chosen file as a scenario. A file is accepted only when it carries one: a JSON object
 * whose `query` is a Rackscale link (the JSON export, or a saved entry downloaded as JSON). Anything
 * else is refused before the page changes, so a stray file cannot reset an edited comparison.
 */

/** Longer than any link the app writes (a full four-system link is ~3 kB); anything past it is damage. */
export const MAX_QUERY_CHARS = 20_000;

/** 'unavailable': the reader's code or the file could not be read (offline, file gone). */
export type ImportResult =
	| { ok: true; query: string }
	| { ok: false; reason: 'too-large' | 'not-json' | 'no-scenario' | 'unavailable' };

/** A link's keys, from a bare query or a whole address. */
function paramsOf(query: string): URLSearchParams {
	const start = query.includes('?') ? query.indexOf('?') + 1 : 0;
	return new URLSearchParams(query.slice(start).split('#')[0]);
}

/** The link's keys name a version or a system: it describes a scenario, not just a view or language. */
function holdsScenario(params: URLSearchParams): boolean {
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
	if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS)
		return { ok: false, reason: 'no-scenario' };
	const params = paramsOf(query);
	if (!holdsScenario(params)) return { ok: false, reason: 'no-scenario' };
	// The language is the reader's, not the scenario's: a file exported from the Chinese page
	// turned an English reader's page Chinese.
	params.delete('lang');
	return { ok: true, query: params.toString() };
}
