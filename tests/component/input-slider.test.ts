import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import HeldSlider from './HeldSlider.svelte';
import MovedSlider from './MovedSlider.svelte';
import InputSlider from '../../src/lib/ui/controls/InputSlider.svelte';
import { systemInput } from '../../src/lib/inputs/system';
import { trainingInput } from '../../src/lib/inputs/training';

function setup(value: number | null = 186e9) {
	const onchange = vi.fn();
	render(Harness, {
		props: {
			component: InputSlider,
			props: {
				id: 'hbm',
				label: 'HBM capacity per chip',
				value,
				bounds: systemInput('hbmBytes').bounds,
				scale: 1e9,
				unit: 'GB',
				emptyText: 'Not published',
				onchange
			}
		}
	});
	return {
		onchange,
		number: screen.getByLabelText('HBM capacity per chip', { selector: 'input[type=text]' })
	};
}

describe('InputSlider', () => {
	it('shows the value in its display unit and announces it with the unit', () => {
		const { number } = setup();
		expect((number as HTMLInputElement).value).toBe('186');
		expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('186 GB');
	});

	it('announces a plain number without a trailing space (helper-113: "4.5 ")', () => {
		render(Harness, {
			props: {
				component: InputSlider,
				props: {
					id: 'accepted',
					label: 'Tokens accepted per decode step',
					value: 4.5,
					bounds: { min: 1, max: 4.5, log: false },
					scale: 1,
					unit: '',
					onchange: vi.fn()
				}
			}
		});
		expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('4.5');
	});

	it('passes a typed number on in SI units', async () => {
		const { onchange, number } = setup();
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '192' } });
		expect(onchange).toHaveBeenCalledWith(192e9);
	});

	it.each(['', 'abc', '-1', '0', '1e309', '5000'])(
		'refuses “%s” with a visible message',
		async (text) => {
			const { onchange, number } = setup();
			await fireEvent.focus(number);
			await fireEvent.input(number, { target: { value: text } });
			expect(onchange).not.toHaveBeenCalled();
			expect(screen.getByRole('alert').textContent).toContain('Enter a number from 1 to 4,000');
			expect(number.getAttribute('aria-invalid')).toBe('true');
		}
	);

	it('says a refused entry leaves a field with no figure empty (helper-124: it said nothing)', async () => {
		const { onchange, number } = setup(null);
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '-5' } });
		await fireEvent.blur(number);
		expect(onchange).not.toHaveBeenCalled();
		expect((number as HTMLInputElement).value).toBe('');
		expect(screen.getByRole('status').textContent).toBe(
			'-5 is not a number from 1 to 4,000; kept the field empty'
		);
	});

	it('maps the slider logarithmically and rounds to 3 significant digits', async () => {
		const { onchange } = setup();
		// position 500 of 1000 on [1 GB, 4 TB] is the geometric mean √(1e9 × 4e12) = 63.2 GB
		await fireEvent.input(screen.getByRole('slider'), { target: { value: '500' } });
		expect(onchange).toHaveBeenCalledWith(63.2e9);
	});

	it('disables the slider and leaves the field empty when there is no figure', () => {
		const { number } = setup(null);
		expect((screen.getByRole('slider') as HTMLInputElement).disabled).toBe(true);
		expect((number as HTMLInputElement).value).toBe('');
	});
});

/** A chips slider that holds its value, as the page does (HeldSlider feeds changes back in). */
function chips(start: number, locale: 'en' | 'zh' = 'en') {
	const seen: number[] = [];
	render(HeldSlider, { props: { start, seen, locale } });
	const slider = screen.getByRole('slider');
	const number = screen.getByLabelText('Chips per system', {
		selector: 'input[type=text]'
	}) as HTMLInputElement;
	async function press(key: string, shiftKey = false) {
		await fireEvent.keyDown(slider, { key, shiftKey });
		return seen.at(-1);
	}
	return { seen, slider, number, press };
}

