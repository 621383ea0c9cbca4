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
		expect(why[0]).toMatch(/\(p99, a mean of 24\) is above the fastest modelled speed, 18\.8/);
		unmount();
		render(Harness, {
			props: { component: ClaimsView, locale: 'zh', props: { checks: nvidia, onopen: () => {} } }
		});
		expect(screen.getByTestId('claim-why').textContent).toMatch(/高于模型估算的最快速度 18\.8/);
	});

	it('show no reason beside a modelled ratio', () => {
		render(Harness, {
			props: {
				component: ClaimsView,
				props: { checks: checks.filter((c) => c.modelled !== null), onopen: () => {} }
			}
		});
		expect(screen.queryAllByTestId('claim-why')).toHaveLength(0);
	});
});
