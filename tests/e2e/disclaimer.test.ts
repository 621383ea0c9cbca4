import { pageSettled } from '../../scripts/page-settled';
import { expect, switchView, test } from './fixtures';

/** "Model estimate(s), not a measurement / measurements" in English; "而非实测" in Chinese. */
const DISCLAIMER = /not (a )?measurements?|而非实测/gi;

const VIEWS = ['hardware', 'inference', 'training', 'energy', 'reliability'];

for (const lang of ['en', 'zh'])
	test(`the disclaimer is said once at the top and badged once on the results and each chart (${lang})`, async ({
		page
	}) => {
		test.setTimeout(180_000); // five views, each waited for
		await page.goto(`/?view=${VIEWS[0]}&lang=${lang}`);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		for (const view of VIEWS) {
			if (view !== VIEWS[0]) await switchView(page, view);
			// Issue 14 item 7: the top paragraph, the badge beside Results, and one badge on each
			// chart (so a screenshot of a chart still carries it); nothing per section or table.
			// The topology schematics are cited data, not estimates, and carry no badge.
			const charts = page.locator('main figure:not(.topology)');
			const chartCount = await charts.count();
			await expect(page.locator('main figure:not(.topology) .chart-badge'), view).toHaveCount(
				chartCount
			);
			const text = await page.locator('.page').evaluate((el) => (el as HTMLElement).innerText);
			expect(text.match(DISCLAIMER) ?? [], view).toHaveLength(2 + chartCount);
		}
	});

test('tabs fit one row at 1280 and 1440 px, in both languages', async ({ page }) => {
	for (const lang of ['en', 'zh']) {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`/?lang=${lang}`);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		// One load per language, each tab opened once (opening one builds its whole view): the row
		// reflows at each width as it does for a reader who resizes the window.
		const list = page.getByRole('tablist');
		for (const tab of await page.getByRole('tab').all()) {
			await tab.click();
			for (const width of [1280, 1440]) {
				await page.setViewportSize({ width, height: 900 });
				const tops = await page
					.getByRole('tab')
					.evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
				const open = `${lang} ${width} ${await tab.textContent()}`;
				expect(new Set(tops).size, open).toBe(1);
				// …and every tab is in view, not scrolled off the row, whichever is open (in bold).
				const fits = await list.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
				expect(fits, open).toBe(true);
			}
		}
	}
});
