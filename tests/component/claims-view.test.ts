import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ClaimsView from '../../src/lib/ui/claims/ClaimsView.svelte';
import {
	CHECKS as checks,
	EFFICIENCY_SERIES as series,
	HUAWEI_1_7X as huawei,
	NVIDIA_30X as nvidia,
	edgeAt,
	stepsAt
} from '../fixtures/claim-checks';

describe('claim cards', () => {
	it('say why a claim has no modelled ratio, on the card, in both languages', () => {
		const nvidia = checks.filter((c) => c.claim.id === 'nvidia-30x');
		expect(nvidia[0]!.modelled).toBeNull();
		// 72 H100 as nine boards: the preset's name says 8, the card says what it compares.
		expect(nvidia[0]!.scenario.systems[0]!.chips).toBe(72);
		const h100 = 'HGX H100 (72 GPU)';
		const { unmount } = render(Harness, {
			props: { component: ClaimsView, props: { checks: nvidia, onopen: () => {} } }
		});
		const why = screen.getAllByTestId('claim-why').map((e) => e.textContent?.trim());
		expect(why).toHaveLength(1);
		expect(why[0]!.startsWith(`${h100}: the target of 20 tokens/s per user`)).toBe(true);
		expect(why[0]).toMatch(
			/\(p99; a mean of 24\) is above the fastest modelled mean speed, 18\.8 tokens\/s per user\./
		);
		// The figure itself is the nearest reading ("—" alone read as no answer), its speed beside
		// it: a bare 33.0× beside the claimed 30× read as a confirmation at the claim's speed.
		expect(screen.getByTestId('claim-nearest').textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'33.0× at 15.68 tokens/s per user, not the claim’s 20'
		);
		expect(screen.getByTestId('claim-ratio').textContent).toMatch(
			/^Output tokens\/s per chip at 15\.68 tokens\/s per user/
		);
		// And the nearest reading a reader can quote, with its speeds (claims-check.test.ts).
		expect(screen.getByTestId('claim-edge').textContent?.trim()).toBe(
			'Nearest reading: 33.0× at a target of 15.68 tokens/s per user (p99; a mean of 18.8, the fastest both systems reach). At slower targets (tokens/s per user): 8.38× at 14.90 and 3.10× at 12.54. The ratio is steep at that edge: quote it with its speed.'
		);
		// The answer, quotable alone: not checkable as claimed, and 33.0× just under H100's limit
		// is not a confirmation, as the ratio falls fast below it (claim-verdict.test.ts).
		expect(screen.getByTestId('claim-verdict').textContent?.trim()).toBe(
			'Verdict: not checkable as claimed: in the model HGX H100 (72 GPU) cannot reach the claim’s 20 tokens/s per user. Just under that limit the ratio is 33.0× at 15.68 tokens/s per user, within 1.25× of the claimed 30×, but it falls fast below it (8.38× at 14.90 and 3.10× at 12.54): the model does not confirm the claim.'
		);
		expect(screen.getByTestId('claim-verdict').dataset.verdict).toBe('caveat');
		// What makes the ratio, at that speed (helper-88: the card never said).
		expect(screen.getByTestId('claim-bounds').textContent?.trim()).toBe(
			'What limits each where the ratio is read: GB200 NVL72, HBM bandwidth; HGX H100 (72 GPU), HBM bandwidth.'
		);
		unmount();
		render(Harness, {
			props: { component: ClaimsView, locale: 'zh', props: { checks: nvidia, onopen: () => {} } }
		});
		expect(screen.getByTestId('claim-why').textContent).toMatch(
			/^HGX H100 \(72 GPU\)：.*高于模型估算的最快均值速度 18\.8 tokens\/s。/
		);
		expect(screen.getByTestId('claim-nearest').textContent).toMatch(
			/33\.0×\s*对应单用户 15\.68 tokens\/s，而非宣称的 20$/
		);
		expect(screen.getByTestId('claim-bounds').textContent?.trim()).toBe(
			'读取该比值处各自的瓶颈：GB200 NVL72（HBM 带宽）；HGX H100 (72 GPU)（HBM 带宽）。'
		);
		expect(screen.getByTestId('claim-verdict').textContent?.trim()).toBe(
			'结论：无法按宣称的条件核对：按模型，HGX H100 (72 GPU) 达不到宣称的单用户 20 tokens/s。在该上限之下，单用户 15.68 tokens/s 时比值为 33.0×，与宣称的 30× 相差在 1.25× 以内，但速度再低便迅速下降（14.90 时为 8.38×、12.54 时为 3.10×）：模型不能证实该说法。'
		);
		expect(screen.getByTestId('claim-edge').textContent).toMatch(
			/^最接近的读数：目标为单用户 15\.68 tokens\/s（p99；均值 18\.8，即两个系统都能达到的最高速度）时为 33.0×。更低的目标下（单用户 tokens\/s）：14\.90 时为 8\.38×、12\.54 时为 3\.10×。/
		);
	});

	it('show no reason beside a modelled ratio', () => {
		render(Harness, {
			props: {
				component: ClaimsView,
				props: { checks: checks.filter((c) => c.modelled !== null), onopen: () => {} }
			}
		});
		expect(screen.queryAllByTestId('claim-why')).toHaveLength(0);
		expect(screen.queryAllByTestId('claim-edge')).toHaveLength(0);
	});

	// Every kind of verdict and class, in both languages: what a reader may quote alone.
	it.each([
		[
			'a modelled ratio within 1.25× (1.664 ÷ 1.7)',
			huawei,
			'agrees',
			'Verdict: the cited per-chip figures give 1.66× against the claimed 1.7×, within 1.25× (BF16 dense compute only).',
			'结论：按引用的单芯片数据计算为 1.66×，宣称 1.7×，相差在 1.25× 以内（仅核对：BF16 稠密算力）。'
		],
		[
			'one within 2× (1.7 ÷ 1.1 = 1.55)',
			{ ...huawei, modelled: 1.1 },
			'caveat',
			'Verdict: the cited per-chip figures give 1.10× against the claimed 1.7×, 1.55× apart: beyond 1.25×, within 2× (BF16 dense compute only).',
			'结论：按引用的单芯片数据计算为 1.10×，宣称 1.7×，相差 1.55×：超过 1.25×，但在 2× 以内（仅核对：BF16 稠密算力）。'
		],
		[
			'one beyond 2×, 0 included',
			{ ...huawei, modelled: 0 },
			'disagrees',
			'Verdict: the cited per-chip figures do not bear the claim out: 0× against the claimed 1.7× (BF16 dense compute only).',
			'结论：引用的单芯片数据不支持该说法：计算为 0×，宣称 1.7×（仅核对：BF16 稠密算力）。'
		],
		[
			'an edge where every reading is within 1.25×',
			edgeAt(31, [28, 25]),
			'caveat',
			'Verdict: not checkable as claimed: in the model HGX H100 (72 GPU) cannot reach the claim’s 20 tokens/s per user. At the fastest speed both systems reach and just below it, the ratio stays within 1.25× of the claimed 30× (speeds in tokens/s per user): 28.0× at 14.90 and 25.0× at 12.54.',
			'结论：无法按宣称的条件核对：按模型，HGX H100 (72 GPU) 达不到宣称的单用户 20 tokens/s。在两个系统都能达到的最高速度及略低的速度下，比值都与宣称的 30× 相差在 1.25× 以内（速度为单用户 tokens/s）：14.90 时为 28.0×、12.54 时为 25.0×。'
		],
		[
			'an edge with no reading within 1.25×',
			edgeAt(100, [40, 30]),
			'disagrees',
			'Verdict: not checkable as claimed: in the model HGX H100 (72 GPU) cannot reach the claim’s 20 tokens/s per user. At the fastest speed both systems reach, 15.68 tokens/s per user, the model gives 100× against the claimed 30×.',
			'结论：无法按宣称的条件核对：按模型，HGX H100 (72 GPU) 达不到宣称的单用户 20 tokens/s。在两个系统都能达到的最高速度（单用户 15.68 tokens/s）下，模型估算为 100×，宣称为 30×。'
		],
		[
			'a system without any point',
			{ ...nvidia, edge: null },
			'caveat',
			'Verdict: not checkable in the model: HGX H100 (72 GPU), no operating point under the claim’s conditions (why below).',
			'结论：无法按模型核对：HGX H100 (72 GPU) 在该说法的条件下没有可行的运行点（原因见下）。'
		],
		[
			'a series that rises at every step',
			stepsAt([1.2, 1.1], 1.32),
			'agrees',
			'Verdict: in the model the claim holds: every step rises.',
			'结论：按模型，该说法成立：每一步都上升。'
		],
		[
			'a series that falls at a step',
			series,
			'disagrees',
			'Verdict: in the model the claim does not hold at every step: 1.46× from first to last, but 1 of 2 steps does not rise.',
			'结论：按模型，该说法并非每一步都成立：首尾相比为 1.46×，但 2 步中有 1 步没有上升。'
		],
		[
			'a series that falls end to end',
			stepsAt([1.2, 0.5], 0.6),
			'disagrees',
			'Verdict: in the model the claim does not hold: 1 of 2 steps does not rise, and end to end it is 0.600×.',
			'结论：按模型，该说法不成立：2 步中有 1 步没有上升，首尾相比为 0.600×。'
		],
		[
			'a series that falls at a step, one system without a figure',
			stepsAt([0.5, null], null),
			'disagrees',
			'Verdict: in the model the claim does not hold: 1 of 1 steps with a figure does not rise.',
			'结论：按模型，该说法不成立：有数值的 1 步中有 1 步没有上升。'
		]
	])('states the verdict of %s, in both languages', (_, check, tone, en, zh) => {
		const { unmount } = render(Harness, {
			props: { component: ClaimsView, props: { checks: [check], onopen: () => {} } }
		});
		const verdict = () => screen.getByTestId('claim-verdict');
		expect(verdict().textContent?.trim()).toBe(en);
		expect(verdict().dataset.verdict).toBe(tone);
		unmount();
		render(Harness, {
			props: { component: ClaimsView, locale: 'zh', props: { checks: [check], onopen: () => {} } }
		});
		expect(verdict().textContent?.trim()).toBe(zh);
	});
});

