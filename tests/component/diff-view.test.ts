import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import DiffView from '../../src/lib/ui/share/DiffView.svelte';
import { evaluate } from '../../src/lib/model/evaluate';
import { normalizeScenario } from '../../src/lib/model/normalize';
import { defaultScenario } from '../../src/lib/model/scenario';
import { encodeScenario } from '../../src/lib/share/codec';
import type { Locale } from '../../src/lib/i18n';

const SCENARIO = normalizeScenario(defaultScenario());
const EVALUATION = evaluate(SCENARIO);

function setup(locale: Locale = 'en') {
	const onopen = vi.fn();
	const evaluateSpy = vi.fn(evaluate);
	const props = { scenario: SCENARIO, evaluation: EVALUATION, evaluate: evaluateSpy, onopen };
	render(Harness, { props: { component: DiffView, locale, props } });
	return { onopen, evaluateSpy };
}

async function paste(text: string, label = 'Link or query to compare', button = 'Compare') {
	await fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
	await fireEvent.click(screen.getByRole('button', { name: button }));
}

describe('DiffView', () => {
	it('compares a pasted link: differing assumptions and result movements', async () => {
		const { evaluateSpy } = setup();
		await paste(
			'https://example.org/?v=1&m=3&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768&e.compute=0.5#x'
		);
		expect(evaluateSpy).toHaveBeenCalledTimes(1);

		const assumptions = screen.getByRole('table', { name: /Assumptions that differ/ });
		const chips = within(assumptions).getByRole('row', { name: /Chips per system/ });
		expect(chips.textContent).toContain('b.chips');
		expect(chips.textContent).toContain('384 chips');
		expect(chips.textContent).toContain('768 chips');
		expect(
			within(assumptions).getByRole('row', { name: /Achieved fraction of peak compute/ })
				.textContent
		).toContain('0.5');
		expect(within(assumptions).getByText('System B')).toBeTruthy();

		const results = screen.getByRole('table', { name: /How the results move/ });
		const rows = within(results).getAllByRole('row', { name: /HBM capacity/ });
		expect(rows).toHaveLength(2);
		expect(rows[0]!.textContent).toContain('unchanged');
		expect(rows[1]!.textContent).toContain('2×');
		expect(within(results).getByText(/System B:/)).toBeTruthy();
	});

	it('lists what the pasted link had wrong, with the notice messages', async () => {
		setup();
		await paste('v=1&a=gb200-nvl72&a.chips=lots&colour=red');
		const notices = screen.getByText(
			'Parts of the pasted link were ignored or changed'
		).parentElement!;
		expect(notices.textContent).toContain('“a.chips” = “lots” is not a number; 72 was used.');
		expect(notices.textContent).toContain('Unknown setting “colour” was ignored.');
	});

	it('refuses text without a scenario, saying so', async () => {
		const { evaluateSpy } = setup();
		await paste('lang=zh');
		expect(screen.getByRole('alert').textContent).toBe('That text holds no Rackscale scenario.');
		expect(screen.getByLabelText('Link or query to compare').getAttribute('aria-invalid')).toBe(
			'true'
		);
		expect(evaluateSpy).not.toHaveBeenCalled();
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('says when nothing differs, and opens the pasted scenario with its query', async () => {
		const { onopen } = setup();
		const query = `${encodeScenario(SCENARIO)}&lang=zh`;
		await paste(`https://example.org/app/?${query}#top`);
		expect(screen.getByText('Both make the same assumptions.')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Open the pasted scenario' }));
		expect(onopen).toHaveBeenCalledWith(query);
	});

	it('keeps hostile names as text', async () => {
		setup();
		await paste(`v=1&a=gb200-nvl72&a.name=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
		expect(document.querySelector('img')).toBeNull();
		expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
	});

	it('speaks Chinese from the catalog', async () => {
		setup('zh');
		await paste(
			'v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=768',
			'要对比的链接或查询参数',
			'对比'
		);
		expect(screen.getByRole('table', { name: /不同的假设/ })).toBeTruthy();
		expect(screen.getByRole('button', { name: '打开粘贴的场景' })).toBeTruthy();
	});
});
