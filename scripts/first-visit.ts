import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The JavaScript files a first visit to the main page downloads (after `npm run build`): the
 * chunks build/index.html preloads or imports, and every chunk they import statically, since the
 * browser fetches those before the page runs. The preload list alone is not enough: SvelteKit
 * leaves out a chunk it first reached through a dynamic import (its find_deps marks it seen
 * without its JS), so on 2026-12-03 sources.ts, InputSlider and FormulaInspector (6.5 kB gzipped)
 * loaded unlisted, after the page's own chunk, uncounted by `npm run size`.
 */
export async function firstVisitChunks(): Promise<Set<string>> {
	const html = await readFile('build/index.html', 'utf8');
	const pending = [...html.matchAll(/(?:href="|import\(")\.\/(_app\/[^"]+\.js)"/g)].map((m) =>
		join('build', m[1]!)
	);
	const closure = new Set<string>();
	for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
		if (closure.has(file)) continue;
		closure.add(file);
		// Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` loads later.
		const code = await readFile(file, 'utf8');
		for (const [, path] of code.matchAll(/\b(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
			pending.push(join(dirname(file), path!));
	}
	return closure;
}
