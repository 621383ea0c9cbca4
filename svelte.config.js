import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * app.html's own inline script (it moves an oversized link out of the address bar before the
 * page's first request: src/routes/opening-link.ts), allowed by its hash. SvelteKit hashes only
 * the scripts it writes; this one comes before the policy's <meta>, but a server may send the
 * policy as a header.
 */
const appScript = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(
	/<script>([\s\S]*?)<\/script>/
)?.[1];
if (appScript === undefined) throw new Error('src/app.html: its inline script is missing');
const appScriptHash = `sha256-${createHash('sha256').update(appScript).digest('base64')}`;

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
				'script-src': ['self', appScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};
