import { expect, resizeTo, showAllInputs, test } from './fixtures';

// One load, looked at in both widths.
test('sliders have at least 240 px of track on 1280 and 1440 px screens', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 1000 });
	await page.goto('/');
	for (const slot of ['a', 'b']) await showAllInputs(page, slot);
	for (const screen of [1280, 1440]) {
		await resizeTo(page, screen, 1000);
		const widths = await page
			.locator('.inputs input[type=range]')
			.evaluateAll((ranges) => ranges.map((r) => r.getBoundingClientRect().width));
		expect(widths.length).toBeGreaterThan(10);
		for (const width of widths) expect(width, `${screen} px screen`).toBeGreaterThanOrEqual(240);
	}
});

test('keys move the value: Left then Right returns, and from 1 chip ArrowRight moves', async ({
	page
}) => {
	await page.goto('/');
	const slider = page.getByRole('slider', { name: 'Chips per system' }).nth(1);
	const field = page.locator('#b-chips-number');
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(field).not.toHaveValue('384');
	await page.keyboard.press('ArrowRight');
	await expect(field).toHaveValue('384');
	await page.keyboard.press('Home');
	await expect(field).toHaveValue('1');
	await page.keyboard.press('ArrowRight');
	await expect(field).toHaveValue('2');
});

for (const lang of ['en', 'zh']) {
	test(`"1,536" typed with a separator is accepted and shown as written (${lang})`, async ({
		page
	}) => {
		await page.goto(`/?lang=${lang}`);
		const field = page.locator('#b-chips-number');
		await field.fill('1,536');
		await field.press('Enter');
		await expect(field).toHaveValue('1,536');
		await expect(page).toHaveURL(/b\.chips=1536/);
		await field.fill('12345');
		await field.press('Enter');
		await expect(field).toHaveValue('12,345');
		await expect(
			page.locator('#b-chips-number').locator('xpath=../..').getByRole('slider')
		).toHaveAttribute('aria-valuetext', /^12,345 /);
	});
}
