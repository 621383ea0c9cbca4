// A plain static file server for build/, with no rewrite rules: it behaves like
// `python3 -m http.server`, nginx without try_files or an object store's website mode. A folder
// asked for without its slash is redirected to it; a folder serves its index.html; anything else
// that is not a file is 404. The browser tests run against it, so the build is proven to deploy
// on any static host (`vite preview` would hide a page that only works with rewrites).
//
//   node scripts/serve-static.mjs [dir=build] [port=4173]
// Scripts that drive a browser over the build (screenshots, measure-browser, profile-slider)
// import staticServer() and listen on a free loopback port; BUILD_DIR=<dir> makes them serve
// another build (a copy of main's, to measure A/B back to back: BUILD_DIR=/tmp/base npm run measure).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

async function fileAt(path) {
	try {
		return await stat(path);
	} catch {
		return undefined;
	}
}

function notFound(response) {
	response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	response.end('404 Not Found\n');
}

/**
 * The server for a folder (not yet listening).
 * @param {string} [dir] the folder to serve: $BUILD_DIR, else build/
 */
export function staticServer(dir = process.env.BUILD_DIR ?? 'build') {
	const root = resolve(dir);
	// Share links can be long (a hostile one in the tests holds 20,000 keys): allow 1 MB of headers.
	return createServer({ maxHeaderSize: 1 << 20 }, async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			return notFound(response);
		}
		let path = normalize(join(root, pathname));
		if (path !== root && !path.startsWith(root + sep)) return notFound(response);
		let info = await fileAt(path);
		if (info?.isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				response.writeHead(301, { location: `${url.pathname}/${url.search}` });
				return response.end();
			}
			path = join(path, 'index.html');
			info = await fileAt(path);
		}
		if (!info?.isFile()) return notFound(response);
		response.writeHead(200, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'content-length': info.size
		});
		if (request.method === 'HEAD') return response.end();
		createReadStream(path).pipe(response);
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
	staticServer(dir).listen(port, () =>
		console.log(`Serving ${resolve(dir)} at http://localhost:${port}/`)
	);
}
