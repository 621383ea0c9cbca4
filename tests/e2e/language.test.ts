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

test('a Chinese page’s title reaches the screen reader in Chinese, not English (helper-88)', async ({
	page,
	request
}) => {
	// The Chinese catalog arrives late (every chunk the first visit does not preload is held 1 s):
	// SvelteKit announces the title at the first write of the address bar, which waits for it.
	const html = await (await request.get('/')).text();
	const preloaded = new Set([...html.matchAll(/href="([^"]+\.js)"/g)].map((m) => m[1]!));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (![...preloaded].some((href) => path.endsWith(href.replace(/^\.?\//, ''))))
			await new Promise((resolve) => setTimeout(resolve, 1000));
		await route.continue();
	});
	await page.goto('/?lang=zh');
	await expect(page).toHaveURL(/[?&]m=\d+/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const announcer = page.locator('#svelte-announcer');
	await expect(announcer).toContainText('Rackscale · 从第一性原理出发');
	await expect(announcer).not.toContainText('Compare rack-scale');
});

test('a lang written with a region or in capitals opens the page in that language and keeps it in the link (helper-132)', async ({
	page
}) => {
	// "zh-CN" was refused: the page turned English, with a notice, and wrote lang=en into the link.
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&lang=zh-CN');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rackscale');
	await expect(page.getByText('不是有效选项')).toHaveCount(0);
});
