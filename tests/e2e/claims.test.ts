import { expect, test } from './fixtures';

test('claim checks show claimed and modelled ratios and open their scenario', async ({ page }) => {
	await page.goto('/?view=claims');
	const huawei = page.getByTestId('claim-huawei-beats-nvl72');
	// 384 × 780 ÷ (72 × 2,500) = 1.66
	await expect(huawei).toContainText('1.7×');
	await expect(huawei).toContainText('1.66×');
	const nvidia = page.getByTestId('claim-nvidia-30x');
	await expect(nvidia).toContainText('30×');
	// HGX H100 has no point at 20 tokens/s per user: the card says so, not just "—".
	await expect(nvidia.getByTestId('claim-why')).toContainText(
		'above the fastest modelled mean speed'
	);
	await nvidia.getByRole('button', { name: 'Open this scenario' }).click();
	await expect(page).toHaveURL(/llm=gpt-moe-1\.8t/);
	await expect(page).toHaveURL(/view=inference/);
	await expect(page.getByTestId('inference-headline')).toContainText('At 20 tokens/s per user');
	// The card's 33.0× is read at H100's edge, 15.68 tokens/s per user: its own link shows it.
	await page.goto('/?view=claims');
	await page
		.getByTestId('claim-nvidia-30x')
		.getByRole('button', { name: 'Open it at 15.68 tokens/s per user' })
		.click();
	await expect(page).toHaveURL(/user_tps=15\.68(&|$)/);
	await expect(page.getByTestId('inference-headline')).toContainText('At 15.68 tokens/s per user');
	await expect(page.getByTestId('inference-headline')).toContainText('33.0×');
	// axe: the claims and inference views, everything opened, are scanned in a11y-states.test.ts.
});

test('sensitivity draws a tornado and goal-seek answers with a value that meets the target', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	await page.getByText('Sensitivity: what moves the headline').click();
	await page.getByRole('button', { name: 'Compute sensitivity' }).click();
	await expect(page.getByTestId('tornado').locator('li').first()).toBeVisible();
	// Each system's software fraction is a lever (GB200's fitted 0.58 moves the headline most).
	await expect(page.getByTestId('tornado')).toContainText('A (GB200 NVL72): Software fraction');
	await expect(page.getByTestId('tornado')).toContainText('B (CloudMatrix 384): Software fraction');
	// One minus sign throughout ("−20%: −13%"), never a hyphen beside it.
	const tornado = (await page.getByTestId('tornado').textContent()) ?? '';
	expect(tornado).toContain('−20%');
	expect(tornado).not.toMatch(/-\d/);

	await page.getByText('Goal-seek: what would a chip need?').click();
	// Goal-seek solves for chip figures only: a software fraction is an assumption.
	await expect(
		page.getByLabel('Figure to change').locator('option[value$="softwareFraction"]')
	).toHaveCount(0);
	// Compute only at the precision each system computes in: GB200 NVL72 serves in FP8, so its FP4
	// rate (offered first, and no value of it reaches any target) is not a choice (helper-124);
	// CloudMatrix 384 serves in INT8.
	const options = page.getByLabel('Figure to change').locator('option');
	await expect(options.and(page.locator('[value*=".flops."]'))).toHaveCount(2);
	await expect(
		page.getByLabel('Figure to change').locator('option[value="0.flops.fp8"]')
	).toHaveCount(1);
	await expect(
		page.getByLabel('Figure to change').locator('option[value="1.flops.int8"]')
	).toHaveCount(1);
	// Before any choice the list shows the figure Solve would use, not an empty box.
	expect(
		await page
			.getByLabel('Figure to change')
			.evaluate((select: HTMLSelectElement) => select.selectedIndex)
	).toBe(0);
	await page.getByLabel('Figure to change').selectOption('1.hbmBytesPerS');
	// A target that is no number says so, rather than nothing happening.
	await page.getByLabel('Target tokens/s per chip').fill('abc');
	await page.getByRole('button', { name: 'Solve' }).click();
	await expect(page.getByTestId('goal-refused')).toHaveText(
		'“abc” is not a number of tokens/s per chip above 0; enter one such as 3,000.'
	);
	// Grouped as the page prints numbers.
	await page.getByLabel('Target tokens/s per chip').fill('2,000');
	await page.getByRole('button', { name: 'Solve' }).click();
	await expect(page.getByTestId('goal-refused')).toHaveCount(0);
	const answer = page.getByTestId('goal-answer');
	await expect(answer).toContainText('2,000 tokens/s per chip');
	// An absurd target reads in e-notation, not as 300 zeros.
	await page.getByLabel('Target tokens/s per chip').fill('1e300');
	await page.getByRole('button', { name: 'Solve' }).click();
	await expect(answer).toContainText('1.00e300 tokens/s per chip');
	await page.getByLabel('Target tokens/s per chip').fill('2,000');
	await page.getByRole('button', { name: 'Solve' }).click();
	await expect(answer).toContainText('2,000 tokens/s per chip');
	const text = (await answer.textContent()) ?? '';
	if (text.includes('needs')) {
		await page.getByRole('button', { name: 'Use this value' }).click();
		await expect(page).toHaveURL(/b\.hbm_tbps=/);
		const row = page.getByTestId('at-target').locator('tbody tr').nth(1);
		const cell = await row.locator('td:not(.ratio)').first().textContent();
		expect(Number((cell ?? '0').replace(/,/g, ''))).toBeGreaterThanOrEqual(1999);
	}
});
