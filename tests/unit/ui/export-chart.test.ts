import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	chartToSvg,
	escapeXml,
	frameChart,
	wrapWords,
	resolveVars,
	wellFormed,
	wrapLink,
	type FrameOptions
} from '../../../src/lib/ui/charts/export-chart';

/** jsdom ships no types; this describes the little used here (the file runs in the node env). */
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
	JSDOM: new (html: string) => { window: Window & typeof globalThis };
};

/** Parse as XML the way an image viewer would; returns the parser's complaint, or null. */
function xmlError(svg: string): string | null {
	const { window } = new JSDOM('');
	const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
	return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
}

const HOSTILE_LINK =
	'https://example.org/?v=1&a=custom&a.name=</text><script>alert(1)</script>&b="x"&c=\'y\'';

function frame(overrides: Partial<FrameOptions> = {}) {
	return frameChart({
		chart:
			'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="10" height="10"/></svg>',
		width: 400,
		height: 200,
		background: '#ffffff',
		foreground: '#16202b',
		fontFamily: 'system-ui, "Segoe UI", sans-serif',
		stamp: 'Rackscale — model estimate, not a measurement',
		link: 'https://example.org/?v=1&m=1&a=gb200-nvl72',
		...overrides
	});
}

describe('escapeXml()', () => {
	it('escapes the five XML specials', () => {
		expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
	});

	it('drops what XML 1.0 cannot hold and mends lone surrogates', () => {
		expect(escapeXml('a\u0000b\u0008c\u001fd\ufffee\tf\ng')).toBe('abcde\tf\ng');
		expect(escapeXml('x\ud800y')).toBe('x\ufffdy');
		expect(escapeXml('超节点 😀')).toBe('超节点 😀');
		expect(wellFormed('\udc00😀\ud83d')).toBe('\ufffd😀\ufffd');
	});
});

describe('wrapLink()', () => {
	const link = `https://example.org/?${Array.from({ length: 60 }, (_, i) => `k${i}=${'9'.repeat(i % 7)}`).join('&')}`;

	it('splits into lines no longer than asked, losing nothing, breaking after &', () => {
		const lines = wrapLink(link, 50);
		expect(lines.join('')).toBe(link);
		expect(lines.every((line) => line.length <= 50)).toBe(true);
		expect(lines.slice(0, -1).every((line) => line.endsWith('&'))).toBe(true);
	});

	it('cuts a run without & at the limit, never inside a surrogate pair', () => {
		const emoji = '😀'.repeat(30);
		const lines = wrapLink(emoji, 9);
		expect(lines.join('')).toBe(emoji);
		for (const line of lines) expect(wellFormed(line)).toBe(line);
		expect(wrapLink('short', 50)).toEqual(['short']);
		expect(wrapLink('', 50)).toEqual(['']);
	});
});

