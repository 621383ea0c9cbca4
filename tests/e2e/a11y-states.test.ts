/**
 * axe in every view with everything a reader can open opened — formulas, notes, source
 * popovers, uncertainty bands, the sensitivity tornado, the diff — in light and dark, and in
 * Chinese: the default-state scans elsewhere never see those parts, and dark mode has its own
 * contrast to keep.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, switchView, test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';

const VIEWS = ['hardware', 'inference', 'training', 'energy', 'reliability', 'claims'];
const SYSTEMS = 'v=1&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3&c=hgx-h100';

async function openEverything(page: Page, view: string) {
	// Every closed disclosure in the results and the footer (notes, formulas, panels, the diff).
	await page
		.locator('details:not([open]) > summary')
		.evaluateAll((summaries) => summaries.forEach((summary) => (summary as HTMLElement).click()));
	await expect(page.locator('details[open]').first()).toBeAttached();
	if (view === 'hardware') {
		await page
			.getByRole('button', {
				name: /^(Show the math for HBM capacity|显示「HBM 容量」的计算过程)$/
			})
			.click();
		await expect(page.getByTestId('formula').first()).toBeVisible();
	}
	if (view === 'inference') {
		await page.getByLabel(/Show uncertainty bands|显示不确定性区间/).check();
		await expect(page.locator('path.band').first()).toBeAttached();
		await page.getByRole('button', { name: /^(Compute sensitivity|计算敏感性)$/ }).click();
		await expect(page.getByTestId('tornado').locator('li').first()).toBeVisible();
	}
	await page.getByLabel(/Link or query to compare|要对比的链接/).fill(`${SYSTEMS}&b.chips=400`);
	await page.getByRole('button', { name: /^(Compare|对比)$/ }).click();
	await expect(
		page.getByRole('table', { name: /Assumptions that differ|不同的假设/ })
	).toBeVisible();
}

// English: one page load per view (these are the suite's longest tests; apart, they spread over
// both workers), everything opened, every rule scanned in light; then in dark, where only the
// colours differ (the dark palette changes colours and nothing else), the rules that read colours.
test.describe.configure({ timeout: 180_000 });
for (const view of VIEWS)
	test(`${view} with everything opened has no axe violations, light and dark`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`/?${SYSTEMS}&view=${view}`);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		await openEverything(page, view);
		await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
		await expectNoAxeViolations(page, 'light');
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const light = await background();
		await page.emulateMedia({ colorScheme: 'dark' });
		// The dark palette is in force before the scan: the page's background has changed.
		await expect.poll(background).not.toBe(light);
		await expectNoAxeViolations(page, 'dark', { only: 'colour' });
	});

// Chinese: the same elements in the same colours as the English scans; what a translation can
// break (lang, accessible names) is scanned in every view, opened the same way. One page load,
// the views visited by tab: a load costs more than a tab switch, and these scans are short.
// In the same walk: English is tagged only on cited source titles. Data prose (notes, bases,
// caveats, evidence) is shown through the Chinese table; what has no translation would show up
// tagged lang="en". Where a view shows such prose, it is there.
const PROSE_SHOWN: Record<string, string> = {
	hardware: '.popover [lang="zh-CN"]',
	inference: '.efficiencies .basis [lang="zh-CN"]',
	reliability: 'details li [lang="zh-CN"]'
};
test('every view in Chinese with everything opened has no axe violations, and tags English only on cited source titles', async ({
	page
}) => {
	test.setTimeout(300_000); // six views, each opened and scanned
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`/?${SYSTEMS}&view=${VIEWS[0]}&lang=zh`);
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	for (const view of VIEWS) {
		if (view !== VIEWS[0]) await switchView(page, view);
		await openEverything(page, view);
		await expect(page.locator('main'), view).not.toContainText(/NaN|Infinity|undefined/);
		if (view in PROSE_SHOWN)
			await expect(page.locator(`main ${PROSE_SHOWN[view]}`).first(), view).toBeAttached();
		await expect(page.locator('main [lang="en"]:not(a)'), view).toHaveCount(0);
		await expectNoAxeViolations(page, `${view} (zh)`, { only: 'language' });
	}
});
