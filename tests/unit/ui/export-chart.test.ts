import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	charWidth,
	chartToSvg,
	escapeXml,
	frameChart,
	resolveVars,
	textWidth,
	wellFormed,
	wrapLink,
	wrapText,
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

	it('splits into lines no wider than asked, losing nothing, breaking after &', () => {
		const lines = wrapLink(link, 30);
		expect(lines.length).toBeGreaterThan(10);
		expect(lines.join('')).toBe(link);
		expect(lines.every((line) => textWidth(line) <= 30)).toBe(true);
		expect(lines.slice(0, -1).every((line) => line.endsWith('&'))).toBe(true);
	});

	it('measures a percent-encoded name as the wide text it is (% is nearly 1 em)', () => {
		const name = encodeURIComponent('华为昇腾超节点集群系统第一号机柜');
		const long = `https://example.org/?v=1&a=gb200-nvl72&a.name=${name}&b=cloudmatrix-384&b.name=${name}${name}`;
		const lines = wrapLink(long, 60);
		expect(lines.join('')).toBe(long);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(60);
		// 60 em held 96 such characters at the old 0.62 em each; they are about 0.8 em wide.
		expect(textWidth(name.slice(0, 96))).toBeGreaterThan(70);
		expect(lines.every((line) => line.length < 96)).toBe(true);
	});

	it('cuts a run without & at the limit, never inside a surrogate pair', () => {
		const emoji = '😀'.repeat(30);
		const lines = wrapLink(emoji, 9);
		expect(lines.join('')).toBe(emoji);
		expect(lines).toHaveLength(4);
		for (const line of lines) expect(wellFormed(line)).toBe(line);
		expect(wrapLink('a'.repeat(20), 0.5)).toHaveLength(20);
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
		// Each line's estimated width (em × 10 px) fits the 400 px inside the margins.
		for (const [, text] of long.svg.matchAll(/font-size="10"[^>]*>([^<]*)</g))
			expect(textWidth(text!.replace(/&amp;/g, '&')) * 10).toBeLessThanOrEqual(400);
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
		const lines = wrapText(caption, 20);
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.join(' ')).toBe(caption);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
	});
});

describe('textWidth()', () => {
	it('counts CJK and full-width forms as 1 em, Latin about 0.6, narrow punctuation less', () => {
		expect(textWidth('华为昇腾超节点')).toBe(7);
		expect(textWidth('，。（）：；')).toBe(6);
		expect(textWidth('ＡＢ１')).toBe(3);
		expect(charWidth('a')).toBeCloseTo(0.64);
		expect(charWidth('.')).toBeLessThan(charWidth('1'));
		expect(charWidth('1')).toBeLessThan(charWidth('M'));
		expect(charWidth(' ')).toBeLessThan(charWidth('i'));
		expect(textWidth('😀')).toBe(1);
		// Bidi isolates (every legend name is wrapped in them) and combining marks take no room.
		expect(textWidth('\u2068GB200 NVL72\u2069')).toBe(textWidth('GB200 NVL72'));
		expect(textWidth('e\u0301')).toBe(textWidth('e'));
		// Bold widens Latin, not CJK.
		expect(textWidth('Rackscale', true)).toBeGreaterThan(textWidth('Rackscale'));
		expect(textWidth('模型估算', true)).toBe(4);
	});

	it('is never narrower than DejaVu Sans (what Chromium on Linux draws with), regular and 600', () => {
		// Advance ÷ size of every printable ASCII character, as Chromium measured them in the app's
		// font stack on Linux (DejaVu Sans; weight 600 is DejaVu Sans Bold).
		const chars =
			' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
		const regular = [
			0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361,
			0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337,
			0.337, 0.838, 0.838, 0.838, 0.531, 1, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752,
			0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732,
			0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55,
			0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635,
			0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636,
			0.838
		];
		const bold = [
			0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38,
			0.415, 0.38, 0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4,
			0.4, 0.838, 0.838, 0.838, 0.58, 1, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837,
			0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774,
			1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5, 0.5, 0.675, 0.716, 0.593, 0.716,
			0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716, 0.716,
			0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838
		];
		[...chars].forEach((char, i) => {
			expect(charWidth(char), char).toBeGreaterThanOrEqual(regular[i]!);
			expect(charWidth(char, true), char).toBeGreaterThanOrEqual(bold[i]!);
		});
		expect(charWidth('—')).toBe(1);
	});

	it('keeps English prose near the old 0.62 em a character', () => {
		const english =
			'Workload: DeepSeek-R1 / V3; weights FP8, KV cache BF16, compute FP8; 1,024 input and 1,024 output tokens';
		const ratio = textWidth(english) / (english.length * 0.62);
		expect(ratio).toBeGreaterThan(0.85);
		expect(ratio).toBeLessThan(1.05);
	});
});

