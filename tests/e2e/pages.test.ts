import { DEFAULT_EFFICIENCIES } from '../../src/lib/model/inference/efficiencies';
import { LATENCY_FIT } from '../../src/lib/model/inference/latency';
import { SERVING_LATENCY_SOURCES } from '../../src/lib/model/inference/latency-sources';
import { expect, expectNoAxeViolations, resizeTo, test } from './fixtures';

const VALIDATION_TITLE = 'Validation: the model against published measurements';

test('the validation page lists every case with measured, modelled and error', async ({ page }) => {
	await page.goto('/validation');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(VALIDATION_TITLE);
	// The rows' case numbers and notes cite the research sheets by file name: the lead says what
	// they are (it said so only on /method).
	await expect(page.locator('.lead')).toContainText(
		'calibration-2026.md, specs.md or models.md point into Rackscale’s research sheets'
	);
	// 43 inference cases (calibration.md 5, 8, 9; calibration-2026.md 1, 2, 32; 9 from InferenceX's
	// DeepSeek-R1 run, in neither sheet) and 15 training (17).
	await expect(page.getByTestId('inference-cases').locator('tbody tr')).toHaveCount(43);
	await expect(page.getByTestId('training-cases').locator('tbody tr')).toHaveCount(15);
	const decode = page.locator('tr[data-case="lmsys-96xh100-decode"]');
	await expect(decode).toContainText('HGX H100 (8 GPU)');
	await expect(decode).toContainText('96 chips, scale-up domains of 8');
	await expect(decode).toContainText('2,785');
	const source = decode.getByRole('link', { name: /LMSYS_EP/ });
	await expect(source).toHaveAttribute('href', /lmsys\.org/);
	await expect(decode.getByTestId('error')).toHaveText(/^\d+(\.\d+)?×$/);
	// One rule for every row: a documented training miss and an inference row beyond 2× both read
	// "miss" (the serving rework may move the inference one; its class is what the page must show).
	const miss = page.locator('tr[data-case="gpt-oss-120b-gb200-64-bf16"]');
	await expect(miss.locator('[data-class]')).toHaveText('miss');
	const summary = page.getByTestId('validation-summary');
	// The headline counts held-out rows only (27: LMSYS, MLPerf GB300, CloudMatrix-Infer,
	// InferenceX); the 16 rows the software table was fitted on are summarized beside it, in-sample.
	await expect(summary.locator('[data-summary="inference"]')).toHaveText(
		/^Inference, 27 held-out cases: \d+ good, \d+ fair, \d+ miss; error factor median \d+(\.\d+)?×, maximum \d+(\.\d+)?×\.$/
	);
	// 10 of them come from sources a global efficiency was derived from (LMSYS's, the MoE
	// imbalance; the CloudMatrix384 paper's, the compute and HBM fractions and the decode overlap):
	// marked, and the others summarized on their own.
	await expect(summary.locator('[data-summary="inference-independent"]')).toContainText(
		'Of them, 17 come from sources no global efficiency was derived from'
	);
	await expect(page.getByTestId('inference-cases').getByTestId('shares-source')).toHaveCount(10);
	await expect(
		page.locator('tr[data-case="lmsys-96xh100-prefill-4k"]').getByTestId('shares-source')
	).toHaveText('MoE load imbalance (busiest ÷ mean): derived from the same source');
	await expect(summary.locator('[data-summary="inference-in-sample"]')).toContainText(
		'16 in-sample cases'
	);
	await expect(page.getByTestId('inference-cases').getByTestId('in-sample')).toHaveCount(16);
	await expect(summary.locator('[data-summary="training"]')).toContainText('Training, 15 cases:');
	const classes = page.locator('[data-testid="inference-cases"] [data-class]');
	await expect(classes).toHaveCount(43);
	// A case cited from its source alone says so; a deployment's TPOT is its measured mean.
	const nvl72 = page.locator('tr[data-case="inferencex-dsr1-gb200-nvl72-c2253"]');
	await expect(nvl72).toContainText('from its source (in neither sheet), grade B+');
	await expect(nvl72).toContainText('whole disaggregated deployment: TPOT 11 ms as run');
	await expect(nvl72).toContainText('44 chips, scale-up domains of 44');
	await expect(nvl72).toContainText('3,849');
	// The load that ran, which no modelled decode instance exceeds: the recipe's batch of 64 per
	// GPU (below 2,253 ÷ 32 = 70.4 users); here the speed target stops the model first.
	await expect(nvl72.getByTestId('sequences-per-chip')).toHaveText(
		'at most 64 sequences per decode chip, as run'
	);
	await expect(nvl72.getByTestId('model-batch')).toContainText('stopped by the speed target');
	// At 180 users the recipe's 4 per GPU binds: the model runs exactly that load.
	const fast = page.locator('tr[data-case="inferencex-dsr1-gb200-nvl72-c180"]');
	await expect(fast.getByTestId('model-batch')).toHaveText(
		'model: 4 per decode chip, held there by the run’s load'
	);
	await expect(
		page.locator('tr[data-case^="mlperf-"]').getByTestId('sequences-per-chip')
	).toHaveCount(0);
	for (const text of await classes.allTextContents())
		expect(['good', 'fair', 'miss']).toContain(text);
	await expect(page.getByTestId('pending-cases').locator('li')).toHaveCount(5);
	await expect(
		page.getByTestId('pending-cases').locator('li[data-case="inferencex-dsr1-mtp-off"]')
	).toContainText('from its source (in neither sheet), grade B');
	await expect(page.getByTestId('inference-assumptions').locator('tbody tr')).toHaveCount(11);
	await expect(page.getByTestId('training-assumptions').locator('tbody tr')).toHaveCount(11);
	await expect(page.getByTestId('training-assumptions')).toContainText('case 17 checks use 1');
	await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
});

