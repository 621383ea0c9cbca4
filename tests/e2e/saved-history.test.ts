import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';

/*
 * Saved work under misuse (issue 15, items 1-3): damaged and duplicate storage, two tabs, a full
 * quota, overwrite and eviction, Back after every action that replaces the scenario, undo/redo,
 * and imports that carry no scenario.
 */

const KEY = 'rackscale.saved.v1';
const LINK = '/?v=1&a=hgx-h100&b=hgx-b200';
const entry = (name: string, query: string) => ({
	name,
	query,
	savedAt: '2026-01-01T00:00:00.000Z'
});

/** Open a page the fixture did not wrap (a second tab, Back to another document). */
async function ready(page: Page) {
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/**
 * Stores `entries` as the saved list before the page's own scripts read it, on the next document
 * of this tab only (a reload or Back must find what the page itself wrote since): no page load
 * just to reach the origin's storage.
 */
async function seed(page: Page, entries: unknown) {
	await page.addInitScript(
		([key, text, mark]) => {
			if (location.protocol !== 'http:' || sessionStorage.getItem(mark!)) return;
			sessionStorage.setItem(mark!, 'seeded');
			localStorage.setItem(key!, text!);
		},
		[KEY, JSON.stringify(entries), `seed-${Math.random()}`]
	);
}

async function saveAs(page: Page, name: string) {
	const panel = page.locator('details.saved');
	if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
		await page.getByText('Saved on this device').click();
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByRole('button', { name: 'Save this scenario' }).click();
}

const storedNames = (page: Page) =>
	page.evaluate(
		(key) =>
			(JSON.parse(localStorage.getItem(key) ?? '[]') as { name: string }[]).map((s) => s.name),
		KEY
	);

/** Edit system B's chips to 16 (HGX B200's preset is 8). */
async function editChips(page: Page) {
	await page.locator('#b-chips-number').fill('16');
	await page.locator('#b-chips-number').press('Tab');
}

test('two saved scenarios with one name: the page still starts, lists both and writes edits', async ({
	page
}) => {
	await seed(page, [
		entry('dup', 'v=1&a=hgx-h100'),
		entry('dup', 'v=1&a=hgx-b200'),
		{ name: 7 },
		'junk'
	]);
	await page.goto(LINK);
	const panel = page.locator('details.saved');
	await expect(panel).toHaveAttribute('open', '');
	await expect(panel.getByRole('alert')).toContainText('2 saved entries could not be read');
	await expect(panel.getByRole('alert')).toContainText('1 saved scenario had the same name');
	await expect(panel.locator('li bdi')).toHaveText(['dup', 'dup (2)']);
	await editChips(page);
	await expect(page).toHaveURL(/b\.chips=16/);
	await panel.getByRole('button', { name: 'Open “dup (2)”' }).click();
	await expect(page.getByRole('heading', { name: /System A: HGX B200/ })).toBeVisible();
});

test('a saved scenario is renamed in place; Escape leaves it as it was', async ({ page }) => {
	await seed(page, [entry('old name', 'v=1&a=hgx-b200'), entry('other', 'v=1&a=hgx-h100')]);
	await page.goto(LINK);
	await page.getByText('Saved on this device').click();
	const panel = page.locator('details.saved');
	await panel.getByRole('button', { name: 'Rename “old name”' }).click();
	const field = panel.getByLabel('New name for “old name”');
	// The field opens focused with the old name selected: typing replaces it.
	await expect(field).toBeFocused();
	await page.keyboard.type('B200 at 8');
	await page.keyboard.press('Escape');
	await expect(panel.locator('li bdi')).toHaveText(['old name', 'other']);
	await expect(panel.getByRole('button', { name: 'Rename “old name”' })).toBeFocused();
	await panel.getByRole('button', { name: 'Rename “old name”' }).click();
	await page.keyboard.type('B200 at 8');
	await page.keyboard.press('Enter');
	await expect(panel.locator('li bdi')).toHaveText(['B200 at 8', 'other']);
	expect(await storedNames(page)).toEqual(['B200 at 8', 'other']);
	await expect(panel.getByRole('button', { name: 'Rename “B200 at 8”' })).toBeFocused();
	// Onto the other entry's name, confirmed: the other goes, focus follows the renamed entry,
	// and the save form keeps what it holds (helper-87).
	await page.getByLabel('Name', { exact: true }).fill('typed, not saved');
	await panel.getByRole('button', { name: 'Rename “B200 at 8”' }).click();
	await page.keyboard.type('other');
	await page.keyboard.press('Enter');
	await expect(panel.getByRole('button', { name: 'Replace it' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel.locator('li bdi')).toHaveText(['other']);
	await expect(panel.getByRole('button', { name: 'Rename “other”' })).toBeFocused();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('typed, not saved');
	// It still opens its own scenario.
	await panel
		.getByRole('button', { name: /^Open “/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { name: /System A: HGX B200/ })).toBeVisible();
});

test('a deletion is undone in place, by keyboard, and the status line says so (review item 1)', async ({
	page
}) => {
	await seed(page, [entry('one', 'v=1&a=hgx-b200'), entry('two', 'v=1&a=hgx-h100')]);
	await page.goto(LINK);
	await page.getByText('Saved on this device').click();
	const panel = page.locator('details.saved');
	const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
	await panel.getByRole('button', { name: 'Delete “one”' }).click();
	await expect(panel.getByRole('status')).toHaveText('Deleted “one”.');
	expect(await storedNames(page)).toEqual(['two']);
	const undo = panel.getByRole('button', { name: 'Undo deleting “one”' });
	await expect(undo).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel.locator('li bdi')).toHaveText(['one', 'two']);
	await expect(panel.getByRole('status')).toHaveText('Restored “one”.');
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
	await expect(panel.getByRole('button', { name: 'Delete “one”' })).toBeFocused();
});

test('two tabs saving merge their lists instead of overwriting each other', async ({ page }) => {
	await page.goto(LINK);
	const other = await page.context().newPage();
	await other.goto('/?v=1&a=gb200-nvl72');
	await ready(other);
	await saveAs(page, 'from tab one');
	// Tab two writes only once tab one's entry is stored: the merge is what is tested, not a race.
	await expect.poll(() => storedNames(other)).toEqual(['from tab one']);
	await saveAs(other, 'from tab two');
	await expect.poll(() => storedNames(page)).toEqual(['from tab two', 'from tab one']);
	// Each tab follows the other's writes without a reload.
	await expect(page.locator('details.saved li bdi')).toHaveText(['from tab two', 'from tab one']);
	await other.getByRole('button', { name: 'Delete “from tab one”' }).click();
	await expect(page.locator('details.saved li bdi')).toHaveText(['from tab two']);
	await other.close();
});

test('a full quota: the save says it was not stored, stays listed and downloads as JSON', async ({
	page
}) => {
	await page.addInitScript((key) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (name: string, value: string) {
			if (name === key)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return setItem.call(this, name, value);
		};
	}, KEY);
	await page.goto(LINK);
	await saveAs(page, 'too big');
	const panel = page.locator('details.saved');
	await expect(panel.getByRole('alert')).toContainText('This browser did not store “too big”');
	await expect(panel.locator('li')).toContainText(['not stored']);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: 'Download “too big” as JSON' }).click()
	]);
	const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(text)).toMatchObject({
		name: 'too big',
		query: expect.stringContaining('a=hgx-h100')
	});
	// The downloaded file imports back.
	await page.goto('/');
	await page.locator('input[type=file]').setInputFiles((await download.path())!);
	await expect(page.getByText('Scenario imported')).toBeVisible();
	await expect(page.getByRole('heading', { name: /System B: HGX B200/ })).toBeVisible();
});

