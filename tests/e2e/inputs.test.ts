import { expect, showAllInputs, test } from './fixtures';

for (const width of [1280, 1440])
	test(`sliders have at least 240 px of track on a ${width} px screen`, async ({ page }) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.goto('/');
		for (const slot of ['a', 'b']) await showAllInputs(page, slot);
		const widths = await page
			.locator('.inputs input[type=range]')
			.evaluateAll((ranges) => ranges.map((r) => r.getBoundingClientRect().width));
		expect(widths.length).toBeGreaterThan(10);
		for (const width of widths) expect(width).toBeGreaterThanOrEqual(240);
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
