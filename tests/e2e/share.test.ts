import { MODEL_VERSION } from '../../src/lib/model/version';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageSettled } from '../../scripts/page-settled';

test('diff: paste a second link and see which assumptions differ and how results move', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	await page.getByText('Compare with another link').click();
	await page
		.getByLabel('Link or query to compare')
		.fill('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.bf16_tflops=752&b.chips=400');
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page.getByText('Assumptions that differ')).toBeVisible();
	await expect(
		page.getByRole('row', {
			name: /BF16 dense compute per chip.*b\.bf16_tflops 780 TFLOP\/s 752 TFLOP\/s/
		})
	).toBeVisible();
	await expect(
		page.getByRole('row', { name: /Chips per system.*b\.chips 384 chips 400 chips/ })
	).toBeVisible();
	await page.getByRole('button', { name: 'Open the pasted scenario' }).click();
	await expect(page).toHaveURL(/b\.chips=400/);
});

test('exports a chart as SVG with the model-estimate stamp and the link', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384');
	const figure = page.locator('figure', { hasText: 'Ratios at a glance' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /SVG/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('rackscale-ratios.svg');
	const path = await download.path();
	const svg = (await import('node:fs')).readFileSync(path!, 'utf8');
	expect(svg).toContain('model estimate, not a measurement');
	expect(svg).toContain('a=gb200-nvl72');
	// It stands alone: the reference named, and a legend for the bars (it had neither).
	// (Names are isolated, U+2068 … U+2069, as in the frontier's legend.)
	expect(svg).toContain('ratio to A: \u2068GB200 NVL72\u2069 on a log scale');
	expect(svg).toContain('B: \u2068CloudMatrix 384\u2069');
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /PNG/ }).click()
	]);
	expect(png.suggestedFilename()).toBe('rackscale-ratios.png');
});

test('downloads the results as CSV and JSON, and imports the JSON back', async ({ page }) => {
	await page.goto('/?v=1&a=hgx-h100&b=hgx-b200');
	// The training worker has answered (the summary quotes it on every view).
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const text = (await import('node:fs')).readFileSync((await csv.path())!, 'utf8');
	expect(csv.suggestedFilename()).toBe('rackscale-hardware.csv');
	expect(text).toMatch(/^# Rackscale model estimates, not measurements/);
	// 8 × 80 GB = 640 GB; 8 × 180 GB = 1,440 GB (the hardware view's table, in SI units)
	expect(text).toMatch(/\nHGX H100[^,\n]*,,hbm_capacity,640000000000,B\n/);
	expect(text).toMatch(/\nHGX B200[^,\n]*,,hbm_capacity,1440000000000,B\n/);
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click()
	]);
	const jsonPath = (await json.path())!;
	// The worker's training answers are in it, as the CLI prints them (they were always null).
	const report = JSON.parse((await import('node:fs')).readFileSync(jsonPath, 'utf8'));
	for (const system of report.systems) {
		expect(system.training, system.name).not.toBeNull();
		expect(['ok', 'unavailable']).toContain(system.training.status);
	}
	await page.goto('/');
	await page.locator('input[type=file]').setInputFiles(jsonPath);
	// The file's link is what is read; an export as written agrees with it (review item 2).
	await expect(
		page.getByText('Scenario imported from the link in the file', { exact: true })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: /System B: HGX B200/ })).toBeVisible();
});

test('a link made with an older model version says so once, and whether its results moved', async ({
	page
}) => {
	await page.goto('/?v=1&m=0&a=gb200-nvl72');
	await expect(
		page.getByText('This link names model version 0, which this app does not know')
	).toBeVisible();
	// The note says it, in place of the codec's notice (helper-88: the two read as contradicting).
	await expect(page.getByText('results now come from version')).toHaveCount(0);
	// Versions 13 to 18 moved Kyber and Helios, TPUs, pinned layouts and switch chips, none of them
	// in the default comparison; 19 changed formulas every scenario goes through, 20 every
	// scenario that may disaggregate or drafts, as the defaults do, 21 and 22 every scenario
	// serving a preset with an output head, as DeepSeek-R1 is, and 23 those too (its embedding table
	// in training memory) and every one that drafts. The note lists 19 to 23, once each,
	// and the codec's notice does not repeat them. (Its "as they were" wording for a link no release
	// touches is a component test: since 19, no older link is untouched.)
	await page.goto('/?v=1&m=12&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3');
	const note = page.getByTestId('model-change');
	await expect(note).toContainText('Results differ from when this link was made');
	// Five releases wait behind one line (helper-132: a version-1 link's 13 pushed the answer three
	// phone screens down).
	await expect(note.getByRole('listitem')).toHaveCount(0);
	await note.getByText('Show the 5 releases').click();
	await expect(note.getByRole('listitem')).toHaveCount(5);
	await expect(note.getByRole('listitem').first()).toContainText('Version 19');
	await expect(note.getByRole('listitem').nth(1)).toContainText('Version 20');
	await expect(note.getByRole('listitem').nth(2)).toContainText('Version 21');
	await expect(note.getByRole('listitem').nth(3)).toContainText('Version 22');
	await expect(note.getByRole('listitem').last()).toContainText('Version 23');
	await expect(page.getByText(`results now come from version ${MODEL_VERSION}`)).toHaveCount(0);
});

