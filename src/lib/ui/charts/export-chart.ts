/**
 * Charts as files: a standalone SVG (styles inlined, background, stamp with the scenario link) and
 * a PNG drawn from it. The pure half (escaping, wrapping, the frame) runs anywhere; the DOM half
 * reads computed styles from the live chart, so the file looks like the page, theme included.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Outer margin, and the gaps and type sizes of the title, legend and stamp (px). */
const PAD = 16;
const TITLE_SIZE = 14;
const LEGEND_SIZE = 12;
const STAMP_SIZE = 12;
const LINK_SIZE = 10;
const LINE_GAP = 1.45;
/** Average glyph width ÷ font size, generous so estimated lines never overrun the frame. */
const GLYPH = 0.62;

// ---------------------------------------------------------------- pure

/**
 * Text safe inside an XML text node or attribute value. The link is user data (a pasted link
 * may hold anything), so this also drops what XML 1.0 cannot hold at all: control characters
 * other than tab and newlines, lone surrogates, U+FFFE and U+FFFF.
 */
export function escapeXml(text: string): string {
	return (
		wellFormed(text)
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Lone surrogates become U+FFFD (encodeURIComponent throws on them; XML forbids them). */
export function wellFormed(text: string): string {
	return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * A long link as lines of at most `max` characters (SVG text does not wrap), breaking after `&`
 * where it can so keys stay whole, and never inside a surrogate pair.
 */
export function wrapLink(link: string, max: number): string[] {
	const limit = Math.max(8, Math.floor(max));
	const lines: string[] = [];
	let rest = link;
	while (rest.length > limit) {
		const soft = rest.lastIndexOf('&', limit - 1);
		let cut = soft >= limit / 2 ? soft + 1 : limit;
		if (/[\ud800-\udbff]/.test(rest[cut - 1] ?? '')) cut -= 1;
		lines.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	if (rest.length > 0 || lines.length === 0) lines.push(rest);
	return lines;
}

/** Text as lines of at most `max` characters, broken at spaces (a longer word gets its own line). */
export function wrapWords(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export interface LegendEntry {
	label: string;
	/** A resolved CSS colour. */
	color: string;
}

export interface FrameOptions {
	/** The chart's own `<svg>` element as markup, styles already inlined. */
	chart: string;
	width: number;
	height: number;
	background: string;
	foreground: string;
	/** Secondary text (the link); defaults to the foreground. */
	muted?: string;
	fontFamily: string;
	/** First stamp line, e.g. "Rackscale — model estimate, not a measurement". */
	stamp: string;
	/** The scenario link, printed under the stamp; user data, escaped here. */
	link: string;
	title?: string;
	/** A line under the title naming what the chart assumes (the workload); wrapped between words. */
	caption?: string;
	legend?: LegendEntry[];
}

export interface Framed {
	svg: string;
	width: number;
	height: number;
}

/** The legend laid out in rows of swatch + label that fit the width. */
function legendRows(legend: LegendEntry[], width: number): LegendEntry[][] {
	const rows: LegendEntry[][] = [];
	let used = Infinity;
	for (const entry of legend) {
		const size = 14 + 6 + entry.label.length * LEGEND_SIZE * GLYPH + 18;
		if (used + size > width) {
			rows.push([]);
			used = 0;
		}
		rows.at(-1)!.push(entry);
		used += size;
	}
	return rows;
}

/** One line of text; the content and colour are escaped (names and links are user data). */
function textLine(x: number, y: number, size: number, fill: string, content: string, bold = false) {
	const weight = bold ? ' font-weight="600"' : '';
	const attributes = `x="${x}" y="${y}" font-size="${size}"${weight} fill="${escapeXml(fill)}"`;
	return `<text ${attributes}>${escapeXml(content)}</text>`;
}

/**
 * A standalone SVG document: background, optional title, the chart, optional legend, and the
 * stamp with the link at the bottom, so a copied image still says what it is and how to reopen it.
 */
export function frameChart(options: FrameOptions): Framed {
	const { chart, background, foreground, stamp, link, title, caption, legend = [] } = options;
	const muted = options.muted ?? foreground;
	const width = Math.max(240, Math.ceil(options.width) + 2 * PAD);
	const inner = width - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;

	if (title) {
		parts.push(textLine(PAD, y + TITLE_SIZE, TITLE_SIZE, foreground, title, true));
		y += Math.round(TITLE_SIZE * LINE_GAP) + 6;
	}
	if (caption) {
		for (const line of wrapWords(caption, inner / (STAMP_SIZE * GLYPH))) {
			parts.push(textLine(PAD, y + STAMP_SIZE, STAMP_SIZE, muted, line));
			y += Math.round(STAMP_SIZE * LINE_GAP);
		}
		y += 6;
	}
	parts.push(`<g transform="translate(${PAD},${y})">${chart}</g>`);
	y += Math.ceil(options.height) + 10;

	for (const row of legendRows(legend, inner)) {
		let x = PAD;
		for (const entry of row) {
			parts.push(
				`<rect x="${x}" y="${y}" width="14" height="10" rx="2" fill="${escapeXml(entry.color)}"/>`,
				textLine(x + 20, y + 9.5, LEGEND_SIZE, foreground, entry.label)
			);
			x += 14 + 6 + entry.label.length * LEGEND_SIZE * GLYPH + 18;
		}
		y += Math.round(LEGEND_SIZE * LINE_GAP);
	}

	y += 8;
	parts.push(textLine(PAD, y + STAMP_SIZE, STAMP_SIZE, foreground, stamp, true));
	y += Math.round(STAMP_SIZE * LINE_GAP);
	for (const line of wrapLink(link, inner / (LINK_SIZE * GLYPH))) {
		parts.push(textLine(PAD, y + LINK_SIZE, LINK_SIZE, muted, line));
		y += Math.round(LINK_SIZE * LINE_GAP);
	}
	const height = Math.ceil(y + PAD);

	const font = escapeXml(options.fontFamily);
	const size = `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
	const svg = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="${SVG_NS}" ${size} font-family="${font}">`,
		`<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>`,
		...parts,
		'</svg>'
	].join('\n');
	return { svg: wellFormed(svg), width, height };
}

// ---------------------------------------------------------------- DOM

/** Properties that inherit: written only where they differ from the parent's. */
const INHERITED = [
	'color',
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'visibility',
	'paint-order'
];
/** Properties that do not inherit, with the initial value that need not be written. */
const OWN: [string, string][] = [
	['opacity', '1'],
	['mix-blend-mode', 'normal']
];
/** Attributes of the live chart that mean nothing in a file (focus, handlers, scoped classes). */
const DROPPED = /^(on.*|tabindex|class|aria-roledescription|aria-describedby|aria-labelledby)$/i;

/** var(--name) or var(--name, fallback) with no parentheses inside: resolved innermost first. */
const INNERMOST_VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g;

/**
 * A computed value with any var() left in it replaced (browsers have already done this; jsdom
 * has not), from the element's own custom properties, with the var()'s fallback otherwise.
 */
export function resolveVars(value: string, style: CSSStyleDeclaration, depth = 0): string {
	if (!value.includes('var(') || depth > 8) return value;
	const next = value.replace(INNERMOST_VAR, (_match, name: string, fallback?: string) => {
		const found = style.getPropertyValue(name).trim();
		return found || (fallback ?? '').trim();
	});
	return resolveVars(next, style, depth + 1);
}

/** A CSS colour with var(--system-a) and the like resolved in the chart's context; '' if unset. */
export function resolveColor(value: string, context: Element): string {
	return resolveVars(value, getComputedStyle(context)).trim();
}

/** Copy computed styles onto a clone, element by element, and drop what is hidden or live-only. */
function inline(source: Element, clone: Element, parent: CSSStyleDeclaration | null) {
	const style = getComputedStyle(source);
	const target = (clone as SVGElement).style;
	for (const property of INHERITED) {
		const value = resolveVars(style.getPropertyValue(property), style);
		if (value && (!parent || value !== resolveVars(parent.getPropertyValue(property), parent)))
			target.setProperty(property, value);
	}
	for (const [property, initial] of OWN) {
		const value = style.getPropertyValue(property);
		if (value && value !== initial) target.setProperty(property, value);
	}
	for (const attribute of [...clone.attributes])
		if (DROPPED.test(attribute.name)) clone.removeAttribute(attribute.name);
	const sources = [...source.children];
	const clones = [...clone.children];
	sources.forEach((child, index) => {
		const copy = clones[index]!;
		const hidden = getComputedStyle(child).display === 'none';
		if (hidden || child.tagName.toLowerCase() === 'script') copy.remove();
		else inline(child, copy, style);
	});
}

/** The live chart as standalone `<svg>` markup with every style inlined (no stylesheet needed). */
export function inlinedChartMarkup(svg: SVGSVGElement): {
	markup: string;
	width: number;
	height: number;
} {
	const box = svg.getBoundingClientRect();
	const width = Number(svg.getAttribute('width')) || box.width || 600;
	const height = Number(svg.getAttribute('height')) || box.height || 300;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inline(svg, clone, null);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('overflow', 'visible');
	clone.setAttribute('role', 'img');
	return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** The nearest painted background behind an element: the page's surface in its current theme. */
function backgroundBehind(element: Element): string {
	for (let node: Element | null = element; node; node = node.parentElement) {
		const style = getComputedStyle(node);
		const colour = resolveVars(style.backgroundColor, style);
		if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
	}
	const dark =
		typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
	return dark ? '#0f141a' : '#ffffff';
}

export interface ChartFileOptions {
	stamp: string;
	link: string;
	title?: string;
	caption?: string;
	/** Colours may be CSS variables, e.g. var(--system-a); resolved against the chart. */
	legend?: LegendEntry[];
}

/** The chart on the page as a standalone SVG document, in the page's current theme. */
export function chartToSvg(svg: SVGSVGElement, options: ChartFileOptions): Framed {
	const { markup, width, height } = inlinedChartMarkup(svg);
	const style = getComputedStyle(svg);
	return frameChart({
		chart: markup,
		width,
		height,
		background: backgroundBehind(svg),
		foreground: resolveVars(style.color, style) || '#16202b',
		muted: resolveColor('var(--text-muted)', svg) || undefined,
		fontFamily: resolveVars(style.fontFamily, style) || 'sans-serif',
		stamp: options.stamp,
		link: options.link,
		title: options.title,
		caption: options.caption,
		legend: options.legend?.map((entry) => ({
			...entry,
			color: resolveColor(entry.color, svg) || entry.color
		}))
	});
}

/**
 * Draw an SVG document onto a canvas and encode it as PNG, at `scale` × its size for sharp text.
 * Uses a data: URL image (the CSP allows img-src data:), which does not taint the canvas.
 */
export async function svgToPng(framed: Framed, scale = 2): Promise<Blob> {
	const image = new Image();
	const loaded = new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('The chart image did not load'));
	});
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(framed.svg)}`;
	await loaded;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(framed.width * scale);
	canvas.height = Math.round(framed.height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas');
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, framed.width, framed.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}
