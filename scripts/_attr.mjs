import { readFileSync, readdirSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
const files = process.argv.slice(2);
const per = new Map();
for (const f of files) {
  const code = readFileSync(f, 'utf8');
  const map = new TraceMap(JSON.parse(readFileSync(f + '.map', 'utf8')));
  const lines = code.split('\n');
  const ratio = gzipSync(code).length / code.length;
  lines.forEach((line, li) => {
    let last = null, start = 0;
    for (let c = 0; c < line.length; c += 1) {
      if (c % 1 !== 0) continue;
    }
    // sample per char segments via map segments
    const segs = map.decodedMappings?.() ;
  });
  const decoded = (await import('@jridgewell/trace-mapping')).decodedMappings(map);
  decoded.forEach((segs, li) => {
    const line = lines[li] ?? '';
    segs.forEach((seg, si) => {
      const end = si + 1 < segs.length ? segs[si + 1][0] : line.length;
      const src = seg.length > 1 ? map.sources[seg[1]] : '(none)';
      per.set(src, (per.get(src) ?? 0) + (end - seg[0]) * ratio);
    });
  });
}
const rows = [...per].sort((a, b) => b[1] - a[1]);
const groups = new Map();
for (const [s, n] of rows) { const g = s.replace(/.*node_modules\//, 'nm/').replace(/.*src\/lib\//, '').replace(/\/[^/]*$/, ''); groups.set(g, (groups.get(g) ?? 0) + n); }
for (const [g, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((n / 1024).toFixed(1).padStart(6), g);
console.log('---');
for (const [s, n] of rows.slice(0, 40)) console.log((n / 1024).toFixed(1).padStart(6), s.replace(/.*src\/lib\//, ''));
