/**
 * Screenshots of the built site at phone and desktop widths, in both colour schemes, for a person
 * to look at. Usage: npm run build && npm run screenshots [-- <query>].
 * Without a query: every view of the main page, /method and /validation, in English and Chinese,
 * as screenshots/<view>-<lang>-<desktop|phone>-<light|dark>.png (whole page) and …-top.png
 * (first screen). With a query: that scenario of the main page only, as screenshots/query-….png.
 * Serves build/ itself on a loopback port with scripts/serve-static.mjs (the plain static server
 * the browser tests use, no rewrite rules), so no other server is needed.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { pageSettled } from './page-settled.ts';
import { staticServer } from './serve-static.mjs';
import { readerBrowserPath } from './test-browser.mjs';

const VIEWS = ['hardware', 'inference', 'training', 'energy', 'reliability', 'claims'];
const PAGES = [
	...VIEWS.map((view) => ({ name: view, path: `/?view=${view}` })),
	{ name: 'method', path: '/method' },
	{ name: 'validation', path: '/validation' }
];
const SIZES = [
	{ name: 'desktop', width: 1440, height: 1000 },
	{ name: 'phone', width: 390, height: 844 }
];
const SCHEMES = ['light', 'dark'] as const;

/** With a query: that one scenario of the main page. Without: every view and page, in both languages. */
function scenarios(query: string) {
	if (query) return [{ name: 'query', url: `/?${query.replace(/^\?/, '')}` }];
	return ['en', 'zh'].flatMap((lang) =>
		PAGES.map(({ name, path }) => ({
			name: `${name}-${lang}`,
			url: lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=zh`
		}))
	);
}

async function main() {
	const query = process.argv[2] ?? '';
	const server = staticServer().listen(0, '127.0.0.1');
	await new Promise((resolve) => server.once('listening', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const browser = await chromium.launch({
		executablePath: readerBrowserPath(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking'
		]
	});
	await mkdir('screenshots', { recursive: true });
	let overflowing = 0;
	for (const scenario of scenarios(query))
		for (const size of SIZES)
			for (const scheme of SCHEMES) {
				const name = `${scenario.name}-${size.name}-${scheme}`;
				const page = await browser.newPage({
					viewport: { width: size.width, height: size.height },
					colorScheme: scheme
				});
				await page.goto(`http://127.0.0.1:${port}${scenario.url}`);
				await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
				await page.waitForFunction(pageSettled, null, { timeout: 20_000 });
				await page.waitForTimeout(300);
				await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
				await page.screenshot({ path: `screenshots/${name}-top.png` });
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				if (overflow > 0) overflowing++;
				console.log(
					`${name}: ${overflow > 0 ? `HORIZONTAL OVERFLOW ${overflow}px` : 'no horizontal overflow'}`
				);
				await page.close();
			}
	console.log(
		overflowing
			? `${overflowing} screenshots overflow horizontally`
			: 'nothing overflows horizontally'
	);
	await browser.close();
	server.close();
}

if (process.argv[1]?.endsWith('screenshots.ts')) await main();
