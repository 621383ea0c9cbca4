import { test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';
test(`one load`, async ({ page }) => {
		await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
});
