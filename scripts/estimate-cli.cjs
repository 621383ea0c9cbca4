#!/usr/bin/env node
// The estimate CLI's launcher, written for start-up time (call it directly: `npm run` alone costs
// more than the whole run, see README "Command line"):
// - scripts/estimate.ts and the model are bundled by esbuild into one plain CommonJS file (no
//   TypeScript compile at run time; CommonJS skips starting Node's ESM loader). The bundle is
//   rebuilt when it is missing or older than any source, so a fresh clone works.
// - The bundle is minified: less source to read and to check against the code cache.
// - V8 code cache: the bytecode of every function the previous run compiled is stored beside the
//   bundle and reused, so a run parses and compiles almost nothing.
// - `--no-opt`: a one-shot run ends before TurboFan's optimised code pays back its compile time
//   (on 2 cores it competes with the run itself, and deoptimises); the interpreter and Sparkplug
//   alone halved the CPU time of the default scenario. Results are the same: JavaScript's numbers
//   do not depend on the tier that computes them.
'use strict';
const { setFlagsFromString } = require('node:v8');

setFlagsFromString('--no-opt');

const fs = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');

const root = join(__dirname, '..');
const cacheDir = join(root, 'node_modules/.cache/rackscale');
const bundle = join(cacheDir, 'estimate.cjs');
/** The files esbuild read (from its metafile): only these can make the bundle stale. */
const inputsList = `${bundle}.inputs.json`;
const CODE_CACHE_SUFFIX = '.v8-code-cache';

/** Write via a temporary file and rename, so a concurrent run never reads half a file. */
function writeAtomically(path, contents) {
	const temporary = `${path}.${process.pid}.tmp`;
	fs.writeFileSync(temporary, contents);
	fs.renameSync(temporary, path);
}

function buildEstimateCli() {
	const { buildSync } = require('esbuild');
	const { outputFiles, metafile } = buildSync({
		entryPoints: [join(root, 'scripts/estimate.ts')],
		outfile: bundle,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		// Smaller source, less to read and to match with the code cache: 179 kB instead of 294 kB,
		// about 5 ms less per call. Stack traces name minified functions; to debug, run the source
		// with `npx tsx scripts/estimate.ts <link>`.
		minify: true,
		metafile: true,
		write: false,
		logLevel: 'warning'
	});
	fs.mkdirSync(cacheDir, { recursive: true });
	for (const name of fs.readdirSync(cacheDir))
		if (name.endsWith(CODE_CACHE_SUFFIX)) fs.rmSync(join(cacheDir, name), { force: true });
	writeAtomically(bundle, outputFiles[0].contents);
	writeAtomically(inputsList, JSON.stringify(Object.keys(metafile.inputs)));
}

function isStale() {
	try {
		const built = fs.statSync(bundle).mtimeMs;
		const inputs = JSON.parse(fs.readFileSync(inputsList, 'utf8'));
		return inputs.some((input) => fs.statSync(join(root, input)).mtimeMs > built);
	} catch {
		return true; // no bundle yet, or a source was removed
	}
}

/**
 * Run the bundle as a CommonJS module compiled with the code cache. The cache's name carries the
 * bundle's size and time, read from the same open file as the source, so a cache never meets
 * another build of the bundle (V8 itself checks only the length, the V8 version and the flags).
 */
function runBundle() {
	const fd = fs.openSync(bundle, 'r');
	const { size, mtimeMs } = fs.fstatSync(fd);
	const source = fs.readFileSync(fd, 'utf8');
	fs.closeSync(fd);
	const codeCache = `${bundle}.${size}-${Math.round(mtimeMs)}${CODE_CACHE_SUFFIX}`;
	let cachedData;
	try {
		cachedData = fs.readFileSync(codeCache);
	} catch {
		cachedData = undefined; // first run of this build
	}
	const { Script } = require('node:vm');
	const script = new Script(wrap(source), { filename: bundle, cachedData });
	if (cachedData === undefined || script.cachedDataRejected) {
		// At exit the cache also holds the functions this run compiled lazily.
		process.once('exit', () => {
			try {
				writeAtomically(codeCache, script.createCachedData());
			} catch {
				// A read-only checkout runs without a cache.
			}
		});
	}
	const module = { exports: {} };
	script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

if (require.main === module) {
	const buildOnly = process.argv[2] === '--build';
	if (buildOnly || isStale()) buildEstimateCli();
	if (!buildOnly) runBundle();
}