test('the method page shows every section with worked examples from the model', async ({
	page
}) => {
	await page.goto('/method');
	const title = page.getByRole('heading', { level: 1 });
	await expect(title).toHaveText('Method: every formula and assumption');
	await expect(page.locator('section[data-section]')).toHaveCount(18);
	// 61 layers × (512 + 64) × 2 B; 2 × 80 × 8 × 128 × 2 B; Young/Daly √(2 × 10 s × 11,135 s).
	await expect(page.getByTestId('example-kv-deepseek-r1')).toHaveText('70.27 kB');
	await expect(page.getByTestId('example-kv-llama-70b')).toHaveText('327.7 kB');
	await expect(page.getByTestId('example-young-daly-meta')).toHaveText('471.9 s');
	await expect(page.getByTestId('example-bubble-8-64')).toHaveText('9.859%');
	// 64 × 1 GB ÷ 4 over the 4x4x4 torus's bisection (32 links × 106.7 GB/s) + 6 hops of 1 µs = 4.6935 ms, shown as 4.693 (float rounding).
	await expect(page.getByTestId('example-torus-a2a-1gb')).toHaveText('4.693 ms');
	// The serving sections (issue 12): the α(G) fit with every point and its residual, every
	// serving assumption, the default decode step and the software date, as the model gives them.
	await expect(
		page.getByRole('img', { name: 'Collective latency α(G) against group size' })
	).toBeVisible();
	await expect(page.getByTestId('latency-points').locator('tbody tr')).toHaveCount(
		LATENCY_FIT.points.length
	);
	const residual = page.locator(
		'tr[data-point="DeepEP dispatch EP8, H800 (FP8)"] [data-testid="residual"]'
	);
	await expect(residual).toHaveText(
		(await page.getByTestId('example-residual-deepep-dispatch-ep8').textContent()) ?? ''
	);
	await expect(page.getByTestId('serving-assumptions').locator('tbody tr')).toHaveCount(
		Object.keys(SERVING_LATENCY_SOURCES).length + Object.keys(DEFAULT_EFFICIENCIES).length
	);
	await expect(page.locator('tr[data-assumption="latency.draftAcceptance"]')).toContainText(
		/\[LMSYS_EP\] published \d{4}-\d{2}/
	);
	await expect(page.getByTestId('decode-step-time')).toHaveText(
		(await page.getByTestId('example-default-decode-step').textContent()) ?? ''
	);
	await expect(page.getByTestId('decode-step-mode')).toHaveText(/^(co-located|disaggregated)$/);
	await expect(page.getByTestId('software-as-of')).toContainText(
		/^Assumes software as of \d{4}-\d{2}/
	);
	await expect(page.getByTestId('software-rounds').locator('tbody tr')).toHaveCount(6);
	await page.getByRole('link', { name: /^Reliability: interruptions/ }).click();
	await expect(page).toHaveURL(/#reliability$/);
	await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
});

test('both pages read ?lang=zh and link to each other in that language', async ({ page }) => {
	await page.goto('/method?lang=zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('方法：全部公式与假设');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('section#memory h2')).toHaveText('推理：显存装得下吗？');
	// Client-side navigation: the validation page's data comes from its prerendered __data.json.
	await page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: '验证' }).click();
	await expect(page).toHaveURL(/\/validation\/\?lang=zh$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'验证：模型与公开实测数据的对比'
	);
	await expect(page.getByTestId('training-cases').locator('tbody tr')).toHaveCount(15);
	await expect(page.locator('tr[data-case="gpt-oss-120b-gb200-64-bf16"] [data-class]')).toHaveText(
		'偏离'
	);
	await expect(page.getByTestId('training-cases')).toContainText('gpt-oss-120b，GB200 ×64，BF16');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(VALIDATION_TITLE);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('training-cases')).toContainText('gpt-oss-120b, GB200 ×64, BF16');
});

