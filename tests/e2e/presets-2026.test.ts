import { expect, test } from './fixtures';

test('a link naming a 2026 preset loads its data and decodes to it', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=tpu7x-pod');
	await expect(page.getByRole('heading', { name: /System B: TPU7x pod \(9,216\)/ })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'unknown-preset' })).toHaveCount(0);
	await expect(page).toHaveURL(/b=tpu7x-pod/);
	// The schematic draws its torus from the data, with the numbers on it
	await expect(page.getByRole('img', { name: 'TPU7x pod (9,216): 16×24×24 torus' })).toBeVisible();
	// 1.2 TB/s bidirectional ICI = 600 GB/s per direction over 6 torus links
	await expect(page.getByText(/6 links × 100\sGB\/s per direction/)).toBeVisible();
});

test('on a phone, the picker filters 20 presets by text and switches to a lazily loaded one', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const filter = page.getByRole('searchbox', { name: 'Find a system' }).nth(1);
	await filter.fill('helios');
	const picker = page.getByLabel('Preset', { exact: true }).nth(1);
	await expect(picker.locator('option')).toHaveText([
		'CloudMatrix 384',
		'AMD Helios (72 GPU)',
		'Custom (your own figures)',
		'Cambricon: no cited figures, enter your own',
		'Hygon: no cited figures, enter your own'
	]);
	await picker.selectOption('helios');
	await expect(page.getByRole('heading', { name: /System B: AMD Helios/ })).toBeVisible();
	await expect(page).toHaveURL(/b=helios/);
	await expect(page.locator('#b-chips-number')).toHaveValue('72');
});

test('systems that publish no BF16 compute are named beside the basis, with FP8 offered', async ({
	page
}) => {
	await page.goto('/?v=1&a=vr-nvl72&b=helios&lang=zh');
	const hint = page.getByTestId('precision-hint');
	await expect(hint).toHaveText(
		/A：Vera Rubin NVL72和B：AMD Helios \(72 GPU\) 没有 BF16 算力数据（不支持或未公布），因此能效各行中没有其数值，也没有与其相关的比值。\s*改用 FP8 比较/
	);
	await hint.getByRole('button').click();
	await expect(hint).toHaveCount(0);
	await expect(page).toHaveURL(/basis=fp8/);
	// At FP8 both publish: the efficiency rows hold ratios, not "—".
	await expect(page.getByRole('row', { name: /全口径每瓦 FP8 算力/ }).first()).not.toContainText(
		'—'
	);
});
