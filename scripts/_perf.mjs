import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const view of ['hardware','inference','hardware']) {
  const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const t0 = Date.now();
  await p.goto('http://localhost:4173/?view=' + view);
  await p.waitForFunction(() => document.documentElement.dataset.prefetched === 'true' && !document.querySelector('main .loading') && !/omputing…/.test(document.querySelector('main')?.textContent ?? ''), null, { timeout: 60000, polling: 20 });
  const t = Date.now() - t0;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(x => [x.name, x.value]));
  console.log(view, t, 'ms; script', (m.ScriptDuration*1000).toFixed(0), 'layout', (m.LayoutDuration*1000).toFixed(0), 'style', (m.RecalcStyleDuration*1000).toFixed(0), 'task', (m.TaskDuration*1000).toFixed(0), 'nodes', m.Nodes);
  await p.close();
}
await b.close();
