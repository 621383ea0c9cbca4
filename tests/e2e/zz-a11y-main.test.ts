/**
 * axe in every view with everything a reader can open opened — formulas, notes, source
 * popovers, uncertainty bands, the sensitivity tornado, the diff — in light and dark, and in
 * Chinese: the default-state scans elsewhere never see those parts, and dark mode has its own
 * contrast to keep.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './zz-fixtures-main';
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

// One page load per view and language: everything opened once, scanned in light and, in English,
// again in dark (the same DOM under the dark colour scheme: only its colours can differ).
// An axe scan of a fully opened view took over 30 s on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });
for (const view of VIEWS)
	for (const lang of ['en', 'zh'])
		test(`${view} (${lang}) with everything opened has no axe violations${lang === 'en' ? ', light and dark' : ''}`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(`/?${SYSTEMS}&view=${view}${lang === 'zh' ? '&lang=zh' : ''}`);
			await page.waitForFunction(pageSettled, null, { timeout: 20_000 });
			await openEverything(page, view);
			await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
			// Chinese: the same elements in the same colours as the English scan, which checks every
			// rule in both themes; what a translation can break (lang, names) is scanned here.
			await expectNoAxeViolations(page, 'light', { languageOnly: lang === 'zh' });
			if (lang === 'zh') return;
			const background = () =>
				page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
			const light = await background();
			await page.emulateMedia({ colorScheme: 'dark' });
			// The dark palette is in force before the scan: the page's background has changed.
			await expect.poll(background).not.toBe(light);
			await expectNoAxeViolations(page, 'dark');
		});
