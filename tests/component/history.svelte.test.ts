import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { MODEL_VERSION } from '../../src/lib/model/version';
import {
	ScenarioHistory,
	TITLE_WAIT_MS,
	URL_WRITE_DELAY_MS
} from '../../src/lib/state/history.svelte';

/** A fake address bar with a session history: entries, and the index of the current one. */
class FakeBar {
	entries = ['/?v=1&a=hgx-h100&b=hgx-b200'];
	index = 0;
	location() {
		const url = new URL(this.entries[this.index]!, 'https://example.org');
		return { pathname: url.pathname, search: url.search, hash: url.hash };
	}
	push(url: string) {
		this.entries = [...this.entries.slice(0, this.index + 1), url];
		this.index++;
	}
	replace(url: string) {
		this.entries[this.index] = url;
	}
	back() {
		this.index--;
	}
}

function setup(address?: string) {
	const bar = new FakeBar();
	if (address) bar.entries = [address];
	const comparison = new Comparison();
	let history!: ScenarioHistory;
	const stop = $effect.root(() => {
		history = new ScenarioHistory(comparison, bar);
	});
	flushSync(); // the root runs its setup when flushed
	comparison.load(bar.location().search);
	history.start();
	flushSync();
	return { bar, comparison, history, stop };
}

const chipsOfA = (comparison: Comparison) => comparison.scenario.systems[0]!.chips;

/** setup() listening to the window, with a text field to type in (a typed edit is made while it has focus). */
function typingSetup() {
	const { bar, comparison, history, stop } = setup();
	const field = document.createElement('input');
	document.body.append(field);
	const unlisten = history.listen(window);
	return {
		bar,
		comparison,
		history,
		field,
		done() {
			unlisten();
			field.remove();
			stop();
		}
	};
}

