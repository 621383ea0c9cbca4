/*
 * Chunk groups for the client build. Left to itself the bundler splits the first visit's modules
 * into ~20 chunks by which of the lazy chunks (views, panels, the worker) also import them; each
 * chunk is gzipped on its own and carries its own import/export glue, so the first visit cost
 * 76.8 kB gzipped where the same code in one file is 71.9 kB. Here every module the main page
 * imports statically goes into one of two chunks:
 *   'shared': also loaded by every page (the layout, Kit's start and app entries) or by the
 *             Method/Validation pages, so those pages need not load 'first';
 *   'first':  only the main page's.
 * Modules only the lazy chunks or other pages use are left to the bundler, so nothing the first
 * visit did not download before is added to it. Measured with `npm run size` (scripts/first-visit.ts).
 */

const sep = String.raw`[\\/]`;
/** @param {string} file */
const generated = (file) => new RegExp(`generated${sep}client-optimized${sep}${file}\\.js$`);
/** The main page's route file: the client node that imports it is the main page's. */
const MAIN_PAGE = new RegExp(`src${sep}routes${sep}\\+page\\.svelte$`);
/** What every page loads: the root layout's node (always node 0) and Kit's client entries. */
const EVERY_PAGE = [
	generated(`nodes${sep}0`),
	generated('app'),
	new RegExp(`kit${sep}src${sep}runtime${sep}client${sep}entry\\.js$`)
];
/** A page's client node (the main page, Method, Validation, the error page). */
const PAGE_NODE = generated(`nodes${sep}\\d+`);

/**
 * Which of the two chunks a module belongs in, from the entries that reach it by static imports.
 * @param {string} id
 * @param {import('rolldown').ChunkingContext} context
 * @returns {'shared' | 'first' | null}
 */
export function chunkOf(id, context) {
	let mainPage = false;
	let everyPage = false;
	let otherPage = false;
	const seen = new Set([id]);
	for (let pending = [id], module = pending.pop(); module !== undefined; module = pending.pop()) {
		const info = context.getModuleInfo(module);
		if (EVERY_PAGE.some((entry) => entry.test(module))) everyPage = true;
		else if (PAGE_NODE.test(module)) {
			if (info?.importedIds.some((imported) => MAIN_PAGE.test(imported))) mainPage = true;
			else otherPage = true;
		}
		for (const importer of info?.importers ?? [])
			if (!seen.has(importer)) {
				seen.add(importer);
				pending.push(importer);
			}
	}
	return everyPage || (mainPage && otherPage) ? 'shared' : mainPage ? 'first' : null;
}

/**
 * No memo across calls: the server build runs the same groups over another graph (where no
 * module reaches a client node, so each is left to the bundler). Walking up ~900 modules' importers
 * for each costs well under a second.
 * @type {import('rolldown').CodeSplittingGroup[]}
 */
export const FIRST_VISIT_GROUPS = /** @type {const} */ (['shared', 'first']).map((name, i) => ({
	name: (id, context) => (chunkOf(id, context) === name ? name : null),
	// 'shared' first: what it captures (with its imports) leaves 'first'.
	priority: 2 - i
}));
