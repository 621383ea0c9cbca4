import { expect, test } from '@playwright/test';

const VIEWS = ['hardware', 'inference', 'training', 'energy', 'reliability', 'claims'];

test.describe('phone layout', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const view of VIEWS)
		test(`the ${view} view fits 390 px without horizontal scrolling`, async ({ page }) => {
			await page.goto(`/?v=1&a=gb200-nvl72&b=cloudmatrix-384&c=hgx-h100&view=${view}`);
			await expect(page.getByRole('tab', { selected: true })).toBeVisible();
			await page.waitForTimeout(500);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
});

test('every view has no axe violations and no NaN or Infinity', async ({ page }) => {
	const AxeBuilder = (await import('@axe-core/playwright')).default;
	for (const view of VIEWS) {
		await page.goto(`/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=${view}`);
		await expect(page.getByRole('tab', { selected: true })).toBeVisible();
		await page.waitForTimeout(view === 'training' || view === 'energy' ? 2500 : 300);
		await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(results.violations.map((v) => `${view}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	}
});
