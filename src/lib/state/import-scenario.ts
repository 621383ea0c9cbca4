import { SLOTS, decodeScenario } from '../share/codec';
import { MAX_IMPORT_BYTES } from './import-limits';
import '../i18n/import-messages';

/**
 * Reading a chosen file as a scenario. A file is accepted only when it carries one: a JSON object
 * whose `query` is a Rackscale link (the JSON export, or a saved entry downloaded as JSON). Anything
 * else is refused before the page changes, so a stray file cannot reset an edited comparison.
 */

/** Longer than any link the app writes (a full four-system link is ~3 kB); anything past it is damage. */
export const MAX_QUERY_CHARS = 20_000;

/**
 * 'unavailable': the reader's code or the file could not be read (offline, file gone).
 * `figuresDiffer`: the file's own figures (its systems' presets and chips, its workload) disagree
 * with what its link gives, e.g. edited by hand; only the link was read.
 */
export type ImportResult =
	| { ok: true; query: string; figuresDiffer?: true }
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

const isPrimitive = (value: unknown) =>
	value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * Whether the inputs an export repeats beside its link (each system's preset and chips, the
 * workload's plain settings) disagree with what the link decodes to. A file without them (a saved
 * entry) agrees: there is nothing else to read.
 */
function figuresDiffer(data: Record<string, unknown>, query: string): boolean {
	const { scenario } = decodeScenario(query);
	const systems = data.systems;
	if (Array.isArray(systems)) {
		if (systems.length !== scenario.systems.length) return true;
		const differs = systems.some((system: unknown, index) => {
			if (typeof system !== 'object' || system === null) return true;
			const { preset, chips } = system as { preset?: unknown; chips?: unknown };
			const spec = scenario.systems[index]!;
			return (
				(preset !== undefined && preset !== (spec.presetId ?? null)) ||
				(chips !== undefined && chips !== spec.chips)
			);
		});
		if (differs) return true;
	}
	const serving = (data.workload as { serving?: unknown } | undefined)?.serving;
	if (typeof serving !== 'object' || serving === null) return false;
	const decoded = scenario.serving as unknown as Record<string, unknown>;
	return Object.entries(serving).some(
		([key, value]) =>
			isPrimitive(value) && key in decoded && isPrimitive(decoded[key]) && decoded[key] !== value
	);
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
	const read = params.toString();
	return figuresDiffer(data as Record<string, unknown>, read)
		? { ok: true, query: read, figuresDiffer: true }
		: { ok: true, query: read };
}
