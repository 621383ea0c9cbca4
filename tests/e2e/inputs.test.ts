import { expect, resizeTo, showAllInputs, switchView, test } from './fixtures';

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

test('a folded panel keeps the edited field being typed in, even when it passes the preset value', async ({
	page
}) => {
	// GB200 NVL72's HBM per chip is 186 GB; the link edits it, so the folded panel shows the field.
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&a.hbm_gb=200');
	const field = page.locator('#a-hbmBytes-number');
	await expect(field).toHaveValue('200');
	// Typing back to the preset's value would fold the field away mid-edit and drop the focus.
	await field.fill('186');
	await expect(field).toBeFocused();
	await field.pressSequentially('0');
	await expect(page).toHaveURL(/a\.hbm_gb=1860/);
	// Back at the preset's value and left: now it folds.
	await field.fill('186');
	await page.locator('#a-chips-number').focus();
	await expect(page.locator('#a-hbmBytes-number')).toHaveCount(0);
});

test('a typed count a rule of the model changes says so, and shows the count in use', async ({
	page
}) => {
	// Every chip is an accelerator that can fail: 10 accelerators on a 72-chip NVL72 are 72.
	await page.goto('/?v=1&a=gb200-nvl72&view=reliability');
	const field = page.getByLabel('Accelerators per system, GB200 NVL72');
	await expect(field).toHaveValue('72');
	await field.fill('10');
	await field.press('Tab');
	await expect(field).toHaveValue('72');
	await expect(page.getByRole('status').filter({ hasText: 'does not fit' })).toHaveText(
		'10 does not fit the other settings; using 72'
	);
});

test('chips dragged below the scale-up domain and back give the domain back', async ({ page }) => {
	await page.goto('/');
	await showAllInputs(page, 'b');
	const chips = page.locator('#b-chips-number');
	const domain = page.locator('#b-scaleUpDomainChips-number');
	await expect(domain).toHaveValue('384');
	// 100 chips cannot hold a 384-chip domain: it follows the chips down…
	await chips.fill('100');
	await chips.press('Tab');
	await expect(domain).toHaveValue('100');
	// …and back up to the domain the system had, not the 100 the drag passed through.
	await chips.fill('384');
	await chips.press('Tab');
	await expect(domain).toHaveValue('384');
	await expect(page).toHaveURL(/b=cloudmatrix-384(?!.*b\.domain)/);
});

test('a system’s sliders and fields are named with their system (helper-106)', async ({ page }) => {
	// Every panel has a "Chips per system": to a screen reader's list of form fields the two read
	// alike. Each now takes its panel's title too, in both languages. On the inference view, where
	// the cards have their serving precision too.
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	for (const [role, name] of [
		['slider', 'Chips per system System A: GB200 NVL72'],
		['textbox', 'Chips per system System B: CloudMatrix 384'],
		// The other controls every panel has (helper-106: two "Preset" selects read alike).
		['combobox', 'Preset System A: GB200 NVL72'],
		['combobox', 'Serving precision System B: CloudMatrix 384'],
		['searchbox', 'Find a system System B: CloudMatrix 384'],
		['button', 'Reset to preset System A: GB200 NVL72']
	] as const)
		await expect(page.getByRole(role, { name, exact: true })).toHaveCount(1);
	await expect(
		page.getByRole('button', { name: /^Show all inputs \(\d+ more\) System B: CloudMatrix 384$/ })
	).toHaveCount(1);
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&lang=zh');
	await expect(page.getByRole('slider', { name: /系统 B/ })).not.toHaveCount(0);
});

// A system's serving precision and software fraction (a.sw) are serving's: they change the
// inference view and the energy and cost view (through the serving point's tokens/s). Training has
// neither of its own (model/training reads neither), nor do hardware, reliability and claims: there
// the cards leave both out, and the count behind "show all" counts the fraction only where it
// shows. The link keeps both values on every view. Set for system B, the fraction shows folded;
// unfolded, A's (auto) does too.
test('a card offers its serving precision and software fraction only on the views they change; the link keeps them', async ({
	page
}) => {
	await page.goto(
		'/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.serve_prec=bf16&b.sw=0.5&view=inference'
	);
	const selects = page.getByRole('combobox', { name: /^Serving precision System / });
	const fields = page.getByRole('textbox', { name: /^Software fraction System / });
	const toggleA = page
		.locator('section[aria-labelledby="system-a-title"]')
		.getByRole('button', { name: /^Show all inputs/ });
	await expect(
		page.getByRole('combobox', { name: 'Serving precision System B: CloudMatrix 384', exact: true })
	).toHaveValue('bf16');
	await expect(
		page.getByRole('textbox', { name: 'Software fraction System B: CloudMatrix 384', exact: true })
	).toHaveValue('0.5');
	await expect(toggleA).toHaveText('Show all inputs (12 more)');
	for (const [view, shown] of [
		['training', false],
		['energy', true],
		['reliability', false],
		['claims', false],
		['hardware', false],
		['inference', true]
	] as const) {
		await switchView(page, view);
		await expect(selects, view).toHaveCount(shown ? 2 : 0);
		await expect(fields, view).toHaveCount(shown ? 1 : 0);
		await expect(toggleA, view).toHaveText(`Show all inputs (${shown ? 12 : 11} more)`);
		await expect(page).toHaveURL(/b\.serve_prec=bf16/);
		await expect(page).toHaveURL(/b\.sw=0\.5/);
	}
	await showAllInputs(page, 'a');
	await expect(fields).toHaveCount(2);
	await switchView(page, 'training');
	await expect(fields).toHaveCount(0);
	await expect(page).toHaveURL(/b\.sw=0\.5/);
});
