import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ModelChangeNote from '../../src/lib/ui/share/ModelChangeNote.svelte';
import { modelChangeFor } from '../../src/lib/share/model-change';
import { MODEL_HISTORY } from '../../src/lib/share/model-history';
import { decodeScenario } from '../../src/lib/share/codec';

afterEach(cleanup);

/** The note for `link` against the history up to `current` (the page passes today's). */
function note(link: string, current: string) {
	const history = MODEL_HISTORY.filter((r) => Number(r.version) <= Number(current));
	const change = modelChangeFor(link, decodeScenario(link).scenario, history, current)!;
	render(Harness, { props: { component: ModelChangeNote, props: { change } } });
	return screen.getByTestId('model-change');
}

describe('the note on a link made with an older model', () => {
	it('says the results are as they were when no release since touches the scenario', () => {
		// Against version 18: 13-18 moved Kyber and Helios, TPUs, pinned layouts and switch chips,
		// none of them in the default comparison. (Since 19, no older link is untouched: the e2e
		// test opens such a link and sees 19 listed.)
		const shown = note('v=1&m=12&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3', '18');
		expect(shown.textContent).toContain(
			'The changes up to version 18 do not touch this scenario, so its results are as they were.'
		);
		expect(shown.querySelectorAll('li')).toHaveLength(0);
	});

	it('lists the releases that do touch it, and only those', () => {
		// Release 14 dropped TP8 for a model whose 84 heads it does not divide; 15-18 moved TPUs and
		// switch chips. (No 2026 preset here: registering them would outlive this file.)
		const shown = note('v=1&m=13&a=hgx-h100&llm=gpt-moe-1.8t', '18');
		expect(shown.textContent).toContain('Results differ from when this link was made');
		expect(shown.textContent).toContain('The changes since that touch this scenario:');
		expect([...shown.querySelectorAll('li')].map((li) => li.textContent?.slice(0, 10))).toEqual([
			'Version 14'
		]);
	});

	it('lists more than two releases behind one line, closed (helper-132: 13 filled three phone screens)', () => {
		// Version 12 against 23: 19 to 23 touch the default comparison.
		const link = 'v=1&m=12&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3';
		const shown = note(link, '23');
		const details = shown.querySelector('details')!;
		expect(details.open).toBe(false);
		expect(details.querySelector('summary')?.textContent).toBe('Show the 5 releases');
		expect(details.querySelectorAll('li')).toHaveLength(5);
		cleanup();
		// One release (the test above): open, as before.
		expect(note('v=1&m=13&a=hgx-h100&llm=gpt-moe-1.8t', '18').querySelector('details')).toBeNull();
	});

	it('goes when dismissed, its button described by what it dismisses (helper-113: it filled a phone)', async () => {
		const shown = note('v=1&m=13&a=hgx-h100&llm=gpt-moe-1.8t', '18');
		const dismiss = screen.getByRole('button', { name: 'Dismiss' });
		const lead = document.getElementById(dismiss.getAttribute('aria-describedby')!);
		expect(lead?.textContent).toContain('made with model version 13');
		await fireEvent.click(dismiss);
		expect(shown.isConnected).toBe(false);
		expect(screen.queryByTestId('model-change')).toBeNull();
	});
});