test('the scenario goes to /method and /validation and comes back with "Compare systems" (helper-127)', async ({
	page
}) => {
	// It came back as the default comparison: H200, TPU7x and the PUE were gone.
	await page.goto('/?v=1&a=hgx-h200&b=tpu7x-pod&o.pue=1.4&view=energy&lang=zh');
	await expect(page.locator('#a-chips-number')).toHaveValue('8');
	await page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: '方法' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('方法：全部公式与假设');
	// The page keeps the compare page it came from in its own address, as its links carry it, so a
	// reload keeps it too (helper-132: after a reload "Compare systems" opened the default comparison).
	await expect(page).toHaveURL(/\/method\/\?v=1.*a=hgx-h200.*&lang=zh$/);
	for (const reloaded of [false, true]) {
		if (reloaded) await page.reload();
		await expect(page.getByRole('link', { name: '系统对比' })).toHaveAttribute(
			'href',
			/a=hgx-h200.*&lang=zh$/
		);
	}
	// On to /validation and back, in the language on screen.
	await page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: '验证' }).click();
	await expect(page).toHaveURL(/\/validation\/\?.*b=tpu7x-pod.*&lang=zh$/);
	await page.getByRole('link', { name: '系统对比' }).click();
	await expect(page.locator('#a-chips-number')).toHaveValue('8');
	await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('id', 'tab-energy');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page).toHaveURL(/a=hgx-h200.*b=tpu7x-pod.*o\.pue=1\.4/);
	// Opened in a new tab (a full load): the compare page is its referrer.
	const compare = new URL(page.url());
	await page.goto('/validation/', { referer: compare.href });
	await expect(page.getByRole('link', { name: 'Compare systems' })).toHaveAttribute(
		'href',
		/a=hgx-h200.*b=tpu7x-pod/
	);
});

