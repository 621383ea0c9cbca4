import { expect, test } from './fixtures';

test('an edited system says so in its title, and Custom starts with a neutral name', async ({
	page
}) => {
	await page.goto('/');
	const title = page.locator('#system-b-title');
	await expect(title).toHaveText('System B: CloudMatrix 384');
	await page.locator('#b-chips-number').fill('768');
	await page.locator('#b-chips-number').press('Enter');
	await expect(title).toHaveText('System B: CloudMatrix 384, edited: 768 chips');
	await page.getByRole('button', { name: 'Reset to preset' }).nth(1).click();
	await expect(title).toHaveText('System B: CloudMatrix 384');
	await page.locator('#preset-b').selectOption('custom');
	await expect(title).toHaveText('System B: Custom system B');
	await expect(page).toHaveURL(/b=custom/);
});

test('a long name wraps between words, never inside one', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?v=1&a=gb200-nvl72&b=custom&b.name=Huawei%20CloudMatrix%20Supernode%20Deluxe');
	const title = page.locator('#system-b-title');
	await expect(title).toContainText('Huawei CloudMatrix Supernode Deluxe');
	// Every word of the title sits on one line: its box is a single line high.
	const words = await title.evaluate((h) => {
		const range = document.createRange();
		const text = h.textContent ?? '';
		const out: number[] = [];
		const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const value = node.textContent ?? '';
			for (const match of value.matchAll(/\S+/g)) {
				range.setStart(node, match.index!);
				range.setEnd(node, match.index! + match[0].length);
				out.push(range.getClientRects().length);
			}
		}
		return { text, out };
	});
	expect(words.out.length).toBeGreaterThan(3);
	expect(words.out.every((rects) => rects === 1)).toBe(true);
});

test('a name of one 60-character word wraps on a phone instead of widening the page', async ({
	page
}) => {
	// helper-103: the page grew to 659-695 px at 390 (summary, headings, captions, labels).
	await page.setViewportSize({ width: 390, height: 844 });
	const name = 'x'.repeat(60);
	for (const view of ['hardware', 'inference', 'training', 'reliability']) {
		await page.goto(`/?v=1&a=gb200-nvl72&a.name=${name}&b=cloudmatrix-384&view=${view}`);
		await expect(page.getByTestId('summary')).toContainText(name);
		await page.waitForSelector('html[data-prefetched]', { state: 'attached' });
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, view).toBeLessThanOrEqual(390);
	}
});
