/**
 * Chart texts by geometry, in both languages at desktop and phone widths: SVG text neither wraps
 * nor makes room for itself, so a label can run out of its chart or into another label without
 * anything else noticing. Seen before: the ratio chart's longest row label started 6 px left of
 * its panel at 1440 px, its 0.125× tick label 12 px left of it at 390 px, 8 px from the 0.25×
 * label; the y-axis title of the frontier chart touched its tick labels; values longer than
 * six characters ran past the ratio chart's right edge. Every chart is checked whole too: an
 * exported PNG or SVG holds the svg's box and nothing past it.
 */
import type { Page } from '@playwright/test';
import { expect, resizeTo, switchView, test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';

const WIDTHS = [1440, 390];
const LANGUAGES = ['en', 'zh'];
/** Sub-pixel text boxes may poke past a box they fit by rounding. */
const TOLERANCE = 0.5;
/** Tick labels closer than this read as one (the chart keeps 12 px). */
const MIN_TICK_GAP = 10;
/** Between the y-axis title and the nearest y tick label. */
const MIN_TITLE_GAP = 6;

interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/**
 * Three systems, A scaled to 100,000 chips: the ratio chart's values run to eight characters
 * (H100 ÷ A ≈ "0.000032×").
 */
const SYSTEMS = 'v=1&a=gb200-nvl72&a.chips=100000&b=cloudmatrix-384&c=hgx-h100';

async function open(
	page: Page,
	view: string,
	lang: string,
	width: number,
	systems = view === 'hardware' ? SYSTEMS : ''
) {
	await page.setViewportSize({ width, height: 900 });
	await page.goto(
		`/?${systems ? `${systems}&` : ''}view=${view}${lang === 'zh' ? '&lang=zh' : ''}`
	);
	await page.waitForFunction(pageSettled, null, { timeout: 20_000 });
}

// On a phone a row's label sits above its bars, where the 1× line and the grid run: its halo
// covered only its letters' edges, and the line showed through the gaps, crossing "BF16 compute
// per all-in watt" at its hyphen (390 px, four systems). With the labels' letters and halos made
// transparent, no line may show inside a label's box: a box of the panel's colour keeps it clear.
for (const lang of LANGUAGES)
	test(`ratio chart: no grid or 1× line runs through a label above its bars (${lang}, 390 px)`, async ({
		page,
		context
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await open(
			page,
			'hardware',
			lang,
			390,
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200'
		);
		const svg = page.locator('figure:has(g.axis) svg');
		// Every place a tick line crosses a row label's box: a 3 px strip around the line, in the
		// whole page's coordinates.
		const crossings = await svg.evaluate((chart) => {
			const lines = [...chart.querySelectorAll('.axis line')].map((line) =>
				Number(line.getAttribute('x1'))
			);
			const origin = chart.getBoundingClientRect();
			return [...chart.querySelectorAll('text.label')].flatMap((label) => {
				const box = label.getBoundingClientRect();
				return lines
					.filter((x) => origin.left + x > box.left + 2 && origin.left + x < box.right - 2)
					.map((x) => ({
						label: label.textContent ?? '',
						x: scrollX + origin.left + x - 1,
						y: scrollY + box.top,
						width: 3,
						height: box.height
					}));
			});
		});
		// The 1× line crosses "BF16 compute per all-in watt" at least.
		expect(crossings.length).toBeGreaterThan(0);
		await page.addStyleTag({
			content:
				'text.label, text.label tspan { fill: transparent !important; stroke: none !important; }'
		});
		// One screenshot of the chart, decoded in a blank page of the same browser (the app's own page
		// forbids data: images), read strip by strip: a screenshot per crossing took most of this
		// test's time.
		const frame = await svg.evaluate((chart) => {
			const { left, top, width, height } = chart.getBoundingClientRect();
			return { x: scrollX + left, y: scrollY + top, width, height };
		});
		const png = await page.screenshot({ clip: frame, fullPage: true });
		const decoder = await context.newPage();
		const crossed = await decoder.evaluate(
			async ({ data, frame, crossings }) => {
				const image = new Image();
				image.src = `data:image/png;base64,${data}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const context2d = canvas.getContext('2d')!;
				context2d.drawImage(image, 0, 0);
				// The screenshot is in CSS pixels at this page's scale (1): a strip's place in it is its
				// place in the page less the chart's corner.
				const scale = image.width / frame.width;
				return crossings.flatMap(({ label, x, y, width, height }) => {
					// Clamped to the image: a pixel outside it reads as transparent black, not the panel.
					const left = Math.max(0, Math.round((x - frame.x) * scale));
					const top = Math.max(0, Math.round((y - frame.y) * scale));
					const right = Math.min(image.width, Math.round((x - frame.x + width) * scale));
					const bottom = Math.min(image.height, Math.round((y - frame.y + height) * scale));
					if (right <= left || bottom <= top) return [];
					const strip = context2d.getImageData(left, top, right - left, bottom - top).data;
					let least = 255;
					for (let i = 0; i < strip.length; i += 4)
						least = Math.min(least, (strip[i]! + strip[i + 1]! + strip[i + 2]!) / 3);
					// The panel is white (255); the grid lines are about 236 of 255 here, the 1× line 118.
					return least < 245 ? [`${label} at ${Math.round(x)} px: ${Math.round(least)}`] : [];
				});
			},
			{ data: png.toString('base64'), frame, crossings }
		);
		expect(crossed).toEqual([]);
		await decoder.close();
	});

/** The ratio chart of the page as it is now: every text inside, tick labels apart. */
async function expectRatioChartLabels(page: Page, width: number, at: string) {
	const chart = await page.locator('figure:has(g.axis)').evaluate((figure) => {
		const box = (element: Element) => {
			const { left, right, top, bottom } = element.getBoundingClientRect();
			return { text: element.textContent ?? '', left, right, top, bottom };
		};
		const svg = figure.querySelector('svg')!;
		return {
			figure: box(figure),
			svg: box(svg),
			texts: [...svg.querySelectorAll('text')].map(box),
			ticks: [...svg.querySelectorAll('.axis text')].map(box)
		};
	});
	// Redrawn for this width (the page was resized, not loaded at it): no wider than the window.
	expect(chart.svg.right - chart.svg.left, at).toBeLessThanOrEqual(width);
	expect(chart.texts.length, at).toBeGreaterThan(chart.ticks.length);
	// The case this link is for: values of eight characters or more.
	expect(chart.texts.filter((t) => /×$/.test(t.text) && t.text.length >= 8).length).toBeGreaterThan(
		0
	);
	const outside = (frame: Box) =>
		chart.texts
			.filter(
				(t) =>
					t.left < frame.left - TOLERANCE ||
					t.right > frame.right + TOLERANCE ||
					t.top < frame.top - TOLERANCE ||
					t.bottom > frame.bottom + TOLERANCE
			)
			.map(
				(t) =>
					`"${t.text}" ${Math.round(t.left - frame.left)}…${Math.round(t.right - frame.left)} px of ${Math.round(frame.right - frame.left)}`
			);
	expect.soft(outside(chart.svg), `${at}: texts outside the svg`).toEqual([]);
	expect.soft(outside(chart.figure), `${at}: texts outside the panel`).toEqual([]);

	expect(chart.ticks.length, at).toBeGreaterThanOrEqual(2);
	const ticks = [...chart.ticks].sort((a, b) => a.left - b.left);
	const crowded = ticks
		.slice(1)
		.map((tick, i) => ({
			pair: `${ticks[i]!.text} ${tick.text}`,
			gap: tick.left - ticks[i]!.right
		}))
		.filter(({ gap }) => gap < MIN_TICK_GAP)
		.map(({ pair, gap }) => `${pair}: ${gap.toFixed(1)} px`);
	expect.soft(crowded, `${at}: tick labels closer than their gap`).toEqual([]);
}

/** Every chart with axes in the view shown: its y-axis title inside it and clear of its ticks. */
async function expectYAxisTitlesClear(page: Page, at: string) {
	const axes = await page.locator('main g.grid').evaluateAll((grids) =>
		grids.map((grid) => {
			const box = (element: Element) => {
				const { left, right, top, bottom } = element.getBoundingClientRect();
				return { text: element.textContent ?? '', left, right, top, bottom };
			};
			// The y title is the turned axis title; the y tick labels are the right-aligned texts.
			return {
				svg: box(grid.closest('svg')!),
				title: box(grid.querySelector('.axis-label[transform*="rotate"]')!),
				ticks: [...grid.querySelectorAll('text[text-anchor="end"]')].map(box)
			};
		})
	);
	expect(axes.length, at).toBeGreaterThan(0);
	for (const { svg, title, ticks } of axes) {
		expect(ticks.length, at).toBeGreaterThan(1);
		expect
			.soft(title.left, `${at}: "${title.text}" starts inside its chart`)
			.toBeGreaterThanOrEqual(svg.left - TOLERANCE);
		const close = ticks
			.filter((tick) => tick.left - title.right < MIN_TITLE_GAP)
			.map(
				(tick) => `"${title.text}" ${(tick.left - title.right).toFixed(1)} px from "${tick.text}"`
			);
		expect.soft(close, at).toEqual([]);
	}
}

/**
 * The frontier chart's target-line label: shown only where it clears the y axis's tick labels and
 * the plot's right edge, and always shown on a desktop. On a phone (390 px) it once fitted neither
 * side and ran over the y axis's tick labels.
 */
async function expectTargetLabelPlaced(page: Page, width: number, at: string) {
	const label = page.getByTestId('target-label');
	await expect(label).toHaveCount(1);
	const { shown, box, plotLeft, plotRight } = await label.evaluate((text) => {
		const grid = text.closest('svg')!.querySelector('g.grid')!;
		const ticks = [...grid.querySelectorAll('text[text-anchor="end"]')].map(
			(t) => t.getBoundingClientRect().right
		);
		const { left, right } = text.getBoundingClientRect();
		return {
			shown: getComputedStyle(text).visibility !== 'hidden',
			box: { left, right },
			plotLeft: Math.max(...ticks),
			plotRight: text.closest('svg')!.getBoundingClientRect().right
		};
	});
	if (width >= 1280) expect(shown, at).toBe(true);
	if (shown) {
		expect(box.left, at).toBeGreaterThanOrEqual(plotLeft - TOLERANCE);
		expect(box.right, at).toBeLessThanOrEqual(plotRight + TOLERANCE);
	}
}

// Each language's page is loaded once and resized, as a reader narrowing a window does: the
// charts measure their width and redraw (resizeTo waits for that).
for (const lang of LANGUAGES) {
	test(`ratio chart: labels inside the chart, tick labels apart (${lang}, 1440 and 390 px)`, async ({
		page
	}) => {
		await open(page, 'hardware', lang, WIDTHS[0]!);
		for (const width of WIDTHS) {
			await resizeTo(page, width);
			await expectRatioChartLabels(page, width, `${lang} ${width} px`);
		}
	});

	test(`charts with axes: the y-axis title clears every y tick label, and the frontier's target label the axis and the edge (${lang}, 1440 and 390 px)`, async ({
		page
	}) => {
		test.setTimeout(90_000); // two views, the training one waits for its worker
		await open(page, 'inference', lang, WIDTHS[0]!);
		for (const width of WIDTHS) {
			await resizeTo(page, width);
			await expectYAxisTitlesClear(page, `inference ${lang} ${width} px`);
			await expectTargetLabelPlaced(page, width, `${lang} ${width} px`);
		}
		await switchView(page, 'training');
		for (const width of [...WIDTHS].reverse()) {
			await resizeTo(page, width);
			await expectYAxisTitlesClear(page, `training ${lang} ${width} px`);
		}
	});
}

/**
 * Four systems whose longest ratio values are C's and D's, nine characters each: "C 0.0440×" came
 * first, was measured for the value column, and "D 0.0440×" (a D is 0.8 px wider than a C at
 * 11 px) ran that far past the chart's right edge, cut off in an exported image.
 */
const FOUR_RATIOS = 'v=1&a=gb200-nvl72&b=hgx-b200&c=hgx-h200&d=hgx-h100';
const VIEWS = ['hardware', 'inference', 'training', 'energy', 'reliability', 'claims'];
/** Views that draw at least one chart; the others are checked too, for a chart added later. */
const CHART_VIEWS = ['hardware', 'inference', 'training'];

/**
 * Expects every text drawn in every chart (every svg with text) of the view shown to lie inside
 * its own svg's box, within TOLERANCE: an exported PNG or SVG holds that box and nothing past it.
 * A text outside is listed as "text" left…right × top…bottom, from the svg's corner. And no two of
 * a chart's texts to overlap by more than TOLERANCE each way: seen before, the ratio chart's values
 * stood 12 px apart, 0.8 px less than 11 px type's line ("C 0.0440×" on "D 0.0440×"), and in 18 px
 * type the training chart's x tick labels ran into each other ("100" on "1,000" at 390 px) and
 * its domain marks into each other and into the tick labels. Returns each chart's count of "n/a"
 * labels (a bar with no value), which are checked with the rest.
 */
async function expectChartTextsInside(page: Page, view: string, at: string) {
	const charts = await page.locator(`#panel-${view} svg:has(text)`).evaluateAll(
		(svgs, tolerance) =>
			svgs.map((svg) => {
				const frame = svg.getBoundingClientRect();
				// Hidden texts (a label with no room) are neither seen nor exported.
				const drawn = [...svg.querySelectorAll('text')].filter(
					(text) =>
						text.getClientRects().length > 0 && getComputedStyle(text).visibility !== 'hidden'
				);
				const outside = drawn
					.map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
					.filter(
						({ box }) =>
							box.left < frame.left - tolerance ||
							box.right > frame.right + tolerance ||
							box.top < frame.top - tolerance ||
							box.bottom > frame.bottom + tolerance
					)
					.map(
						({ text, box }) =>
							`"${text}" ${(box.left - frame.left).toFixed(1)}…${(box.right - frame.left).toFixed(1)} × ${(box.top - frame.top).toFixed(1)}…${(box.bottom - frame.top).toFixed(1)} px in ${frame.width.toFixed(1)} × ${frame.height.toFixed(1)}`
					);
				// Two texts overlap where their boxes share more than the tolerance each way.
				const boxes = drawn.map((text) => ({
					text: text.textContent ?? '',
					box: text.getBoundingClientRect()
				}));
				const overlapping = boxes.flatMap((a, i) =>
					boxes
						.slice(i + 1)
						.filter(
							(b) =>
								a.box.left < b.box.right - tolerance &&
								b.box.left < a.box.right - tolerance &&
								a.box.top < b.box.bottom - tolerance &&
								b.box.top < a.box.bottom - tolerance
						)
						.map(
							(b) =>
								`"${a.text}" on "${b.text}" at ${(Math.max(a.box.left, b.box.left) - frame.left).toFixed(1)} × ${(Math.max(a.box.top, b.box.top) - frame.top).toFixed(1)} px`
						)
				);
				const na = svg.querySelectorAll('text.na').length;
				return {
					name: svg.getAttribute('aria-label') ?? '',
					texts: drawn.length,
					outside,
					overlapping,
					na
				};
			}),
		TOLERANCE
	);
	if (CHART_VIEWS.includes(view)) expect(charts.length, `${view} ${at}`).toBeGreaterThan(0);
	for (const chart of charts) {
		expect(chart.texts, `${view} ${at}: ${chart.name}`).toBeGreaterThan(0);
		expect.soft(chart.outside, `${view} ${at}: texts outside "${chart.name}"`).toEqual([]);
		expect
			.soft(chart.overlapping, `${view} ${at}: texts on each other in "${chart.name}"`)
			.toEqual([]);
	}
	return charts;
}

/**
 * Checks every view's charts at both widths, each view resized in turn (the order alternates so
 * that each view starts at the width the last one ended on).
 */
async function expectChartTextsInsideAtEveryWidth(page: Page, views: string[], lang: string) {
	let widths = WIDTHS;
	for (const view of views) {
		if (view !== views[0]) await switchView(page, view);
		for (const width of widths) {
			await resizeTo(page, width);
			const charts = await expectChartTextsInside(page, view, `${lang} ${width} px`);
			// H200 and H100 have no figure for one row: their "n/a" labels are among those checked.
			if (view === 'hardware') expect(charts.reduce((n, c) => n + c.na, 0)).toBe(2);
		}
		widths = [...widths].reverse();
	}
}

for (const lang of LANGUAGES)
	test(`every chart on every view draws its texts inside its own svg (${lang}, 1440 and 390 px)`, async ({
		page
	}) => {
		test.setTimeout(150_000); // six views at two widths; the training one waits for four curves
		await open(page, VIEWS[0]!, lang, WIDTHS[0]!, FOUR_RATIOS);
		await expectChartTextsInsideAtEveryWidth(page, VIEWS, lang);
	});

test('every chart keeps its texts inside its svg in wider type (18 px for 11) (1440 and 390 px)', async ({
	page
}) => {
	// Text widths are the reader's fonts': a margin sized for the type tried here is a guess
	// elsewhere. At 11 px the training chart's "100,000" (46 px wide) is centred 34 px from its
	// edge; in type about 1.5 times as wide it ran past. Set before the charts first measure.
	test.setTimeout(120_000); // three views at two widths; the training one waits for its worker
	await page.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => {
			const style = document.createElement('style');
			style.textContent = 'figure svg { font-size: 18px !important; }';
			document.head.append(style);
		})
	);
	await open(page, CHART_VIEWS[0]!, 'en', WIDTHS[0]!, FOUR_RATIOS);
	await expectChartTextsInsideAtEveryWidth(page, CHART_VIEWS, 'en, 18 px type');
});

