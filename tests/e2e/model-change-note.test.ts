import { MODEL_VERSION } from '../../src/lib/model/version';
import { expect, test } from './fixtures';

// The note's code is fetched only for a link naming another model version (kept off the first
// visit, issue 14); such a link still gets it.
test('a link made with an older model version says the model changed since', async ({ page }) => {
	await page.goto('/?v=1&m=1&a=gb200-nvl72&b=cloudmatrix-384');
	await expect(page.getByTestId('model-change')).toContainText('model version 1');
});

test('a link made before the software prior names that release for CloudMatrix 384', async ({
	page
}) => {
	await page.goto('/?v=1&m=6&a=gb200-nvl72&b=cloudmatrix-384');
	const note = page.getByTestId('model-change');
	await expect(note).toContainText('model version 6');
	await expect(note).toContainText('geometric mean of the fitted families’ software fractions');
});

test('a link from a newer model version says so once, not that results now come from this one', async ({
	page
}) => {
	await page.goto('/?v=1&m=999&a=gb200-nvl72');
	await expect(page.getByTestId('model-change')).toContainText(
		'model version 999, newer than this page’s version'
	);
	// The codec's notice ("results now come from version …") gives way to the note (helper-88).
	await expect(page.getByText('results now come from version')).toHaveCount(0);
});

test('a link made with this model version shows no such note', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await page.locator('html[data-prefetched="true"]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('model-change')).toHaveCount(0);
});

test('a link from a newer model version stays in the address, as it was made, until the reader edits (issue 15)', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// `later` stands for a key a newer page writes and this one does not know.
	await page.goto('/?v=1&m=999&a=gb200-nvl72&b=cloudmatrix-384&later=2');
	await expect(page.getByTestId('model-change')).toContainText('model version 999');
	await page.locator('html[data-prefetched="true"]').waitFor({ state: 'attached' });
	// Past the address bar's write after a pause (250 ms): the link is as it came.
	await page.waitForTimeout(600);
	expect(new URL(page.url()).search).toBe('?v=1&m=999&a=gb200-nvl72&b=cloudmatrix-384&later=2');
	// Copy link gives that link too, not this page's reading of it.
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/\/\?v=1&m=999&a=gb200-nvl72&b=cloudmatrix-384&later=2$/
	);
	// A tab is no edit of the scenario: the view follows, the link stays.
	await page.getByRole('tab', { name: 'LLM inference' }).click();
	await expect(page).toHaveURL(
		/\?v=1&m=999&a=gb200-nvl72&b=cloudmatrix-384&later=2&view=inference$/
	);
	// An edit: the address is this page's link, with its own model version.
	const chips = page.locator('#b-chips-number');
	await chips.fill('100');
	await chips.press('Tab');
	await expect(page).toHaveURL(new RegExp(`[?&]m=${MODEL_VERSION}&.*b\\.chips=100`));
	expect(new URL(page.url()).searchParams.has('later')).toBe(false);
	// The note about the link it opened stays.
	await expect(page.getByTestId('model-change')).toBeVisible();
});