describe('wrapText()', () => {
	const CAPTION_ZH =
		'负载：DeepSeek-R1 / V3；权重 FP8，KV 缓存 BF16，计算 FP8；输入 1,024 tokens，输出 1,024 tokens；目标单用户 50 tokens/s';
	const SCALE_ZH =
		'以 FP8 训练 DeepSeek-R1 / V3；全局批 16,777,216 个 token，序列长 4,096 个 token；每种规模重新选择并行布局（CloudMatrix 384：BF16）';
	/** The text with its spaces taken out: what the lines must hold between them, in order. */
	const solid = (text: string) => text.replace(/\s+/g, '');

	it('wraps a Chinese caption to the width, losing nothing (it ran off the right edge)', () => {
		for (const text of [CAPTION_ZH, SCALE_ZH])
			for (const max of [20, 33, 59]) {
				const lines = wrapText(text, max);
				expect(lines.length).toBeGreaterThan(1);
				expect(solid(lines.join(''))).toBe(solid(text));
				for (const line of lines) {
					expect(textWidth(line)).toBeLessThanOrEqual(max);
					expect(line).toBe(line.trim());
				}
			}
		// 59 em is the inference frontier's inner width at 12 px; the tail was cut off there.
		expect(wrapText(CAPTION_ZH, 59).at(-1)).toContain('50 tokens/s');
		expect(wrapText(SCALE_ZH, 59).at(-1)).toContain('（CloudMatrix 384：BF16）');
	});

	it('breaks between CJK characters, never before closing nor after opening punctuation', () => {
		expect(wrapText('每种规模重新选择并行布局', 5)).toEqual(['每种规模重', '新选择并行', '布局']);
		expect(wrapText('一二三四，五六', 4)).toEqual(['一二三', '四，五六']);
		expect(wrapText('一二三四。', 4)).toEqual(['一二三', '四。']);
		expect(wrapText('一二三（四）五', 4)).toEqual(['一二三', '（四）五']);
		expect(wrapText('模型A：\u2068英伟达\u2069', 3)).toEqual(['模型', 'A：\u2068英', '伟达\u2069']);
		// Latin words next to CJK stay whole; a break may fall between them and the CJK.
		expect(wrapText('目标单用户tokens每秒', 5)).toEqual(['目标单用户', 'tokens每', '秒']);
	});

	it('keeps English breaking at spaces only, and cuts a word wider than a line', () => {
		expect(wrapText('  Pareto   frontier per\tsystem ', 7)).toEqual([
			'Pareto',
			'frontier per',
			'system'
		]);
		// No-break spaces hold.
		expect(wrapText('50\u00a0tokens/s per user', 8)).toEqual(['50\u00a0tokens/s', 'per user']);
		const long = wrapText('x'.repeat(30), 6.5);
		expect(long).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
		const emoji = wrapText('😀'.repeat(7), 3);
		expect(emoji.join('')).toBe('😀'.repeat(7));
		for (const line of emoji) expect(wellFormed(line)).toBe(line);
		expect(wrapText('', 10)).toEqual([]);
	});
});

