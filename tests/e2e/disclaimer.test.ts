import { expect, test } from './fixtures';

/** "Model estimate(s), not a measurement / measurements" in English; "而非实测" in Chinese. */
const DISCLAIMER = /not (a )?measurements?|而非实测/gi;

for (const lang of ['en', 'zh'])
	for (const view of ['hardware', 'inference', 'training', 'energy', 'reliability'])
		test(`the disclaimer is said once at the top and badged once on the results (${view}, ${lang})`, async ({
			page
		}) => {
			await page.goto(`/?view=${view}&lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('data-prefetched', 'true', {
				timeout: 30_000
			});
			await expect(page.locator('main .loading')).toHaveCount(0);
			// The top paragraph and the "Model estimate" badge beside Results; nothing per section.
			const text = await page.locator('.page').evaluate((el) => (el as HTMLElement).innerText);
			expect(text.match(DISCLAIMER) ?? []).toHaveLength(2);
		});

test('tabs fit one row at 1280 and 1440 px, in both languages', async ({ page }) => {
	for (const lang of ['en', 'zh'])
		for (const width of [1280, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`/?lang=${lang}`);
			const tops = await page
				.getByRole('tab')
				.evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
			expect(new Set(tops).size, `${lang} ${width}`).toBe(1);
			const list = page.getByRole('tablist');
			// …and every tab is in view, not scrolled off the row.
			const fits = await list.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
			expect(fits, `${lang} ${width}`).toBe(true);
		}
});