describe('claim cards say what the modelled ratio divides', () => {
	it('names the quantity and the two systems, in both languages', () => {
		const { unmount } = render(Harness, {
			props: { component: ClaimsView, props: { checks, onopen: () => {} } }
		});
		const ratios = screen.getAllByTestId('claim-ratio').map((e) => e.textContent?.trim());
		// The three cards: the 30x claim (per chip at the nearest reading's 15.68 tokens/s per user,
		// which stands in for its 20 that H100 cannot reach; B ÷ A), Huawei's
		// BF16 row (CloudMatrix 384 ÷ GB200 NVL72) and the per-watt row at the link's FP8 basis,
		// GB300 NVL72 (system D) ÷ HGX H100 (system A).
		expect(ratios).toEqual([
			'Output tokens/s per chip at 15.68 tokens/s per user, GB200 NVL72 ÷ HGX H100 (72 GPU)',
			'BF16 dense compute, CloudMatrix 384 ÷ GB200 NVL72',
			'FP8 compute per all-in watt, GB300 NVL72 ÷ HGX H100 (8 GPU)'
		]);
		unmount();
		render(Harness, {
			props: { component: ClaimsView, locale: 'zh', props: { checks, onopen: () => {} } }
		});
		expect(screen.getAllByTestId('claim-ratio')[0]!.textContent?.trim()).toBe(
			'单用户 15.68 tokens/s 时的单芯片输出 tokens/s：GB200 NVL72 ÷ HGX H100 (72 GPU)'
		);
	});
});

