// The browser the tests drive: Debian's Chromium headless shell (package chromium-headless-shell),
// else Debian's Chromium; CHROMIUM_PATH overrides both. The shell is the same Chromium build
// without the desktop browser around it: on a 2-core machine the browser tests ran in about half
// the time (visual.spec.ts: 14 s against 25 s, 2026-12-05) and drew the same pixels (the visual
// baselines pass with either). Speed measurements (npm run measure) keep the full browser, the one
// a reader uses.
import { existsSync } from 'node:fs';

export const TEST_BROWSERS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export function testBrowserPath() {
	return firstPresent(TEST_BROWSERS);
}

/**
 * The browser speed is measured in and screenshots are taken with: Debian's Chromium, the one a
 * reader uses, else the headless shell (a machine set up by `npm test` alone has only that).
 */
export function readerBrowserPath() {
	return firstPresent([...TEST_BROWSERS].reverse());
}

function firstPresent(paths) {
	return process.env.CHROMIUM_PATH ?? paths.find((path) => existsSync(path)) ?? paths[0];
}