describe('InputSlider keys and numbers as written', () => {
	it('comes back to the same value after Left then Right', async () => {
		const { press, seen } = chips(384);
		const down = await press('ArrowLeft');
		expect(down).toBeLessThan(384);
		expect(await press('ArrowRight')).toBe(384);
		// and with the fine modifier, 0.1% of five decades (×1.0116): 384 → 380 → 384
		expect(await press('ArrowLeft', true)).toBe(380);
		expect(await press('ArrowRight', true)).toBe(384);
		expect(seen).toHaveLength(4);
	});

	it('moves from 1 chip with ArrowRight, every press', async () => {
		const { press } = chips(1);
		const values: number[] = [];
		for (let i = 0; i < 5; i++) values.push((await press('ArrowRight'))!);
		expect(values).toEqual([2, 3, 4, 5, 6]);
	});

	it('steps finely with Shift and coarsely with Page keys; Home and End go to the bounds', async () => {
		const { press } = chips(384);
		// 1% of five decades is ×1.122 (384 → 431); 0.1% is ×1.0116 (384 → 388); 10% is ×3.16.
		const normal = (await press('ArrowRight'))!;
		expect(normal).toBe(431);
		const fine = (await press('ArrowRight', true))!;
		expect(fine).toBe(436);
		expect(await press('PageDown')).toBe(138);
		expect(await press('End')).toBe(100_000);
		expect(await press('Home')).toBe(1);
	});

	it.each(['en', 'zh'] as const)('accepts "1,536" typed in %s', async (locale) => {
		const { number, seen } = chips(384, locale);
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1,536' } });
		expect(seen).toEqual([1536]);
		await fireEvent.input(number, { target: { value: '1 536' } });
		expect(seen).toEqual([1536, 1536]);
	});

	it('refuses a separator in the wrong place rather than guess', async () => {
		const { number, seen } = chips(384);
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1,53' } });
		expect(seen).toEqual([]);
		expect(screen.getByRole('alert')).toBeTruthy();
	});

	it.each(['en', 'zh'] as const)(
		'shows 12,345 chips as 12,345 in the field and to screen readers (%s)',
		(locale) => {
			const { number, slider } = chips(12_345, locale);
			expect(number.value).toBe('12,345');
			expect(slider.getAttribute('aria-valuetext')).toBe('12,345 chips');
		}
	);
});

