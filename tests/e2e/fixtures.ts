import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { pageSettled } from '../../scripts/page-settled';

/**
 * Every browser test fails on a console error or warning, an uncaught exception, or a CSP
 * violation: the page must run clean.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
	// Every navigation waits until the page has hydrated and read its link (the layout marks
	// <html data-ready>): the prerendered HTML looks the same before, but does not respond yet.
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
			return response;
		};
		await use(page);
	},
	consoleProblems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning')
					problems.push(`${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
			await use(problems);
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * The rules a translation can break: the page's language, and every accessible name (a missing
 * or empty message). The structure, roles and colours are the same in every language and are
 * scanned in full in English; `only: 'language'` scans a translated page for these alone.
 */
const LANGUAGE_RULES = [
	'html-has-lang',
	'html-lang-valid',
	'valid-lang',
	'document-title',
	'button-name',
	'link-name',
	'label',
	'select-name',
	'input-button-name',
	'aria-input-field-name',
	'aria-toggle-field-name',
	'aria-command-name',
	'summary-name',
	'image-alt',
	'svg-img-alt',
	'empty-heading',
	'empty-table-header'
];

/**
 * The rules that read colours: text contrast, and links told from their text by colour alone.
 * The dark palette (src/lib/styles/tokens.css) changes colours and nothing else, so a page
 * already scanned in full in light is scanned in dark for these alone.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Pointer targets of at least 24 px, or spaced as if they were (WCAG 2.2 SC 2.5.8). */
const TARGET_RULES = ['target-size'];

/**
 * One axe scan of the page as it is now, against WCAG 2.1 A and AA; fails listing each violated
 * rule with the elements it found. A scan takes seconds, so tests open everything first and scan
 * once per state worth checking. `only` narrows a second scan of a DOM an earlier scan checked in
 * full: 'language' for the same view in another language, 'colour' for it in another theme,
 * 'target' for it on a phone, where rows wrap and targets stack.
 * Why legacy mode: measured on a fully opened view (2,500 elements) on a loaded 2-core machine,
 * the default mode (axe.runPartial, then axe.finishRun in a new blank page) took about 50 s a
 * scan, legacy mode (one axe.run in the page) about 25 s, with the same findings; it only skips
 * cross-origin frames, and the site has no frames.
 * Why resultTypes: ['violations']: axe then describes one node of each rule that passed or could
 * not tell, not all of them (a fully opened view has about 2,300 passing nodes, 1.7 MB of
 * results, each with its selector, path and HTML); the rules run and the violations found are
 * the same. Measured on the opened inference view on a loaded 2-core machine: about 1 s less of
 * the page's CPU a full scan, and 0.7 s of the test's, which parsed those 1.7 MB. It is set
 * before the rules: AxeBuilder's options() replaces every option set before it, runOnly too,
 * which once made it look as if it brought false violations (region, heading-order: rules of
 * the best-practice tag, not asked for here, run because the tags were dropped).
 */
export async function expectNoAxeViolations(
	page: Page,
	label = '',
	{ only }: { only?: 'language' | 'colour' | 'target' } = {}
) {
	let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
	if (only === 'language') builder = builder.withRules(LANGUAGE_RULES);
	else if (only === 'colour') builder = builder.withRules(COLOUR_RULES);
	else if (only === 'target') builder = builder.withRules(TARGET_RULES);
	else builder = builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	const results = await builder.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
		label
	).toEqual([]);
}

/** A preset system shows its chips and edited figures; this opens the rest (issue 14). */
export async function showAllInputs(page: Page, slot: string) {
	await page
		.locator(`section[aria-labelledby="system-${slot}-title"]`)
		.getByRole('button', { name: /^(Show all inputs|显示全部输入)/ })
		.click();
}

/**
 * Opens another view of the loaded page by its tab, as a reader does, and waits until it has
 * settled. Tests that look at every view load the page once and switch: a page load costs about
 * 1.5 s of a busy 2-core CI machine, a tab switch a fraction of that.
 */
export async function switchView(page: Page, view: string) {
	await page.locator(`#tab-${view}`).click();
	await expect(page.locator(`#tab-${view}`)).toHaveAttribute('aria-selected', 'true');
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
}

/**
 * Resizes the loaded page, as a reader turning a tablet or narrowing a window does, and waits two
 * frames: the charts measure their width with a ResizeObserver and redraw in the next frame.
 * Tests that check several widths of one page resize instead of loading it again.
 */
export async function resizeTo(page: Page, width: number, height = 900) {
	await page.setViewportSize({ width, height });
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
}
