import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { formatDuration, formatNumber, formatWhole } from '../../src/lib/format/number';
import { SERVING_LATENCY } from '../../src/lib/model/inference/latency';
import { evidenceFor } from '../../src/lib/model/evidence';
import { decodeScenario } from '../../src/lib/share/codec';
import { normalizeScenario } from '../../src/lib/model/normalize';
import { evaluate } from '../../src/lib/model/evaluate';
import InferenceTab from '../../src/lib/ui/tabs/InferenceTab.svelte';
import { setServingField, setServingMode } from '../../src/lib/state/scenario-edits';
import SummaryPanel from '../../src/lib/ui/summary/SummaryPanel.svelte';
import { withServedComparison } from './fake-serving-worker';
import Harness from './Harness.svelte';

import { evaluation, renderInferenceView, scenario } from './inference-view-harness';

function setup(extra: Record<string, unknown> = {}, locale: 'en' | 'zh' = 'en') {
	renderInferenceView(locale, extra);
}

describe('the "at the target speed" table', () => {
	it('shows the operating point’s time to first token, as the CSV does, not one prompt alone', () => {
		setup();
		for (const [i, slot] of ['a', 'b'].entries()) {
			const r = evaluation.inference[i]!;
			if (r.kind !== 'ok' || !r.atTarget) throw new Error('both systems serve the default');
			// The default's prompts queue in a batched prefill pass: far slower than one alone.
			expect(r.atTarget.ttftS).toBeGreaterThan(10 * r.prefill.ttftS.value);
			// 3 digits exactly, as the table writes times ("1.30 s"; trimmed it would read "1.3 s").
			const shown = screen.getByTestId(`ttft-${slot}`).textContent;
			expect(shown).toBe(formatDuration(r.atTarget.ttftS, 'en', undefined, true));
			expect(shown).toMatch(/^\d\.\d\d\u00a0s$/);
		}
	});
});

