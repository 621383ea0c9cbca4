// Starts the estimate CLI fast: scripts/estimate.ts and the model it imports are bundled by
// esbuild into one plain .mjs (no TypeScript compile at run time). The bundle is rebuilt when it
// is missing or older than any source, so `npm run -s estimate` works from a fresh clone.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'scripts/estimate.ts');
const bundle = join(root, 'node_modules/.cache/rackscale/estimate.mjs');
/** The files esbuild read (from its metafile): only these can make the bundle stale. */
const inputsList = `${bundle}.inputs.json`;

export async function buildEstimateCli() {
	const { build } = await import('esbuild');
	const { metafile } = await build({
		entryPoints: [entry],
		outfile: bundle,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		metafile: true,
		logLevel: 'warning'
	});
	writeFileSync(inputsList, JSON.stringify(Object.keys(metafile.inputs)));
}

function isStale() {
	try {
		const built = statSync(bundle).mtimeMs;
		const inputs = JSON.parse(readFileSync(inputsList, 'utf8'));
		return inputs.some((input) => statSync(join(root, input)).mtimeMs > built);
	} catch {
		return true; // no bundle yet, or a source was removed
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (process.argv[2] === '--build' || isStale()) await buildEstimateCli();
	if (process.argv[2] !== '--build') await import(pathToFileURL(bundle).href);
}
