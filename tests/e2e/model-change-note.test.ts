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
