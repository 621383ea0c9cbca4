import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * app.html's own inline scripts (the first moves an oversized link out of the address bar before
 * the page's first request: src/routes/opening-link.ts), allowed by their hashes. SvelteKit hashes
 * only the scripts it writes; these come before the policy's <meta>, but a server may send the
 * policy as a header. Browsers hash the text after the HTML parser turned CRLF into LF, so a
 * checkout with CRLF line ends must hash the same; a script with attributes would need its own rule.
 */
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').replace(
	/\r\n?/g,
	'\n'
);
if (/<script\s[^>]*>/.test(appHtml))
	throw new Error('src/app.html: only plain <script> blocks are hashed');
const appScriptHashes = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, script]) => `sha256-${createHash('sha256').update(script).digest('base64')}`
);
if (appScriptHashes.length === 0) throw new Error('src/app.html: its inline script is missing');

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// The page makes no network request after load; scripts and styles are all first-party.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appScriptHashes],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};
