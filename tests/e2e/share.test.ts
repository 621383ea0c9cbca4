import { MODEL_VERSION } from '../../src/lib/model/version';
import { expect, test } from './fixtures';

test('diff: paste a second link and see which assumptions differ and how results move', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await page.getByText('Compare with another link').click();
	await page
		.getByLabel('Link or query to compare')
		.fill('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.bf16_tflops=752&b.chips=400');
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page.getByText('Assumptions that differ')).toBeVisible();
	await expect(
		page.getByRole('row', {
			name: /BF16 dense compute per chip.*b\.bf16_tflops 780 TFLOP\/s 752 TFLOP\/s/
		})
	).toBeVisible();
	await expect(
		page.getByRole('row', { name: /Chips per system.*b\.chips 384 chips 400 chips/ })
	).toBeVisible();
	await page.getByRole('button', { name: 'Open the pasted scenario' }).click();
	await expect(page).toHaveURL(/b\.chips=400/);
});

test('exports a chart as SVG with the model-estimate stamp and the link', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	const figure = page.locator('figure', { hasText: 'Ratios at a glance' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /SVG/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('rackscale-ratios.svg');
	const path = await download.path();
	const svg = (await import('node:fs')).readFileSync(path!, 'utf8');
	expect(svg).toContain('model estimate, not a measurement');
	expect(svg).toContain('a=gb200-nvl72');
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /PNG/ }).click()
	]);
	expect(png.suggestedFilename()).toBe('rackscale-ratios.png');
});

test('downloads the results as CSV and JSON, and imports the JSON back', async ({ page }) => {
	await page.goto('/?v=1&a=hgx-h100&b=hgx-b200');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const text = (await import('node:fs')).readFileSync((await csv.path())!, 'utf8');
	expect(text).toMatch(/^# Rackscale model estimates, not measurements/);
	expect(text).toContain('hbmBytes,B,640000000000,1440000000000');
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click()
	]);
	const jsonPath = (await json.path())!;
	await page.goto('/');
	await page.locator('input[type=file]').setInputFiles(jsonPath);
	await expect(page.getByText('Scenario imported')).toBeVisible();
	await expect(page.getByRole('heading', { name: /System B: HGX B200/ })).toBeVisible();
});

test('a link made with an older model version says its results may differ', async ({ page }) => {
	await page.goto('/?v=1&m=0&a=gb200-nvl72');
	await expect(page.getByTestId('notices')).toContainText(
		`results now come from version ${MODEL_VERSION}`
	);
});
