import { expect, test } from './fixtures';

test('when Chinese cannot load (offline) the page says so in both languages, stays English, and retries', async ({
	page,
	context,
	consoleProblems
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await page.locator('html[data-prefetched="true"]').waitFor({ state: 'attached' });
	await context.setOffline(true);
	await page.getByLabel('Language').selectOption('zh');

	const alert = page.getByRole('alert');
	await expect(alert.locator('[lang="zh-CN"]').first()).toHaveText(
		'简体中文界面未能加载（可能已离线），暂以英文显示。'
	);
	await expect(alert).toContainText(
		'The Chinese text could not be loaded (offline?), so the page is in English.'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();

	await context.setOffline(false);
	await alert.getByRole('button').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page).toHaveURL(/lang=zh/);
	// The failed fetch is the point of this test, not a problem with the page.
	consoleProblems.splice(
		0,
		consoleProblems.length,
		...consoleProblems.filter(
			(p) => !/ERR_INTERNET_DISCONNECTED|dynamically imported module/.test(p)
		)
	);
});