test('saving over a name asks first; a full list asks before deleting the oldest', async ({
	page
}) => {
	await page.goto(LINK);
	await saveAs(page, 'mine');
	await page.goto('/?v=1&a=gb200-nvl72');
	await saveAs(page, 'mine');
	const question = page.getByRole('alertdialog');
	await expect(question).toContainText('A scenario named “mine” is already saved here');
	// The question takes the focus, and Escape cancels it, focus back in the name field.
	await expect(question.getByRole('button', { name: 'Replace it' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(question).toHaveCount(0);
	await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
	// Spaces alone are no name: the form refuses them, and nothing is saved as "Scenario".
	await saveAs(page, '   ');
	expect(await storedNames(page)).toEqual(['mine']);
	await page.getByRole('button', { name: 'Open “mine”' }).click();
	await expect(page.getByRole('heading', { name: /System A: HGX H100/ })).toBeVisible();
	await saveAs(page, 'mine'); // now holding the H100 scenario again: replace with the same
	await page.getByRole('button', { name: 'Replace it' }).click();
	await expect(question).toHaveCount(0);

	await seed(
		page,
		Array.from({ length: 100 }, (_, i) => entry(`s${i}`, 'v=1&a=hgx-h100'))
	);
	await page.goto(LINK);
	await saveAs(page, 'one more');
	await expect(question).toContainText('Delete the oldest, “s99”');
	await question.getByRole('button', { name: 'Cancel' }).click();
	expect((await storedNames(page)).length).toBe(100);
	expect(await storedNames(page)).not.toContain('one more');
	await saveAs(page, 'one more');
	await page.getByRole('button', { name: 'Delete it and save' }).click();
	const names = await storedNames(page);
	expect(names[0]).toBe('one more');
	expect(names).not.toContain('s99');
	expect(names.length).toBe(100);
});

/** Each action that replaces the scenario, started right after an edit the link has not caught up with. */
const REPLACING: [string, (page: Page) => Promise<void>][] = [
	[
		'open a saved scenario',
		async (page) => {
			await page.getByText('Saved on this device').click();
			await page.getByRole('button', { name: /^Open “/ }).click();
		}
	],
	[
		'open a claim check’s scenario',
		async (page) => {
			await page.getByRole('tab', { name: 'Claim checks' }).click();
			await page
				.getByTestId('claim-nvidia-30x')
				.getByRole('button', { name: 'Open this scenario' })
				.click();
		}
	],
	[
		'import a JSON file',
		async (page) => {
			await page.locator('input[type=file]').setInputFiles({
				name: 'scenario.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify({ query: 'v=1&a=gb200-nvl72&b=cloudmatrix-384' }))
			});
			await expect(page.getByText('Scenario imported')).toBeVisible();
		}
	],
	[
		'remove a system',
		async (page) => {
			await page.getByRole('button', { name: 'Remove' }).nth(1).click();
		}
	],
	[
		'open a scenario from the diff panel',
		async (page) => {
			await page.waitForFunction(pageSettled); // the diff panel comes with the deferred code
			await page.getByText('Compare with another link').click();
			await page.getByLabel('Link or query to compare').fill('v=1&a=gb200-nvl72');
			await page.getByRole('button', { name: 'Compare', exact: true }).click();
			await page.getByRole('button', { name: 'Open the pasted scenario' }).click();
		}
	]
];

for (const [name, act] of REPLACING)
	test(`Back after “${name}” returns to the edited scenario`, async ({ page }) => {
		if (name.startsWith('open a saved')) {
			await seed(page, [entry('saved one', 'v=1&a=gb200-nvl72')]);
		}
		await page.goto(LINK);
		await editChips(page);
		await act(page);
		await expect(page).not.toHaveURL(/b\.chips=16/);
		await page.goBack();
		await expect(page).toHaveURL(/b\.chips=16/);
		await expect(page.locator('#b-chips-number')).toHaveValue('16');
		await page.goForward();
		await expect(page).not.toHaveURL(/b\.chips=16/);
	});

test('undo and redo walk the scenario’s states, by button and by keyboard', async ({ page }) => {
	await page.goto(LINK);
	const chips = page.locator('#b-chips-number');
	const undo = page.getByRole('button', { name: 'Undo' });
	const redo = page.getByRole('button', { name: 'Redo' });
	await expect(undo).toBeDisabled();
	await editChips(page);
	await expect(page).toHaveURL(/b\.chips=16/);
	await chips.fill('32');
	await chips.press('Tab');
	await undo.click(); // also settles the edit in flight
	await expect(chips).toHaveValue('16');
	await expect(page).toHaveURL(/b\.chips=16/);
	await undo.click();
	await expect(chips).toHaveValue('8');
	await expect(undo).toBeDisabled();
	await page.keyboard.press('ControlOrMeta+Shift+z');
	await expect(chips).toHaveValue('16');
	await redo.focus();
	await page.keyboard.press('ControlOrMeta+Shift+z');
	await expect(chips).toHaveValue('32');
	await expect(redo).toBeDisabled();
	await page.keyboard.press('ControlOrMeta+z');
	await expect(chips).toHaveValue('16');
	// Undo is not Back: the address bar holds one entry for all of it.
	await expect(page).toHaveURL(/b\.chips=16/);
	expect(await page.evaluate(() => history.length)).toBe(2); // about:blank, then this page
});

test('Ctrl+Z in a number field after Enter is the page’s undo, not the browser’s of the text', async ({
	page
}) => {
	// The browser's took back the entry's keystrokes ("144" → "14"), which the field passed on as
	// an edit: the page's redo was gone, and undo then walked from the half-undone text.
	await page.goto(LINK);
	const chips = page.locator('#b-chips-number');
	const redo = page.getByRole('button', { name: 'Redo' });
	await chips.click();
	await chips.press('ControlOrMeta+a');
	await chips.pressSequentially('144');
	await chips.press('Enter');
	await expect(page).toHaveURL(/b\.chips=144/);
	await chips.press('ControlOrMeta+z');
	await expect(chips).toHaveValue('8');
	await expect(redo).toBeEnabled();
	await expect(page).not.toHaveURL(/b\.chips=/);
	await chips.press('ControlOrMeta+Shift+z');
	await expect(chips).toHaveValue('144');
	await expect(page).toHaveURL(/b\.chips=144/);
	// Typing again, Ctrl+Z is the browser's undo of the text being typed.
	await chips.pressSequentially('0');
	await chips.press('ControlOrMeta+z');
	await expect(redo).toBeDisabled();
});

test('an edit typed in a field is one undo step, and a refused one none (helper-92)', async ({
	page
}) => {
	await page.goto(LINK);
	const chips = page.locator('#b-chips-number');
	const undo = page.getByRole('button', { name: 'Undo' });
	// "1" is accepted and passed on, and settles into the link while the reader pauses ...
	await chips.fill('1');
	await expect(page).toHaveURL(/b\.chips=1(&|$)/);
	// ... then "1.5" is refused: leaving the field puts back 8 chips, and leaves nothing to undo.
	await chips.fill('1.5');
	await chips.press('Tab');
	await expect(chips).toHaveValue('8');
	await expect(page.getByRole('status').filter({ hasText: 'kept 8 chips' })).toBeVisible();
	await expect(page).not.toHaveURL(/b\.chips=/);
	await expect(undo).toBeDisabled();
	// An accepted edit, typed with pauses, is one step back to where it began.
	for (const typed of ['1', '15', '153']) {
		await chips.fill(typed);
		await expect(page).toHaveURL(new RegExp(`b\\.chips=${typed}(&|$)`));
	}
	await chips.press('Tab');
	await undo.click();
	await expect(chips).toHaveValue('8');
	await expect(undo).toBeDisabled();
});

test('an edit still waiting to reach the link is kept when the page is left', async ({ page }) => {
	await page.goto(LINK);
	// Type and follow the link in one task: the debounced write is certainly still pending.
	await page.evaluate(() => {
		const chips = document.querySelector<HTMLInputElement>('#b-chips-number')!;
		chips.value = '16';
		chips.dispatchEvent(new Event('input', { bubbles: true }));
		[...document.querySelectorAll('a')].find((a) => a.textContent === 'Method')!.click();
	});
	await expect(page).toHaveURL(/\/method/);
	await page.goBack();
	await expect(page).toHaveURL(/b\.chips=16/);
	await ready(page);
	await expect(page.locator('#b-chips-number')).toHaveValue('16');

	await page.locator('#b-chips-number').fill('24');
	await page.locator('#b-chips-number').press('Tab');
	// A full page load leaves the document: pagehide writes the pending edit into this entry.
	await page.goto('/validation');
	await page.goBack();
	await expect(page).toHaveURL(/b\.chips=24/);
	await ready(page);
	await expect(page.locator('#b-chips-number')).toHaveValue('24');
});

test('importing a file without a scenario changes nothing and says why', async ({ page }) => {
	await page.goto(`${LINK}&view=inference`);
	await editChips(page);
	await expect(page).toHaveURL(/b\.chips=16/);
	const input = page.locator('input[type=file]');
	const pick = (name: string, text: string | Buffer) =>
		input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	await pick('view.json', JSON.stringify({ query: 'view=training' }));
	await expect(
		page.getByText('That file holds no Rackscale scenario. Nothing was changed.')
	).toBeVisible();
	await pick('notes.json', 'not json at all');
	await expect(page.getByText('That file is not JSON. Nothing was changed.')).toBeVisible();
	await pick('huge.json', Buffer.alloc(1_200_000, 32));
	await expect(page.getByText(/That file is 1200 kB;.*limit 1000 kB/)).toBeVisible();
	await expect(page).toHaveURL(/b\.chips=16/);
	await expect(page).toHaveURL(/view=inference/);
	await expect(page.locator('#b-chips-number')).toHaveValue('16');
});

test.describe('in Shanghai', () => {
	test.use({ timezoneId: 'Asia/Shanghai' });
	test('on a phone a long saved name wraps inside the panel, and a save shows its local date and time', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		// 2026-12-05 22:25 UTC is 06:25 on 6 December in Shanghai: the list shows the reader's day.
		await page.emulateMedia({ colorScheme: 'light' });
		const name = 'GB200_vs_CM384_768chips_joined16_PUE1.4_FP8_KimiK2_80tps';
		await seed(page, [{ name, query: LINK.slice(2), savedAt: '2026-12-05T22:25:00.000Z' }]);
		await page.goto(LINK);
		await page.getByText('Saved on this device').click();
		const item = page.locator('details.saved li').first();
		await expect(item).toContainText(name);
		await expect(item.locator('time')).toHaveAttribute('datetime', '2026-12-05T22:25:00.000Z');
		await expect(item.locator('time')).toContainText('Dec 6, 2026');
		// Nothing sticks out of the page: the name breaks where it must.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});
});