/** Four systems on the inference view: fourteen published measurements, clustered on a phone. */
const FOUR_SYSTEMS = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200&view=inference';

const intersects = (a: Box, b: Box) =>
	a.left < b.right - TOLERANCE &&
	b.left < a.right - TOLERANCE &&
	a.top < b.bottom - TOLERANCE &&
	b.top < a.bottom - TOLERANCE;

/** Two frames: time for a tooltip's size (a ResizeObserver) and its place to follow its point. */
const twoFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/**
 * Walks every point of every frontier of the chart as it is now, with the arrow keys, and lists the
 * points their own tooltip covers.
 */
async function tooltipsCoveringTheirPoints(page: Page) {
	const chart = page.locator('svg[role="application"]').first();
	await chart.focus();
	// Every point of every frontier, walked with the arrow keys inside the page (a round trip
	// per point took half a minute), each measured once its tooltip has been placed.
	return chart.evaluate(async (svg) => {
		// A key moves the ring and the tooltip's anchor in Svelte's next microtask; the tooltip
		// is placed from its size, which it learns from a ResizeObserver in the next frame's
		// rendering, after that frame's requestAnimationFrame callbacks. A task queued by such
		// a callback runs after that rendering. Two frames a point (33 ms at 60 Hz) were most of
		// this test's time. Read as below, the tooltip's and the ring's boxes matched those
		// read four frames later at every point, in both languages at 1440 and 390 px.
		const channel = new MessageChannel();
		const task = () =>
			new Promise<void>((done) => {
				channel.port1.onmessage = () => done();
				channel.port2.postMessage(null);
			});
		const frame = () =>
			new Promise<void>((done) => requestAnimationFrame(() => void task().then(done)));
		const tip = document.getElementById(svg.getAttribute('aria-describedby')!)!;
		// The size the tooltip was last placed for. Unchanged, its ResizeObserver has nothing
		// to report, so it is placed once the key's microtasks have run; changed (about one
		// point in four in English, in fourteen in Chinese), it waits for the frame.
		let size = '';
		const press = async (key: string, settle = false) => {
			svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
			await task();
			const now = `${tip.offsetWidth} ${tip.offsetHeight}`;
			if (settle || now !== size) await frame();
			size = `${tip.offsetWidth} ${tip.offsetHeight}`;
		};
		const covered: string[] = [];
		let checked = 0;
		const series = svg.querySelectorAll('g.series').length;
		for (let s = 0; s < series; s++) {
			await press('Home', true); // the first point of a walk: its size not known yet
			let previous = '';
			for (;;) {
				const ring = svg.querySelector('circle.selected')!;
				const at = `${ring.getAttribute('cx')} ${ring.getAttribute('cy')}`;
				if (at === previous) break; // the end of this frontier
				previous = at;
				if (getComputedStyle(tip).visibility !== 'visible') covered.push(`${at}: no tooltip`);
				const a = ring.getBoundingClientRect();
				const b = tip.getBoundingClientRect();
				// Sub-pixel rounding: half a pixel of contact is not covering.
				if (
					a.left < b.right - 0.5 &&
					b.left < a.right - 0.5 &&
					a.top < b.bottom - 0.5 &&
					b.top < a.bottom - 0.5
				)
					covered.push(`series ${s}, point at ${at}`);
				checked++;
				await press('ArrowRight');
			}
			await press('ArrowDown');
		}
		return { checked, covered };
	});
}

