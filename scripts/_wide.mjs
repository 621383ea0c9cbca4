import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto('http://localhost:4173/?v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-h100&view=inference');
await p.waitForTimeout(5000);
const r = await p.evaluate(() => {
  const out = [];
  let el = document.querySelector('section.workload');
  while (el) { const rc = el.getBoundingClientRect(); out.push(`${el.tagName}.${el.className} L=${Math.round(rc.left)} W=${Math.round(rc.width)} sw=${el.scrollWidth} pad=${getComputedStyle(el).padding}`); el = el.parentElement; }
  for (const c of document.querySelectorAll('section.workload *')) { const rc = c.getBoundingClientRect(); if (rc.right > 391) out.push('CHILD ' + c.tagName + '.' + c.className + ' R=' + Math.round(rc.right) + ' ' + (c.textContent||'').trim().slice(0,50)); }
  return out;
});
console.log(r.join('\n'));
await b.close();
