import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { decodeScenario, encodeScenario } from './src/lib/share/codec';
import { arbitraryScenario } from './tests/fixtures/arbitraries';
const dir = './tests/fixtures/links/v1/';
const out: string[] = [];
for (const f of readdirSync(dir).sort()) {
	const fx = JSON.parse(readFileSync(dir + f, 'utf8'));
	const d = decodeScenario(fx.link);
	out.push(f + ' ' + encodeScenario(d.scenario, d.view) + ' ' + JSON.stringify(d.notices));
}
// hostile-ish links too
for (const l of ['v=1&e.compute=2&e.hbm=abc&e.up_lat_us=none&user_tps=0&in_tokens=1.5&weights=fp9&e.overhead_ms=5&e.overhead_ms=7', 'v=1&m=1&a=custom&in_tokens=100&accepted=3&e.reserve=0.95&llm=llama3-70b&llm.layers=10'])
{ const d = decodeScenario(l); out.push(encodeScenario(d.scenario) + ' ' + JSON.stringify(d.notices)); }
const samples = fc.sample(arbitraryScenario, { numRuns: 300, seed: 7 });
for (const s of samples) { try { out.push(encodeScenario(s as never)); } catch (e) { out.push('throw ' + e); } }
console.log(out.join('\n'));
