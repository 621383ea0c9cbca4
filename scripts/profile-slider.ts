/**
 * Where the time goes while a slider is dragged: the page and slider `npm run measure` times,
 * under Chromium's sampling CPU profiler. Prints the DOM mutations per step, a step's style recalc
 * and layout beside its whole (thread CPU time, from a trace), then time per step by function (self time), by the outermost project function on the stack (which handler,
 * effect or derived the work was done for, model and Svelte runtime included) and by file.
 *   npm run build && npx tsx scripts/profile-slider.ts [steps]
 * Built with SOURCEMAP=1 (see vite.config.ts) names and files are the
 * sources' instead of minified ones. FOCUS=<name> adds the self time under functions so named.
 * The profiler slows the page: compare runs with each other, not with `npm run measure`.
 * BUILD_DIR=<dir> profiles another build (e.g. a copy of main's, for an A/B).
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { staticServer } from './serve-static.mjs';
import { readerBrowserPath } from './test-browser.mjs';

const STEPS = Number(process.argv[2] ?? 400);

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const server = staticServer().listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({
	executablePath: readerBrowserPath(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking'
	]
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(
	`${origin}/?v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200&view=inference`
);
// The inference view is its own chunk: wait until it has rendered its chart and the page is idle.
await page.waitForSelector('#panel-inference figure svg');
await page.waitForSelector('html[data-prefetched]', { state: 'attached' });

// The slider steps, as strings: tsx would wrap functions with helpers the page does not have.
const step = (i: string) => `
	await frame();
	slider.value = String(300 + (${i} % 400));
	slider.dispatchEvent(new Event('input', { bubbles: true }));
	document.body.getBoundingClientRect();`;
const prelude = `
	const slider = document.querySelector('#panel-inference input[type=range]:not([disabled])');
	const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));`;

const mutations = await page.evaluate(`(async () => {${prelude}
	const counts = { childList: 0, characterData: 0, attributes: 0 };
	const observer = new MutationObserver((records) => { for (const r of records) counts[r.type]++; });
	observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	for (let i = 0; i < 20; i++) {${step('i')}
		await frame();
	}
	observer.disconnect();
	for (const k in counts) counts[k] /= 20;
	return counts;
})()`);
console.log('DOM mutation records per step:', mutations);

/**
 * Blink's share of a step, from a trace: the step as `npm run measure` times it (input, Svelte's
 * microtasks, then a forced layout) between two marks, in thread CPU time (a busy machine
 * deschedules the page; wall time then says more about the machine than the page). Medians.
 */
interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	tts?: number;
	dur?: number;
	tdur?: number;
	tid: number;
	args?: {
		elementCount?: number;
		beginData?: { dirtyObjects?: number; totalObjects?: number };
	};
}
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
await page.evaluate(`(async () => {${prelude}
	for (let i = 0; i < 100; i++) {
		await frame();
		performance.mark('step-start');
		slider.value = String(300 + (i % 400));
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		for (let k = 0; k < 4; k++) await new Promise((resolve) => queueMicrotask(resolve));
		document.body.getBoundingClientRect();
		performance.mark('step-end');
	}
})()`);
const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
	traceEvents: TraceEvent[];
};
const starts = traceEvents.filter((e) => e.name === 'step-start');
const ends = traceEvents.filter((e) => e.name === 'step-end');
const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
const within = (name: string, from: TraceEvent, to: TraceEvent) =>
	traceEvents.filter(
		(e) => e.name === name && e.ph === 'X' && e.tid === from.tid && e.ts >= from.ts && e.ts <= to.ts
	);
