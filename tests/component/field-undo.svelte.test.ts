import { fireEvent, render } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ComparedSystem from './ComparedSystem.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { ScenarioHistory, type AddressBar } from '../../src/lib/state/history.svelte';

/*
 * Ctrl+Z in a field showing the value in use is the page's undo. The browser's own took back the
 * last keystrokes of an entry the page had taken ("144" → "14"), and the field passed "14" on as
 * an edit. While text is being typed, the browser's undo of it stays.
 */

/** A custom system A under a history that listens to the window, as the page has it. */
function setup(link = '?v=1&a=gb200-nvl72') {
	let search = link;
	const bar: AddressBar = {
		push: (url) => (search = new URL(url, 'https://example.org').search),
		replace: (url) => (search = new URL(url, 'https://example.org').search),
		location: () => ({ pathname: '/', search, hash: '' })
	};
	const comparison = new Comparison();
	let history!: ScenarioHistory;
	const stop = $effect.root(() => {
		history = new ScenarioHistory(comparison, bar);
	});
	flushSync();
	comparison.load(search);
	history.start();
	flushSync();
	const unlisten = history.listen(window);
	const { container } = render(Harness, {
		props: { component: ComparedSystem, props: { comparison } }
	});
	const input = (selector: string) => container.querySelector<HTMLInputElement>(selector)!;
	return {
		comparison,
		history,
		/** The address bar's query. */
		link: () => search,
		input,
		done() {
			unlisten();
			stop();
			comparison.dispose();
		}
	};
}

/** Types `text` into `field` keystroke by keystroke, as a browser fires `input`. */
async function type(field: HTMLInputElement, text: string) {
	for (let end = 1; end <= text.length; end++)
		await fireEvent.input(field, { target: { value: text.slice(0, end) } });
	flushSync();
}

/** Enter, with the `change` a browser fires first when the text changed since the last one. */
async function enter(field: HTMLInputElement, changed = true) {
	await fireEvent.keyDown(field, { key: 'Enter' });
	if (changed) await fireEvent.change(field);
	await fireEvent.keyUp(field, { key: 'Enter' });
	await Promise.resolve(); // the history ends the typed edit in a microtask
	flushSync();
}

/** Presses a key with Ctrl; true when the browser would do its own thing (not prevented). */
async function ctrl(field: HTMLInputElement, key: string, shiftKey = false) {
	const native = await fireEvent.keyDown(field, { key, ctrlKey: true, shiftKey });
	flushSync();
	await tick();
	return native;
}

const chipsOfA = (comparison: Comparison) => comparison.scenario.systems[0]!.chips;

describe('Ctrl+Z in a number field', () => {
	it('after Enter undoes the entry the page took; Ctrl+Y and Ctrl+Shift+Z redo it', async () => {
		const { comparison, input, done } = setup();
		const field = input('#a-chips-number');
		field.focus();
		await type(field, '144');
		await enter(field, false); // a slider's field passes each keystroke on: no `change` needed
		expect(chipsOfA(comparison)).toBe(144);
		// Not the browser's: it would leave "14" in the box, which the field passes on.
		expect(await ctrl(field, 'z')).toBe(false);
		expect(chipsOfA(comparison)).toBe(72);
		expect(field.value).toBe('72');
		expect(await ctrl(field, 'y')).toBe(false);
		expect(chipsOfA(comparison)).toBe(144);
		expect(field.value).toBe('144');
		await ctrl(field, 'z');
		expect(await ctrl(field, 'Z', true)).toBe(false);
		expect(chipsOfA(comparison)).toBe(144);
		done();
	});

	it('in a field only visited (focused, nothing typed) undoes, and the field shows the value put back', async () => {
		const { comparison, history, input, done } = setup();
		comparison.setField(0, 'chips', 36); // a slider's step
		flushSync();
		history.flush();
		const field = input('#a-chips-number');
		field.focus();
		expect(await ctrl(field, 'z')).toBe(false);
		expect(chipsOfA(comparison)).toBe(72);
		expect(field.value).toBe('72');
		done();
	});

	it('while typing is the browser’s undo of the text', async () => {
		const { comparison, input, done } = setup();
		const field = input('#a-chips-number');
		field.focus();
		await type(field, '14');
		expect(await ctrl(field, 'z')).toBe(true);
		expect(chipsOfA(comparison)).toBe(14);
		done();
	});

	it('in a field taking its entry on change: the page’s after the entry, the browser’s before', async () => {
		const { comparison, input, done } = setup('?v=1&a=gb200-nvl72&a.sw=0.5');
		const field = input('#sw-a');
		expect(field.value).toBe('0.5');
		field.focus();
		await type(field, '0.62');
		expect(await ctrl(field, 'z')).toBe(true); // typed, not taken yet
		expect(comparison.scenario.systems[0]!.deployment?.softwareFraction).toBe(0.5);
		await enter(field);
		expect(comparison.scenario.systems[0]!.deployment?.softwareFraction).toBe(0.62);
		expect(await ctrl(field, 'z')).toBe(false);
		expect(comparison.scenario.systems[0]!.deployment?.softwareFraction).toBe(0.5);
		expect(field.value).toBe('0.5');
		done();
	});
});

describe('a custom system’s name', () => {
	it('is taken as typed, cleaned, so the link holds it mid-typing; undo takes the typing as one step', async () => {
		const { comparison, history, input, link, done } = setup('?v=1&a=custom&a.name=Rack');
		const field = input('#name-a');
		field.focus();
		await fireEvent.input(field, { target: { value: '' } });
		await type(field, 'My \u202e');
		// The name in use is cleaned ("My"); the box keeps the text typed, the space before the caret.
		expect(comparison.scenario.systems[0]!.name).toBe('My');
		expect(field.value).toBe('My \u202e');
		await fireEvent.input(field, { target: { value: 'My ' } });
		await type(field, 'My rack');
		expect(comparison.scenario.systems[0]!.name).toBe('My rack');
		// The page going away (a reload) writes the link: it holds the name typed so far.
		window.dispatchEvent(new Event('pagehide'));
		expect(new URLSearchParams(link()).get('a.name')).toBe('My rack');
		await enter(field);
		// One undo step for the whole typing; Ctrl+Z in the field is the page's undo now.
		expect(await ctrl(field, 'z')).toBe(false);
		expect(comparison.scenario.systems[0]!.name).toBe('Rack');
		expect(field.value).toBe('Rack');
		expect(history.canUndo).toBe(false);
		done();
	});

	it('is cut at 60 characters, as a link’s is', async () => {
		const { comparison, input, done } = setup('?v=1&a=custom&a.name=Rack');
		const field = input('#name-a');
		field.focus();
		await fireEvent.input(field, { target: { value: 'x'.repeat(80) } });
		expect(comparison.scenario.systems[0]!.name).toBe('x'.repeat(60));
		done();
	});
});
