/**
 * Issue 14, items 6 and 9, by geometry on one page load: the diff panel's tables at 1440 and
 * 390 px (title above the headers, no word broken across lines, the ratio column in view), and
 * the chart tooltips at 390 px (within their chart's width, inside it or wholly under it, named by
 * the chart's aria-describedby, following the keyboard and the pointer).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, switchView, test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';

/** Words of header and label cells that wrap onto two lines ("Paste d link", "PFLOP/ s"). */
async function brokenWords(table: Locator): Promise<string[]> {
	return table.evaluate((element) => {
		const broken: string[] = [];
		for (const cell of element.querySelectorAll('th, td')) {
			const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					// One box per line the word covers; a visible word on one line has one.
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (lines.size > 1) broken.push(match[0]);
				}
			}
		}
		return broken;
	});
}

/** The caption's box ends above the header row's. */
async function titleAboveHeaders(table: Locator): Promise<boolean> {
	return table.evaluate((element) => {
		const caption = element.querySelector('caption')!.getBoundingClientRect();
		const head = element.querySelector('thead')!.getBoundingClientRect();
		return caption.bottom <= head.top + 0.5;
	});
}

async function checkDiffTables(page: Page, width: number) {
	await page.setViewportSize({ width, height: 900 });
	const results = page.getByRole('table', { name: /How the results move/ });
	const assumptions = page.getByRole('table', { name: /Assumptions that differ/ });
	for (const table of [results, assumptions]) {
		await expect(table).toBeVisible();
		expect(await titleAboveHeaders(table), `${width} px: title above the headers`).toBe(true);
		expect(await brokenWords(table), `${width} px: words broken across lines`).toEqual([]);
	}
	// The ratio column in view without scrolling: a table row at 1440 px, a card per result on a
	// phone (label on top, the three figures under their headers).
	const ratioHeader = results.getByRole('columnheader', { name: 'This page ÷ pasted' });
	const scroller = page.getByRole('region', { name: /How the results move/ });
	const fits = await scroller.evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
	expect(fits, `${width} px: the results table fits its box`).toBe(true);
	await ratioHeader.scrollIntoViewIfNeeded();
	await expect(ratioHeader).toBeInViewport({ ratio: 1 });
	const ratioCell = results.locator('tr[data-result="hbmBytes"] td').nth(2).last();
	await ratioCell.scrollIntoViewIfNeeded();
	await expect(ratioCell).toBeInViewport({ ratio: 1 });
	// No figure runs into the next cell: "627,000 tokens/s" per MW did, in a phone's card.
	const clipped = await results.evaluate((table) =>
		[...table.querySelectorAll('td')]
			.filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
			.map((cell) => cell.textContent)
	);
	expect(clipped, `${width} px: figures wider than their cells`).toEqual([]);
	const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(pageWidth).toBeLessThanOrEqual(width);
}

/**
 * The element the chart's aria-describedby names as its tooltip, and that it is placed: within the
 * chart's width and the screen's; inside the chart's drawing, or wholly under or over it, where a
 * phone's chart puts it when it has room neither above, below nor beside its point (helper-125);
 * and whether it is on the screen from top to bottom.
 */
async function tooltipPlaced(chart: Locator) {
	return chart.evaluate((svg) => {
		const ids = (svg.getAttribute('aria-describedby') ?? '').split(' ');
		const tip = ids
			.map((id) => document.getElementById(id))
			.find((e) => e?.getAttribute('role') === 'tooltip');
		if (!tip) return { text: '', placed: false };
		const box = tip.getBoundingClientRect();
		const chart = svg.getBoundingClientRect();
		return {
			text: tip.textContent ?? '',
			visible: getComputedStyle(tip).visibility === 'visible' && box.width > 0,
			placed:
				box.left >= chart.left - 0.5 &&
				box.right <= chart.right + 0.5 &&
				((box.top >= chart.top - 0.5 && box.bottom <= chart.bottom + 0.5) ||
					box.top >= chart.bottom - 0.5 ||
					box.bottom <= chart.top + 0.5) &&
				box.left >= 0 &&
				box.right <= window.innerWidth,
			onScreen: box.top >= -0.5 && box.bottom <= window.innerHeight + 0.5
		};
	});
}

