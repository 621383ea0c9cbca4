/**
 * Which source files make up the first-visit JavaScript, in approximate gzipped kB (each chunk's
 * gzip ratio spread over its bytes by source map). For deciding what to split next.
 *   SOURCEMAP=1 npm run build && npx tsx scripts/bundle-sources.ts
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { firstVisitChunks } from './first-visit';

const chunks = await firstVisitChunks();
const bytesBySource = new Map<string, number>();
for (const chunk of chunks) {
	const code = await readFile(chunk, 'utf8');
	const map = new TraceMap(
		await readFile(`${chunk}.map`, 'utf8').catch(() => '{"version":3,"sources":[],"mappings":""}')
	);
	const gzipRatio = gzipSync(code).length / code.length;
	const lines = code.split('\n');
	decodedMappings(map).forEach((segments, line) => {
		segments.forEach((segment, i) => {
			const end = segments[i + 1]?.[0] ?? lines[line]!.length;
			// Unmapped code: compiled Svelte templates and bundler glue.
			const source =
				segment.length > 1 ? map.sources[segment[1]!]!.replace(/^(\.\.\/)+/, '') : '(unmapped)';
			bytesBySource.set(source, (bytesBySource.get(source) ?? 0) + (end - segment[0]) * gzipRatio);
		});
	});
}
if (bytesBySource.size === 0)
	console.log('No source maps: build with SOURCEMAP=1 npm run build first.');
for (const [source, bytes] of [...bytesBySource]
	.sort((a, b) => b[1] - a[1])
	.slice(0, Number(process.env.TOP ?? 40)))
	console.log(`${(bytes / 1024).toFixed(1).padStart(6)} kB  ${source}`);