describe('the operating point’s serving mode', () => {
	it('names the pools and how many of the system’s chips the per-chip figure counts', () => {
		setup();
		const a = evaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
		const { prefillChips, decodeChips } = a.atTarget.pools;
		// GB200 NVL72 at the default: 8 prefill + 32 decode GPUs; the other 32 hold no whole
		// set of pools, and tokens per chip count the 40 in use (pools.ts).
		expect([prefillChips, decodeChips]).toEqual([8, 32]);
		expect(screen.getByTestId('serving-mode').textContent).toBe(
			`Disaggregated (separate prefill and decode pools); prefill 8 chips, decode 32 chips; 40 of the system’s 72 chips in use (whole copies only); tokens/s per chip is over these 40; co-located serving would give ${formatNumber(a.atTarget.alternatives.coLocated!, 'en')} tokens/s per chip`
		);
	});

	// "The other way gives 2,420" read as the rate over all 72 chips (~1,480), not co-located
	// serving's: the other mode is named, each way round (helper-145).
	it('names the other serving mode whose rate it gives, in English and Chinese', () => {
		const a = evaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
		const coLocated = formatNumber(a.atTarget.alternatives.coLocated!, 'zh-CN');
		setup({}, 'zh');
		const mode = screen.getByTestId('serving-mode').textContent!;
		expect(mode).toMatch(new RegExp(`；改用合并部署时单芯片为 ${coLocated} tokens/s$`));
		expect(mode).not.toContain('另一种方式');
	});

	it('names disaggregated serving where the point is co-located', () => {
		// At 10 tokens/s per user GB200 NVL72 serves co-located, disaggregated a little below.
		const slow = normalizeScenario({
			...scenario,
			serving: { ...scenario.serving, targetUserTokensPerS: 10 }
		});
		const slowEvaluation = evaluate(slow);
		const a = slowEvaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves 10 tokens/s per user');
		expect(a.atTarget.mode).toBe('co-located');
		const props = {
			evaluation: slowEvaluation,
			frontiers: slowEvaluation.inference.map((r) => (r.kind === 'ok' ? r.frontier : null)),
			target: 10
		};
		const rate = (locale: string) => formatNumber(a.atTarget!.alternatives.disaggregated!, locale);
		setup(props);
		expect(screen.getByTestId('serving-mode').textContent).toMatch(
			new RegExp(`; disaggregated serving would give ${rate('en')} tokens/s per chip$`)
		);
		cleanup();
		setup(props, 'zh');
		expect(screen.getByTestId('serving-mode').textContent).toMatch(
			new RegExp(`；改用分离部署时单芯片为 ${rate('zh-CN')} tokens/s$`)
		);
	});
	/** The default scenario with its serving mode forced, evaluated, rendered with nothing else. */
	function forcedRow(servingMode: 'co-located' | 'disaggregated') {
		const forced = normalizeScenario({
			...scenario,
			serving: { ...scenario.serving, servingMode }
		});
		const forcedEvaluation = evaluate(forced);
		const a = forcedEvaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error(`A serves the default ${servingMode}`);
		setup({
			evaluation: forcedEvaluation,
			frontiers: forcedEvaluation.inference.map((r) => (r.kind === 'ok' ? r.frontier : null))
		});
		return { point: a.atTarget, row: screen.getByTestId('serving-mode').textContent! };
	}

	// Forced to one mode, the other was never tried: the answer has no figure for it, and "co-located
	// serving does not reach the target here" would be untrue (helper-145). The row reads that from
	// the answer, not from a mode passed beside it.
	it('says nothing of co-located serving when the workload forces disaggregated', () => {
		const { point, row } = forcedRow('disaggregated');
		expect(point.alternatives).not.toHaveProperty('coLocated');
		expect(row).toMatch(/^Disaggregated \(separate prefill and decode pools\); prefill /);
		expect(row).not.toMatch(/co-located/i);
	});

	it('says nothing of disaggregated serving when the workload forces co-located', () => {
		const { point, row } = forcedRow('co-located');
		expect(point.mode).toBe('co-located');
		expect(point.alternatives).not.toHaveProperty('disaggregated');
		expect(row).toMatch(/^Co-located \(prefill and decode on the same chips\)/);
		expect(row).not.toMatch(/disaggregated/i);
	});

	// The tab passed the scenario's serving mode beside the worker's last answer: back from forced
	// disaggregated to "Best of…", the answer still shown (marked updating) had not tried
	// co-located, and the row said "co-located serving does not reach the target here" until the
	// worker answered.
	it('keeps to the answer shown while the worker computes a new serving mode', async () => {
		await withServedComparison(
			({ comparison, estimates, worker }) => {
				render(Harness, { props: { component: InferenceTab, props: { comparison } } });
				const row = () => screen.getByTestId('serving-mode').textContent!;
				expect(row()).toMatch(/^Disaggregated /);
				expect(row()).not.toMatch(/co-located/i);
				setServingMode(comparison, 'auto');
				flushSync();
				// The forced answer stands, marked updating, under a scenario that now says "auto".
				expect(comparison.scenario.serving.servingMode).toBe('auto');
				expect(estimates.servingUpdating).toBe(true);
				expect(row()).not.toMatch(/co-located/i);
				// The worker's answer for "auto" tried both: now the row names co-located's rate.
				worker.answer(2);
				flushSync();
				expect(estimates.servingUpdating).toBe(false);
				const a = estimates.evaluation.inference[0]!;
				if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
				const rate = formatNumber(a.atTarget.alternatives.coLocated!, 'en');
				expect(row()).toMatch(
					new RegExp(`; co-located serving would give ${rate} tokens/s per chip$`)
				);
			},
			(comparison) => setServingMode(comparison, 'disaggregated')
		);
	});
});