test('both pages say when the link’s lang is no language, and show the browser’s', async ({
	page
}) => {
	for (const path of ['/method/?lang=xx', '/validation/?lang=abc&view=x']) {
		await page.goto(path);
		const given = new URLSearchParams(path.split('?')[1]).get('lang');
		await expect(page.getByTestId('lang-notice')).toHaveText(
			`“lang” = “${given}” is not a valid choice; en was used.`
		);
	}
	await page.goto('/method/?lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByTestId('lang-notice')).toHaveCount(0);
});

test('the Chinese validation page names its cases and states their conditions in Chinese', async ({
	page
}) => {
	await page.goto('/validation?lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	for (const details of await page.locator('details').all())
		await details.locator('summary').click();
	// English stays only where a source is cited by its title and on the link to the English page.
	const english = await page
		.locator('[lang="en"]')
		.evaluateAll((elements) =>
			elements
				.filter(
					(el) =>
						!(el instanceof HTMLAnchorElement && (el.hreflang === 'en' || /^https:/.test(el.href)))
				)
				.map((el) => el.outerHTML.slice(0, 120))
		);
	expect(english).toEqual([]);
	await expect(page.locator('tr[data-case="lmsys-96xh100-decode"] th')).toContainText(
		'解码，2K 上下文'
	);
	const notes = page.locator('.notes dd');
	// Per inference case: system, precision, tokens, measurement; a model note for LMSYS (4 cases),
	// Llama 2 (8 in v5.x, 3 in v6.0) and InferenceX's DeepSeek R1 0528 (9).
	await expect(notes).toHaveCount(43 * 4 + 15 + 9);
	const langs = await notes.evaluateAll((dds) => dds.map((dd) => dd.getAttribute('lang')));
	expect(langs.filter((lang) => lang !== 'zh-CN')).toEqual([]);
	await expect(notes.first()).toHaveText(
		'12 个 HGX H100 节点经 InfiniBand 互连（每 GPU 400 Gb/s）：每个 NVLink 域 8 个 GPU。'
	);
	await expect(page.locator('.misses li').first()).toContainText(
		/^DeepSeek-V3，B200 ×256，FP8-MX，EP8（[\d.]+×）：HGX B200 的每 GPU 实测值/
	);
});

// Chinese may break a line between any two characters, so a wide table shrinks its columns to a
// few characters: on phones the training table once stacked "MFU 53 %" and "瓶颈：算力" over three lines.
test('/validation?lang=zh keeps the short lines of the number columns whole at 390 and 1440 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/validation?lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	for (const width of [390, 1440]) {
		await resizeTo(page, width);
		const wrapped = await page.locator('table td.num .sub').evaluateAll((lines) =>
			lines
				.filter((line) => (line.textContent ?? '').trim().length <= 10)
				.filter(
					(line) =>
						line.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(line).fontSize)
				)
				.map((line) => line.textContent)
		);
		expect(wrapped, `${width} px`).toEqual([]);
	}
});

// The answer first on a phone: the class columns sit far right of a 1,200 px table, so each case
// says its class and error under its name, in the sticky case column that stays in view.
test('/validation on a phone shows every case’s class and error beside its name, scrolled or not', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/validation');
	for (const id of ['inference-cases', 'training-cases']) {
		const table = page.getByTestId(id);
		const rows = table.locator('tbody tr');
		const count = await rows.count();
		expect(count, id).toBeGreaterThan(10);
		const region = table.locator('xpath=ancestor::div[@role="region"][1]');
		for (const scrolled of [false, true]) {
			if (scrolled) await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
			const shown = await rows.evaluateAll((trs) =>
				trs.map((tr) => {
					const verdict = tr.querySelector('th [data-testid="phone-verdict"]')!;
					const box = verdict.getBoundingClientRect();
					const text = verdict.textContent ?? '';
					return {
						inView: box.width > 0 && box.left >= 0 && box.right <= window.innerWidth,
						// The same class and error as the row's own columns.
						agrees:
							text.startsWith(tr.querySelector('[data-class]')!.textContent ?? '?') &&
							text.endsWith(tr.querySelector('[data-testid="error"]')?.textContent ?? '')
					};
				})
			);
			expect(
				shown.every((row) => row.inView && row.agrees),
				`${id}${scrolled ? ', scrolled to its end' : ''}`
			).toBe(true);
		}
	}
	// On a desktop the class and error columns are in view: the line is not repeated.
	await resizeTo(page, 1440);
	await expect(page.getByTestId('phone-verdict').first()).toBeHidden();
});

