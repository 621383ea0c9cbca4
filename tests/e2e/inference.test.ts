import { pageSettled } from '../../scripts/page-settled';
import { expect, test } from './fixtures';

test('the inference view shows a headline, frontiers and the point at the target', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	const headline = page.getByTestId('inference-headline');
	await expect(headline).toContainText('At 50 tokens/s per user, CloudMatrix 384 is modelled at');
	await expect(headline).toContainText('per system watt');
	// Ascend 910C has no FP8: the result says so, and the headline says the precisions differ.
	await expect(headline).toContainText(
		'The two compute at different precisions: CloudMatrix 384 in INT8, GB200 NVL72 in FP8.'
	);
	await expect(page.locator('.inference p.warning').first()).toContainText('CloudMatrix 384');
	await expect(page.getByRole('application', { name: /Pareto frontier/ })).toBeVisible();
	// The frontier comes from a worker a moment after the figures at the target.
	await expect(page.locator('.series-a path.marker').first()).toBeVisible();
	await expect(page.getByTestId('frontier-status')).toHaveCount(0);
	await expect(page.getByTestId('readout')).toContainText('Bound by');
	await expect(page.getByTestId('at-target')).toContainText('GB200 NVL72');
	await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

test('once the page is idle an edit’s operating point comes from the serving worker, the same as a link to it opens with', async ({
	page,
	context
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	// Settled: the idle prefetch has loaded the serving worker.
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	// The answer in brief is busy from the edit until the worker's answer is drawn: seen, the page
	// asked the worker rather than computing the point itself.
	await page.evaluate(() => {
		const summary = document.getElementById('summary')!;
		new MutationObserver(() => {
			if (summary.getAttribute('aria-busy') === 'true') document.body.dataset.askedWorker = '1';
		}).observe(summary, { attributes: true, attributeFilter: ['aria-busy'] });
	});
	const field = page.locator('#serving-inputTokens-number');
	await field.fill('3000');
	await field.press('Enter');
	await expect(page.locator('body')).toHaveAttribute('data-asked-worker', '1');
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	const viaWorker = await page.getByTestId('at-target').innerText();
	expect(viaWorker).toContain('GB200 NVL72');
	// A new tab opening the edited link computes its first figures on the page (the worker loads
	// when it is idle): what a reader of the link sees equals what the editor saw.
	const opened = await context.newPage();
	await opened.goto(page.url());
	await expect.poll(() => opened.getByTestId('at-target').innerText()).toBe(viaWorker);
});

test('changing the workload and a slider moves the headline and the frontier; the link restores them', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	const headline = page.getByTestId('inference-headline');
	const before = await headline.textContent();
	// The frontier arrives from its worker: wait for it before reading it.
	const line = page.locator('.series-b path.line');
	await expect(line).toHaveAttribute('d', /^M/);
	const pathBefore = (await line.getAttribute('d'))!;

	await page.getByLabel('Model', { exact: true }).selectOption('llama-3.3-70b');
	await expect(page).toHaveURL(/llm=llama-3\.3-70b/);
	await expect(headline).not.toHaveText(before!);
	const afterModel = await headline.textContent();
	await expect(line).not.toHaveAttribute('d', pathBefore);
	await expect(page.getByTestId('frontier-status')).toHaveCount(0);
	const pathAfterModel = (await line.getAttribute('d'))!;

	// A slider the frontier depends on (the output length): it follows the drag.
	const output = page.getByRole('slider', { name: 'Output tokens' });
	await output.focus();
	for (let i = 0; i < 5; i++) await output.press('ArrowRight');
	await expect(page).toHaveURL(/out_tokens=/);
	await expect(line).not.toHaveAttribute('d', pathAfterModel);
	await expect(page.getByTestId('frontier-status')).toHaveCount(0);

	await page.locator('#serving-targetUserTokensPerS-number').fill('20');
	await expect(headline).toContainText('At 20 tokens/s per user');
	await expect(page).toHaveURL(/user_tps=20/);
	await expect(headline).not.toHaveText(afterModel!);

	const saved = await headline.textContent();
	await page.reload();
	await expect(page.getByRole('tab', { name: 'LLM inference' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByTestId('inference-headline')).toHaveText(saved!);
	await expect(page.getByLabel('Model', { exact: true })).toHaveValue('llama-3.3-70b');
});

test('a model that does not fit says how many chips it needs', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=hgx-h100&view=inference');
	await expect(page.getByTestId('no-fit-b')).toContainText(
		'does not fit (needs at least 10 chips; 8 in this system).'
	);
	await expect(page.getByTestId('inference-headline')).toContainText('cannot be compared');
});

test('editing the model shape keeps it in the link (GPT-MoE-1.8T KV heads)', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=hgx-h100&llm=gpt-moe-1.8t&view=inference');
	await page.getByText('Edit the model’s shape').click();
	await page.getByLabel('KV heads').fill('84');
	await page.getByLabel('KV heads').press('Enter');
	await expect(page).toHaveURL(/llm\.kv_heads=84/);
	await expect(page.getByText('edited: your own model')).toBeVisible();
	await page.reload();
	await page.getByText('Edit the model’s shape').click();
	await expect(page.getByLabel('KV heads')).toHaveValue('84');
	// A figure the model's rules lower says so: 300 experts per token of GPT-MoE's 16 experts.
	await page.getByLabel('Experts per token').fill('300');
	await page.getByLabel('Experts per token').press('Enter');
	await expect(page.getByLabel('Experts per token')).toHaveValue('16');
	await expect(page.getByRole('status').filter({ hasText: 'Experts per token' })).toHaveText(
		'Experts per token: 300 does not fit the other settings; using 16'
	);
	// Again: the rule keeps the 16 already in use, which changes nothing to re-render the field by.
	await page.getByLabel('Experts per token').fill('300');
	await page.getByLabel('Experts per token').press('Enter');
	await expect(page.getByLabel('Experts per token')).toHaveValue('16');
});

// The inference view's axe scan, with everything opened: a11y-states.test.ts.
test('tabs work by keyboard', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('tab', { name: 'Hardware' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'LLM inference' })).toBeFocused();
	await expect(page).toHaveURL(/view=inference/);
});

