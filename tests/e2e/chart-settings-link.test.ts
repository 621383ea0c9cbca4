import { expect, test } from './fixtures';

// Chart settings travel in the link (frontier, bands, scale, scale.tables): a copied or reloaded
// link draws the chart its sender saw. Before, each was page state and came back as the default.

test('the frontier in $ per million and the bands survive copy link and reload', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	await page.getByRole('radio', { name: '$ per million output tokens, every chip' }).check();
	await page.getByLabel('Show uncertainty bands and published measurements').check();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/&view=inference&frontier=usd&bands=1(&|$)/);

	// The address bar follows the change too, so a reload keeps it.
	await expect(page).toHaveURL(/frontier=usd&bands=1/);
	await page.reload();
	await expect(
		page.getByRole('radio', { name: '$ per million output tokens, every chip' })
	).toBeChecked();
	await expect(page.getByLabel('Show uncertainty bands and published measurements')).toBeChecked();
	const yLabel = page.locator('svg text', { hasText: 'USD per million output tokens' });
	await expect(yLabel).toBeVisible();

	// The copied link, opened by its recipient.
	const other = await context.newPage();
	await other.goto(copied);
	await expect(
		other.locator('svg text', { hasText: 'USD per million output tokens' })
	).toBeVisible();
	await expect(other.getByLabel('Show uncertainty bands and published measurements')).toBeChecked();
	await other.close();
});

test('in Chinese, the frontier in dollars per million survives a reload', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference&lang=zh');
	await page.getByRole('radio', { name: '每百万输出 token 的美元成本（计全部芯片）' }).check();
	await expect(page).toHaveURL(/frontier=usd/);
	await page.reload();
	await expect(
		page.locator('svg text', { hasText: '每百万输出 token 的美元成本，计全部芯片（对数）' })
	).toBeVisible();
});

test('the training scale chart keeps per-chip efficiency and its tables after a reload', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=training');
	await page.getByRole('radio', { name: 'Per-chip efficiency (vs its own best)' }).check();
	await page.getByText('Show the scale curves as tables').click();
	await expect(page).toHaveURL(/scale=eff&scale\.tables=1/);
	await page.reload();
	await expect(
		page.getByRole('radio', { name: 'Per-chip efficiency (vs its own best)' })
	).toBeChecked();
	await expect(
		page.locator('details', { hasText: 'Show the scale curves as tables' })
	).toHaveAttribute('open', '');
	// Back to the defaults: the keys leave the link.
	await page.getByRole('radio', { name: 'Tokens/s per chip', exact: true }).check();
	await expect(page).not.toHaveURL(/[?&]scale=/);
});

test('the inference frontier shown as a table stays open after a reload (frontier.table)', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	await page.getByText('Show the frontier as a table').click();
	await expect(page).toHaveURL(/frontier\.table=1/);
	await page.reload();
	const details = page.locator('details', { hasText: 'Show the frontier as a table' });
	await expect(details).toHaveAttribute('open', '');
	await expect(details.locator('table.frontier-table').first()).toBeVisible({ timeout: 30_000 });
	// Closed again: the key leaves the link.
	await page.getByText('Show the frontier as a table').click();
	await expect(page).not.toHaveURL(/frontier\.table/);
});