test('diff tables at 1440 and 390 px, and chart tooltips placed by their charts at 390 px', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768');
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });

	await page.getByText('Compare with another link').click();
	await page.getByLabel('Link or query to compare').fill('v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	const results = page.getByRole('table', { name: /How the results move/ });
	// This page's B has twice the chips: twice the HBM, a gain that reads as one.
	await expect(
		results.getByRole('row', { name: /^HBM capacity .* 2\.00× better$/ }).first()
	).toBeVisible();
	// Training arrives from the pasted side's worker.
	await expect(results.locator('tr[data-result="timeToTrainS"] td').nth(1).first()).not.toHaveText(
		/computing/,
		{ timeout: 30_000 }
	);
	await checkDiffTables(page, 1440);
	await checkDiffTables(page, 390);

	// Hardware: the ratio chart's rows, from the keyboard.
	const ratioChart = page
		.locator('figure', { hasText: 'Ratios at a glance' })
		.locator('svg[role="application"]');
	await ratioChart.focus();
	await page.keyboard.press('End');
	await expect.poll(async () => (await tooltipPlaced(ratioChart)).text).toMatch(/÷/);
	expect(await tooltipPlaced(ratioChart)).toMatchObject({ visible: true, placed: true });

	// Inference: the frontier's points at both ends, by keyboard, then by pointer.
	await switchView(page, 'inference');
	const frontier = page
		.locator('figure', { hasText: 'Pareto frontier' })
		.locator('svg[role="application"]');
	// The frontier comes from its worker: the keyboard walks it once it is drawn.
	await expect(page.getByTestId('frontier-status')).toHaveCount(0);
	await frontier.focus();
	for (const key of ['Home', 'End']) {
		for (let i = 0; i < 40; i++)
			await page.keyboard.press(key === 'Home' ? 'ArrowLeft' : 'ArrowRight');
		// Polled: the tip is placed from its own measured size, a frame after the point moves (read at
		// once, a busy machine caught it at the previous point's place, outside the chart).
		await expect
			.poll(() => tooltipPlaced(frontier), { message: `frontier tooltip after ${key}` })
			.toMatchObject({ visible: true, placed: true });
		expect((await tooltipPlaced(frontier)).text).toMatch(/Batch.*Layout.*Serving.*Bound by/s);
	}
	// The metric switch redraws the same frontier as cost per million tokens.
	await page.getByLabel('$ per million output tokens').check();
	await expect(page.getByText('USD per million output tokens, every chip (log)')).toBeVisible();
	// The pointer on the ringed point (the last one the keyboard chose) shows it too.
	const ring = (await page
		.locator('figure', { hasText: 'Pareto frontier' })
		.locator('circle.selected')
		.boundingBox())!;
	await frontier.blur();
	expect((await tooltipPlaced(frontier)).text).toBe('');
	await page.mouse.move(ring.x + ring.width / 2, ring.y + ring.height / 2);
	await expect.poll(async () => (await tooltipPlaced(frontier)).text).toMatch(/\$ per million/);
	expect(await tooltipPlaced(frontier)).toMatchObject({ visible: true, placed: true });

	// The chart at the very bottom of the screen: its tooltip goes over it, not past the screen's
	// end (helper-125: it hung under the chart, out of sight).
	await page.mouse.move(0, 0);
	await frontier.evaluate((svg) => {
		const { bottom } = svg.getBoundingClientRect();
		window.scrollBy(0, bottom - window.innerHeight + 2);
	});
	const low = (await page
		.locator('figure', { hasText: 'Pareto frontier' })
		.locator('circle.selected')
		.boundingBox())!;
	await page.mouse.move(low.x + low.width / 2, low.y + low.height / 2);
	await expect
		.poll(() => tooltipPlaced(frontier), { message: 'tooltip of a chart at the screen’s end' })
		.toMatchObject({ visible: true, placed: true, onScreen: true });
});
