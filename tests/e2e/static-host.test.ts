import { expect, test } from './fixtures';

// The suite runs against scripts/serve-static.mjs: a plain file server with no rewrite rules, like
// `python3 -m http.server`, nginx without try_files or an object store. A page that needed a
// rewrite (validation.html next to a validation/ folder) would open as a directory listing or 404.
const PAGES = [
	{ path: '/', en: 'Rackscale · Compare rack-scale AI systems', zh: 'Rackscale · 从第一性原理' },
	{ path: '/method', en: 'Method: every formula', zh: '方法：全部公式与假设' },
	{ path: '/validation', en: 'Validation: the model against', zh: '验证：模型与公开实测数据' }
];

// One test per page, both languages in its tab: each address is opened directly, then reloaded.
for (const { path, en, zh } of PAGES) {
	test(`${path} opens directly and after a reload on a plain static server, in en and zh`, async ({
		page
	}) => {
		for (const [lang, expected] of [
			['en', en],
			['zh', zh]
		] as const) {
			const url = lang === 'en' ? path : `${path}?lang=zh`;
			const response = await page.goto(url);
			expect(response?.status(), url).toBe(200);
			expect(response?.headers()['content-type'], url).toContain('text/html');
			const heading = path === '/' ? page.locator('title') : page.locator('h1');
			const check = async () => {
				await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
				if (path === '/') await expect(page).toHaveTitle(new RegExp(`^${expected}`));
				else await expect(heading).toContainText(expected);
				await expect(page.locator('body')).not.toContainText('Directory listing');
			};
			await check();
			await page.reload();
			await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
			await check();
			// Folders end in a slash: the page's own address is the one a reload or a share keeps.
			if (path !== '/') expect(new URL(page.url()).pathname, url).toBe(`${path}/`);
		}
	});
}

test('the pages link to each other by folder, so no link depends on a rewrite', async ({
	page,
	request
}) => {
	await page.goto('/?lang=zh');
	const nav = page.locator('nav.pages');
	// The prerendered links gain the reader's ?lang= once the page has started: wait for it.
	await expect
		.poll(() =>
			nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
		)
		.toEqual(['/validation/?lang=zh', '/method/?lang=zh']);
	for (const href of ['/validation/?lang=zh', '/method/?lang=zh']) {
		const response = await request.get(href, { maxRedirects: 0 });
		expect(response.status()).toBe(200);
	}
	await nav.getByRole('link').last().click();
	await expect(page.locator('h1')).toHaveText('方法：全部公式与假设');
	await page.reload();
	await expect(page.locator('h1')).toHaveText('方法：全部公式与假设');
});

// A link over 16 kB leaves the address bar before the page's first request (src/app.html); a page
// that reads only the language writes that back, so a reload keeps it.
test('/method opened with an oversized link keeps its language in the address and after a reload', async ({
	page
}) => {
	await page.goto(`/method/?lang=zh&${'junk=1&'.repeat(3000)}`);
	const chinese = async () => {
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('h1')).toContainText('方法：全部公式与假设');
	};
	await chinese();
	await expect.poll(() => new URL(page.url()).search).toBe('?lang=zh');
	await page.reload();
	await chinese();
});
