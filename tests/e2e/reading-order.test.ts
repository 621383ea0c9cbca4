import { expect, resizeTo, test } from './fixtures';

/**
 * Issue 14: the keyboard follows the eye. The page's main regions come in the document in the
 * order a reader sees them (top to bottom; side by side, left to right), and Tab reaches system
 * B's first slider quickly, since the inputs no longer come after every result.
 */
const WIDTHS = [390, 1280, 1440];

type Box = { selector: string; top: number; bottom: number; left: number; right: number };
/** Boxes of the first element matching each selector, in the order given (null when missing). */
const boxes = (selectors: string[]) =>
	selectors.map((selector) => {
		const box = document.querySelector(selector)?.getBoundingClientRect();
		return box
			? { selector, top: box.top, bottom: box.bottom, left: box.left, right: box.right }
			: null;
	});

/** Pairs whose document order (the order given) differs from the order a reader sees them. */
function outOfOrder(items: (Box | null)[], seenBefore: (b: Box, a: Box) => boolean) {
	const found = items.filter((box): box is Box => box !== null);
	expect(found.length, 'every region is on the page').toBe(items.length);
	return found.flatMap((earlier, i) =>
		found
			.slice(i + 1)
			.filter((later) => seenBefore(later, earlier))
			.map((later) => `${later.selector} before ${earlier.selector}`)
	);
}
/** Page columns: regions sharing some width read top to bottom; separate columns left first. */
const byColumns = (b: Box, a: Box) =>
	b.left < a.right - 1 && a.left < b.right - 1 ? b.top < a.top - 1 : b.left < a.left;
/** Inside a grid of cards: row by row, and left to right within a row. */
const byRows = (b: Box, a: Box) =>
	b.top < a.bottom - 1 && a.top < b.bottom - 1 ? b.left < a.left - 1 : b.top < a.top;

// One load, looked at in each width.
test(`document order is visual order at ${WIDTHS.join(', ')} px`, async ({ page }) => {
	await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await expect(page.getByTestId('summary')).toBeVisible();
	const regions = ['header', '[data-testid="summary"]', '.inputs', '#results', 'footer'];
	const systems = [
		'section[aria-labelledby="system-a-title"]',
		'section[aria-labelledby="system-b-title"]',
		'.inputs > .add'
	];
	const results = ['#results-title', '[role="tablist"]', '[role="tabpanel"]'];
	for (const width of WIDTHS) {
		await resizeTo(page, width);
		const at = `${width} px`;
		expect(outOfOrder(await page.evaluate(boxes, regions), byColumns), at).toEqual([]);
		expect(outOfOrder(await page.evaluate(boxes, systems), byRows), at).toEqual([]);
		expect(outOfOrder(await page.evaluate(boxes, results), byRows), at).toEqual([]);
	}
});

test("Tab from the top reaches system B's first slider in at most 25 presses at 1280 and 1440 px", async ({
	page
}) => {
	for (const width of [1280, 1440]) {
		// A fresh load at each width: Tab starts from the top of the page.
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
		await expect(page.getByTestId('summary')).toBeVisible();
		let presses = 0;
		let reached = false;
		while (!reached && presses < 60) {
			await page.keyboard.press('Tab');
			presses++;
			reached = await page.evaluate(() => {
				const focused = document.activeElement;
				const systemB = document.getElementById('system-b-title')?.closest('section');
				return (
					focused instanceof HTMLInputElement &&
					focused.type === 'range' &&
					systemB?.contains(focused) === true &&
					systemB.querySelector('input[type=range]') === focused
				);
			});
		}
		expect(reached, `${width} px`).toBe(true);
		expect(presses, `${width} px`).toBeLessThanOrEqual(25);
	}
});

test('a source badge shows its popover on focus, and its links join the Tab order only once opened', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	const badge = page.locator('[aria-controls="b-chips-source"]');
	const firstLink = page.locator('#b-chips-source a').first();
	await badge.focus();
	await expect(page.locator('#b-chips-source')).toBeVisible();
	await expect(firstLink).toBeVisible(); // its sources have loaded
	// Closed: Tab goes past the popover's three links to the system's slider.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('slider', { name: 'Chips per system' }).nth(1)).toBeFocused();
	// Opened with Enter: Tab reaches the first source.
	await badge.focus();
	await page.keyboard.press('Enter');
	await expect(badge).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(firstLink).toBeFocused();
});

test('a system folds to its edited inputs; "show all" opens the rest, and Tab stays in order', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.hbm_gb=256');
	const systemB = page.locator('section[aria-labelledby="system-b-title"]');
	// Chips, and the one edited figure; the rest wait behind "show all".
	await expect(systemB.getByRole('slider')).toHaveCount(2);
	await expect(systemB.locator('#b-hbmBytes-number')).toHaveValue('256');
	const toggle = systemB.getByRole('button', { name: /^Show (all|only)/ });
	// 10 hidden figures; the software fraction is serving's, not on the hardware view (inputs.test.ts).
	await expect(toggle).toHaveText('Show all inputs (10 more)');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(systemB.getByRole('slider', { name: 'HBM bandwidth per chip' })).toBeVisible();
	// The toolbar is one Tab stop; arrows move inside it.
	const toolbar = systemB.getByRole('toolbar');
	await toolbar.getByRole('button', { name: 'Move earlier' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(toolbar.getByRole('button', { name: 'Duplicate' })).toBeFocused();
});