// The tab passed the scenario's target beside the worker's last answer: while a target slider
// moved, the headline said "At 51 tokens/s per user" over figures computed at 50, until the worker
// answered. The sentences quoting figures name the target the answer carries; the chart's line
// follows the slider at once (feedback for the drag).
describe('the headline while the worker computes a new target', () => {
	it('names the target its figures were computed for, then the new one once they come', async () => {
		await withServedComparison(({ comparison, estimates, worker }) => {
			const { container } = render(Harness, {
				props: { component: InferenceTab, props: { comparison } }
			});
			const headline = () => screen.getByTestId('inference-headline').textContent!;
			const caption = () => screen.getByTestId('at-target').querySelector('caption')!.textContent;
			const line = () => container.querySelector('.target-label')!.textContent;
			expect(comparison.scenario.serving.targetUserTokensPerS).toBe(50);
			expect(headline()).toMatch(/^At 50 tokens\/s per user, /);

			setServingField(comparison, 'targetUserTokensPerS', 51);
			flushSync();
			// The answer for 50 stands, marked updating: its sentences say 50, the line is at 51.
			expect(estimates.servingUpdating).toBe(true);
			expect(estimates.evaluation.atTarget.targetUserTokensPerS).toBe(50);
			expect(headline()).toMatch(/^At 50 tokens\/s per user, /);
			expect(headline()).not.toContain('51');
			expect(caption()).toBe('At the target speed, 50 tokens/s per user (p99; a mean of 60).');
			expect(line()).toBe('target 51 tok/s p99 ≈ 61.2 mean');

			worker.answer(2);
			flushSync();
			expect(estimates.servingUpdating).toBe(false);
			expect(headline()).toMatch(/^At 51 tokens\/s per user, /);
			expect(caption()).toBe('At the target speed, 51 tokens/s per user (p99; a mean of 61.2).');
		});
	});
});

// "GB300 NVL72 is modelled at 1.00× GB200 NVL72 per chip" said no why, where the summary did
// (helper-157): the headline now says it in the summary's words, from the same whyEqual.
describe('the headline when a different system comes out equal', () => {
	it('says what limits both and what they differ in, as the summary does, in en and zh', async () => {
		await withServedComparison(
			async ({ comparison }) => {
				const said = async (locale: 'en' | 'zh') => {
					const text = async (component: typeof InferenceTab | typeof SummaryPanel, id: string) => {
						const { container, unmount } = render(Harness, {
							props: { component, props: { comparison }, locale }
						});
						// The headline takes the words from the summary's chunk, loaded as it mounts.
						const found = await vi.waitFor(
							() => container.querySelector(`[data-testid="${id}"]`)!.textContent!
						);
						const lines = [
							...container.querySelectorAll('[data-testid="inference-headline"] li')
						].map((li) => ({
							text: li.textContent!,
							why: li.querySelector('[data-testid="headline-equal"]')
						}));
						unmount();
						return { found: found.replaceAll('\u00a0', ' '), lines };
					};
					const inference = await text(InferenceTab, 'headline-equal');
					const summary = await text(SummaryPanel, 'summary-equal');
					expect(inference.found).toBe(summary.found);
					return inference;
				};
				const en = await said('en');
				expect(en.found).toBe(
					'GB300 NVL72 matches GB200 NVL72 per chip: both are limited by HBM bandwidth, 8 TB/s per chip on each; what they differ in (FP4 compute, HBM capacity, scale-out bandwidth, and power) does not limit it here.'
				);
				// After the ratio it explains, in the same line; none for CloudMatrix 384, at 0.2× or so.
				expect(en.lines[0]!.text).toMatch(
					/^At 50 tokens\/s per user, GB300 NVL72 is modelled at 1\.00× GB200 NVL72 per chip \(.*\)\. GB300 NVL72 matches GB200 NVL72 per chip: /
				);
				expect(en.lines[1]!.text).toMatch(/CloudMatrix 384 is modelled at 0\.\d+×/);
				expect(en.lines[1]!.why).toBeNull();
				expect((await said('zh')).found).toBe(
					'GB300 NVL72 的单芯片吞吐与 GB200 NVL72 相当：HBM 带宽同是两者的瓶颈，每芯片均为 8 TB/s；两者的差异（FP4 算力、HBM 容量、横向扩展带宽和功耗）在此不限制单芯片吞吐。'
				);
			},
			(comparison) =>
				comparison.open('v=1&a=gb200-nvl72&b=gb300-nvl72&c=cloudmatrix-384&view=inference')
		);
	});
});