test('the CSV holds the open view: the frontier points on the inference view, rounded as shown', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference');
	await expect(page.getByTestId('inference-headline')).toBeVisible();
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('rackscale-inference.csv');
	const text = (await import('node:fs')).readFileSync((await csv.path())!, 'utf8');
	expect(text).toContain('View: LLM inference.');
	expect(text).toMatch(
		/# Workload: .*DeepSeek-R1.*1,024 input and 1,024 output tokens.*50 tokens\/s per user/
	);
	const rows = text.split('\n').filter((line) => /,frontier point \d+,/.test(line));
	expect(rows.filter((line) => line.startsWith('GB200 NVL72,')).length).toBeGreaterThan(3 * 5);
	// Rounded to the 3 significant digits the page shows: no float noise in any value.
	const speeds = rows.map((line) => line.split(',')).filter((fields) => fields[4] === 'tokens/s');
	expect(speeds.length).toBeGreaterThan(10);
	for (const [, , , value] of speeds)
		expect(Number(Number(value).toPrecision(3)), value).toBe(Number(value));
});

/** The open view's CSV, downloaded as a reader would. */
async function downloadCsv(page: Page) {
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	return (await import('node:fs')).readFileSync((await csv.path())!, 'utf8').split('\n');
}

test('the energy and reliability CSVs hold the power envelope and the component counts the views show', async ({
	page
}) => {
	// The review: both were on the page and not in the file.
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.n_optics=100&view=energy');
	const gb200 = page.getByTestId('envelope-table').getByRole('row', { name: /GB200 NVL72/ });
	// 574 racks of 72 chips in 100 MW, drawing 99.9 MW, 110 M output tokens/s at the target.
	await expect(gb200).toContainText('574');
	await expect(gb200).toContainText('41,328');
	await expect(gb200).toContainText('99.9 MW');
	await expect(gb200).toContainText('110 M');
	const energy = await downloadCsv(page);
	const envelope = 'GB200 NVL72,power envelope (facility power budget)';
	expect(energy).toContain(`${envelope},systems_that_fit,574,systems`);
	expect(energy).toContain(`${envelope},chips,41328,chips`);
	expect(energy).toContain(`${envelope},facility_power_drawn,99900000,W`);
	expect(energy).toContain(`${envelope},output_tokens_per_s,110000000,tokens/s`);

	await page.getByRole('tab', { name: 'Reliability' }).click();
	// The components table's counts: the CloudMatrix optics as edited in the link.
	const optics = page.getByTestId('inventory-table').getByRole('row', { name: /Optical/ });
	await expect(optics.getByRole('textbox').last()).toHaveValue('100');
	const reliability = await downloadCsv(page);
	expect(reliability).toContain('GB200 NVL72,,accelerators_per_system,72,count');
	expect(reliability).toContain('GB200 NVL72,,hbm_stacks_per_system,576,count');
	expect(reliability).toContain('CloudMatrix 384,,optical_transceivers_per_system,100,count');
});

test('an exported frontier chart names its workload under the title', async ({ page }) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference&in_tokens=8192');
	const figure = page.locator('figure', { has: page.locator('.series-b') }).first();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /SVG/ }).click()
	]);
	const svg = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
	expect(svg).toContain('Workload: DeepSeek-R1');
	// Wherever the caption wraps (its lines are joined back with a space here).
	expect(svg.replace(/<\/text>\s*<text[^>]*>/g, ' ')).toContain(
		'8,192 input and 1,024 output tokens'
	);
});

