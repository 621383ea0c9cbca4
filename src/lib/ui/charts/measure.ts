/**
 * Text boxes as the browser lays them out, so a chart can make room for its labels: SVG text
 * neither wraps nor takes up space, and its width depends on the language and the fonts a
 * machine has. Boxes are in each text's own user space (before its transform): x and y are
 * measured from its anchor and baseline. Both functions return null where nothing is laid out
 * (prerender, jsdom); a chart keeps a layout that needs no measurement until then.
 */

/** The boxes of texts already in the chart. */
export function textBoxes(elements: Iterable<SVGTextElement>): DOMRect[] | null {
	const texts = [...elements];
	if (texts.some((text) => typeof text.getBBox !== 'function')) return null;
	return texts.map((text) => text.getBBox());
}

/**
 * The boxes `texts` would have if `like` showed them, for labels a chart has not drawn (yet): each
 * is laid out in a hidden copy of `like` (same classes, so the same scoped styles) beside it, and
 * the copies are removed before anything paints. One layout for all of them.
 */
export function probeTextBoxes(like: SVGTextElement, texts: readonly string[]): DOMRect[] | null {
	if (typeof like.getBBox !== 'function') return null;
	const probes = texts.map((text) => {
		const probe = like.cloneNode(false) as SVGTextElement;
		probe.setAttribute('visibility', 'hidden');
		probe.textContent = text;
		return probe;
	});
	like.after(...probes);
	const boxes = probes.map((probe) => probe.getBBox());
	for (const probe of probes) probe.remove();
	return boxes;
}

/**
 * Calls `measure` again whenever one of `texts` changes size after the first measurement: a font
 * that arrives or is swapped after the first layout (as a test forcing one font does) changes
 * every label's width. Returns the cleanup, for an $effect. Where there is no ResizeObserver
 * (jsdom) there is no layout to follow either.
 */
export function remeasureOnResize(
	texts: Iterable<SVGTextElement>,
	measure: () => void
): () => void {
	if (typeof ResizeObserver === 'undefined') return () => {};
	const observer = new ResizeObserver(() => measure());
	for (const text of texts) observer.observe(text);
	return () => observer.disconnect();
}

/** A chart's margins (px) around its plot. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A chart's margins from its axes' measured text (AxesGrid): the y labels' width on the left, the
 * last x tick label's overhang on the right, the top y label's rise above the plot and the x tick
 * labels and title below it, each at least `base`'s, which holds them in the type tried. Wider or
 * taller type widens the margin instead of drawing past the chart's edge (an export's frame cut it
 * off).
 */
export function measuredMargin(
	base: Margin,
	measured: { yAxisWidth: number; xTickOverhang: number; yTickRise: number; xAxisHeight?: number }
): Margin {
	return {
		left: measured.yAxisWidth,
		right: Math.max(base.right, Math.ceil(measured.xTickOverhang)),
		top: Math.max(base.top, Math.ceil(measured.yTickRise)),
		bottom: Math.max(base.bottom, Math.ceil(measured.xAxisHeight ?? 0))
	};
}

/** How far a line of text reaches above its baseline and below it (px). */
export interface TextExtent {
	ascent: number;
	descent: number;
}

/**
 * The extent of several texts on a common line: the greatest ascent and descent among them, each
 * text's from its box (its own user space, as getBBox gives it) and its baseline (its y). Null for
 * no texts, or none laid out (an empty box: measured in a hidden chart, its baseline would pass for
 * its ascent). Two lines of these texts stacked ascent + descent apart (or more) do not overlap.
 * textExtent([{ box: { y: -10, height: 13 }, baseline: 0 }]) → { ascent: 10, descent: 3 }.
 */
export function textExtent(
	texts: readonly { box: { y: number; height: number }; baseline: number }[]
): TextExtent | null {
	// A text in a hidden chart (display: none) has an empty box at 0: its extent is not known.
	const laidOut = texts.filter(({ box, baseline }) => box.height > 0 && Number.isFinite(baseline));
	if (laidOut.length === 0) return null;
	return {
		ascent: Math.max(...laidOut.map(({ box, baseline }) => baseline - box.y)),
		descent: Math.max(...laidOut.map(({ box, baseline }) => box.y + box.height - baseline))
	};
}

/**
 * Where a label goes beside a vertical line at `at`: `gap` right of it while its `width` ends by
 * `right` (the chart's edge), else ending `gap` left of it. besideLine(100, 4, 30, 200) →
 * { x: 104, anchor: 'start' }; besideLine(180, 4, 30, 200) → { x: 176, anchor: 'end' }.
 */
export function besideLine(
	at: number,
	gap: number,
	width: number,
	right: number
): { x: number; anchor: 'start' | 'end' } {
	return at + gap + width <= right
		? { x: at + gap, anchor: 'start' }
		: { x: at - gap, anchor: 'end' };
}