for (const lang of LANGUAGES)
	test(`frontier chart: the tooltip never covers the point it describes (${lang}, 1440 and 390 px)`, async ({
		page
	}) => {
		// helper-125: on a phone the tooltip (about 200 px tall in a 260 px chart) fitted neither
		// above nor below most points and was laid over them, hiding the point being read.
		await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
		await page.goto(`/?${FOUR_SYSTEMS}${lang === 'zh' ? '&lang=zh' : ''}`);
		await page.waitForFunction(pageSettled, null, { timeout: 30_000 });
		for (const width of WIDTHS) {
			await resizeTo(page, width);
			const chartWidth = await page
				.locator('svg[role="application"]')
				.first()
				.evaluate((svg) => svg.getBoundingClientRect().width);
			expect(chartWidth, 'the chart redrawn for the window').toBeLessThanOrEqual(width);
			const { checked, covered } = await tooltipsCoveringTheirPoints(page);
			expect(checked, `${width} px`).toBeGreaterThan(20);
			expect(covered, `${width} px: points under their own tooltip`).toEqual([]);
		}
	});

test(`frontier chart: each measurement's number clears the others and every diamond, and the list names them all (1440 and 390 px)`, async ({
	page
}) => {
	// helper-125: on a phone fourteen numbers beside their diamonds overprinted one another
	// ("1" and "10", "4" and "14") where the measurements cluster.
	await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
	await page.goto(`/?${FOUR_SYSTEMS}`);
	await page.getByLabel('Show uncertainty bands and published measurements').check();
	await page.waitForFunction(pageSettled, null, { timeout: 30_000 });
	const diamonds = page.locator('g.evidence');
	await expect.poll(() => diamonds.count()).toBeGreaterThan(10);
	for (const width of WIDTHS) {
		const at = `${width} px`;
		await resizeTo(page, width);
		await twoFrames(page);
		const drawn = await page.locator('svg[role="application"]').evaluate((svg) => {
			const box = (element: Element) => {
				const { left, right, top, bottom } = element.getBoundingClientRect();
				return { text: element.textContent ?? '', left, right, top, bottom };
			};
			const groups = [...svg.querySelectorAll('g.evidence')];
			return {
				svg: box(svg),
				diamonds: groups.map((g) => box(g.querySelector('path')!)),
				numbers: groups
					.map((g) => g.querySelector('text')!)
					.filter((text) => getComputedStyle(text).visibility !== 'hidden')
					.map(box)
			};
		});
		// The list under the chart is the full record: one item for every diamond.
		await expect(page.getByTestId('evidence').locator('ol > li')).toHaveCount(
			drawn.diamonds.length
		);
		// On a desktop every number has room; on a phone most do.
		if (width >= 1280) expect(drawn.numbers.length, at).toBe(drawn.diamonds.length);
		else expect(drawn.numbers.length, at).toBeGreaterThan((drawn.diamonds.length * 2) / 3);
		const clashes = drawn.numbers.flatMap((number, i) => [
			...drawn.numbers
				.slice(i + 1)
				.filter((other) => intersects(number, other))
				.map((other) => `"${number.text}" on "${other.text}"`),
			...drawn.diamonds
				.filter((diamond) => intersects(number, diamond))
				.map(() => `"${number.text}" on a diamond`)
		]);
		expect(clashes, at).toEqual([]);
		const outside = drawn.numbers.filter(
			(n) => n.left < drawn.svg.left || n.right > drawn.svg.right || n.top < drawn.svg.top
		);
		expect(
			outside.map((n) => n.text),
			at
		).toEqual([]);
	}
});