describe('InputSlider: typed text it refuses', () => {
	function chips() {
		const onchange = vi.fn();
		render(Harness, {
			props: {
				component: InputSlider,
				props: {
					id: 'chips',
					label: 'Chips',
					value: 1536,
					bounds: systemInput('chips').bounds,
					scale: 1,
					unit: 'chips',
					onchange
				}
			}
		});
		return { onchange, number: screen.getByLabelText('Chips', { selector: 'input[type=text]' }) };
	}

	it.each([
		['1536.7', 'Enter', '1536.7 is not a whole number from 1 to 100,000; kept 1,536 chips'],
		['0', 'blur', '0 is not a whole number from 1 to 100,000; kept 1,536 chips'],
		['', 'blur', 'The field was empty; kept 1,536 chips']
	])(
		'“%s” then %s: the old value comes back and says why, until the next edit',
		async (text, end, message) => {
			const { onchange, number } = chips();
			await fireEvent.focus(number);
			await fireEvent.input(number, { target: { value: text } });
			if (end === 'Enter') await fireEvent.keyDown(number, { key: 'Enter' });
			await fireEvent.blur(number);
			expect(onchange).not.toHaveBeenCalled();
			expect((number as HTMLInputElement).value).toBe('1,536');
			const status = screen.getByRole('status');
			expect(status.textContent).toBe(message);
			expect(status.getAttribute('aria-live')).toBe('polite');
			await fireEvent.focus(number);
			await fireEvent.input(number, { target: { value: '1,024' } });
			expect(onchange).toHaveBeenCalledWith(1024);
			expect(screen.queryByRole('status')).toBeNull();
		}
	);

	// 2^20 tokens, rounded to six digits, read "from 128 to 1,048,580" while 1,048,577 was refused.
	it('states whole bounds exactly, in the notice while typing and after the edit', async () => {
		const onchange = vi.fn();
		render(Harness, {
			props: {
				component: InputSlider,
				props: {
					id: 'seq',
					label: 'Sequence length',
					value: 4096,
					bounds: trainingInput('sequenceTokens').bounds,
					scale: 1,
					unit: 'tokens',
					onchange
				}
			}
		});
		const number = screen.getByLabelText('Sequence length', { selector: 'input[type=text]' });
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1048577' } });
		expect(screen.getByText(/from 128 to 1,048,576\b/)).toBeTruthy();
		await fireEvent.blur(number);
		expect(screen.getByRole('status').textContent).toBe(
			'1048577 is not a whole number from 128 to 1,048,576; kept 4,096 tokens'
		);
		expect(onchange).not.toHaveBeenCalled();
	});

	it('drops its note once the value moves another way (an undo, Back) (helper-96)', async () => {
		const seen: number[] = [];
		const view = render(MovedSlider, { props: { start: 72, seen } });
		const moved = view.component as unknown as { move(to: number): void };
		const number = screen.getByLabelText('Chips', { selector: 'input[type=text]' });
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1.5' } });
		await fireEvent.blur(number);
		expect(screen.getByRole('status').textContent).toContain('kept 72 chips');
		// The value moves another way (an undo to 1 chip): "kept 72 chip" would misstate it, and
		// coming back to 72 does not bring the old note back.
		moved.move(1);
		flushSync();
		expect((number as HTMLInputElement).value).toBe('1');
		expect(screen.queryByRole('status')).toBeNull();
		moved.move(72);
		flushSync();
		expect(screen.queryByRole('status')).toBeNull();
		// Moved while the field has focus, nothing typed (Shift+Tab back in, then Back): dropped too.
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1.5' } });
		await fireEvent.blur(number);
		expect(screen.getByRole('status').textContent).toContain('kept 72 chips');
		await fireEvent.focus(number);
		moved.move(8);
		flushSync();
		await fireEvent.blur(number);
		expect((number as HTMLInputElement).value).toBe('8');
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('puts back the value a refused edit began with when the page clamped what it passed on (helper-97)', async () => {
		// A domain capped at 8 chips: "16.5" passes on 1, then 16 (held at 8), then ".5" is refused.
		const seen: number[] = [];
		render(MovedSlider, { props: { start: 4, seen, cap: 8 } });
		const number = screen.getByLabelText('Chips', { selector: 'input[type=text]' });
		await fireEvent.focus(number);
		for (const typed of ['1', '16', '16.5'])
			await fireEvent.input(number, { target: { value: typed } });
		await fireEvent.blur(number);
		expect(seen).toEqual([1, 16, 4]);
		expect((number as HTMLInputElement).value).toBe('4');
	});

	it('puts back a refused edit when the page answers what it passed on a little later', async () => {
		// The page's value comes through derived state: read at once after passing 1 on, it was
		// still 72, and "1.5" refused left 1 chip in use (a browser test caught it).
		const seen: number[] = [];
		render(MovedSlider, { props: { start: 72, seen, late: true } });
		const number = screen.getByLabelText('Chips', { selector: 'input[type=text]' });
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1' } });
		await fireEvent.input(number, { target: { value: '1.5' } });
		await fireEvent.blur(number);
		await Promise.resolve();
		flushSync();
		expect(seen).toEqual([1, 72]);
		expect((number as HTMLInputElement).value).toBe('72');
		// The note waits for the value put back (it was dropped while 1 was still in use).
		expect(screen.getByRole('status').textContent).toBe(
			'1.5 is not a whole number from 1 to 100,000; kept 72 chips'
		);
	});

	it('puts back the value an edit began with when it ends refused, and names it with its own unit', async () => {
		// "1.5" typed into 72 chips: "1" is accepted and passed on (the results follow the typing),
		// ".5" is refused; leaving the field puts back 72, and the note said "kept 72 chip", the
		// unit of the 1 chip passed on meanwhile (helper-92).
		const seen: number[] = [];
		render(HeldSlider, { props: { start: 72, seen } });
		const number = screen.getByLabelText('Chips per system', {
			selector: 'input[type=text]'
		}) as HTMLInputElement;
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1' } });
		await fireEvent.input(number, { target: { value: '1.5' } });
		await fireEvent.blur(number);
		expect(seen).toEqual([1, 72]);
		expect(number.value).toBe('72');
		expect(screen.getByRole('status').textContent).toBe(
			'1.5 is not a whole number from 1 to 100,000; kept 72 chips'
		);
	});

	it('says nothing after an accepted edit', async () => {
		// The page holds what the slider asks for.
		render(HeldSlider, { props: { start: 1536, seen: [] } });
		const number = screen.getByLabelText('Chips per system', { selector: 'input[type=text]' });
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '768' } });
		await fireEvent.blur(number);
		expect((number as HTMLInputElement).value).toBe('768');
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('undoes a refused edit to the value before it, not to what its first keystrokes passed on', async () => {
		// "1.536" in a Chinese field (1,536 meant, a decimal point typed): "1" was passed on as typed.
		const seen: number[] = [];
		render(HeldSlider, { props: { start: 72, seen, locale: 'zh' } });
		const number = screen.getByLabelText('Chips per system', { selector: 'input[type=text]' });
		await fireEvent.focus(number);
		for (const typed of ['1', '1.', '1.5', '1.53', '1.536'])
			await fireEvent.input(number, { target: { value: typed } });
		// "1" and "1." were passed on as 1; "1.5" on are refused (not whole).
		expect(seen).toEqual([1, 1]);
		await fireEvent.blur(number);
		expect(seen).toEqual([1, 1, 72]);
		expect((number as HTMLInputElement).value).toBe('72');
		expect(screen.getByRole('status').textContent).toMatch(/^1\.536 .*；保留 72 chips$/);
		// Enter ends the edit too; the next keystroke begins another, from the value then in use.
		await fireEvent.input(number, { target: { value: '80' } });
		await fireEvent.keyDown(number, { key: 'Enter' });
		await fireEvent.input(number, { target: { value: '0' } });
		await fireEvent.blur(number);
		expect(seen).toEqual([1, 1, 72, 80]);
		expect((number as HTMLInputElement).value).toBe('80');
	});

	it('says so when the page keeps another value than the one passed on (a rule)', async () => {
		// As a scale-up domain of at most the system's chips: the value in use stays 1,536.
		const { onchange, number } = chips();
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '2000' } });
		expect(onchange).toHaveBeenCalledWith(2000);
		await fireEvent.blur(number);
		expect((number as HTMLInputElement).value).toBe('1,536');
		expect(screen.getByRole('status').textContent).toBe(
			'2,000 does not fit the other settings; using 1,536 chips'
		);
		// A slider move afterwards is no typed value: nothing to explain.
		await fireEvent.focus(number);
		await fireEvent.keyDown(screen.getByRole('slider'), { key: 'End' });
		await fireEvent.blur(number);
		expect(screen.queryByRole('status')).toBeNull();
	});
});

describe('InputSlider: how a value reads in its field', () => {
	function hbm(start: number) {
		const seen: number[] = [];
		render(HeldSlider, { props: { start, seen, hbm: true, digits: 3 } });
		const number = screen.getByLabelText('HBM capacity per chip', {
			selector: 'input[type=text]'
		}) as HTMLInputElement;
		return { seen, number };
	}

	it('shows a value it was given to the digits asked for, grouped', () => {
		expect(hbm(1234.5678e9).number.value).toBe('1,230');
	});

	it('shows a value typed there as typed, not rounded to those digits', async () => {
		const { seen, number } = hbm(186e9);
		await fireEvent.focus(number);
		await fireEvent.input(number, { target: { value: '1234.56' } });
		await fireEvent.blur(number);
		expect(seen).toEqual([1234.56e9]);
		expect(number.value).toBe('1,234.56');
	});
});
