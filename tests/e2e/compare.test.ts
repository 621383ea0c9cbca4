import { MODEL_VERSION } from '../../src/lib/model/version';
import type { Page } from '@playwright/test';
import { pageSettled } from '../../scripts/page-settled';
import { expect, expectNoAxeViolations, showAllInputs, test } from './fixtures';

const ratioCell = (page: Page, metric: string) => page.getByTestId(`ratio-${metric}-1`);

// Three looks at the default page that change nothing in it: one load.
test('the default page shows the debated ratios, the math behind a result and a figure’s source', async ({
	page
}) => {
	await page.goto('/');
	await test.step('compares GB200 NVL72 with CloudMatrix 384 and shows the debated ratios', async () => {
		await expect(page.getByRole('heading', { name: /System A: GB200 NVL72/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: /System B: CloudMatrix 384/ })).toBeVisible();
		await expect(page.getByText('Model estimate, not a measurement').first()).toBeVisible();
		// 299.5 / 180 PF; 49.2 / 13.4 TB; 1,229 / 576 TB/s; 559 / 145 kW
		await expect(ratioCell(page, 'denseFlopsPerS.bf16')).toHaveText('1.66×');
		await expect(ratioCell(page, 'hbmBytes')).toHaveText('3.67×');
		await expect(ratioCell(page, 'hbmBytesPerS')).toHaveText('2.13×');
		await expect(ratioCell(page, 'allInPowerW')).toHaveText('3.86×');
		await expect(ratioCell(page, 'wattsPerFlopsPerS')).toHaveText('2.32×');
		await expect(page.getByRole('row', { name: /FP8 dense compute/ })).toContainText('unsupported');
		await expect(page).toHaveURL(
			new RegExp(
				`\\?v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a\\.joined=16&b=cloudmatrix-384&b\\.joined=3&llm=deepseek-r1$`
			)
		);
	});
	await test.step('the formula inspector shows the math behind a result', async () => {
		await page.getByRole('button', { name: 'Show the math for HBM capacity', exact: true }).click();
		const maths = page.getByTestId('formula');
		await expect(maths).toHaveCount(2);
		// 72 chips × 186 GB = 13.4 TB
		await expect(maths.first()).toContainText('chips × hbmBytesPerChip');
		await expect(maths.first()).toContainText('= 72 chips × 186 GB');
		await expect(maths.first()).toContainText('= 13.4 TB');
	});
	await test.step('preset figures show their source, date and nature on focus', async () => {
		await showAllInputs(page, 'b');
		const badge = page.locator('[aria-controls="b-bf16-source"]');
		await expect(badge).toHaveAccessibleName(/Source for BF16 dense compute per chip/);
		await badge.click();
		const note = page.locator('#b-bf16-source');
		await expect(note).toBeVisible();
		await expect(note).toContainText('analyst estimate');
		await expect(note).toContainText('752');
		await expect(note).toContainText('published 2025-04-16');
	});
});

test('moving a slider changes the result and the link; reload restores it', async ({ page }) => {
	await page.goto('/');
	const chips = page.locator('#b-chips-number');
	await expect(chips).toHaveValue('384');
	await chips.fill('768');
	// twice the NPUs: 2 × 49,152 GB ÷ 13,392 GB = 7.34×
	await expect(ratioCell(page, 'hbmBytes')).toHaveText('7.34×');
	await expect(page).toHaveURL(/b\.chips=768/);

	await showAllInputs(page, 'a');
	const slider = page.getByRole('slider', { name: 'HBM bandwidth per chip' }).first();
	await slider.focus();
	for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
	// The link is written 250 ms after the last change; on a loaded machine one may also land
	// between two key presses, so wait for the write that carries the final value.
	const tbps = await page.locator('#a-hbmBytesPerS-number').inputValue();
	await expect(page).toHaveURL(new RegExp(`a\\.hbm_tbps=${tbps.replace('.', '\\.')}&`));
	const url = page.url();

	await page.reload();
	await expect(page.locator('#b-chips-number')).toHaveValue('768');
	await expect(ratioCell(page, 'hbmBytes')).toHaveText('7.34×');
	expect(page.url()).toBe(url);
});

test('the link alone reproduces the scenario in a fresh browser context', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await showAllInputs(page, 'a');
	await page.locator('#a-bf16-number').fill('2250');
	await expect(page).toHaveURL(/a\.bf16_tflops=2250/);
	const shared = page.url();
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await otherPage.goto(shared);
	// 299.52 PF ÷ (72 × 2.25 PF = 162 PF) = 1.85×
	await expect(otherPage.getByTestId('ratio-denseFlopsPerS.bf16-1')).toHaveText('1.85×');
	await other.close();
});