test('an exported scale chart has its title and the training workload (helper-88)', async ({
	page
}) => {
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=training');
	const figure = page.locator('figure', { hasText: 'Scaling: throughput per chip' });
	// The curves come from the training worker: export once they are drawn.
	await expect(figure.locator('svg[role=application] path').first()).toBeAttached();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /SVG/ }).click()
	]);
	const svg = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
	expect(svg).toContain('Scaling: throughput per chip against total chips');
	// The training view's defaults: FP8, batches of 16,777,216 tokens (4,096 × 4,096).
	expect(svg).toContain('Training DeepSeek-R1 / V3 in FP8; global batch 16,777,216 tokens');
	// Asked for FP4, Hopper trains in FP8: the picture says so, as the page does (helper-90).
	await page.goto('/?v=1&a=gb200-nvl72&b=hgx-h100&view=training&t.prec=fp4');
	await expect(figure.locator('svg[role=application] path').first()).toBeAttached();
	const [fp4] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /SVG/ }).click()
	]);
	const fp4Svg = (await import('node:fs')).readFileSync((await fp4.path())!, 'utf8');
	expect(fp4Svg.replace(/<\/text>\s*<text[^>]*>/g, ' ')).toMatch(
		/in FP4;.*\(HGX H100[^)]*\): FP8\)/
	);
});

/**
 * The frame's own lines of an exported SVG (title, caption, legend, stamp, link) as the browser
 * draws them, in the fonts the PNG is drawn with: any that ends past the right margin or runs into
 * the next legend entry's swatch, and every line's text.
 */
async function drawnFrame(page: Page, svg: string) {
	const blank = await page.context().newPage();
	const drawn = await blank.evaluate((markup) => {
		const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
		const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
		document.body.append(root);
		const width = Number(root.getAttribute('width'));
		const swatches = [...root.querySelectorAll(':scope > rect[width="14"]')].map((rect) => ({
			x: Number(rect.getAttribute('x')),
			y: Number(rect.getAttribute('y'))
		}));
		const problems: string[] = [];
		const texts = [...root.querySelectorAll(':scope > text')] as SVGTextElement[];
		for (const text of texts) {
			const box = text.getBBox();
			const right = box.x + box.width;
			if (right > width - 16 + 0.5)
				problems.push(`${text.textContent} ends at ${right} of ${width}`);
			for (const swatch of swatches)
				if (Math.abs(swatch.y + 9.5 - Number(text.getAttribute('y'))) < 1 && swatch.x > box.x)
					if (right >= swatch.x)
						problems.push(`${text.textContent} runs into the swatch at ${swatch.x}`);
		}
		return { problems, text: texts.map((text) => text.textContent ?? '').join('') };
	}, svg);
	await blank.close();
	return drawn;
}

async function exportedSvg(page: Page) {
	await page.waitForFunction(pageSettled, null, { timeout: 60_000 });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('.chart-export').first().getByRole('button').nth(1).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.svg$/);
	return (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
}

test('an exported chart keeps Chinese names, caption and link inside the frame, as drawn', async ({
	page
}) => {
	// Long Chinese names: their legend entries had overlapped, the encoded link run off the edge.
	const names = ['英伟达机架级系统第二号测试机柜', '华为昇腾超节点集群系统第一号机柜'];
	await page.goto(
		`/?v=1&a=gb200-nvl72&a.name=${names[0]}&b=cloudmatrix-384&b.name=${names[1]}&c=tpu7x-pod&d=hgx-b200&lang=zh`
	);
	const ratios = await drawnFrame(page, await exportedSvg(page));
	expect(ratios.problems).toEqual([]);
	for (const name of names) {
		expect(ratios.text).toContain(name);
		expect(ratios.text).toContain(encodeURIComponent(name));
	}
	expect(ratios.text).toContain('lang=zh');
	// A Chinese caption had never wrapped: it ran off the right edge at "目标单用户 50 tokens".
	await page.goto('/?v=1&a=gb200-nvl72&b=cloudmatrix-384&view=inference&lang=zh');
	const frontier = await drawnFrame(page, await exportedSvg(page));
	expect(frontier.problems).toEqual([]);
	expect(frontier.text).toContain('目标单用户');
	expect(frontier.text).toContain('50 tokens/s');
});
