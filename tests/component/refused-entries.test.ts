import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import HeldNumber from './HeldNumber.svelte';
import NumberInput from '../../src/lib/ui/training/NumberInput.svelte';
import SystemPanel from '../../src/lib/ui/compare/SystemPanel.svelte';
import WorkloadPanel from '../../src/lib/ui/inference/WorkloadPanel.svelte';
import EfficiencyPanel from '../../src/lib/ui/inference/EfficiencyPanel.svelte';
import InferenceTab from '../../src/lib/ui/tabs/InferenceTab.svelte';
// Stands in for ResizeObserver (jsdom has none) for the inference tab's chart.
import './inference-view-harness';
import InputSlider from '../../src/lib/ui/controls/InputSlider.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { setModel } from '../../src/lib/state/scenario-edits';
import { systemPanelProps } from './system-panel-props';
import { findLlmPreset } from '../../src/lib/catalog/llms';
import { DEFAULT_SERVING } from '../../src/lib/model/inference/serving';
import { DEFAULT_EFFICIENCIES } from '../../src/lib/model/inference/efficiencies';
import { specFromPresetId } from '../../src/lib/model/scenario';
import { TRAINING_BOUNDS } from '../../src/lib/model/training/bounds';
import { RELIABILITY_BOUNDS } from '../../src/lib/model/reliability/bounds';
import { COST_BOUNDS } from '../../src/lib/model/operations-defaults';
import { systemInput } from '../../src/lib/inputs/system';
import type { Locale } from '../../src/lib/i18n';

/*
 * A refused entry gives way to the value in use, and says why (as InputSlider does): "1536.7 is
 * not a whole number from 1 to 100,000; kept 1,536 chips", never a field that silently reverts.
 */

function renderWorkload(locale: Locale = 'en') {
	const onmodelfield = vi.fn();
	const noop = () => {};
	const props = {
		serving: { ...DEFAULT_SERVING, modelId: 'deepseek-r1' },
		model: findLlmPreset('deepseek-r1')!.spec,
		facts: { totalParams: 671e9, activeParams: 37e9, kvBytesPerToken: 70_272, edited: false },
		onmodel: noop,
		onfield: noop,
		onlengths: noop,
		onprecision: noop,
		onmode: noop,
		onmodelfield,
		onresetmodel: noop
	};
	const { rerender } = render(Harness, { props: { component: WorkloadPanel, props, locale } });
	return {
		onmodelfield,
		layers: screen.getByLabelText(locale === 'en' ? 'Layers' : '层数'),
		/**
		 * The reader turns the page to another language. The `props` form testing-library calls
		 * deprecated: the harness has a prop named `props`, so the other form is read as this one.
		 */
		turnTo: (to: Locale) => rerender({ props: { component: WorkloadPanel, props, locale: to } })
	};
}

/** The model-shape fields in the inference tab of a comparison, and the notes under them. */
function renderShapeFields() {
	const comparison = new Comparison();
	const { container } = render(Harness, {
		props: { component: InferenceTab, props: { comparison } }
	});
	const shape = container.querySelector('.shape-grid')!.closest('details')!;
	return {
		comparison,
		layers: screen.getByLabelText('Layers'),
		hidden: screen.getByLabelText('Hidden size'),
		notes: () => [...shape.querySelectorAll('[role=status]')].map((n) => n.textContent)
	};
}

