import { pageSettled } from '../../scripts/page-settled';
import { expect, resizeTo, switchView, test } from './fixtures';

/**
 * Issue 14: every results table keeps its label column and its ratio columns (the answer) in view,
 * at a phone's width inside the table's own scroller, and at 1280 px and up without scrolling at
 * all. The label column is sticky and the ratio columns follow it, and on a desktop the figure
 * the ratio compares follows them (the tables scroll past the results column at 1440 px).
 */
const VIEWS = ['hardware', 'inference', 'training', 'energy', 'reliability'];
/** Views whose tables state a ratio to system A. */
const WITH_RATIOS = new Set(['hardware', 'inference', 'energy', 'reliability']);

const WIDTHS = [390, 1280, 1440];

// One page load per language: each view is opened by tab once and looked at in every width.
for (const lang of ['en', 'zh'])
	test(`label and ratio columns are in view at ${WIDTHS.join(', ')} px (${lang})`, async ({
		page
	}) => {
		test.setTimeout(300_000); // five views in three widths, each waited for
		await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
		const langQuery = lang === 'zh' ? '&lang=zh' : '';
		await page.goto(
			`/?v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200&view=${VIEWS[0]}${langQuery}`
		);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		for (const view of VIEWS) {
			if (view !== VIEWS[0]) await switchView(page, view);
			// Folded tables count too: open them.
			await page
				.locator('[role="tabpanel"] details:not([open]) > summary')
				.evaluateAll((summaries) =>
					summaries.forEach((summary) => (summary as HTMLElement).click())
				);
			for (const width of WIDTHS) {
				await resizeTo(page, width);
				const at = `${view} at ${width} px`;
				const found = await page.evaluate((wide) => {
					const inView = (cell: Element, wrap: Element) => {
						const box = cell.getBoundingClientRect();
						const port = wrap.getBoundingClientRect();
						return (
							box.left >= Math.max(port.left, 0) - 1 &&
							box.right <= Math.min(port.right, window.innerWidth) + 1
						);
					};
					const wraps = [...document.querySelectorAll('[role="tabpanel"] .table-wrap')].filter(
						(wrap) => wrap.getClientRects().length > 0
					);
					return wraps.map((wrap, index) => {
						const row = [...wrap.querySelectorAll('tbody tr')].find((tr) => tr.children.length > 1);
						const label = row?.firstElementChild;
						const ratios = [...(row?.querySelectorAll('.ratio') ?? [])];
						// On a desktop, the figure a ratio compares sits beside it, in view too.
						const compared = wide ? row?.querySelector('.compared') : null;
						const name = wrap.getAttribute('aria-label') ?? `table ${index}`;
						return {
							name,
							ratios: ratios.length,
							compares: Boolean(row?.querySelector('.compared')),
							hidden: [
								...(label && !inView(label, wrap) ? [`${name}: label`] : []),
								...ratios
									.filter((cell) => !inView(cell, wrap))
									.map((cell) => `${name}: ${cell.textContent?.trim()}`),
								...(compared && !inView(compared, wrap)
									? [`${name}: ${compared.textContent?.trim()}`]
									: [])
							]
						};
					});
				}, width >= 1280);
				expect(found.length, `${at}: tables found`).toBeGreaterThan(0);
				if (WITH_RATIOS.has(view))
					expect(
						found.some((table) => table.ratios > 0),
						`${at}: a ratio column`
					).toBe(true);
				if (view === 'energy' || view === 'reliability')
					expect(
						found.some((table) => table.compares),
						`${at}: a compared figure`
					).toBe(true);
				expect(
					found.flatMap((table) => table.hidden),
					at
				).toEqual([]);
			}
		}
	});

// On a phone the hardware table's metrics are cards: one small column per system, its name above
// its value. A name that wraps (B: CloudMatrix 384) must not push its value below A's.
test('the hardware cards keep each metric’s values on one line at 390 px', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	const rows = await page.locator('#panel-hardware tbody tr').evaluateAll((trs) =>
		trs
			.map((tr) => [...tr.querySelectorAll('td.num')])
			.filter((cells) => cells.length > 1)
			.map((cells) =>
				cells.map((td) => {
					// The value's line box: the text after the label (the ::before).
					const range = document.createRange();
					range.selectNodeContents(td);
					const rects = [...range.getClientRects()];
					return Math.round(rects.at(-1)!.bottom);
				})
			)
	);
	expect(rows.length).toBeGreaterThan(5);
	// Before: "B: CloudMatrix 384" took two lines and its value sat one line lower.
	for (const bottoms of rows) expect(new Set(bottoms).size, JSON.stringify(bottoms)).toBe(1);
});