const steps = starts.map((start, i) => {
	const end = ends[i]!;
	const style = within('UpdateLayoutTree', start, end);
	const layout = within('Layout', start, end);
	const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
	return {
		step: ((end.tts ?? 0) - (start.tts ?? 0)) / 1000,
		style: cpu(style),
		elements: style.reduce((sum, e) => sum + (e.args?.elementCount ?? 0), 0),
		layout: cpu(layout),
		dirty: layout.reduce((sum, e) => sum + (e.args?.beginData?.dirtyObjects ?? 0), 0),
		total: layout[0]?.args?.beginData?.totalObjects ?? 0
	};
});
const of = (key: keyof (typeof steps)[number]) => median(steps.map((s) => s[key]));
// The wall-clock p95 `npm run measure` gives includes time the machine took the page's thread
// away (a shared VM: wall ÷ thread CPU was 1.5-2 here); the thread's own p95 is the page's part.
const cpuP95 = steps.map((s) => s.step).sort((a, b) => a - b)[Math.floor(steps.length * 0.95)] ?? 0;
console.log(
	`step (input → DOM updated and laid out), thread CPU time, median of ${steps.length}: ${of('step').toFixed(2)} ms (p95 ${cpuP95.toFixed(2)} ms); style recalc ${of('style').toFixed(2)} ms (${of('elements')} elements), layout ${of('layout').toFixed(2)} ms (${of('dirty')} of ${of('total')} layout objects dirty), the rest script`
);

const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(`(async () => {${prelude}
	for (let i = 0; i < ${STEPS}; i++) {${step('i')}
	}
})()`);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await browser.close();
server.close();

const maps = new Map<string, TraceMap | null>();
async function mapFor(url: string): Promise<TraceMap | null> {
	if (!url.startsWith(origin)) return null;
	if (!maps.has(url)) {
		try {
			maps.set(
				url,
				new TraceMap(
					await readFile(
						`${join(process.env.BUILD_DIR ?? 'build', new URL(url).pathname)}.map`,
						'utf8'
					)
				)
			);
		} catch {
			maps.set(url, null);
		}
	}
	return maps.get(url)!;
}

// Name and source file of every profile node.
const label = new Map<number, { name: string; file: string }>();
for (const node of profile.nodes) {
	const { functionName, url, lineNumber, columnNumber } = node.callFrame;
	let file = url ? url.replace(origin, '') : '(native)';
	let name = functionName || '(anonymous)';
	const pos =
		(await mapFor(url)) &&
		originalPositionFor((await mapFor(url))!, { line: lineNumber + 1, column: columnNumber });
	if (pos && pos.source) {
		file = pos.source.replace(/^(\.\.\/)+/, '');
		name = `${pos.name ?? name} ${file.split('/').pop()}:${pos.line}`;
	} else if (url) name = `${name} ${file}:${lineNumber + 1}:${columnNumber}`;
	label.set(node.id, { name, file });
}
const parent = new Map<number, number>();
for (const node of profile.nodes)
	for (const child of node.children ?? []) parent.set(child, node.id);
function stack(id: number): { name: string; file: string }[] {
	const frames = [];
	for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
		frames.push(label.get(n)!);
	return frames; // innermost first
}

const bySelf = new Map<string, number>();
const byOutermost = new Map<string, number>();
const byFile = new Map<string, number>();
const underFocus = new Map<string, number>();
const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);
let busy = 0;
profile.samples.forEach((id, i) => {
	const ms = (profile.timeDeltas[i] ?? 0) / 1000;
	const frames = stack(id);
	const leaf = frames[0]!;
	if (leaf.name === '(idle)') return;
	busy += ms;
	add(bySelf, leaf.name, ms);
	add(byFile, leaf.file, ms);
	const outermost = frames.findLast((f) => f.file.startsWith('src/'));
	const other = leaf.name.startsWith('(')
		? leaf.name
		: '(Svelte runtime, DOM or harness: no project frame)';
	add(byOutermost, outermost?.name ?? other, ms);
	if (process.env.FOCUS && frames.some((f) => f.name.startsWith(process.env.FOCUS!)))
		add(underFocus, leaf.name, ms);
});

const top = (m: Map<string, number>, n: number) =>
	[...m]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(
			([k, v]) =>
				`${(v / STEPS).toFixed(3).padStart(7)} ms/step  ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`
		)
		.join('\n');
console.log(
	`\nbusy (not idle) ${(busy / STEPS).toFixed(2)} ms per step over ${STEPS} steps; (program) is Blink's own work`
);
console.log(`\nself time by function:\n${top(bySelf, Number(process.env.TOP ?? 30))}`);
console.log(
	`\nby outermost project function on the stack:\n${top(byOutermost, Number(process.env.TOP ?? 30))}`
);
console.log(`\nself time by file:\n${top(byFile, 20)}`);
if (process.env.FOCUS)
	console.log(`\nself time under ${process.env.FOCUS}:\n${top(underFocus, 30)}`);
