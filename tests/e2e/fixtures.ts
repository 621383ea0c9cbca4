import { expect, test as base } from '@playwright/test';

/**
 * Every browser test fails on a console error or warning, an uncaught exception, or a CSP
 * violation: the page must run clean.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
	consoleProblems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
			await use(problems);
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