describe('a claim about every generation', () => {
	it('is checked step by step, and says where it goes backwards', () => {
		const generations = checks.filter((c) => c.claim.id === 'efficiency-by-design');
		const { unmount } = render(Harness, {
			props: { component: ClaimsView, props: { checks: generations, onopen: () => {} } }
		});
		// The end-to-end 1.46× alone read as support; Blackwell Ultra's step falls (claims-check.test.ts).
		expect(screen.getByTestId('claim-steps').textContent?.trim()).toBe(
			'Step by step: HGX B200 (8 GPU) ÷ HGX H100 (8 GPU): 1.62× and GB300 NVL72 ÷ HGX B200 (8 GPU): 0.897×.'
		);
		unmount();
		render(Harness, {
			props: {
				component: ClaimsView,
				locale: 'zh',
				props: { checks: generations, onopen: () => {} }
			}
		});
		expect(screen.getByTestId('claim-steps').textContent?.trim()).toMatch(
			/^逐个比较：HGX B200 \(8 GPU\) ÷ HGX H100 \(8 GPU\) 为 1\.62×、GB300 NVL72 ÷ HGX B200 \(8 GPU\) 为 0\.897×。$/
		);
	});

	it('says when the series falls end to end too, and shows no steps when none has a ratio', () => {
		const [generations] = checks.filter((c) => c.claim.id === 'efficiency-by-design');
		const fallen = { ...generations!, modelled: 0.9 };
		const unread = {
			...generations!,
			claim: { ...generations!.claim, id: 'unread' },
			steps: [{ system: 1, ratio: null }]
		};
		render(Harness, {
			props: { component: ClaimsView, props: { checks: [fallen, unread], onopen: () => {} } }
		});
		const steps = screen.getAllByTestId('claim-steps');
		expect(steps).toHaveLength(1);
		// The verdict says it falls end to end too; the card whose steps have no ratio has no verdict.
		const verdicts = screen.getAllByTestId('claim-verdict');
		expect(verdicts.map((v) => [v.textContent?.trim(), v.dataset.verdict])).toEqual([
			[
				'Verdict: in the model the claim does not hold: 1 of 2 steps does not rise, and end to end it is 0.900×.',
				'disagrees'
			]
		]);
	});

	it('a claim read at its nearest speed opens at that speed, where the page shows the same figure', async () => {
		const nvidia = checks.filter((c) => c.claim.id === 'nvidia-30x');
		const opened: string[] = [];
		render(Harness, {
			props: {
				component: ClaimsView,
				props: { checks: nvidia, onopen: (query: string) => opened.push(query) }
			}
		});
		screen
			.getByRole('button', { name: /^Open it at 15.68 tokens\/s per user GB200 NVL72 delivers/ })
			.click();
		// Named with its card's claim: every card has one (helper-108).
		screen
			.getByRole('button', { name: /^Open this scenario GB200 NVL72 delivers 30x faster/ })
			.click();
		expect(opened).toEqual([nvidia[0]!.edge!.query, nvidia[0]!.claim.query]);
		expect(opened[0]).toContain('user_tps=15.68');
	});
});