describe('frameChart() with Chinese text', () => {
	const NAMES = [
		'英伟达机架级系统第二号测试机柜',
		'华为昇腾超节点集群系统第一号机柜',
		'TPU7x pod (9,216)',
		'HGX B200 (8 GPU)'
	];
	const legend = NAMES.map((name, i) => ({
		label: `${'ABCD'[i]}：\u2068${name}\u2069`,
		color: ['#0072b2', '#d55e00', '#009e73', '#cc79a7'][i]!
	}));

	/** Every frame-level text line (not the chart's own) with its position, content and size. */
	function texts(svg: string) {
		const { window } = new JSDOM('');
		const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
		return [...doc.documentElement.children]
			.filter((node) => node.tagName === 'text')
			.map((node) => ({
				x: Number(node.getAttribute('x')),
				y: Number(node.getAttribute('y')),
				size: Number(node.getAttribute('font-size')),
				bold: node.getAttribute('font-weight') === '600',
				text: node.textContent ?? ''
			}));
	}

	for (const width of [400, 700, 280])
		it(`keeps every line inside the frame and no legend label on another (${width} px)`, () => {
			const { svg, width: frameWidth } = frame({
				width,
				title: '扩展性：单芯片吞吐随芯片总数的变化，以及各系统在每种规模下重新选择的并行布局',
				caption:
					'以 FP8 训练 DeepSeek-R1 / V3；全局批 16,777,216 个 token，序列长 4,096 个 token；每种规模重新选择并行布局（CloudMatrix 384：BF16）',
				stamp: 'Rackscale — 模型估算，而非实测',
				link: `https://example.org/?v=1&a=gb200-nvl72&a.name=${encodeURIComponent(NAMES[0]!)}&b=cloudmatrix-384&b.name=${encodeURIComponent(NAMES[1]!)}&lang=zh`,
				legend
			});
			expect(xmlError(svg)).toBeNull();
			const lines = texts(svg);
			for (const line of lines)
				expect(line.x + textWidth(line.text, line.bold) * line.size, line.text).toBeLessThanOrEqual(
					frameWidth - 16
				);
			// Nothing lost: every legend name, the caption's end and the whole link are there.
			const all = lines.map((line) => line.text).join('');
			for (const name of NAMES) expect(all.replace(/\u2069|\u2068/g, '')).toContain(name);
			expect(all).toContain('BF16）');
			expect(all).toContain(encodeURIComponent(NAMES[1]!));
			// Legend labels on one baseline do not reach the next swatch.
			const swatches = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="14"/g)].map(
				([, x, y]) => ({ x: Number(x), y: Number(y) })
			);
			expect(swatches).toHaveLength(4);
			for (const label of lines.filter((line) => line.size === 12 && !line.bold)) {
				const right = label.x + textWidth(label.text) * 12;
				for (const swatch of swatches)
					if (Math.abs(swatch.y + 9.5 - label.y) < 1 && swatch.x > label.x)
						expect(right, label.text).toBeLessThan(swatch.x);
			}
		});

	it('wraps a legend label wider than the frame under its own swatch', () => {
		const name = '超'.repeat(60);
		const { svg, width } = frame({ width: 300, legend: [{ label: `A：${name}`, color: '#000' }] });
		const lines = texts(svg).filter((line) => line.size === 12 && !line.bold && line.x === 36);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.map((line) => line.text).join('')).toBe(`A：${name}`);
		for (const line of lines)
			expect(36 + textWidth(line.text) * 12).toBeLessThanOrEqual(width - 16);
		// The stamp comes after the label's last line.
		const stamp = texts(svg).find((line) => line.bold)!;
		expect(stamp.y).toBeGreaterThan(lines.at(-1)!.y);
	});

	it('leaves English legends one row when they fit, as before', () => {
		const { svg } = frame({
			legend: [
				{ label: 'A: \u2068GB200 NVL72\u2069', color: '#0072b2' },
				{ label: 'B: \u2068CloudMatrix 384\u2069', color: '#d55e00' }
			]
		});
		const rows = new Set(
			[...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="14"/g)].map((m) => m[1])
		);
		expect(rows.size).toBe(1);
	});
});
