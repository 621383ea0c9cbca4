import { MODEL_VERSION } from '../../src/lib/model/version';
import { expect, test } from './fixtures';

// A hostile link with 20,000 unknown keys once rendered 20,000 notices (a 417,554 px box). The
// list now shows the first 20 and a count. How long the load takes is measured by
// `npm run measure` (scripts/measure-browser.ts), not asserted here.
test('a link with 20,000 unknown keys shows 20 notices and "and N more", in both languages', async ({
	page
}) => {
	const junk = Array.from({ length: 20_000 }, (_, i) => `junk${i}=1`).join('&');
	await page.goto(`/?v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384&${junk}`);
	const notices = page.getByTestId('notices');
	await expect(notices.locator('li')).toHaveCount(21);
	await expect(notices.locator('li').first()).toHaveText('Unknown setting “junk0” was ignored.');
	await expect(page.getByTestId('notices-more')).toHaveText(/^and 19,?980 more$/);
	const box = await notices.boundingBox();
	expect(box!.height).toBeLessThan(2000);
	// The 400 kB link left the address bar before the page's first request (src/app.html); the
	// scenario it held is back in it, without the keys the page could not use.
	await expect(page).toHaveURL(/[?&]a=gb200-nvl72&/);
	expect(page.url()).toContain('b=cloudmatrix-384');
	expect(page.url()).not.toContain('junk');
	await page.goto(`/?v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384&lang=zh&${junk}`);
	await expect(page.getByTestId('notices-more')).toHaveText(/^另有 19,?980 条$/);
});

test('a link that contradicts itself is reconciled, and the notices say how', async ({ page }) => {
	await page.goto(
		`/?v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384&a.tdp_w=10000&a.allin_w=10&a.joined=none`
	);
	const notices = page.getByTestId('notices');
	await expect(notices.locator('li')).toHaveCount(2);
	await expect(notices).toContainText(
		'“a.allin_w” = “10” does not fit its range or the other settings; 10000 was used.'
	);
	await expect(notices).toContainText('“a.joined” = “none” is not a number; 1 was used.');
});

// Kit hydrates the prerendered page (the default scenario) and the page applies its link a task
// later: an edit made in between would be lost under the link's scenario, so until then the page
// takes no input at all.
test('the page takes no input until its link is applied', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { inertWhen: string[] }).inertWhen = seen;
		new MutationObserver(() => {
			const ready = document.documentElement.dataset.ready;
			const inert = document.querySelector('.page')?.hasAttribute('inert');
			seen.push(`${ready}: ${inert ? 'inert' : 'live'}`);
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
	});
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768');
	expect(
		await page.evaluate(() => (window as unknown as { inertWhen: string[] }).inertWhen)
	).toEqual(['pending: inert', 'true: live']);
	await expect(page.locator('#b-chips-number')).toHaveValue('768');
});

// A Dismiss takes its button with it; focus used to fall to <body>, so the next Tab started again
// at the header (helper-114). It moves to what follows: the model-change note's Dismiss while the
// note stands, then the answer in brief.
test('dismissing the notices and the model-change note keeps the keyboard in place', async ({
	page
}) => {
	await page.goto('/?v=1&m=18&a=gb200-nvl72&b=cloudmatrix-384&junk=1');
	await expect(page.getByTestId('summary')).toBeVisible();
	const dismissNotices = page.getByTestId('notices').getByRole('button', { name: 'Dismiss' });
	await dismissNotices.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('notices')).toHaveCount(0);
	const noteDismiss = page.getByTestId('model-change').getByRole('button', { name: 'Dismiss' });
	await expect(noteDismiss).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('model-change')).toHaveCount(0);
	await expect(page.getByTestId('summary')).toBeFocused();
	// The next Tab goes on into the answer, not back to the header's links.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('#summary') !== null)).toBe(
		true
	);
});
