import { pageSettled } from '../../scripts/page-settled';
import { expect, test } from './fixtures';

// Issue 14: each chart says it is a model estimate, as the disclaimer says once for the page.
for (const [lang, badge] of [
	['en', 'Model estimate, not a measurement'],
	['zh', '模型估算，而非实测']
] as const)
	test(`every chart carries the model-estimate badge (${lang})`, async ({ page }) => {
		test.setTimeout(90_000);
		let charts = 0;
		for (const view of ['hardware', 'inference', 'training']) {
			const langQuery = lang === 'zh' ? '&lang=zh' : '';
			await page.goto(`/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=${view}${langQuery}`);
			await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
			const figures = page.locator('[role="tabpanel"] figure:has(.chart-export)');
			const count = await figures.count();
			charts += count;
			for (let i = 0; i < count; i++)
				await expect(figures.nth(i).locator('figcaption .chart-badge'), view).toHaveText(badge);
		}
		expect(charts).toBeGreaterThanOrEqual(3);
	});
