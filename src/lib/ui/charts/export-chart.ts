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
 * Characters drawn about 1 em wide whatever the font: CJK ideographs, kana, hangul, CJK and
 * full-width punctuation and forms, and (by the astral range) emoji. Lines may also break
 * between any two of them, as they do on the page.
 */
const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;
/** Marks, joiners and bidi isolates (the legend's U+2068 … U+2069): no width, no break beside. */
const ZERO = /[\p{M}\p{Cf}]/u;
/**
 * ASCII widths (em) by kind, each at least DejaVu Sans' advance (the widest common fallback, what
 * Chromium on Linux draws with) and, × BOLD, its 600 weight's: an estimated line is never shorter
 * than the drawn one. Everything else ASCII (lowercase, digits, `?`, `_`) is ORDINARY.
 */
const ASCII_WIDTHS: [RegExp, number][] = [
	[/[!'(),\-./:;IJ[\\\]fijlrt|]/, 0.45],
	[/[%@MWm]/, 1],
	[/[#&+<=>^~w]/, 0.84],
	[/[A-Z]/, 0.8]
];
const ORDINARY = 0.64;
/** Spaces, no-break ones included (the ideographic space is WIDE). */
const SPACE = 0.32;
/** Where a line may break at a space: any but the no-break spaces (they stay glue). */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]/;
/** Bold (the title and stamp, weight 600) widens all but the 1-em glyphs by up to this much. */
const BOLD = 1.12;
/** No line starts with these (closing punctuation, CJK and ASCII)… */
const NO_BREAK_BEFORE = /[)\]},.;:!?%，。、；：！？）」』】》〉〕］｝〗〙〛”’…‥・ー々〜～]/;
/** …nor ends with these (opening punctuation). */
const NO_BREAK_AFTER = /[([{（「『【《〈〔［｛〖〘〚“‘]/;

/** One character's estimated advance, in em; bold for weight 600. */
export function charWidth(char: string, bold = false): number {
	if (ZERO.test(char)) return 0;
	if (WIDE.test(char)) return 1;
	if (/\s/.test(char)) return bold ? SPACE * BOLD : SPACE;
	let width = 1; // other symbols and punctuation: dashes, ×, ≈, arrows (em dash is 1 em)
	if (char.length === 1 && char < '\u007f')
		width = ASCII_WIDTHS.find(([kind]) => kind.test(char))?.[1] ?? ORDINARY;
	else if (/\p{L}|\p{N}/u.test(char)) width = /\p{Lu}/u.test(char) ? 0.8 : ORDINARY;
	return bold ? width * BOLD : width;
}

/** A text's estimated width in em (× the font size for pixels): the sum of its characters'. */
export function textWidth(text: string, bold = false): number {
	let width = 0;
	for (const char of text) width += charWidth(char, bold);
	return width;
}

/** May a line break between these two characters (with no space between them)? */
function breakBetween(before: string, after: string): boolean {
	if (ZERO.test(before) || ZERO.test(after)) return false;
	if (!WIDE.test(before) && !WIDE.test(after)) return false;
	return !NO_BREAK_BEFORE.test(after) && !NO_BREAK_AFTER.test(before);
}

/**
 * Text as lines no wider than `max` em (SVG text does not wrap). Breaks at spaces and, as the page
 * does, between CJK characters (never before closing punctuation such as ，。）nor after opening
 * punctuation), so a Chinese caption wraps too; a run with no break in it wider than a line is cut
 * between characters. Spaces collapse to one; a line never starts or ends with one.
 */
export function wrapText(text: string, max: number, bold = false): string[] {
	// The pieces no break falls inside, each with whether a space came before it.
	const pieces: { text: string; spaced: boolean }[] = [];
	let previous = '';
	let spaced = false;
	for (const char of text) {
		if (BREAKING_SPACE.test(char)) {
			spaced = previous !== '';
			continue;
		}
		const last = pieces.at(-1);
		if (last && !spaced && !breakBetween(previous, char)) last.text += char;
		else pieces.push({ text: char, spaced });
		previous = char;
		spaced = false;
	}
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		const joined = line && `${line}${piece.spaced ? ' ' : ''}${piece.text}`;
		if (joined && textWidth(joined, bold) <= max) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		// A piece too wide for a line of its own is cut between characters (at least one a line).
		for (const char of piece.text) {
			if (line && textWidth(line + char, bold) > max) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * A long link as lines no wider than `max` em by the same measure (SVG text does not wrap),
 * breaking after `&` where that keeps at least half a line, so keys stay whole, and never inside a
 * surrogate pair. Percent-encoded names (%E8%8B%B1…) are wide: `%` is nearly 1 em.
 */
export function wrapLink(link: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	let width = 0;
	/** Where the line could end after its last `&`, and how wide it is up to there. */
	let soft = -1;
	let softWidth = 0;
	for (const char of link) {
		const advance = charWidth(char);
		while (line && width + advance > max) {
			const cut = soft > 0 && softWidth >= max / 2 ? soft : line.length;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
			width = textWidth(line);
			soft = -1;
		}
		line += char;
		width += advance;
		if (char === '&') {
			soft = line.length;
			softWidth = width;
		}
	}
	lines.push(line);
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
	/** A line under the title naming what the chart assumes (the workload); wrapped to the frame. */
	caption?: string;
	legend?: LegendEntry[];
}

export interface Framed {
	svg: string;
	width: number;
	height: number;
}

/** A legend entry's swatch, the gap to its label, and the gap after the label (px). */
const SWATCH = 14;
const SWATCH_GAP = 6;
const ENTRY_GAP = 18;

/**
 * The legend laid out in rows of swatch + label that fit the width, each label measured as the
 * caption is (a Chinese character is 1 em, a Latin one about 0.6). A label too
 * long for a row of its own wraps onto lines under itself.
 */
function legendRows(legend: LegendEntry[], width: number) {
	const rows: { entry: LegendEntry; lines: string[]; width: number }[][] = [];
	let used = Infinity;
	for (const entry of legend) {
		const room = (width - SWATCH - SWATCH_GAP) / LEGEND_SIZE;
		const lines = textWidth(entry.label) <= room ? [entry.label] : wrapText(entry.label, room);
		const label = Math.max(...lines.map((line) => textWidth(line))) * LEGEND_SIZE;
		const size = SWATCH + SWATCH_GAP + label + ENTRY_GAP;
		// The last entry of a row needs no gap after it.
		if (used + size - ENTRY_GAP > width) {
			rows.push([]);
			used = 0;
		}
		rows.at(-1)!.push({ entry, lines, width: size });
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
		for (const line of wrapText(title, inner / TITLE_SIZE, true)) {
			parts.push(textLine(PAD, y + TITLE_SIZE, TITLE_SIZE, foreground, line, true));
			y += Math.round(TITLE_SIZE * LINE_GAP);
		}
		y += 6;
	}
	if (caption) {
		for (const line of wrapText(caption, inner / STAMP_SIZE)) {
			parts.push(textLine(PAD, y + STAMP_SIZE, STAMP_SIZE, muted, line));
			y += Math.round(STAMP_SIZE * LINE_GAP);
		}
		y += 6;
	}
	parts.push(`<g transform="translate(${PAD},${y})">${chart}</g>`);
	y += Math.ceil(options.height) + 10;

	const lineHeight = Math.round(LEGEND_SIZE * LINE_GAP);
	for (const row of legendRows(legend, inner)) {
		let x = PAD;
		for (const { entry, lines, width: size } of row) {
			const fill = escapeXml(entry.color);
			parts.push(`<rect x="${x}" y="${y}" width="${SWATCH}" height="10" rx="2" fill="${fill}"/>`);
			lines.forEach((line, i) => {
				const left = x + SWATCH + SWATCH_GAP;
				parts.push(textLine(left, y + 9.5 + i * lineHeight, LEGEND_SIZE, foreground, line));
			});
			x = Math.round((x + size) * 10) / 10;
		}
		y += lineHeight * Math.max(...row.map(({ lines }) => lines.length));
	}

	y += 8;
	for (const line of wrapText(stamp, inner / STAMP_SIZE, true)) {
		parts.push(textLine(PAD, y + STAMP_SIZE, STAMP_SIZE, foreground, line, true));
		y += Math.round(STAMP_SIZE * LINE_GAP);
	}
	for (const line of wrapLink(link, inner / LINK_SIZE)) {
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
