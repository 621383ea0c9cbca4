import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import Notices from '../../src/lib/ui/layout/Notices.svelte';
import type { Notice } from '../../src/lib/share/notices';
import { decodeScenario } from '../../src/lib/share/codec';

describe('a link’s notices', () => {
	// The lines and their messages are their own chunk (ui/lazy.svelte.ts), fetched once per page.
	it('show the title at once and each line once its chunk arrives, capped with a count', async () => {
		const notices: Notice[] = Array.from({ length: 23 }, (_, i) => ({
			code: 'unknown-key',
			key: `x${i}`
		}));
		render(Harness, { props: { component: Notices, props: { notices, ondismiss: vi.fn() } } });
		expect(screen.getByRole('heading').textContent).toBe(
			'Parts of this link were ignored or changed'
		);
		expect(screen.getByText('Loading the details…')).toBeTruthy();
		// Whole lines: the key sits in its own <bdi>, isolated from the sentence around it.
		const line = (text: string) => (_: string, el: Element | null) =>
			el?.tagName === 'LI' && el.textContent === text;
		expect(await screen.findByText(line('Unknown setting “x0” was ignored.'))).toBeTruthy();
		// 20 shown, then "and 3 more".
		expect(screen.getAllByRole('listitem')).toHaveLength(21);
		expect(screen.getByTestId('notices-more').textContent).toBe('and 3 more');
		expect(screen.queryByText('Loading the details…')).toBeNull();
	});

	it('say when a value the link never set followed one it did (a.chips=-5 lowers the domain)', async () => {
		const notices = decodeScenario('v=1&a=gb200-nvl72&b=hgx-h100&a.chips=-5').notices;
		render(Harness, { props: { component: Notices, props: { notices, ondismiss: vi.fn() } } });
		const items = async () => (await screen.findAllByRole('listitem')).map((li) => li.textContent);
		expect(await items()).toEqual([
			'“a.chips” = “-5” is out of range; 1 was used instead.',
			'“a.domain” was not in the link; its value 72 does not fit the settings the link gives, so 1 was used.'
		]);
	});

	it('render nothing when the link had nothing to report', () => {
		const { container } = render(Harness, {
			props: { component: Notices, props: { notices: [], ondismiss: vi.fn() } }
		});
		expect(container.querySelector('[data-testid="notices"]')).toBeNull();
	});
});
