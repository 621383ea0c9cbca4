import { defineConfig, devices } from '@playwright/test';
import { testBrowserPath } from './scripts/test-browser.mjs';

// E2E_PORT lets two checkouts run their browser tests side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Every test opens its own browser context (storage, history and workers are its own), so the
	// tests of one file can run side by side too: two workers keep both cores of CI busy (one
	// worker, the browser tests took 9.7 of the 12 minutes of a 2-core CI run, one core idle).
	workers: 2,
	fullyParallel: true,
	retries: 0,
	// Generous: two workers share two cores, and these machines also run other work. A test fails
	// on what it checks, not on the clock.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['line'], ['json']] : 'list',
	use: { baseURL: process.env.E2E_BASE_URL ?? `http://localhost:${PORT}` },
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				// Playwright cannot download browsers here: Debian's Chromium headless shell, or its
				// Chromium (scripts/test-browser.mjs).
				launchOptions: {
					executablePath: testBrowserPath(),
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-dev-shm-usage',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic'
					]
				}
			}
		}
	],
	webServer: process.env.E2E_BASE_URL
		? undefined
		: {
				// A plain static server with no rewrite rules: what works here works on any static host.
				// `npm test` (scripts/run-tests.mjs) has built already and says so with E2E_PREBUILT.
				command: `${process.env.E2E_PREBUILT ? '' : 'npm run build && '}node scripts/serve-static.mjs build ${PORT}`,
				port: PORT,
				reuseExistingServer: !process.env.CI,
				timeout: 120_000
			}
});
