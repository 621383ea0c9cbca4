import { chromium } from '@playwright/test';
import fs from 'fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await b.startTracing(p, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await p.goto('http://localhost:4173/?view=hardware');
await p.waitForFunction(() => document.documentElement.dataset.prefetched === 'true' && !document.querySelector('main .loading'), null, { timeout: 60000, polling: 20 });
await b.stopTracing();
await b.close();
const ev = JSON.parse(fs.readFileSync('/tmp/trace.json')).traceEvents;
const byName = {};
const threads = {};
for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') threads[e.pid + ':' + e.tid] = e.args.name;
for (const e of ev) if (e.ph === 'X' && e.dur) { const k = (threads[e.pid+':'+e.tid]||'?') + ' | ' + e.name; byName[k] = (byName[k]||0) + e.dur; }
console.log(Object.entries(byName).sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>(v/1000).toFixed(0)+' ms '+k).join('\n'));
