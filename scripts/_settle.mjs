import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const view of ['hardware','inference','training','hardware']) {
  const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
  const t0 = Date.now();
  await p.goto('http://localhost:4173/?view=' + view);
  const t1 = Date.now();
  await p.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60000 , polling: 10});
  const t2 = Date.now();
  await p.waitForFunction(() => !document.querySelector('main .loading') && !/omputing…/.test(document.querySelector('main')?.textContent ?? ''), null, { timeout: 60000, polling: 10 });
  const t3 = Date.now();
  await p.waitForFunction(() => document.documentElement.dataset.prefetched === 'true', null, { timeout: 60000, polling: 10 });
  const t4 = Date.now();
  console.log(view, 'goto', t1-t0, 'ready', t2-t0, 'computed', t3-t0, 'prefetched', t4 - t0);
  await p.close();
}
await b.close();