test('clicking a point on the chart reads it out', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	const readout = page.getByTestId('readout');
	const before = await readout.textContent();
	const chart = page.getByRole('application', { name: /Pareto frontier/ });
	await expect(page.locator('.series-a path.marker').first()).toBeVisible(); // the worker's frontier
	await chart.scrollIntoViewIfNeeded();
	const box = (await chart.boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.3);
	await expect(readout).not.toHaveText(before!);
	await chart.press('ArrowRight');
	await expect(readout).toContainText('Mean tokens/s per user');
});

test('up and down on the chart go to the other system near the same speed per user', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	const readout = page.getByTestId('readout');
	const chart = page.getByRole('application', { name: /Pareto frontier/ });
	await expect(page.locator('.series-b path.marker').first()).toBeVisible(); // the worker's frontier
	const speed = async () =>
		Number(
			(await readout.textContent())!
				.match(/Mean tokens\/s per user ([\d,.]+)/)![1]!
				.replace(/,/g, '')
		);
	await chart.press('ArrowRight');
	await chart.press('ArrowRight');
	await expect(readout).toContainText('GB200 NVL72');
	const onA = await speed();
	await chart.press('ArrowDown');
	await expect(readout).toContainText('CloudMatrix 384');
	// By position it went to CloudMatrix's second-slowest point, 4.77 against 69.5 (helper-92).
	expect(Math.abs(Math.log((await speed()) / onA))).toBeLessThan(Math.log(1.5));
});

test('uncertainty bands and published measurements appear over the frontier', async ({ page }) => {
	await page.goto('/?v=1&a=hgx-h200&b=hgx-b200&llm=llama-3.3-70b&view=inference');
	await page.getByLabel('Show uncertainty bands and published measurements').check();
	await expect(page.locator('path.band').first()).toBeAttached();
	const evidence = page.getByTestId('evidence');
	await expect(evidence).toContainText('measured');
	await expect(evidence).toContainText('the model at those conditions gives');
	// Every check, not only these systems': one click to the validation page.
	await expect(evidence.getByTestId('all-checks')).toHaveAttribute('href', /\/validation\/$/);
	await expect(page.locator('g.evidence').first()).toBeAttached();
});

test('on a phone the frontier tables keep each point on one line, its speed with 3 digits', async ({
	page
}) => {
	// A layout squeezed beside the numbers once took seven lines a row in Chinese ("64 / 颗芯片： /
	// TP1 · / …"), a table 8,000 px tall; "8.8" sat under "8.19".
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference&lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.getByText('以表格显示帕累托前沿').click();
	const table = page.locator('.frontier-table').first();
	await expect(table.locator('tbody tr').first()).toBeVisible();
	const rows = await table.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			height: tr.getBoundingClientRect().height,
			line: parseFloat(getComputedStyle(tr.children[3]!).lineHeight),
			speed: tr.children[0]!.textContent!.trim()
		}))
	);
	expect(rows.length).toBeGreaterThan(5);
	expect(rows.filter((r) => r.height > 2 * r.line)).toEqual([]);
	// Three significant digits on every row: 8.80, 12.0, 105.
	expect(rows.filter((r) => r.speed.replace(/\D/g, '').replace(/^0+/, '').length < 3)).toEqual([]);
	// Neighbours never read the same speed ("65.1" above "65.1" looked like a dominated point on a
	// Pareto frontier): such rows take a digit more.
	const speeds = rows.map((r) => r.speed);
	expect(speeds.filter((speed, i) => i > 0 && speed === speeds[i - 1])).toEqual([]);
});

// Beside a four-system chart at 1440 px the readout was a 289 px column: its serving text ran a
// word or two a line, ~20 lines. It sits beside the chart only when it gets 24rem (384 px), and
// under it otherwise; checked where it goes under (1280, 1440 px) and where it fits beside (1920).
for (const lang of ['en', 'zh']) {
	test(`the selected point's readout keeps room for its values with four systems (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 1000 });
		await page.goto(
			`/?v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200&view=inference&lang=${lang}`
		);
		await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
		const serving = page.getByTestId('serving-mode');
		await expect(serving).toContainText(lang === 'en' ? 'Disaggregated' : '分离部署');
		// Under the chart it runs two lines (three at most); beside it, in 24rem, nine.
		for (const [width, most] of [
			[1280, 3],
			[1440, 3],
			[1920, 10]
		] as const) {
			await page.setViewportSize({ width, height: 1000 });
			const readout = await page.getByTestId('readout').boundingBox();
			expect(readout!.width, `${lang} at ${width} px: readout width`).toBeGreaterThanOrEqual(384);
			// Lines of the serving text: the distinct tops of its text's boxes.
			const lines = await serving.evaluate((dd) => {
				const range = document.createRange();
				range.selectNodeContents(dd);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
			expect(lines, `${lang} at ${width} px: lines of the serving text`).toBeLessThanOrEqual(most);
		}
	});
}
