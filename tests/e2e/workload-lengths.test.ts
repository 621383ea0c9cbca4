import { expect, test } from './fixtures';

test('input/output length presets set both token fields and the link', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	const lengths = page.getByLabel('Input / output lengths');
	await expect(lengths).toHaveValue('1k/1k');
	await lengths.selectOption('8k/1k');
	await expect(page.locator('#serving-inputTokens-number')).toHaveValue('8,192');
	await expect(page.locator('#serving-outputTokens-number')).toHaveValue('1,024');
	await expect(page).toHaveURL(/in_tokens=8192/);
	await lengths.selectOption('1k/8k');
	await expect(page.locator('#serving-inputTokens-number')).toHaveValue('1,024');
	await expect(page.locator('#serving-outputTokens-number')).toHaveValue('8,192');
	await expect(page).toHaveURL(/out_tokens=8192/);
	// Long context: the model's whole context, less 1k of output (DeepSeek-R1: 131,072 - 1,024).
	await lengths.selectOption('long');
	await expect(page.locator('#serving-inputTokens-number')).toHaveValue('130,048');
	await expect(page.getByTestId('inference-headline')).not.toContainText(/NaN|exceeds/);
	// A length typed by hand is "your own".
	await page.locator('#serving-inputTokens-number').fill('3000');
	await page.locator('#serving-inputTokens-number').press('Enter');
	await expect(lengths).toHaveValue('custom');
});

test('the length presets speak Chinese', async ({ page }) => {
	await page.goto('/?lang=zh&v=1&a=gb200-nvl72&view=inference&in_tokens=32768');
	await expect(page.getByLabel('输入 / 输出长度')).toHaveValue('32k/1k');
});