describe('the frontier chart’s target line', () => {
	it('is drawn at the mean the p99 target needs, where the operating point is, and says so', () => {
		setup();
		const a = evaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
		// 50 tokens/s per user at p99 is a mean of 50 × 1.2 = 60: the operating point sits there.
		expect(SERVING_LATENCY.tpotTailRatio).toBe(1.2);
		expect(a.atTarget.userTokensPerS / 60).toBeCloseTo(1, 2);
		const chart = screen.getAllByRole('application')[0]!;
		const line = chart.querySelector('line.target')!;
		const ring = chart.querySelector('circle.selected')!;
		// On a log axis 50 and 60 are ~12 px apart at the default width: the line is at the ring.
		expect(
			Math.abs(Number(line.getAttribute('x1')) - Number(ring.getAttribute('cx')))
		).toBeLessThan(1);
		expect(chart.querySelector('.target-label')!.textContent).toBe('target 50 tok/s p99 ≈ 60 mean');
		expect(screen.getByTestId('chart-note').textContent).toMatch(
			/The curves are mean speeds per user\. The target of 50 tokens\/s per user is a 99th-percentile bound: with the p99 time per token taken as 1\.2× the mean, it needs a mean of 60 tokens\/s per user\./
		);
	});

	it('gives the target as set, as the headline does (a claim opens at 15.68, not "15.7")', () => {
		setup({ target: 15.68 });
		const chart = screen.getAllByRole('application')[0]!;
		// The mean it needs, 15.68 × 1.2 = 18.816, is a model figure: 3 digits, as every other.
		expect(chart.querySelector('.target-label')!.textContent).toBe(
			'target 15.68 tok/s p99 ≈ 18.8 mean'
		);
		expect(screen.getByTestId('chart-note').textContent).toContain(
			'The target of 15.68 tokens/s per user'
		);
	});

	it('is labelled in Chinese too', () => {
		setup({}, 'zh');
		const chart = screen.getAllByRole('application')[0]!;
		expect(chart.querySelector('.target-label')!.textContent).toBe(
			'目标 p99 50 tokens/s ≈ 均值 60'
		);
		expect(screen.getByTestId('chart-note').textContent).toMatch(/第 99 百分位.*1\.2 倍.*平均 60/);
		// Clauses the view joins itself take full-width punctuation ("…; …" read as a typo).
		const mode = screen.getByTestId('serving-mode').textContent!;
		expect(mode).toContain('；');
		expect(mode).not.toContain(';');
	});
});

describe('the frontier chart’s arrow keys from the ringed operating point', () => {
	const a = evaluation.inference[0]!;
	if (a.kind !== 'ok' || !a.atTarget) throw new Error('A serves the default workload');
	const ring = a.atTarget.userTokensPerS;
	/** Tokens/s per user of the point the readout shows. */
	const shownSpeed = () => {
		const dd = screen.getByTestId('readout').querySelector('dd')!;
		return Number(dd.textContent!.replaceAll(',', ''));
	};

	it('go right to the next faster point', async () => {
		// The ring's batch is solved for the target, off the batch grid, and joins the frontier
		// (so the table and the curve hold the headline's figure): the next point is past it.
		expect(a.frontier.some((p) => p.userTokensPerS === ring)).toBe(true);
		const faster = a.frontier.find((p) => p.userTokensPerS > ring)!;
		setup();
		const chart = screen.getAllByRole('application')[0]!;
		await fireEvent.keyDown(chart, { key: 'ArrowRight' });
		expect(shownSpeed()).toBe(Number(faster.userTokensPerS.toPrecision(3)));
		expect(shownSpeed()).toBeGreaterThan(ring);
	});

	it('go left to the next slower point', async () => {
		const slower = a.frontier.findLast((p) => p.userTokensPerS < ring)!;
		setup();
		const chart = screen.getAllByRole('application')[0]!;
		await fireEvent.keyDown(chart, { key: 'ArrowLeft' });
		expect(shownSpeed()).toBe(Number(slower.userTokensPerS.toPrecision(3)));
		expect(shownSpeed()).toBeLessThan(ring);
	});
});