describe('frameChart()', () => {
	it('frames the chart on a background with the stamp and the link under it', () => {
		const { svg, width, height } = frame();
		expect(xmlError(svg)).toBeNull();
		expect(svg.startsWith('<?xml')).toBe(true);
		expect(width).toBe(432);
		expect(height).toBeGreaterThan(200 + 2 * 16);
		expect(svg).toContain(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
		expect(svg).toContain('>Rackscale — model estimate, not a measurement</text>');
		expect(svg).toContain('>https://example.org/?v=1&amp;m=1&amp;a=gb200-nvl72</text>');
		expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"');
	});

	it('keeps a hostile link, title and legend inert: escaped text, no markup', () => {
		const { svg } = frame({
			link: HOSTILE_LINK,
			title: '<b>Ratios</b> & more',
			legend: [{ label: 'A: <img src=x onerror=alert(1)>', color: '"red" onload="x' }]
		});
		expect(xmlError(svg)).toBeNull();
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<img');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(svg).toContain('&lt;b&gt;Ratios&lt;/b&gt; &amp; more');
		expect(svg).toContain('fill="&quot;red&quot; onload=&quot;x"');
		const { window } = new JSDOM('');
		const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
		const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
		expect(texts.join('')).toContain(HOSTILE_LINK);
		expect(doc.getElementsByTagName('script')).toHaveLength(0);
	});

	it('wraps a 2,000-character link inside the frame, one text line each', () => {
		const link = `https://example.org/?${'a.hbm_gb=123.456&'.repeat(116)}`.slice(0, 2000);
		const short = frame();
		const long = frame({ link });
		const lines = (long.svg.match(/font-size="10"/g) ?? []).length;
		expect(lines).toBeGreaterThan(20);
		expect(long.height - short.height).toBeGreaterThan((lines - 1) * 14);
		// Each line's estimated width (glyphs × size × 0.62) fits the 400 px inside the margins.
		for (const [, text] of long.svg.matchAll(/font-size="10"[^>]*>([^<]*)</g))
			expect(text!.length * 10 * 0.62).toBeLessThanOrEqual(400);
	});

	it('adds a title above and legend rows below', () => {
		const plain = frame();
		const legend = [
			{ label: 'A: GB200 NVL72', color: '#0072b2' },
			{ label: 'B: CloudMatrix 384', color: '#d55e00' }
		];
		const dressed = frame({ title: 'Pareto frontier', legend });
		expect(dressed.height).toBeGreaterThan(plain.height + 20);
		expect(dressed.svg).toContain('fill="#0072b2"');
		expect(dressed.svg.indexOf('Pareto frontier')).toBeLessThan(
			dressed.svg.indexOf('<g transform')
		);
	});
});

describe('chartToSvg() on a live chart (jsdom)', () => {
	afterEach(() => vi.unstubAllGlobals());

	const PAGE = `<!doctype html><html><head><style>
		:root { --text: #16202b; --text-muted: #4f5b68; --border: #dde2e8; --system-a: #0072b2; --surface: #fafbfc; }
		body { background-color: var(--surface); color: var(--text); font-family: system-ui, sans-serif; }
		svg { font-size: 11px; }
		.grid line { stroke: var(--border); }
		.grid text { fill: var(--text-muted); }
		.series-a { --c: var(--system-a); }
		.marker { fill: var(--c); }
		.hidden { display: none; }
	</style></head><body><figure>
	<svg width="300" height="120" role="application" tabindex="0" aria-label="Chart" aria-roledescription="chart">
		<g class="grid"><line x1="0" x2="300" y1="10" y2="10"/><text x="5" y="20">10 &amp; more</text></g>
		<g class="series series-a"><path class="marker" d="M0,0h4v4h-4z"/></g>
		<g class="hidden"><text>secret</text></g>
	</svg></figure></body></html>`;

	function live() {
		const { window } = new JSDOM(PAGE);
		vi.stubGlobal('getComputedStyle', window.getComputedStyle.bind(window));
		vi.stubGlobal('XMLSerializer', window.XMLSerializer);
		return window.document.querySelector('svg') as unknown as SVGSVGElement;
	}

	it('inlines computed styles with CSS variables resolved, on the page background', () => {
		const framed = chartToSvg(live(), {
			stamp: 'Rackscale — model estimate, not a measurement',
			link: HOSTILE_LINK,
			title: 'Frontier',
			legend: [{ label: 'A: GB200 NVL72', color: 'var(--system-a)' }]
		});
		expect(xmlError(framed.svg)).toBeNull();
		expect(framed.svg).not.toContain('var(');
		expect(framed.svg).toMatch(/<path[^>]*style="[^"]*fill: rgb\(0, 114, 178\)/);
		expect(framed.svg).toMatch(/<line[^>]*style="[^"]*stroke: rgb\(221, 226, 232\)/);
		expect(framed.svg).toMatch(
			/<text[^>]*style="[^"]*fill: rgb\(79, 91, 104\)[^>]*>10 &amp; more</
		);
		// Inherited values are written once, where they change: not again on every child.
		expect(framed.svg.match(/font-size: 11px/g)).toHaveLength(1);
		expect(framed.svg).toContain('<rect x="16" y="'); // legend swatch
		expect(framed.svg).toContain('fill="#0072b2"');
		// The page's own background (white here, dark in dark mode), read through its variable.
		expect(framed.svg).toMatch(
			/<rect width="\d+" height="\d+" fill="(#fafbfc|rgb\(250, 251, 252\))"\/>/
		);
		// Live-only attributes and hidden parts stay behind; user text stays text.
		expect(framed.svg).not.toMatch(/tabindex|class=|aria-roledescription|secret/);
		expect(framed.svg).toContain('role="img"');
		expect(framed.svg).not.toContain('<script');
	});

	it('resolves nested variables and fallbacks', () => {
		const svg = live();
		const style = getComputedStyle(svg.querySelector('path')!);
		expect(resolveVars('var(--c)', style)).toBe('#0072b2');
		expect(resolveVars('var(--nope, var(--text-muted))', style)).toBe('#4f5b68');
		expect(resolveVars('1px solid var(--nope)', style)).toBe('1px solid ');
	});
});

describe('the workload caption', () => {
	it('is drawn under the title, escaped, and wrapped between words to the frame', () => {
		const caption =
			'Workload: DeepSeek-R1 <V3>; weights FP8, KV cache BF16, compute FP8; 1,024 input and 1,024 output tokens; target 50 tokens/s per user';
		const { svg } = frame({ title: 'Frontier', caption, width: 200 });
		expect(xmlError(svg)).toBeNull();
		expect(svg).toContain('DeepSeek-R1 &lt;V3&gt;;');
		expect(svg.indexOf('>Frontier</text>')).toBeLessThan(svg.indexOf('Workload:'));
		const lines = wrapWords(caption, 30);
		expect(lines.join(' ')).toBe(caption);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
	});
});
