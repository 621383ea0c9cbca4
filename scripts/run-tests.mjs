// `npm test`: every gate, ordered to keep both cores of a 2-core CI machine busy.
//   1. Two lanes at once, each single-threaded:
//        build, bundle budget (npm run size), type check (npm run check)  |  Prettier, ESLint
//      The type check follows the build in its lane: both rewrite .svelte-kit/ (svelte-kit sync
//      truncates and writes its files), and a type check reading a file while the build rewrites
//      it could fail at random.
//   2. Vitest (two workers).
//   3. Playwright (two workers), serving the build of step 1 (E2E_PREBUILT=1: no second build).
// A step of step 1 prints its output whole when it ends, so the lanes' lines never interleave;
// Vitest and Playwright print as they go. After a failing step no later step starts (the other
// lane still finishes, so every type and lint error is listed in one run), and the exit code is 1.
// Ends with each step's wall time, to see where CI's minutes go.
//   node scripts/run-tests.mjs
import { spawn } from 'node:child_process';

const start = performance.now();
/** @type {{ name: string, seconds: number, ok: boolean }[]} */
const timings = [];

/**
 * Runs `npm run -s <script>`; resolves to whether it passed.
 * @param {string} script
 * @param {{ buffered?: boolean, env?: Record<string, string> }} [options]
 */
function run(script, { buffered = false, env = {} } = {}) {
	const started = performance.now();
	if (!buffered) console.log(`\n▶ npm run ${script}`);
	const child = spawn('npm', ['run', '-s', script], {
		stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
		// Buffered output is not a terminal: keep the colours a terminal would show.
		env: {
			...process.env,
			...(buffered && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
			...env
		}
	});
	/** @type {Buffer[]} */
	const output = [];
	child.stdout?.on('data', (chunk) => output.push(chunk));
	child.stderr?.on('data', (chunk) => output.push(chunk));
	return new Promise((resolve) => {
		child.on('close', (code, signal) => {
			const seconds = (performance.now() - started) / 1000;
			const ok = code === 0;
			timings.push({ name: script, seconds, ok });
			const verdict = ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
			if (buffered) process.stdout.write(`\n▶ npm run ${script}\n${Buffer.concat(output)}`);
			console.log(`◀ npm run ${script}: ${verdict} in ${seconds.toFixed(1)} s`);
			resolve(ok);
		});
	});
}

/** Runs scripts one after another while they pass. */
async function lane(scripts, options) {
	for (const script of scripts) if (!(await run(script, options))) return false;
	return true;
}

const lanes = await Promise.all([
	lane(['build', 'size', 'check'], { buffered: true }),
	lane(['lint'], { buffered: true })
]);
const passed =
	lanes.every(Boolean) &&
	(await run('test:unit')) &&
	(await run('test:e2e', { env: { E2E_PREBUILT: '1' } }));

console.log(`\nStep times (wall; ${((performance.now() - start) / 1000).toFixed(1)} s in all):`);
for (const { name, seconds, ok } of timings)
	console.log(`${seconds.toFixed(1).padStart(7)} s  ${name}${ok ? '' : '  FAILED'}`);
process.exit(passed ? 0 : 1);