test('the method page’s latency-fit chart keeps its axis title clear of the ticks, and every tick inside (390 px)', async ({
	page
}) => {
	// helper-108: at 390 px the turned "α (µs)" sat on the 40-80 ticks and "512" was cut to "51".
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/method/');
	const chart = page.getByTestId('latency-fit-chart');
	await chart.scrollIntoViewIfNeeded();
	const { svg, title, yTicks, xTicks } = await chart.evaluate((element) => {
		const box = (e: Element) => {
			const { left, right, top, bottom } = e.getBoundingClientRect();
			return { text: e.textContent ?? '', left, right, top, bottom };
		};
		const grid = element.querySelector('g.grid')!;
		return {
			svg: box(element),
			title: box(element.querySelector('text.axis[transform*="rotate"]')!),
			yTicks: [...grid.querySelectorAll('text[text-anchor="end"]')].map(box),
			xTicks: [...grid.querySelectorAll('text[text-anchor="middle"]')].map(box)
		};
	});
	expect(yTicks.length).toBeGreaterThan(1);
	expect(xTicks.map((t) => t.text)).toContain('512');
	expect(title.left).toBeGreaterThanOrEqual(svg.left - TOLERANCE);
	expect(
		yTicks.filter((tick) => tick.left - title.right < MIN_TITLE_GAP).map((tick) => tick.text)
	).toEqual([]);
	expect(
		xTicks
			.filter((tick) => tick.left < svg.left - TOLERANCE || tick.right > svg.right + TOLERANCE)
			.map((tick) => tick.text)
	).toEqual([]);
});

test('the training scale tables keep each point on one line of layout', async ({ page }) => {
	// A layout wrapped in its column once made every row five lines tall: a 19-row table 2,500 px
	// high. The layout stays on one line and the table scrolls sideways, chips in view.
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=training');
	await page.getByText('Show the scale curves as tables').click();
	const table = page.locator('#panel-training .table-wrap table').first();
	await expect(table.locator('tbody tr td.num').first()).toBeVisible({ timeout: 60_000 });
	const rows = await table.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			height: tr.getBoundingClientRect().height,
			line: parseFloat(getComputedStyle(tr).lineHeight)
		}))
	);
	expect(rows.length).toBeGreaterThan(10);
	await expect(table.locator('td.layout').first()).toBeVisible();
	// The layout cell is one line (with its padding); a two-word bound may take two.
	expect(rows.filter((r) => r.height > 3 * r.line)).toEqual([]);
});
