import { expect, test as base, type Page } from '@playwright/test';

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

/** A preset system shows its chips and edited figures; this opens the rest (issue 14). */
export async function showAllInputs(page: Page, slot: string) {
	await page
		.locator(`section[aria-labelledby="system-${slot}-title"]`)
		.getByRole('button', { name: /^(Show all inputs|显示全部输入)/ })
		.click();
}