describe('the maths of the point at the target', () => {
	it('checks the step time from the terms shown, and writes counts whole', async () => {
		setup();
		// jsdom does not toggle <details> on a click: open it as the browser would.
		const details = screen
			.getByText('Show the math of the point at the target')
			.closest('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const maths = screen.getAllByTestId('formula');
		const step = maths.find((m) => m.textContent!.startsWith('Time per decode step'))!;
		// The terms give back the value (✓), and the note names what the arithmetic does not.
		expect(step.querySelector('.check')).toBeTruthy();
		expect(step.textContent).toMatch(/low = max\(.+\) \+ .+; high = /);
		expect(step.textContent).toMatch(/softwareFraction = 0\.\d+/);
		const { inputTokens, outputTokens } = scenario.serving;
		const perChip = maths.find((m) => m.textContent!.includes('outputTokens ×'))!;
		expect(perChip.textContent).toContain(formatWhole(inputTokens, 'en'));
		expect(perChip.textContent).toContain(formatWhole(outputTokens, 'en'));
		// TTFT names its prompt and the layout it is timed on.
		const ttft = maths.find((m) => m.textContent!.startsWith('Time to first token of one'))!;
		expect(ttft.textContent).toContain(
			`one ${formatWhole(inputTokens, 'en')}-token prompt alone, on the fastest layout (`
		);
		expect(ttft.textContent).toMatch(/chips: TP\d+ · EP\d+/);
		expect(ttft.textContent).toMatch(/^[^=]*ttftS = low/);
	});
});

describe('published measurements on the frontier', () => {
	// The default scenario serves DeepSeek-R1 at 1,024 in / 1,024 out; CloudMatrix-Infer's decode
	// points were measured at 4,096 / 256 (one at 1,024 / 1,024).
	const evidence = evidenceFor(scenario);

	it('say which were measured at another workload than the curves are drawn for', () => {
		const cm384 = evidence.filter((e) => e.case.id.startsWith('cm384-infer-decode'));
		expect(cm384.map((e) => [e.case.inputTokens, e.case.outputTokens])).toContainEqual([4096, 256]);
		renderInferenceView('en', { showEvidence: true, evidence });
		const items = [...screen.getByTestId('evidence').querySelectorAll('li')].map(
			(li) => li.textContent ?? ''
		);
		const other = items.filter((t) => t.includes('decode, 4096/256'));
		expect(other.length).toBeGreaterThan(0);
		for (const text of other)
			expect(text).toContain('(at 4,096 tokens in / 256 out; the curves are for 1,024 / 1,024):');
		const same = items.find((t) => t.includes('decode, 1024/1024'))!;
		expect(same).not.toContain('the curves are for');
		// Beside each diamond its number in the list (an ordered list), the label in full on hover:
		// fourteen labels written out beside their points piled up and ran off the plot (helper-124).
		expect(screen.getByTestId('evidence').querySelector('ol')).not.toBeNull();
		const drawn = [...document.querySelectorAll('g.evidence')].map((g) => ({
			number: Number(g.querySelector('text')!.textContent),
			title: g.querySelector('title')!.textContent!
		}));
		expect(drawn.length).toBeGreaterThan(0);
		for (const { number, title } of drawn) {
			const item = items[number - 1]!;
			// The hover label is the list's label, before the figures the list item adds.
			expect(item).toContain(title);
		}
		const another = drawn.find((d) => d.title.includes('decode, 4096/256, TPOT < 50 ms'))!;
		expect(another.title).toContain('the curves are for 1,024 / 1,024');
	});

	it('say so in Chinese too', () => {
		renderInferenceView('zh', { showEvidence: true, evidence });
		expect(screen.getByTestId('evidence').textContent).toContain(
			'（输入 4,096 / 输出 256 tokens；曲线对应输入 1,024 / 输出 1,024）'
		);
	});

	// InferenceX's GB200 NVL72 deployments ran at the speed shown (a median), not held to a bound.
	it('give a speed measured as run, a bound as “≥”', () => {
		const gb200 = evidence.filter((e) => e.case.id.startsWith('inferencex-dsr1-gb200-nvl72-'));
		expect(gb200.length).toBe(4);
		renderInferenceView('en', { showEvidence: true, evidence });
		const items = [...screen.getByTestId('evidence').querySelectorAll('li')].map(
			(li) => li.textContent ?? ''
		);
		const mean = items.filter((t) => t.trim().startsWith('InferenceX DeepSeek-R1'));
		expect(mean).toHaveLength(4);
		for (const text of mean) {
			expect(text).toMatch(/at [\d.,]+ tokens\/s per user as run \(not a bound\);/);
			expect(text).not.toContain('≥');
		}
		// CloudMatrix-Infer's decode pool ran at a measured mean TPOT under its bound, as well.
		const pool = items.filter((t) => t.trim().startsWith('CloudMatrix-Infer DeepSeek-R1 decode'));
		expect(pool.length).toBeGreaterThan(0);
		for (const text of pool)
			expect(text).toMatch(/at [\d.,]+ tokens\/s per user as run \(not a bound\);/);
		cleanup();
		// MLPerf's server runs were held to a 99th-percentile TPOT bound: "≥".
		const { scenario: llama } = decodeScenario('v=1&a=hgx-b200&b=gb200-nvl72&llm=llama-3.1-405b');
		renderInferenceView('en', { showEvidence: true, evidence: evidenceFor(llama) });
		const bound = [...screen.getByTestId('evidence').querySelectorAll('li')]
			.map((li) => li.textContent ?? '')
			.filter((t) => t.includes('server'));
		expect(bound.length).toBeGreaterThan(0);
		for (const text of bound) expect(text).toMatch(/at ≥ [\d.,]+ tokens\/s per user;/);
	});
});

describe('the frontier chart’s axes', () => {
	const tickTexts = (chart: Element) =>
		[...chart.querySelectorAll('g.grid text')].map((t) => t.textContent ?? '');

	it('hold their decades while the frontiers fit in them', () => {
		setup();
		const chart = screen.getAllByRole('application')[0]!;
		expect(tickTexts(chart)).toEqual(expect.arrayContaining(['1', '1,000', '100,000']));
		expect(tickTexts(chart)).not.toContain('0.1');
	});

	it('widen by a decade to show a frontier slower than 1 token/s per user, not pin it to the edge', () => {
		const a = evaluation.inference[0]!;
		if (a.kind !== 'ok' || !a.frontier) throw new Error('A serves the default workload');
		// A's frontier ten times slower per user: its slowest points fall below 1 token/s per user.
		const slower = a.frontier.map((p) => ({ ...p, userTokensPerS: p.userTokensPerS / 10 }));
		expect(Math.min(...slower.map((p) => p.userTokensPerS))).toBeLessThan(1);
		setup({ frontiers: [slower, null] });
		const chart = screen.getAllByRole('application')[0]!;
		expect(tickTexts(chart)).toContain('0.1');
		// The slowest point (the line's first) is drawn right of the axis's start, where its value is;
		// clamped, it sat on the start, at 1 token/s per user.
		const d = chart.querySelector('g.series-a path.line')!.getAttribute('d')!;
		const slowestX = Number(/^M([\d.]+),/.exec(d)![1]);
		const verticals = [...chart.querySelectorAll('g.grid line')].filter(
			(l) => l.getAttribute('x1') === l.getAttribute('x2')
		);
		const start = Math.min(...verticals.map((l) => Number(l.getAttribute('x1'))));
		expect(slowestX).toBeGreaterThan(start + 1);
	});
});

describe('an FP4 result', () => {
	it('says FP4 throughput is not answer quality, with its sources, and only when a system serves FP4', () => {
		setup();
		expect(screen.queryByTestId('fp4-quality')).toBeNull();
		cleanup();
		const fp4 = evaluate(
			normalizeScenario({
				...scenario,
				serving: { ...scenario.serving, weightPrecision: 'fp4', computePrecision: 'fp4' }
			})
		);
		renderInferenceView('en', {
			evaluation: fp4,
			frontiers: fp4.inference.map((r) => (r.kind === 'ok' ? r.frontier : null))
		});
		const note = screen.getByTestId('fp4-quality');
		// llm-compressor #2936: 61% → 30% in NVFP4 (41% with GPTQ, 54% in GPTQ INT4); #3001:
		// 92–101% of BF16 on GSM8K Platinum.
		expect(note.textContent).toContain('fell from 61% to 30% on a maths test in NVFP4');
		expect([...note.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
			'https://github.com/vllm-project/llm-compressor/issues/2936',
			'https://github.com/vllm-project/llm-compressor/issues/3001'
		]);
		// Joined by each language's own gaps: a space in English, none in Chinese.
		expect(note.textContent).toContain('on GSM8K Platinum. Sources: llm-compressor #2936');
		cleanup();
		renderInferenceView('zh', {
			evaluation: fp4,
			frontiers: fp4.inference.map((r) => (r.kind === 'ok' ? r.frontier : null))
		});
		expect(screen.getByTestId('fp4-quality').textContent).toContain(
			'92–101%。来源：llm-compressor #2936'
		);
	});
});