test('copy link puts the scenario URL on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?v=1&a=hgx-h100&b=hgx-b200');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	// A hand-typed link (no `m`) means today's model: the copy names its version.
	expect(copied).toMatch(
		new RegExp(`\\?v=1&m=${MODEL_VERSION}&a=hgx-h100&b=hgx-b200&llm=deepseek-r1$`)
	);
});

test('a damaged link opens with a notice and sane values', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&a.chips=0&b=no-such-rack&b.hbm_gb=1e309&%3Cscript%3E=1');
	const notices = page.getByTestId('notices');
	await expect(notices).toContainText('a.chips');
	await expect(notices).toContainText('no-such-rack');
	await expect(notices).toContainText('out of range');
	await expect(notices).toContainText('<script>');
	await expect(page.locator('#a-chips-number')).toHaveValue('1');
	await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
	await expect(page.getByRole('heading', { name: /System B: CloudMatrix 384/ })).toBeVisible();
});

test('a typed value out of range is refused with a message, not applied', async ({ page }) => {
	await page.goto('/');
	const field = page.locator('#a-chips-number');
	await field.fill('-4');
	await expect(page.getByRole('alert')).toContainText('Enter a whole number from 1 to 100,000');
	await expect(ratioCell(page, 'hbmBytes')).toHaveText('3.67×');
	await field.fill('abc');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
});

test('changing a preset and resetting it', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Preset', { exact: true }).nth(1).selectOption('hgx-h100');
	await expect(page.getByRole('heading', { name: /System B: HGX H100/ })).toBeVisible();
	await expect(page).toHaveURL(/b=hgx-h100/);
	await page.locator('#b-chips-number').fill('16');
	await page.getByRole('button', { name: 'Reset to preset' }).nth(1).click();
	await expect(page.locator('#b-chips-number')).toHaveValue('8');
});

test('on the Chinese page a figure’s note is Chinese, and tagged so', async ({ page }) => {
	await page.goto('/?lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await showAllInputs(page, 'b');
	await page.locator('[aria-controls="b-bf16-source"]').click();
	const note = page.locator('#b-bf16-source');
	await expect(note).toBeVisible();
	const prose = note.locator('[lang="zh-CN"]');
	await expect(prose).toHaveText(
		/^采用 SemiAnalysis 口径（每系统 300 PF）。华为 CM384 论文给出 752 TFLOP\/s/
	);
	// Only the cited titles stay English.
	await expect(note.locator('[lang="en"]:not(a)')).toHaveCount(0);
});

test('has no axe accessibility violations', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&a.chips=0');
	await expect(page.getByTestId('notices')).toBeVisible();
	await expectNoAxeViolations(page);
});

// One visit: no request leaves the site, and once the first visit settles nothing more is fetched,
// neither by opening views nor by an edit.
test('makes no network request off the site, and after the first visit settles every view opens without fetching anything', async ({
	page
}) => {
	const external: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') external.push(request.url());
	});
	await page.goto('/');
	// Views other than the first ship as chunks fetched while the page is idle, the same for
	// every visitor: what a reader clicks is not revealed by what the page downloads.
	await page.locator('html[data-prefetched="true"]').waitFor({ state: 'attached' });
	expect(external, 'off-site requests during the first visit').toEqual([]);
	const later: string[] = [];
	page.on('request', (request) => {
		// The browser's own favicon fetch is not the page's doing.
		if (request.resourceType() !== 'other') later.push(new URL(request.url()).pathname);
	});
	for (const view of ['inference', 'training', 'energy', 'reliability', 'claims']) {
		await page.locator(`#tab-${view}`).click();
		await expect(page.getByRole('tabpanel')).not.toContainText(
			/Loading this view|could not be loaded/
		);
		await expect(page.getByRole('tabpanel').locator('h3').first()).toBeVisible();
	}
	await page.locator('#b-chips-number').fill('100');
	// The edit has reached the link (the URL write is debounced) and the page has settled.
	await expect(page).toHaveURL(/b\.chips=100/);
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	expect(later).toEqual([]);
	expect(external).toEqual([]);
});

test('opening a shared link does not overwrite scenarios saved on this device', async ({
	page
}) => {
	await page.goto('/?v=1&a=hgx-h100&b=hgx-b200');
	await page.getByText('Saved on this device').click();
	await page.getByLabel('Name', { exact: true }).fill('my H100 vs B200');
	await page.getByRole('button', { name: 'Save this scenario' }).click();
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=1');
	await page.getByText('Saved on this device').click();
	await expect(page.getByText('my H100 vs B200')).toBeVisible();
	await page.getByRole('button', { name: 'Open “my H100 vs B200”' }).click();
	await expect(page.getByRole('heading', { name: /System A: HGX H100/ })).toBeVisible();
});