describe('the model-shape fields', () => {
	it('take a value inside the field’s bounds, grouped as the page prints it', async () => {
		// The inference tab, so a value taken reaches the model shown: a panel whose model stays
		// put says the value typed was not used.
		const { comparison, layers, hidden, notes } = renderShapeFields();
		await fireEvent.change(layers, { target: { value: '64' } });
		flushSync();
		expect(comparison.model.layers).toBe(64);
		await fireEvent.change(hidden, { target: { value: '8,192' } });
		flushSync();
		expect(comparison.model.hiddenSize).toBe(8192);
		expect(notes()).toEqual([]);
		comparison.dispose();
	});

	it.each([
		['2.5', 'Layers: 2.5 is not a whole number from 1 to 1,000; kept 61'],
		['5000', 'Layers: 5000 is not a whole number from 1 to 1,000; kept 61'],
		['abc', 'Layers: abc is not a whole number from 1 to 1,000; kept 61'],
		['', 'Layers: The field was empty; kept 61'],
		// Pasted text is shown as a link's notices show a value: 40 characters at most (10 kB
		// pasted had widened the page to 82,000 px), direction marks as code points (U+202E had
		// reversed the sentence; helper-103).
		[
			'9'.repeat(100),
			`Layers: ${'9'.repeat(30)}…${'9'.repeat(10)} is not a whole number from 1 to 1,000; kept 61`
		],
		['\u202eabc 12', 'Layers: [U+202E]abc 12 is not a whole number from 1 to 1,000; kept 61']
	])('refuse %j, show the value in use again and say why', async (typed, says) => {
		const { onmodelfield, layers } = renderWorkload();
		await fireEvent.change(layers, { target: { value: typed } });
		expect(onmodelfield).not.toHaveBeenCalled();
		expect((layers as HTMLInputElement).value).toBe('61');
		expect(screen.getByRole('status').textContent).toBe(says);
	});

	it('say why in Chinese too', async () => {
		const { layers } = renderWorkload('zh');
		await fireEvent.change(layers, { target: { value: '0' } });
		expect(screen.getByRole('status').textContent).toBe(
			'层数：0 不是 1 到 1,000 之间的整数；保留 61'
		);
	});
});

describe('a model-shape field’s note, the page turned to another language (helper-140)', () => {
	it('is said again in that language', async () => {
		// Had stayed "Layers: abc is not a whole number …" under Chinese labels.
		const { layers, turnTo } = renderWorkload();
		await fireEvent.change(layers, { target: { value: 'abc' } });
		expect(screen.getByRole('status').textContent).toBe(
			'Layers: abc is not a whole number from 1 to 1,000; kept 61'
		);
		await turnTo('zh');
		await screen.findByLabelText('层数');
		expect(screen.getByRole('status').textContent).toBe(
			'层数：abc 不是 1 到 1,000 之间的整数；保留 61'
		);
	});

	it('and so is a training or cost field’s (NumberInput)', async () => {
		const props = {
			id: 'pp',
			label: 'PP',
			value: 4,
			bounds: { min: 1, max: 64 },
			onchange: vi.fn()
		};
		const { rerender } = render(Harness, { props: { component: NumberInput, props } });
		await fireEvent.change(screen.getByLabelText('PP'), { target: { value: 'abc' } });
		expect(screen.getByRole('status').textContent).toBe('abc is not a number from 1 to 64; kept 4');
		await rerender({ props: { component: NumberInput, props, locale: 'zh' } });
		expect(screen.getByRole('status').textContent).toBe('abc 不是 1 到 64 之间的数字；保留 4');
	});
});

describe('a custom system’s name field', () => {
	it('refuses a name with nothing left once cleaned, shows the name in use and says so', async () => {
		const comparison = new Comparison();
		comparison.makeCustom(0, 'My rack');
		flushSync();
		const props = systemPanelProps(comparison, 0, {
			onrename: (name: string) => comparison.rename(0, name)
		});
		const { rerender } = render(Harness, { props: { component: SystemPanel, props } });
		const name = screen.getByLabelText('Name') as HTMLInputElement;
		expect(name.value).toBe('My rack');
		await fireEvent.change(name, { target: { value: ' \u200b ' } });
		flushSync();
		expect(comparison.scenario.systems[0]!.name).toBe('My rack');
		expect(name.value).toBe('My rack');
		expect(screen.getByRole('status').textContent).toBe('The field was empty; kept My rack');
		// Said again in Chinese once the page turns (helper-140: it stayed English).
		await rerender({ props: { component: SystemPanel, props, locale: 'zh' } });
		expect(screen.getByRole('status').textContent).toBe('输入框为空；保留 My rack');
	});
});