describe('ScenarioHistory', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('replaces the entry once a slider settles, without adding Back steps', () => {
		const { bar, comparison, stop } = setup();
		for (const chips of [9, 10, 11, 12]) {
			comparison.setField(0, 'chips', chips);
			flushSync();
			vi.advanceTimersByTime(URL_WRITE_DELAY_MS / 2);
		}
		expect(bar.entries[0]).not.toContain('a.chips=12');
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		expect(bar.entries).toEqual([expect.stringContaining('a.chips=12')]);
		stop();
	});

	it('writes the address bar only once the page’s title is in its language (helper-88)', () => {
		const bar = new FakeBar();
		const comparison = new Comparison();
		const words = $state({ settled: false });
		let history!: ScenarioHistory;
		const stop = $effect.root(() => {
			history = new ScenarioHistory(
				comparison,
				Object.assign(bar, { titleSettled: () => words.settled })
			);
		});
		flushSync();
		comparison.load(bar.location().search);
		history.start();
		comparison.setField(0, 'chips', 12);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 4);
		// SvelteKit would announce the title written now: still English on a Chinese page.
		expect(bar.entries[0]).not.toContain('a.chips=12');
		words.settled = true;
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		expect(bar.entries[0]).toContain('a.chips=12');
		stop();
	});

	it('stops waiting for the title after TITLE_WAIT_MS: a stalled load never holds the link back', () => {
		const bar = new FakeBar();
		const comparison = new Comparison();
		let history!: ScenarioHistory;
		const stop = $effect.root(() => {
			history = new ScenarioHistory(comparison, Object.assign(bar, { titleSettled: () => false }));
		});
		flushSync();
		comparison.load(bar.location().search);
		history.start();
		comparison.setField(0, 'chips', 12);
		flushSync();
		vi.advanceTimersByTime(TITLE_WAIT_MS - 1);
		expect(bar.entries[0]).not.toContain('a.chips=12');
		vi.advanceTimersByTime(1);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		expect(bar.entries[0]).toContain('a.chips=12');
		stop();
	});

	it('keeps a link from a newer model in the address until the reader edits, the view following (issue 15)', () => {
		// `later` stands for a key this page does not know: its own link would leave it out.
		const { bar, comparison, history, stop } = setup('/?v=1&m=999&a=hgx-h100&later=2');
		history.keep(bar.location().search);
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(bar.entries).toEqual(['/?v=1&m=999&a=hgx-h100&later=2']);
		comparison.setView('inference');
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(bar.entries).toEqual(['/?v=1&m=999&a=hgx-h100&later=2&view=inference']);
		// An edit: the scenario is this page's reading now, and the link says so.
		comparison.setField(0, 'chips', 12);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		const edited = new URLSearchParams(bar.location().search);
		expect(edited.get('m')).toBe(MODEL_VERSION);
		expect(edited.get('a.chips')).toBe('12');
		expect(edited.has('later')).toBe(false);
		// Undone, the scenario is the link's again, and so is the address.
		history.undo();
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(bar.entries).toEqual(['/?v=1&m=999&a=hgx-h100&later=2&view=inference']);
		stop();
	});

	it('a replacing action writes the pending edit first, then pushes: Back returns to the edit', () => {
		const { bar, comparison, history, stop } = setup();
		comparison.setField(0, 'chips', 12);
		flushSync(); // edit pending, not yet written
		comparison.open('?v=1&a=gb200-nvl72');
		expect(bar.entries).toEqual([
			expect.stringContaining('a.chips=12'),
			expect.stringContaining('a=gb200-nvl72')
		]);
		bar.back();
		history.popped();
		expect(chipsOfA(comparison)).toBe(12);
		stop();
	});

	it('Back keeps the language the reader chose since (helper-132: it went back with the entry)', () => {
		const { bar, comparison, history, stop } = setup();
		comparison.setLocale('zh');
		flushSync();
		vi.advanceTimersByTime(TITLE_WAIT_MS + URL_WRITE_DELAY_MS);
		comparison.open('?v=1&a=gb200-nvl72');
		comparison.setLocale('en');
		flushSync();
		bar.back();
		expect(bar.location().search).toContain('lang=zh');
		history.popped();
		expect(chipsOfA(comparison)).toBe(8);
		expect(comparison.locale).toBe('en');
		stop();
	});

	it('removing a system pushes an entry too', () => {
		const { bar, comparison, stop } = setup();
		comparison.remove(1);
		expect(bar.entries.length).toBe(2);
		expect(bar.entries[1]).not.toContain('b=');
		stop();
	});

	it('undoes and redoes settled states; a new edit ends redo', () => {
		const { comparison, history, stop } = setup();
		expect(history.canUndo).toBe(false);
		comparison.setField(0, 'chips', 12);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		comparison.setField(0, 'chips', 20);
		flushSync(); // not settled yet: undo settles it first
		history.undo();
		expect(chipsOfA(comparison)).toBe(12);
		history.undo();
		expect(chipsOfA(comparison)).toBe(8);
		expect(history.canUndo).toBe(false);
		history.redo();
		history.redo();
		expect(chipsOfA(comparison)).toBe(20);
		expect(history.canRedo).toBe(false);
		history.undo();
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS); // the restored state settles: still redoable
		expect(history.canRedo).toBe(true);
		comparison.setField(0, 'chips', 4);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		expect(history.canRedo).toBe(false);
		stop();
	});

	it('takes back a dropped "what if" baseline, and a taken one, as undo steps (helper-140)', () => {
		const { bar, comparison, history, stop } = setup();
		const settle = () => {
			flushSync();
			vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		};
		comparison.takeBaseline(comparison.scenario); // "What if…" as the scenario stands
		settle();
		comparison.setField(0, 'chips', 16);
		settle();
		const base = comparison.baseline;
		comparison.takeBaseline(null); // "Drop the baseline" by a slip
		settle();
		expect(bar.entries[0]).not.toContain('base=1');
		history.undo();
		flushSync();
		expect(comparison.baseline).toBe(base);
		expect(chipsOfA(comparison)).toBe(16); // the edit since stays
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
		expect(bar.entries[0]).toContain('base=1');
		expect(bar.entries[0]).toContain('base.a.chips=');
		history.undo(); // the edit since the baseline
		history.undo(); // taking the baseline: none again, and the scenario is the one it took
		expect(comparison.baseline).toBeNull();
		expect(chipsOfA(comparison)).toBe(8);
		history.redo();
		// Taken as the scenario stood, it is that scenario again: the summary reads "no change".
		expect(comparison.baseline).toBe(comparison.scenario);
		stop();
	});

	it('takes a baseline as its own step, apart from an edit made just before or after it (helper-141)', () => {
		const { bar, comparison, history, stop } = setup();
		comparison.setField(0, 'chips', 12); // a slider's move, its write still waiting
		flushSync();
		comparison.takeBaseline(comparison.scenario);
		expect(bar.entries[0]).toContain('base=1'); // written at once, not after the wait
		comparison.setField(0, 'chips', 16); // within the wait after the click
		flushSync();
		history.undo(); // the edit after the click
		expect(chipsOfA(comparison)).toBe(12);
		expect(comparison.baseline).toBe(comparison.scenario);
		history.undo(); // the click alone
		expect(comparison.baseline).toBeNull();
		expect(chipsOfA(comparison)).toBe(12);
		history.undo(); // the edit before it
		expect(chipsOfA(comparison)).toBe(8);
		stop();
	});

	it('Ctrl/Cmd+Z undoes and Shift redoes, except while typing in a text field', () => {
		const { comparison, history, stop } = setup();
		comparison.setField(0, 'chips', 12);
		const key = (init: Partial<KeyboardEvent>, target: unknown = null) => {
			const event = {
				key: 'z',
				target,
				preventDefault: vi.fn(),
				...init
			} as unknown as KeyboardEvent;
			history.keydown(event);
			return event.preventDefault as ReturnType<typeof vi.fn>;
		};
		expect(key({ ctrlKey: true }, { tagName: 'INPUT', type: 'text' })).not.toHaveBeenCalled();
		expect(chipsOfA(comparison)).toBe(12);
		expect(key({ metaKey: true }, { tagName: 'INPUT', type: 'range' })).toHaveBeenCalled();
		expect(chipsOfA(comparison)).toBe(8);
		key({ ctrlKey: true, shiftKey: true, key: 'Z' });
		expect(chipsOfA(comparison)).toBe(12);
		stop();
	});

	it('a write pending when Back is pressed does not land in the entry Back moved to', () => {
		const { bar, comparison, history, stop } = setup();
		comparison.open('?v=1&a=gb200-nvl72');
		comparison.setField(0, 'chips', 36);
		flushSync();
		bar.back();
		history.popped();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(bar.entries[0]).toContain('b=hgx-b200');
		expect(bar.entries[0]).not.toContain('a.chips=36');
		history.undo(); // back to the edit Back left
		expect(chipsOfA(comparison)).toBe(36);
		stop();
	});

	it('takes an edit typed in a field as one undo step, once the field is left (helper-92)', async () => {
		const { bar, comparison, history, field, done } = typingSetup();
		const before = chipsOfA(comparison);
		// "1.5" typed into the chips: "1" is passed on and settles (the link follows it) ...
		field.focus();
		comparison.setField(0, 'chips', 1);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(bar.entries[0]).toContain('a.chips=1&');
		// Undo is offered (the link has changed), but the undo list waits for the field to be left.
		expect(history.canUndo).toBe(true);
		// ... then ".5" is refused, and leaving the field puts back the chips it began with.
		comparison.setField(0, 'chips', before);
		flushSync();
		field.blur();
		await Promise.resolve(); // the focusout's microtask
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(history.canUndo).toBe(false);
		// Undo pressed while still in the field (a click the field's blur has not settled yet)
		// takes the typed edit as a step and undoes it.
		field.focus();
		comparison.setField(0, 'chips', 24);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		history.undo();
		expect(chipsOfA(comparison)).toBe(before);
		expect(history.canUndo).toBe(false);
		history.redo();
		expect(chipsOfA(comparison)).toBe(24);
		history.undo();
		field.blur();
		await Promise.resolve();
		// An accepted edit is one step, whatever it passed on while typed: 1, 15, 153, 1536.
		field.focus();
		for (const chips of [1, 15, 153, 1536]) {
			comparison.setField(0, 'chips', chips);
			flushSync();
			vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		}
		field.blur();
		await Promise.resolve();
		history.undo();
		expect(chipsOfA(comparison)).toBe(before);
		expect(history.canUndo).toBe(false);
		done();
	});

	it('knows a typed edit from where it was made, not from where focus is when it is written (helper-97)', async () => {
		const { bar, comparison, history, field, done } = typingSetup();
		const before = chipsOfA(comparison);
		// A slider moves, then a text field takes focus before the write: the step is still undoable.
		comparison.setField(0, 'chips', 9);
		flushSync();
		field.focus();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(history.canUndo).toBe(true);
		history.undo();
		expect(chipsOfA(comparison)).toBe(before);
		// Typing the value that was there changes nothing: nothing to undo, redo still offered.
		expect(history.canRedo).toBe(true);
		comparison.setField(0, 'chips', 7);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		// A typed edit waiting for its field: redo would end redo, so it is not offered meanwhile.
		expect(history.canRedo).toBe(false);
		comparison.setField(0, 'chips', before);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(history.canUndo).toBe(false);
		// Back while a half-typed value ("1" of "1.5") is in the link: it does not enter undo.
		field.blur();
		await Promise.resolve();
		comparison.open('?v=1&a=gb200-nvl72'); // a replacing action: a new entry, Back returns
		flushSync();
		field.focus();
		comparison.setField(0, 'chips', 1);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		expect(bar.entries[1]).toContain('a.chips=1&');
		bar.back();
		history.popped();
		expect(chipsOfA(comparison)).toBe(before);
		history.undo(); // to the state before Back: GB200 NVL72 as opened, not its half-typed 1 chip
		expect(comparison.scenario.systems[0]!.presetId).toBe('gb200-nvl72');
		expect(chipsOfA(comparison)).toBe(72);
		done();
	});

	it('ends a typed edit on Enter, as leaving the field does, and before a slider moves (helper-98)', async () => {
		const { comparison, history, field, done } = typingSetup();
		const first = chipsOfA(comparison);
		// 80, Enter, 90, Tab: two steps, as the field ends an edit on Enter.
		field.focus();
		comparison.setField(0, 'chips', 80);
		flushSync();
		field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await Promise.resolve();
		comparison.setField(0, 'chips', 90);
		flushSync();
		field.blur();
		await Promise.resolve();
		history.undo();
		expect(chipsOfA(comparison)).toBe(80);
		history.undo();
		expect(chipsOfA(comparison)).toBe(first);
		// 16 typed, then a click on a slider: the click's input event comes in the task that left
		// the field, after the focusout; the typed edit is recorded first (a microtask queued by the
		// focusout runs before the next event's handlers), so the two are two steps.
		field.focus();
		comparison.setField(0, 'chips', 16);
		flushSync();
		field.blur();
		await Promise.resolve();
		comparison.setField(0, 'chips', 40);
		flushSync();
		vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
		history.undo();
		expect(chipsOfA(comparison)).toBe(16);
		// A slider step, then typing within URL_WRITE_DELAY_MS of it: two steps, not one.
		comparison.setField(0, 'chips', 41);
		flushSync();
		field.focus();
		comparison.setField(0, 'chips', 80);
		flushSync();
		field.blur();
		await Promise.resolve();
		history.undo();
		expect(chipsOfA(comparison)).toBe(41);
		done();
	});
});
