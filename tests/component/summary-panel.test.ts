import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import SummaryPanel from '../../src/lib/ui/summary/SummaryPanel.svelte';
import { setServingField } from '../../src/lib/state/scenario-edits';
import { FakeServingWorker, withServedComparison } from './fake-serving-worker';
import Harness from './Harness.svelte';

// The summary took the scenario's target beside the worker's last answer: while a target slider
// moved, "For DeepSeek-R1 / V3 at 51 tokens/s per user, …" stood over figures computed at 50.
describe('the summary while the worker computes a new target', () => {
	it('names the target its figures were computed for, then the new one once they come', async () => {
		await withServedComparison(
			({ comparison, estimates, worker }) => {
				const { container } = render(Harness, {
					props: { component: SummaryPanel, props: { comparison } }
				});
				const text = () => container.textContent!;
				expect(text()).toContain('at 50 tokens/s per user');

				setServingField(comparison, 'targetUserTokensPerS', 51);
				flushSync();
				expect(estimates.servingUpdating).toBe(true);
				expect(text()).toContain('at 50 tokens/s per user');
				expect(text()).not.toContain('at 51 tokens/s per user');

				worker.answer(2);
				flushSync();
				expect(estimates.servingUpdating).toBe(false);
				expect(text()).toContain('at 51 tokens/s per user');
			},
			(comparison) => comparison.setView('inference')
		);
	});
});

// GB300 NVL72 beside GB200 NVL72 serves at 1.00× the tokens per chip with nothing saying why: a
// reader took it for "GB300 buys nothing" or a broken tool (helper-156).
describe('the summary when a different system comes out equal', () => {
	it('says, in English and Chinese, what limits both and what they differ in', async () => {
		await withServedComparison(
			({ comparison }) => {
				const equal = (locale: 'en' | 'zh') => {
					const { container, unmount } = render(Harness, {
						props: { component: SummaryPanel, props: { comparison }, locale }
					});
					const found = [...container.querySelectorAll('[data-testid="summary-equal"]')].map(
						// Figures keep their unit on the line ("8\u00a0TB/s"): spaces here, to read.
						(node) => node.textContent!.replaceAll('\u00a0', ' ')
					);
					unmount();
					return found;
				};
				// The serving sentence and the hardware one (BF16: 2.5 PFLOP/s per chip on each).
				expect(equal('en')).toEqual([
					'GB300 NVL72 matches GB200 NVL72 per chip: both are limited by HBM bandwidth, 8 TB/s per chip on each; what they differ in (FP4 compute, HBM capacity, scale-out bandwidth, and power) does not limit it here.',
					'GB300 NVL72 matches GB200 NVL72 in BF16 compute, 2.5 PFLOP/s per chip on each; what they differ in (FP4 compute, HBM capacity, scale-out bandwidth, and power) does not enter the compute ratio.'
				]);
				expect(equal('zh')).toEqual([
					'GB300 NVL72 的单芯片吞吐与 GB200 NVL72 相当：HBM 带宽同是两者的瓶颈，每芯片均为 8 TB/s；两者的差异（FP4 算力、HBM 容量、横向扩展带宽和功耗）在此不限制单芯片吞吐。',
					'BF16 算力方面，GB300 NVL72 与 GB200 NVL72 相同，每芯片均为 2.5 PFLOP/s；两者的差异（FP4 算力、HBM 容量、横向扩展带宽和功耗）不计入算力倍数。'
				]);
			},
			(comparison) => {
				comparison.setPreset(1, 'gb300-nvl72');
				comparison.setView('inference');
			}
		);
	});

	it('says nothing for an unedited duplicate, equal as it is', async () => {
		await withServedComparison(
			({ comparison }) => {
				const { container } = render(Harness, {
					props: { component: SummaryPanel, props: { comparison } }
				});
				expect(container.textContent).toContain('1.00× the output tokens per chip');
				expect(container.querySelector('[data-testid="summary-equal"]')).toBeNull();
			},
			(comparison) => {
				comparison.setPreset(1, 'gb200-nvl72');
				comparison.setView('inference');
			}
		);
	});
});

// GB300 NVL72 took 0.792× the time of GB200 NVL72 to train, both "limited by compute" with the
// same FP8 compute per chip, and nothing said the gap was the layout each picks (helper-157).
describe('the summary when a training ratio is not the chip’s', () => {
	it('names each layout and MFU, and the HBM that let GB300 NVL72 pick its own, in en and zh', async () => {
		// Training's worker is asked after a debounce: fake timers pass it without waiting.
		vi.useFakeTimers();
		try {
			await withServedComparison(
				({ comparison }) => {
					vi.advanceTimersByTime(1000);
					FakeServingWorker.started.find((worker) => worker.trains)!.answerTraining();
					flushSync();
					const differ = (locale: 'en' | 'zh') => {
						const { container, unmount } = render(Harness, {
							props: { component: SummaryPanel, props: { comparison }, locale }
						});
						const found = [...container.querySelectorAll('[data-testid="summary-differ"]')].map(
							(node) => node.textContent!.replaceAll('\u00a0', ' ')
						);
						const headline = [...container.querySelectorAll('li[data-topic="training"]')]
							.map((li) => li.textContent!)
							.find((text) => text.includes('GB300'))!;
						unmount();
						return { found, headline };
					};
					// Four systems: CloudMatrix 384 trains in BF16 and HGX B200 has no estimate, so
					// GB300 NVL72 is the one pair limited by the same figure (model: 6,807 ÷ 5,394
					// tokens/s per chip; PP16 · EP2 needs 278.8 GB per chip, GB200 has 186 GB).
					const en = differ('en');
					// Right after the ratio it explains.
					expect(en.headline).toContain(
						'GB300 NVL72 takes 0.792× the time of GB200 NVL72, limited by compute. Both are limited by FP8 compute'
					);
					expect(en.found).toEqual([
						'Both are limited by FP8 compute, 5 PFLOP/s per chip on each; the gap is the layout each picks: GB300 NVL72 runs PP16 · EP2 at 38.4% MFU, GB200 NVL72 runs TP4 · EP64 at 30.4%; GB300 NVL72’s layout needs 279 GB of HBM per chip, and GB200 NVL72 has 186 GB.'
					]);
					expect(differ('zh').found).toEqual([
						'FP8 算力同是两者的瓶颈，每芯片均为 5 PFLOP/s；差距来自各自选用的并行布局：GB300 NVL72 用 PP16 · EP2，MFU 为 38.4%，GB200 NVL72 用 TP4 · EP64，MFU 为 30.4%；GB300 NVL72 的布局每芯片需 279 GB HBM，GB200 NVL72 只有 186 GB。'
					]);
				},
				(comparison) =>
					comparison.open(
						'v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-b200&view=training'
					)
			);
		} finally {
			vi.useRealTimers();
		}
	});
});
