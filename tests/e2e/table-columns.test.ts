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
			// A slot's letter before a name takes the language's colon: "A：GB200 NVL72" in Chinese,
			// where "A: " read as a typo among full-width punctuation.
			const slotHeads = await page
				.locator('[role="tabpanel"] :is(th, caption, h3, h4, .legend li)')
				.evaluateAll((heads) =>
					heads.map((head) => head.textContent?.trim() ?? '').filter((t) => /^[A-D][:：]/.test(t))
				);
			expect(slotHeads.length, `${view}: slot heads`).toBeGreaterThan(0);
			expect(
				slotHeads.filter((t) => !t.startsWith(`${t[0]}${lang === 'zh' ? '：' : ': '}`)),
				`${view}: slot heads in ${lang}`
			).toEqual([]);
			// And the name follows the colon closely: a flex gap after "A：" doubled its own space.
			const colons = await page
				.locator('[role="tabpanel"] :is(th, caption, h4, .legend li)')
				.evaluateAll((heads) => {
					const measured = heads.flatMap((head) => {
						const name = head.querySelector('bdi');
						const before = name?.previousSibling;
						if (!name || before?.nodeType !== Node.TEXT_NODE) return [];
						if (!/[A-D][:：]\s*$/.test(before.textContent ?? '')) return [];
						const range = document.createRange();
						range.selectNodeContents(before);
						const colonEnd = range.getBoundingClientRect().right;
						return [
							{ head: head.textContent?.trim(), gap: name.getBoundingClientRect().left - colonEnd }
						];
					});
					return {
						count: measured.length,
						wide: measured.filter((m) => m.gap > 2).map((m) => `${m.head}: ${Math.round(m.gap)} px`)
					};
				});
			expect(colons.count, `${view}: slot colons measured`).toBeGreaterThan(0);
			expect(colons.wide, `${view}: space after the slot's colon`).toEqual([]);
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

// On a phone the hardware table's metrics are cards with a line per system: its name, its figure
// and its ratio to A. Cells side by side put "C ÷ A" over B's figure once four systems' seven
// cells wrapped in three columns, and ran "0.00320 B/FLOP0.00410 B/FLO" together in a third of
// the width.
// And every figure ends at the card's one edge: in an efficiency row a figure too long to share
// its line with the system's name ("0.535 TFLOP/s per W") stood alone at the left, under the name.
// And a row's figures are all beside their names or all under them: there such a figure dropped
// under its name while the others stayed beside theirs, zig-zagging down the row (390 px, four
// systems). At 320 px, where a name, the longest figure and a ratio cannot share a line, every
// figure goes under its name.
for (const lang of ['en', 'zh'])
	for (const systems of [
		'a=gb200-nvl72&b=cloudmatrix-384',
		'a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200'
	])
		// One load at 390 px, then the window narrowed to 320 (the cards reflow as for a reader).
		test(`the hardware cards give each system a line at 390 and 320 px (${systems.split('&').length} systems, ${lang})`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 390, height: 900 });
			await page.goto(`/?v=1&${systems}&lang=${lang}`);
			await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
			for (const width of [390, 320]) {
				await resizeTo(page, width);
				const cards = await page.locator('#panel-hardware tbody tr').evaluateAll((trs) =>
					trs
						.filter((tr) => tr.querySelector('td.num'))
						.map((tr) => {
							/** The bottom of a cell's last line of text (its figure, after the label). */
							const lastLine = (td: Element) => {
								const range = document.createRange();
								range.selectNodeContents(td);
								return Math.round([...range.getClientRects()].at(-1)!.bottom);
							};
							/** The right end of a cell's figure (its text, after the label). */
							const figureRight = (td: Element) => {
								const range = document.createRange();
								range.selectNodeContents(td);
								return Math.round([...range.getClientRects()].at(-1)!.right);
							};
							/** Under its name (its figure's line below the name's box) or beside it. */
							const under = (td: Element) => {
								const range = document.createRange();
								range.selectNodeContents(td);
								const figure = [...range.getClientRects()].at(-1)!;
								const name = getComputedStyle(td, '::before');
								const top =
									td.getBoundingClientRect().top + parseFloat(getComputedStyle(td).paddingTop);
								return figure.top >= top + parseFloat(name.height) - 1;
							};
							const lines = [...tr.querySelectorAll('td.num:not(.ratio)')].map((value) => {
								const slot = [...value.classList].find((c) => c.startsWith('slot-'))!;
								const ratio = tr.querySelector(`td.ratio.${slot}`);
								const box = value.getBoundingClientRect();
								return {
									slot,
									right: figureRight(value),
									under: under(value),
									top: box.top,
									overflows: value.scrollWidth > value.clientWidth + 1,
									line: lastLine(value),
									ratioLine: ratio ? lastLine(ratio) : null,
									ratioClear: ratio ? ratio.getBoundingClientRect().left >= box.right - 1 : true
								};
							});
							return { metric: tr.querySelector('th')?.textContent?.trim(), lines };
						})
				);
				expect(cards.length, `${width} px`).toBeGreaterThan(5);
				// Nothing scrolls out of the card's view, its ratios least of all.
				const wrap = page.locator('#panel-hardware .table-wrap');
				expect(
					await wrap.evaluate((w) => w.scrollWidth - w.clientWidth),
					`${width} px`
				).toBeLessThanOrEqual(0);
				for (const { metric, lines } of cards) {
					const rights = lines.map((line) => line.right);
					expect(
						Math.max(...rights) - Math.min(...rights),
						`${width} px, ${metric}: figures end at one edge ${JSON.stringify(rights)}`
					).toBeLessThanOrEqual(1);
					const under = lines.map((line) => line.under);
					expect(
						new Set(under).size,
						`${width} px, ${metric}: every figure beside its name or every one under it ${JSON.stringify(under)}`
					).toBe(1);
					const tops = lines.map((line) => line.top);
					expect(tops, `${width} px, ${metric}: a line per system, in slot order`).toEqual(
						[...tops].sort((x, y) => x - y)
					);
					expect(new Set(tops).size, `${width} px, ${metric}: ${JSON.stringify(tops)}`).toBe(
						lines.length
					);
					for (const line of lines) {
						const at = `${width} px, ${metric}, ${line.slot}`;
						expect(line.overflows, at).toBe(false);
						expect(line.ratioClear, at).toBe(true);
						// A's line has no ratio; every other system's ratio is on its own line.
						if (line.slot === 'slot-a') expect(line.ratioLine, at).toBeNull();
						else expect(Math.abs(line.ratioLine! - line.line), at).toBeLessThanOrEqual(2);
					}
				}
			}
		});

