/**
 * Visual regression: a few representative states compared pixel by pixel with the baselines in
 * visual.spec.ts-snapshots/. After an intended visual change, regenerate them, look at the new
 * PNGs, and commit them with the change:
 *
 *   E2E_PORT=4191 npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 *
 * (That rewrites only the baselines that fail; --update-snapshots=all also rewrites those that
 * changed within the tolerance.)
 *
 * Why the font is forced: "sans-serif" is whatever fontconfig finds on a machine, and glyph widths
 * move every line break and column, so baselines made on one machine would fail on the next. Every
 * element is drawn in DejaVu Sans (and code in DejaVu Sans Mono), from fonts-dejavu-core, which
 * .ci/run installs. DejaVu has no Chinese glyphs: Chinese text would fall back to whatever CJK font
 * a machine has (or to empty boxes), with other widths and so another layout, and a mask hides the
 * glyphs but not that shift. So there is no Chinese pixel baseline; the last test checks the
 * Chinese layout by geometry instead, which does not depend on the font.
 */
import type { Page } from '@playwright/test';
import { expect, switchView, test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };

/** One font everywhere (see above), then wait until the view, its language and the worker's answers are in. */
async function settle(page: Page) {
	await page.addStyleTag({
		content: `* { font-family: 'DejaVu Sans' !important; }
			code, pre, kbd, samp, code *, pre * { font-family: 'DejaVu Sans Mono' !important; }`
	});
	await page.waitForFunction(pageSettled, null, { timeout: 20_000 });
	await page.evaluate(() => document.fonts.ready);
}

// Nothing shown depends on the clock (no Date in src/lib/ui or src/routes), and saved links come
// from storage, empty in each test's fresh context. Should something time-dependent appear, pass
// it in `mask`.
// Reruns on one machine differ by 0 pixels. Up to 0.2 % of the pixels may differ (anti-aliasing on
// another machine), each by less than threshold 0.1: Playwright's default 0.2 let a system colour
// change from orange #d55e00 to red #c0392b pass unseen. A changed link colour alters 1 % of the
// method page's first screen.
const SHOT = { animations: 'disabled', maxDiffPixelRatio: 0.002, threshold: 0.1 } as const;

test.describe('desktop, light', () => {
	test.use({ viewport: DESKTOP, colorScheme: 'light' });

	test('hardware view: results table and ratio chart', async ({ page }) => {
		await page.goto('/?view=hardware');
		await settle(page);
		await expect(page.locator('#results')).toHaveScreenshot('hardware-desktop-light.png', SHOT);
	});

	test('method page, first screen', async ({ page }) => {
		await page.goto('/method');
		await settle(page);
		await expect(page).toHaveScreenshot('method-top-desktop-light.png', SHOT);
	});
});

test.describe('desktop, dark', () => {
	test.use({ viewport: DESKTOP, colorScheme: 'dark' });

	test('training view once the worker has answered', async ({ page }) => {
		await page.goto('/?view=training');
		await settle(page);
		await expect(page.locator('[data-testid="training-a"]')).not.toHaveAttribute(
			'aria-busy',
			'true'
		);
		await expect(page.locator('#results')).toHaveScreenshot('training-desktop-dark.png', SHOT);
	});
});

test.describe('phone, dark', () => {
	test.use({ viewport: PHONE, colorScheme: 'dark' });

	test('inference view: headline, frontier chart, readout, table', async ({ page }) => {
		await page.goto('/?view=inference');
		await settle(page);
		await expect(page.locator('section.inference')).toHaveScreenshot(
			'inference-phone-dark.png',
			SHOT
		);
	});
});

// Chinese may break a line between any two characters, so a table column or a grid track can
// shrink to one character wide and stack its text vertically (both happened: the reliability
// table's cause column, the training card's step-time breakdown). Checked by geometry, with every
// disclosure open, at both widths.
for (const { width, height } of [DESKTOP, PHONE])
	test(`Chinese: no text squeezed to a column a character or two wide, no Latin spacing in its joins (${width} px)`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.setViewportSize({ width, height });
		const views = ['hardware', 'inference', 'training', 'energy', 'reliability', 'claims'];
		await page.goto(`/?view=${views[0]}&lang=zh`);
		await settle(page);
		for (const view of views) {
			// One load; each view by its tab, as a reader reaches it (the style tag stays).
			if (view !== views[0]) await switchView(page, view);
			await page.evaluate(async () => {
				for (const details of document.querySelectorAll('main details'))
					(details as HTMLDetailsElement).open = true;
				// Let the toggle events and what they render land before measuring.
				await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			});
			const squeezed = await page.evaluate(() =>
				[...document.querySelectorAll('main td, main th, main dd, main dt, main li')].flatMap(
					(el) => {
						const box = el.getBoundingClientRect();
						const style = getComputedStyle(el);
						const em = parseFloat(style.fontSize);
						const width =
							box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
						const text = (el.textContent ?? '').trim();
						// Text two characters wide or less (the padding aside: the inventory table's names
						// stood 加速/器 with 2.9 em of box), on more than one line, with more to say.
						return width > 0 && width < 2.6 * em && box.height > 2.6 * em && text.length > 2
							? [
									`${el.tagName.toLowerCase()} "${text.slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`
								]
							: [];
					}
				)
			);
			expect(squeezed, `${view} view`).toEqual([]);
			expect(await latinJoins(page), `${view} view`).toEqual([]);
		}
		if (width !== DESKTOP.width) return;
		for (const path of ['/method', '/validation']) {
			await page.goto(`${path}?lang=zh`);
			// The Chinese catalogs have arrived (the page is prerendered in English).
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u4e00-\u9fff]/);
			await page.evaluate(() => {
				for (const details of document.querySelectorAll('details'))
					(details as HTMLDetailsElement).open = true;
			});
			expect(await latinJoins(page), path).toEqual([]);
		}
	});

/**
 * Latin spacing where a component joins Chinese text, which reads as a typo: a space before "（"
 * or after "：；，、" ("30 ms （完全重叠时…", "来源： AI Wiki"; template whitespace between elements
 * writes them), or an ASCII colon after a name or a Chinese label ("GB200 NVL72: 每天中断次数",
 * "瓶颈: 内存带宽"), in the text and in the accessible names given as aria-label.
 */
async function latinJoins(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		// What a screen reader says as well: accessible names given as attributes.
		const labels = [...document.querySelectorAll('[aria-label]')].map((e) =>
			e.getAttribute('aria-label')
		);
		const text = [document.body.innerText, ...labels].join('\n');
		return [
			...text.matchAll(
				/.{0,8}(?: （|[：；，、] |[A-Za-z0-9)]: [\u4e00-\u9fff]|[\u4e00-\u9fff]: ).{0,8}/g
			)
		].map((m) => m[0]);
	});
}
