import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ClaimsView from '../../src/lib/ui/claims/ClaimsView.svelte';
import { checkClaims } from '../../src/lib/share/claims-check';

const checks = checkClaims();

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
			'Nearest reading: 33.0× at a target of 15.68 tokens/s per user (p99; a mean of 18.8, the fastest both systems reach). At slower targets (tokens/s per user): 8.38× at 14.9 and 3.10× at 12.54. The ratio is steep at that edge: quote it with its speed.'
		);
		// The answer in one line: not checkable as claimed, near it at the edge, and only there.
		expect(screen.getByTestId('claim-verdict').textContent?.trim()).toBe(
			'Verdict: not checkable at the claim’s speed, which HGX H100 (72 GPU) cannot reach in the model; at the fastest speed both reach, the model agrees with the claim, within 1.25×. The claimed size holds only at that edge: at 12.54 tokens/s per user the ratio is 3.10×.'
		);
		expect(screen.getByTestId('claim-verdict').dataset.verdict).toBe('edge');
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
			'读取该比值处各自的瓶颈：GB200 NVL72 为HBM 带宽；HGX H100 (72 GPU) 为HBM 带宽。'
		);
		expect(screen.getByTestId('claim-verdict').textContent?.trim()).toBe(
			'结论：无法在该说法的速度下核对，按模型 HGX H100 (72 GPU) 达不到这一速度；在两者都能达到的最快速度下，模型结果与该说法相符，相差在 1.25× 以内。所宣称的倍数只在这一边缘成立：单用户 12.54 tokens/s 时，比值为 3.10×。'
		);
		expect(screen.getByTestId('claim-edge').textContent).toMatch(
			/^最接近的读数：目标为单用户 15\.68 tokens\/s（p99；均值 18\.8，即两个系统都能达到的最高速度）时为 33.0×。更低的目标下（单用户 tokens\/s）：14\.9 时为 8\.38×、12\.54 时为 3\.10×。/
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

	it('states a modelled ratio’s verdict by the validation rule, in both languages', () => {
		const huawei = checks.filter((c) => c.claim.id === 'huawei-beats-nvl72');
		const far = [{ ...huawei[0]!, modelled: 0.5 }]; // 1.7 ÷ 0.5 = 3.40× apart, beyond 2×
		const { unmount } = render(Harness, {
			props: { component: ClaimsView, props: { checks: huawei, onopen: () => {} } }
		});
		const verdict = () => screen.getByTestId('claim-verdict');
		expect(verdict().textContent?.trim()).toBe(
			'Verdict: the model agrees with the claim, within 1.25×.'
		);
		expect(verdict().dataset.verdict).toBe('good');
		unmount();
		const zh = render(Harness, {
			props: { component: ClaimsView, locale: 'zh', props: { checks: far, onopen: () => {} } }
		});
		expect(verdict().textContent?.trim()).toBe('结论：模型结果不支持该说法（相差 3.40×）。');
		zh.unmount();
		render(Harness, { props: { component: ClaimsView, props: { checks: far, onopen: () => {} } } });
		expect(verdict().textContent?.trim()).toBe(
			'Verdict: the model does not bear the claim out (3.40× apart).'
		);
		expect(verdict().dataset.verdict).toBe('miss');
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
		expect(screen.getByTestId('claim-verdict').textContent?.trim()).toBe(
			'Verdict: in the model the claim holds end to end, not at each step.'
		);
		expect(screen.getByTestId('claim-steps').textContent?.trim()).toBe(
			'Step by step: HGX B200 (8 GPU) ÷ HGX H100 (8 GPU): 1.62× and GB300 NVL72 ÷ HGX B200 (8 GPU): 0.897×. In the model it falls at 1 of 2 steps, so it holds end to end but not at each step.'
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
			/^逐个比较：HGX B200 \(8 GPU\) ÷ HGX H100 \(8 GPU\) 为 1\.62×.*按模型，2 步中有 1 步下降/
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
		expect(steps[0]!.textContent).toMatch(
			/In the model it falls at 1 of 2 steps, and end to end: the claim does not hold\.$/
		);
		// The verdict says so first; the card whose steps have no ratio has nothing to weigh.
		const verdicts = screen.getAllByTestId('claim-verdict');
		expect(verdicts.map((v) => [v.textContent?.trim(), v.dataset.verdict])).toEqual([
			['Verdict: in the model the claim does not hold.', 'no']
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
		screen.getByRole('button', { name: 'Open it at 15.68 tokens/s per user' }).click();
		screen.getByRole('button', { name: 'Open this scenario' }).click();
		expect(opened).toEqual([nvidia[0]!.edge!.query, nvidia[0]!.claim.query]);
		expect(opened[0]).toContain('user_tps=15.68');
	});
});