for (const path of ['/validation', '/method', '/validation?lang=zh', '/method?lang=zh']) {
	test(`${path} has no axe violations`, async ({ page }) => {
		test.setTimeout(180_000); // an axe scan of these long pages took over 30 s on a busy machine
		await page.goto(path);
		await expect(page.locator('main h2').first()).toBeVisible();
		for (const details of await page.locator('details').all())
			await details.locator('summary').click();
		// The Chinese pages: what a translation can break; the English scan checks every rule.
		await expectNoAxeViolations(page, path, {
			only: path.includes('lang=zh') ? 'language' : undefined
		});
	});
}

// One load per page, looked at in both widths.
for (const path of ['/validation', '/method']) {
	test(`${path} fits 390 and 1440 px screens; wide tables scroll inside focusable regions`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 900 });
		await page.goto(path);
		await expect(page.locator('main h2').first()).toBeVisible();
		for (const width of [390, 1440]) {
			await resizeTo(page, width);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, `horizontal overflow of the page at ${width} px`).toBeLessThanOrEqual(0);
			for (const table of await page.locator('main table').all()) {
				const region = table.locator('xpath=ancestor::div[@role="region"][1]');
				await expect(region).toHaveAttribute('tabindex', '0');
				await expect(region).toHaveAttribute('aria-label', /\S/);
			}
			if (path === '/method' && width === 390) {
				// A formula wraps after a space, an operator or a hyphen, never inside a name ("kvSha" / "rds·pp",
				// helper-124): where a line ends, the character before the break says so.
				const inNames = await page.locator('.formulas code').evaluateAll((codes) =>
					codes.flatMap((code) => {
						const chars: { char: string; top: number }[] = [];
						const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode())
							for (let i = 0; i < node.textContent!.length; i++) {
								const range = document.createRange();
								range.setStart(node, i);
								range.setEnd(node, i + 1);
								const rect = range.getClientRects()[0];
								if (rect) chars.push({ char: node.textContent![i]!, top: rect.top });
							}
						return chars.flatMap((c, i) =>
							i > 0 &&
							c.top > chars[i - 1]!.top + 2 &&
							!/[\s·/,-]/.test(chars[i - 1]!.char + c.char)
								? [`${code.textContent!.slice(0, 24)}…: “${chars[i - 1]!.char}${c.char}”`]
								: []
						);
					})
				);
				expect(inNames, 'formulas broken inside a name at 390 px').toEqual([]);
			}
			if (path === '/validation' && width === 390) {
				const region = page.getByRole('region', { name: 'Inference: tokens/s per chip (table)' });
				const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
				expect(scroll).toBeGreaterThan(client);
				await region.focus();
				// Once, on a machine at load 15 with two workers, the first press after focus() did not
				// scroll (not reproduced in 6 repeats): press again until it does, or fail after 10 s.
				await expect(async () => {
					await page.keyboard.press('ArrowRight');
					expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
				}).toPass();
			}
		}
	});
}

// The serving assumptions are prose: at 390 px their "Nature, basis and sources" column ran ~53 px
// past the screen (a source held on one line, "[CM384_PAPER] published 2025-06", set its least
// width), so every line of prose was cut at the right unless the reader scrolled the table.
for (const lang of ['en', 'zh'])
	test(`/method's serving assumptions and decode step wrap inside a 390 px screen (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 900 });
		await page.goto(`/method?lang=${lang}`);
		// The decode step's Chinese share header, one unbroken phrase under keep-all, made its table
		// 344 px in 330 until it was given a bracket to wrap at.
		for (const id of ['serving-assumptions', 'decode-step']) {
			const table = page.getByTestId(id);
			await expect(table.locator('tbody tr').first()).toBeVisible();
			const [scroll, client] = await table.evaluate((el) => [
				el.parentElement!.scrollWidth,
				el.parentElement!.clientWidth
			]);
			expect(scroll, `${id} scrolls sideways`).toBeLessThanOrEqual(client);
		}
	});