// At 1440 px the power-envelope table ran 73 px past the results column and cut its last header
// mid-word ("De…" of "Dense BF16 compute", helper-113); narrower number columns (4.5rem) and cell
// padding fit it whole, in both languages, Chinese in a CJK font too (at 5rem: 15 px over with
// Noto Sans CJK installed). At 4.5rem the energy table still scrolled 11 px in English: 4rem.
for (const lang of ['en', 'zh'])
	test(`the energy, power-envelope and cost tables fit the results column at 1440 px (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=energy&lang=${lang}`);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		for (const testId of ['energy-table', 'envelope-table', 'cost-table']) {
			const overflow = await page
				.getByTestId(testId)
				.evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth);
			expect(overflow, testId).toBeLessThanOrEqual(0);
		}
	});

// A 60-character custom name on one line took half of each energy table at 1440 px, one or two
// figure columns left in view (helper-127): it wraps at its own width, and a short name never does.
test('a long system name wraps in its table’s label column; a short one stays on one line', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const name = encodeURIComponent('Supercalifragilisticexpialidocious Rack Scale System Number');
	await page.goto(`/?v=1&a=gb200-nvl72&a.name=${name}&b=cloudmatrix-384&view=energy`);
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	for (const testId of ['energy-table', 'envelope-table', 'cost-table']) {
		const boxes = await page.getByTestId(testId).evaluate((table) => {
			const [a, b] = [...table.querySelectorAll('tbody tr')].map((row) => {
				const name = row.querySelector('th bdi')!.getBoundingClientRect();
				const ratio = row.querySelector('td.ratio')!.getBoundingClientRect();
				return { name, ratio, lineHeight: parseFloat(getComputedStyle(row).lineHeight) };
			});
			return { a: a!, b: b! };
		});
		const rem = 16;
		expect(boxes.a.name.width, testId).toBeLessThanOrEqual(14 * rem + 0.5);
		expect(boxes.a.name.right, testId).toBeLessThanOrEqual(boxes.a.ratio.left + 0.5);
		expect(boxes.a.name.height, testId).toBeGreaterThan(1.5 * boxes.a.lineHeight);
		// "CloudMatrix 384" on one line.
		expect(boxes.b.name.height, testId).toBeLessThan(1.5 * boxes.b.lineHeight);
	}
});

// With four systems the cards stood as a 2×2 grid beside the results, leaving them 711 px at
// 1440 px: C's and D's figures in the hardware table (~1,040 px wide) and the energy table's last
// columns showed only by scrolling the table sideways, and the metric names stood three to five
// lines tall. Three or more systems stack their cards in one column, and the results take the rest.
for (const lang of ['en', 'zh'])
	test(`with four systems at 1440 px every system’s figures are in view without scrolling (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		const systems = 'a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200';
		await page.goto(`/?v=1&${systems}&lang=${lang}`);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		const hidden = (view: string) =>
			page.locator(`#panel-${view} .table-wrap`).evaluateAll((wraps) =>
				wraps
					.filter((wrap) => wrap.getClientRects().length > 0)
					.flatMap((wrap) => {
						const port = wrap.getBoundingClientRect();
						const name = wrap.getAttribute('aria-label');
						return [...wrap.querySelectorAll('thead th, tbody td')]
							.filter((cell) => {
								const box = cell.getBoundingClientRect();
								return box.width > 0 && (box.left < port.left - 1 || box.right > port.right + 1);
							})
							.map((cell) => `${name}: ${cell.textContent?.trim()}`);
					})
			);
		expect(await hidden('hardware'), 'hardware').toEqual([]);
		// Each card stays whole, one above the next, left of the results.
		const cards = await page
			.locator('.inputs > section')
			.evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().toJSON()));
		const results = await page.locator('#results').boundingBox();
		expect(cards).toHaveLength(4);
		for (const [i, card] of cards.entries()) {
			expect(card.right, `card ${i}`).toBeLessThanOrEqual(results!.x);
			if (i > 0) expect(card.top, `card ${i}`).toBeGreaterThan(cards[i - 1]!.bottom);
		}
		await switchView(page, 'energy');
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		expect(await hidden('energy'), 'energy').toEqual([]);
	});
