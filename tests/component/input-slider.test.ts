import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import InputSlider from '../../src/lib/ui/controls/InputSlider.svelte';
import { SYSTEM_BOUNDS } from '../../src/lib/model/bounds';

function setup(value: number | null = 186e9) {
	const onchange = vi.fn();
	render(Harness, {
		props: {
			component: InputSlider,
			props: {
				id: 'hbm',
				label: 'HBM capacity per chip',
				value,
				bounds: SYSTEM_BOUNDS.hbmBytes,
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