describe('a number field whose value a rule of the model changes', () => {
	it('says what the page kept, and shows it', async () => {
		// At least one accelerator per chip: 10 on a 72-chip system is 72.
		render(HeldNumber, { props: { start: 72, keep: (v: number) => Math.max(72, v) } });
		const field = screen.getByLabelText('Accelerators') as HTMLInputElement;
		await fireEvent.change(field, { target: { value: '10' } });
		await tick();
		expect(field.value).toBe('72');
		expect(screen.getByRole('status').textContent).toBe(
			'10 does not fit the other settings; using 72'
		);
		await fireEvent.change(field, { target: { value: '1,000' } });
		await tick();
		expect(field.value).toBe('1,000');
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('keeps saying so when the figures it is read from are rebuilt with the same value', async () => {
		// The serving worker's answer arrives after the edit and rebuilds the figures the field reads
		// (72 again): the note vanished as it appeared (browser test inputs.test.ts, 2 runs in 3).
		let rebuild = () => {};
		render(HeldNumber, {
			props: { start: 72, keep: (v: number) => Math.max(72, v), onrebuild: (r) => (rebuild = r) }
		});
		const field = screen.getByLabelText('Accelerators') as HTMLInputElement;
		await fireEvent.change(field, { target: { value: '10' } });
		await tick();
		rebuild();
		flushSync();
		expect(screen.getByRole('status').textContent).toBe(
			'10 does not fit the other settings; using 72'
		);
	});
});

describe('a field with nothing entered (a rent price)', () => {
	// It said "kept enter a price", its placeholder (helper-124).
	it.each([
		[
			'en',
			'Rent per chip-hour',
			'enter a price',
			'0',
			'0 is not a number from 0.01 to 1,000; kept the field empty'
		],
		['zh', '每芯片小时租金', '请输入价格', 'abc', 'abc 不是 0.01 到 1,000 之间的数字；保留 空值']
	] as const)(
		'says it kept the field empty, not its placeholder (%s)',
		async (locale, label, placeholder, typed, note) => {
			const onchange = vi.fn();
			const props = {
				id: 'price',
				label,
				value: null,
				placeholder,
				bounds: { min: 0.01, max: 1000 },
				onchange,
				onclear: () => {}
			};
			render(Harness, { props: { component: NumberInput, props, locale } });
			const field = screen.getByLabelText(label) as HTMLInputElement;
			await fireEvent.change(field, { target: { value: typed } });
			await tick();
			expect(onchange).not.toHaveBeenCalled();
			expect(field.value).toBe('');
			expect(screen.getByRole('status').textContent).toBe(note);
		}
	);
});

/*
 * The value in use typed again after a refused entry: the entry is taken, so the note on the
 * refused one goes, although nothing changes. A browser fires no `change` for it (the text is the
 * one the field set back by script; Chromium checked), and the fields that take entries on
 * `change` left the note up (user review).
 */
describe('a refused entry’s note, once the value in use is typed again', () => {
	/** Each kind of field with a kept note: what it refuses, what it says, and the value in use. */
	interface FieldKind {
		show: () => Promise<{ field: HTMLInputElement; passed: ReturnType<typeof vi.fn> }>;
		refused: string;
		note: string;
		inUse: string;
	}

	/** A NumberInput as a view has it: a training layout degree, a part count, a capex. */
	const numberInput = (
		label: string,
		value: number,
		bounds: { min: number; max: number; integer?: boolean },
		clears = false
	) =>
		async function show() {
			const passed = vi.fn();
			const props = {
				id: 'field',
				label,
				value,
				bounds,
				onchange: passed,
				onclear: clears ? passed : undefined
			};
			render(Harness, { props: { component: NumberInput, props } });
			return { field: screen.getByLabelText(label) as HTMLInputElement, passed };
		};

	const KINDS: Record<string, FieldKind> = {
		'an efficiency field': {
			async show() {
				const passed = vi.fn();
				const props = {
					efficiencies: DEFAULT_EFFICIENCIES,
					systems: [specFromPresetId('gb200-nvl72')!],
					onchange: passed,
					onreset: () => {}
				};
				const { container } = render(Harness, { props: { component: EfficiencyPanel, props } });
				const details = container.querySelector('details')!;
				details.open = true;
				await fireEvent(details, new Event('toggle'));
				return { field: container.querySelector('#eff-scaleUpLatencyS')!, passed };
			},
			refused: '1,0',
			note: '1,0 is not a number from 0 to 1,000; kept 20',
			inUse: '20'
		},
		'a model-shape field': {
			async show() {
				const { onmodelfield, layers } = renderWorkload();
				return { field: layers as HTMLInputElement, passed: onmodelfield };
			},
			refused: '2.5',
			note: 'Layers: 2.5 is not a whole number from 1 to 1,000; kept 61',
			inUse: '61'
		},
		'a training layout field': {
			show: numberInput('Tensor parallel', 8, TRAINING_BOUNDS.degree),
			refused: '2.5',
			note: '2.5 is not a whole number from 1 to 100,000; kept 8',
			inUse: '8'
		},
		'a part count': {
			show: numberInput('Optical transceivers', 6912, RELIABILITY_BOUNDS.count),
			refused: '-3',
			note: '-3 is not a whole number from 0 to 10,000,000; kept 6,912',
			inUse: '6,912'
		},
		'a capex': {
			show: numberInput('Capex per chip', 30_000, COST_BOUNDS.capexPerChipUsd, true),
			refused: '5',
			note: '5 is not a number from 100 to 10,000,000; kept 30,000',
			inUse: '30,000'
		},
		'a custom system’s name': {
			async show() {
				const comparison = new Comparison();
				comparison.makeCustom(0, 'My rack');
				flushSync();
				const passed = vi.fn();
				const props = systemPanelProps(comparison, 0, { onrename: passed });
				render(Harness, { props: { component: SystemPanel, props } });
				return { field: screen.getByLabelText('Name') as HTMLInputElement, passed };
			},
			refused: ' \u200b ',
			note: 'The field was empty; kept My rack',
			inUse: 'My rack'
		},
		// Passed on as typed (InputSlider takes each keystroke), so it never relied on `change`:
		// held here so that it keeps doing so.
		'a slider’s number field': {
			async show() {
				const passed = vi.fn();
				const props = {
					id: 'chips',
					label: 'Chips',
					value: 1536,
					bounds: systemInput('chips').bounds,
					scale: 1,
					unit: 'chips',
					onchange: passed
				};
				render(Harness, { props: { component: InputSlider, props } });
				const field = screen.getByLabelText('Chips', { selector: 'input[type=text]' });
				return { field: field as HTMLInputElement, passed };
			},
			refused: '1536.7',
			note: '1536.7 is not a whole number from 1 to 100,000; kept 1,536 chips',
			inUse: '1,536'
		}
	};
	const kinds = Object.keys(KINDS);
	/** The fields that take entries on `change`; a slider's passes each keystroke on. */
	const takenOnChange = kinds.filter((kind) => kind !== 'a slider’s number field');

	/**
	 * Text typed over the field's, then Enter or leaving the field, with the events a browser fires:
	 * `change` only when the text differs from what the field held (Chromium: not for the text a
	 * refused entry set back by script).
	 */
	async function enter(field: HTMLInputElement, text: string, end: 'Enter' | 'Tab') {
		await fireEvent.focus(field);
		const held = field.value;
		await fireEvent.input(field, { target: { value: text } });
		if (end === 'Enter') await fireEvent.keyDown(field, { key: 'Enter' });
		if (text !== held) await fireEvent.change(field);
		if (end === 'Enter') await fireEvent.keyUp(field, { key: 'Enter' });
		else await fireEvent.blur(field);
		await tick();
	}

	const note = () => screen.queryByRole('status')?.textContent ?? null;

	it.each(kinds.flatMap((kind) => (['Enter', 'Tab'] as const).map((end) => [kind, end] as const)))(
		'%s: goes after the value in use is typed again and %s pressed',
		async (kind, end) => {
			const { show, refused, note: says, inUse } = KINDS[kind]!;
			const { field, passed } = await show();
			await enter(field, refused, end);
			expect(field.value).toBe(inUse);
			expect(note()).toBe(says);
			await enter(field, inUse, end);
			expect(field.value).toBe(inUse);
			expect(note()).toBeNull();
			// Nothing changed, so nothing is passed on (a model edited to its own figures, a history
			// entry); a slider's field passes each keystroke on, as it always has.
			if (takenOnChange.includes(kind)) expect(passed).not.toHaveBeenCalled();
		}
	);

	it.each(takenOnChange)(
		'%s: stays while refused text is typed, after it is refused again, and when the field is only visited',
		async (kind) => {
			const { show, refused, note: says } = KINDS[kind]!;
			const { field } = await show();
			await enter(field, refused, 'Tab');
			// Typed, the entry not ended: the box shows refused text, and the note still says why.
			await fireEvent.focus(field);
			await fireEvent.input(field, { target: { value: refused } });
			expect(note()).toBe(says);
			await fireEvent.change(field);
			await fireEvent.blur(field);
			await tick();
			expect(note()).toBe(says);
			// Visited without typing (focus, Enter, Tab away): no entry was made.
			await fireEvent.focus(field);
			await fireEvent.keyDown(field, { key: 'Enter' });
			await fireEvent.keyUp(field, { key: 'Enter' });
			await fireEvent.blur(field);
			expect(note()).toBe(says);
		}
	);

	it('goes when a number a rule changed is typed as the rule left it', async () => {
		// At least one accelerator per chip: 10 on a 72-chip system is 72; 72 typed is taken.
		render(HeldNumber, { props: { start: 72, keep: (v: number) => Math.max(72, v) } });
		const field = screen.getByLabelText('Accelerators') as HTMLInputElement;
		await enter(field, '10', 'Enter');
		expect(note()).toBe('10 does not fit the other settings; using 72');
		await enter(field, '72', 'Enter');
		expect(field.value).toBe('72');
		expect(note()).toBeNull();
	});

	it('stays under an IME’s Enter, which only confirms the characters typed', async () => {
		const { field } = await KINDS['an efficiency field']!.show();
		await enter(field, '1,0', 'Tab');
		await fireEvent.focus(field);
		await fireEvent.input(field, { target: { value: '20' } });
		await fireEvent.keyDown(field, { key: 'Enter', isComposing: true });
		await fireEvent.keyUp(field, { key: 'Enter' });
		expect(note()).toBe('1,0 is not a number from 0 to 1,000; kept 20');
	});
});

describe('each model-shape field’s refusal note', () => {
	it('stays while another shape field takes an entry, and goes with its own field’s', async () => {
		// One note stood for every shape field, so a value taken in one cleared the note on another
		// (helper-131).
		const { comparison, layers, hidden, notes } = renderShapeFields();
		const note = 'Layers: abc is not a whole number from 1 to 1,000; kept 61';
		await fireEvent.change(layers, { target: { value: 'abc' } });
		expect(notes()).toEqual([note]);
		await fireEvent.change(hidden, { target: { value: '8,192' } });
		flushSync();
		expect(comparison.model.hiddenSize).toBe(8192);
		expect(notes()).toEqual([note]);
		// A refusal in another field adds its own note; an entry taken in the first clears only its.
		await fireEvent.change(hidden, { target: { value: '-1' } });
		expect(notes()).toHaveLength(2);
		await fireEvent.change(layers, { target: { value: '64' } });
		flushSync();
		expect(comparison.model.layers).toBe(64);
		expect(notes()).toEqual([expect.stringMatching(/^Hidden size: -1 is not a whole number/)]);
		comparison.dispose();
	});

	it('goes when its field’s value is replaced from outside: another model, an undo', async () => {
		// The notes stayed under a model picked since, saying "kept 61" beside its 94 layers.
		const { comparison, layers, hidden, notes } = renderShapeFields();
		const start = comparison.scenario;
		await fireEvent.change(layers, { target: { value: 'abc' } });
		expect(notes()).toEqual(['Layers: abc is not a whole number from 1 to 1,000; kept 61']);
		setModel(comparison, 'qwen3-235b-a22b');
		flushSync();
		expect((layers as HTMLInputElement).value).toBe('94');
		expect(notes()).toEqual([]);
		// Undo puts back a scenario: the fields whose values it changes lose their notes, not others.
		await fireEvent.change(layers, { target: { value: '0' } });
		await fireEvent.change(hidden, { target: { value: '-1' } });
		expect(notes()).toHaveLength(2);
		comparison.replaceScenario({
			...comparison.scenario,
			serving: { ...comparison.scenario.serving, customModel: { ...comparison.model, layers: 90 } }
		});
		flushSync();
		expect(notes()).toEqual([expect.stringMatching(/^Hidden size: -1 is not a whole number/)]);
		comparison.replaceScenario(start);
		flushSync();
		expect(notes()).toEqual([]);
		comparison.dispose();
	});
});
