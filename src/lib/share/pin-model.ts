import { MODEL_VERSION } from '../model/version';

/**
 * A link query pinned to the model it was computed with: `m=` (the model version) after `v=`, as
 * every link the page writes carries it (codec.ts encodeParams). A claim's catalog query has none,
 * so a file's link opened after the model changed gave other figures without saying why. A query
 * that names a model version already keeps it.
 */
export function pinnedToModel(query: string): string {
	const params = new URLSearchParams(query);
	if (params.has('m')) return query;
	const pinned = new URLSearchParams();
	let placed = false;
	for (const [key, value] of params) {
		pinned.append(key, value);
		if (key === 'v' && !placed) {
			pinned.append('m', MODEL_VERSION);
			placed = true;
		}
	}
	return placed ? pinned.toString() : `m=${MODEL_VERSION}&${pinned.toString()}`;
}
