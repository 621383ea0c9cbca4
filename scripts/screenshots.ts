/**
 * Screenshots of the built site at phone and desktop widths, in both colour schemes, for a person
 * to look at. Usage: npm run build && npm run screenshots [-- <query>]; writes screenshots/*.png.
 * Serves build/ itself on a loopback port, so no other server is needed.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png'
};

export function serveBuild(root = 'build') {
	return createServer(async (req, res) => {
		const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
		const candidates = [join(root, path), join(root, path, 'index.html'), `${join(root, path)}.html`];
		for (const file of candidates) {
			try {
				const body = await readFile(file);
				res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
				res.end(body);
				return;
			} catch {
				// try the next candidate
			}
		}
		res.writeHead(404).end('not found');
	});
}

async function main() {
	const query = process.argv[2] ?? '';
	const server = serveBuild().listen(0, '127.0.0.1');
	await new Promise((resolve) => server.once('listening', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
	});
	await mkdir('screenshots', { recursive: true });
	const shots = [
		{ name: 'desktop-light', width: 1440, height: 1000, scheme: 'light' as const },
		{ name: 'phone-light', width: 390, height: 844, scheme: 'light' as const },
		{ name: 'desktop-dark', width: 1440, height: 1000, scheme: 'dark' as const },
		{ name: 'phone-dark', width: 390, height: 844, scheme: 'dark' as const }
	];
	for (const shot of shots) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			colorScheme: shot.scheme
		});
		await page.goto(`http://127.0.0.1:${port}/${query ? `?${query.replace(/^\?/, '')}` : ''}`);
		await page.waitForSelector('#results');
		await page.waitForTimeout(1500); // training answers arrive from a worker
		await page.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: true });
		await page.screenshot({ path: `screenshots/${shot.name}-top.png` });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		console.log(`${shot.name}: ${overflow > 0 ? `HORIZONTAL OVERFLOW ${overflow}px` : 'no horizontal overflow'}`);
		await page.close();
	}
	await browser.close();
	server.close();
}

if (process.argv[1]?.endsWith('screenshots.ts')) await main();
