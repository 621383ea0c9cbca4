import { VIEW_KEYS, encodeScenario } from '../share/codec';
import type { Scenario } from '../model/scenario';
import type { Comparison } from './comparison.svelte';

/**
 * The scenario's history, in the address bar and as undo/redo.
 *
 * Edits (a slider's every tick) replace the current history entry, debounced, so the link always
 * holds the scenario without filling Back with ticks. Actions that replace the scenario wholesale
 * (open a saved entry or a claim's scenario, import, remove a system, open from the diff) first
 * write the pending edit into the current entry, then push a new one: Back returns to the edited
 * state. Undo/redo walk the settled states (one per pause in editing) without touching Back.
 */

/** Writes the address bar; the page passes SvelteKit's shallow-routing pushState/replaceState. */
export interface AddressBar {
	push(url: string): void;
	replace(url: string): void;
	/** The current location (pathname, search, hash). */
	location(): { pathname: string; search: string; hash: string };
	/**
	 * Reactive: false while the page's words (its title) are not yet in the language asked for.
	 * SvelteKit's live region reads the title when the address bar is written and announces it when
	 * it changed: a write before the Chinese catalog arrived announced the English title
	 * (helper-88). Settled writes wait for it, TITLE_WAIT_MS at most (a stalled load).
	 */
	titleSettled?(): boolean;
}

/**
 * How long the address bar waits for the page's title in a language still loading, at most.
 * Generous: it is for a load that never ends, and on a busy machine the catalog took over 3 s
 * behind a 1 s network delay (a CI run at twice its usual time announced the English title).
 */
export const TITLE_WAIT_MS = 8000;

/** One write of the address bar after a slider settles. */
export const URL_WRITE_DELAY_MS = 250;
/** Undo steps kept; the oldest go first (each is a small, shared, immutable scenario). */
export const MAX_UNDO = 100;

interface Snapshot {
	scenario: Scenario;
	/**
	 * The "what if" baseline with it: taking or dropping one is an undo step, so a baseline dropped
	 * by a slip comes back with Ctrl+Z (helper-140: it was lost, with no way back).
	 */
	baseline: Scenario | null;
	/** The scenario and its baseline as link text (no view or language): equal text, same state. */
	key: string;
}

/** Inputs where Ctrl+Z belongs to the text being typed, not to the scenario. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);
function isTextEntry(target: EventTarget | null): boolean {
	const element = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
	if (!element?.tagName) return false;
	if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
	return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(element.type ?? 'text');
}

export class ScenarioHistory {
	#comparison: Comparison;
	#bar: AddressBar;
	#started = $state(false);
	/** True once TITLE_WAIT_MS have passed since start: writes stop waiting for the title. */
	#waited = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#present: Snapshot | null = null;
	/** The window listen() follows: while a text field of it has focus, the reader is typing. */
	#window: Window | null = null;
	#past = $state.raw<Snapshot[]>([]);
	#future = $state.raw<Snapshot[]>([]);
	/**
	 * The edits since the last recorded state were made while typing in a field (set as each edit
	 * happens, not when it is written: a slider moved just before a field took focus is no typing).
	 */
	#byTyping = false;
	/** A typed edit has settled into the link, differing from the present, but not into undo yet. */
	#typed = $state(false);
	/** The link kept in the address bar (keep) without its view, and its scenario as link text. */
	#kept: [link: string, scenario: string] | null = null;

	/** Undo is offered while a typed edit waits for its field to be left: undo() records it first. */
	get canUndo() {
		return this.#past.length > 0 || this.#typed;
	}
	/** Redo would record the waiting typed edit first, which ends redo: not offered meanwhile. */
	get canRedo() {
		return this.#future.length > 0 && !this.#typed;
	}

	/** Create during component initialisation: it follows the scenario with an effect. */
	constructor(comparison: Comparison, bar: AddressBar) {
		this.#comparison = comparison;
		this.#bar = bar;
		comparison.onReplace((phase) =>
			phase === 'before' ? this.flush() : phase === 'after' ? this.#pushNow() : this.flush(true)
		);
		$effect(() => {
			// Every edit, view or language change: what the link is made of, not the link itself, so
			// a slider's tick does not encode the whole scenario (the write after the pause does).
			void comparison.linkParts;
			if (!this.#started) return;
			this.#byTyping ||= this.#typing();
			if (!this.#waited && this.#bar.titleSettled?.() === false) return;
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.flush(), URL_WRITE_DELAY_MS);
			return () => clearTimeout(this.#timer);
		});
	}

	/** Begin once the page has read its link: that scenario is where undo stops. */
	start() {
		this.#present = this.#snapshot();
		this.#started = true;
		setTimeout(() => (this.#waited = true), TITLE_WAIT_MS);
	}

	/**
	 * Keep `link`, the link the page opened, in the address bar for as long as the scenario (and
	 * its "what if" baseline) is the one it opened: a link made by a newer model than this page's.
	 * This page reads it by its own model's defaults and keys, and its own link would say `m=` its
	 * version: sent on, the link would mean something else than it did, without a word. The view
	 * and language follow the page (they are no part of the scenario). Once the reader edits, the
	 * address is this page's link: the edited scenario is this page's reading, and its link writes
	 * only what differs from this model's defaults, which a newer page reads with the `m=` given.
	 * Undone back to the scenario it opened, the address is the link again. Call after start().
	 */
	keep(link: string) {
		const params = new URLSearchParams(link);
		for (const key of VIEW_KEYS) params.delete(key);
		this.#kept = [`${params}`, this.#bare()];
	}

	/** The link without its view: the scenario and its baseline (the view's keys come last). */
	#bare() {
		return encodeScenario(this.#comparison.scenario, {}, this.#comparison.baseline);
	}

	/**
	 * The link query the address bar holds: the page's, or the kept one with the page's view. What
	 * the page copies, exports and saves too: the Copy button gave `m=` this page's version.
	 */
	address(): string {
		const query = this.#comparison.query;
		const bare = this.#kept && this.#bare();
		return bare === this.#kept?.[1] ? this.#kept![0] + query.slice(bare!.length) : query;
	}

	/**
	 * Write a pending edit now: into the current history entry, and into the undo list unless the
	 * reader is still typing it (`settled`: the typing has ended). The address bar follows the
	 * typing, but undo takes a typed edit as one step once its field is left or Enter ends it (listen):
	 * a field passes on each keystroke it accepts, so "1.5" typed into 72 chips passed on 1, and
	 * when the field refused 1.5 and went back to 72, undo returned to 1 chip (helper-92).
	 */
	flush(settled = false) {
		clearTimeout(this.#timer);
		if (!this.#started) return;
		if (settled || !this.#byTyping) this.#record();
		else this.#typed = this.#snapshot().key !== this.#present?.key;
		const query = `?${this.address()}`;
		const { pathname, search, hash } = this.#bar.location();
		if (search !== query) this.#bar.replace(`${pathname}${query}${hash}`);
	}

	undo() {
		this.flush(true);
		const previous = this.#past.at(-1);
		if (!previous || !this.#present) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, this.#present];
		this.#restore(previous);
	}

	redo() {
		this.flush(true);
		const next = this.#future.at(-1);
		if (!next || !this.#present) return;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, this.#present];
		this.#restore(next);
	}

	/** Back or Forward moved to another entry of this page: show its scenario. */
	popped() {
		// A write still pending belongs to the entry just left; the address bar has moved on.
		clearTimeout(this.#timer);
		if (!this.#started) return;
		// So Ctrl+Z after Back returns to the edits Back left; not a half-typed one ("1" of "1.5").
		if (!this.#byTyping) this.#record();
		// In the reader's language: a language chosen since stays (it had gone back with the entry).
		this.#comparison.load(this.#bar.location().search, true);
		this.#record();
	}

	/**
	 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes; typing in a text field keeps its own
	 * undo. Not in a field showing the value in use, nothing typed since it was taken (its text is
	 * its `data-in-use`, which the field sets): the browser's undo took back the text of an entry
	 * the page had taken ("144" → "14"), and the field passed that on as an edit.
	 */
	keydown(event: KeyboardEvent) {
		const key = event.key.toLowerCase();
		const redo = key === 'y' && event.ctrlKey ? !event.shiftKey : key === 'z' && event.shiftKey;
		if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && !redo)) return;
		const field = event.target as HTMLInputElement | null;
		if (isTextEntry(field) && (field!.dataset?.inUse ?? null) !== field!.value) return;
		event.preventDefault();
		if (redo) this.redo();
		else this.undo();
	}

	/** Listen for Back/Forward, the page going away (flush) and the keyboard; returns the stop. */
	listen(target: Window): () => void {
		this.#window = target;
		const popped = () => this.popped();
		const hide = () => this.flush();
		const key = (event: KeyboardEvent) => {
			if (event.key === 'Enter') ended(event);
			this.keydown(event);
		};
		// After the field's own blur or Enter handler, which may put back a value it refused (and the
		// page's answer, a microtask): a microtask, before any later event (a slider's input) adds to
		// the typed edit. Enter ends an edit as leaving the field does.
		const ended = (event: Event) => {
			if (isTextEntry(event.target)) queueMicrotask(() => this.flush(true));
		};
		// A slider's edit still waiting for its write is its own step, before typing begins (typing
		// within URL_WRITE_DELAY_MS of it made the two one).
		const entered = (event: FocusEvent) => {
			if (this.#started && isTextEntry(event.target) && !this.#byTyping) this.#record();
		};
		target.addEventListener('popstate', popped);
		target.addEventListener('pagehide', hide);
		target.addEventListener('keydown', key);
		target.addEventListener('focusout', ended);
		target.addEventListener('focusin', entered);
		return () => {
			target.removeEventListener('popstate', popped);
			target.removeEventListener('pagehide', hide);
			target.removeEventListener('keydown', key);
			target.removeEventListener('focusout', ended);
			target.removeEventListener('focusin', entered);
		};
	}

	/** Whether the reader is typing in a text field of the window listen() follows. */
	#typing(): boolean {
		return isTextEntry(this.#window?.document.activeElement ?? null);
	}

	#snapshot(): Snapshot {
		const { scenario, baseline } = this.#comparison;
		return { scenario, baseline, key: encodeScenario(scenario, {}, baseline) };
	}

	/** Make the current scenario the present state, if it differs; a new edit ends redo. */
	#record() {
		this.#byTyping = this.#typed = false;
		const now = this.#snapshot();
		if (!this.#present || now.key === this.#present.key) {
			this.#present ??= now;
			return;
		}
		this.#past = [...this.#past, this.#present].slice(-MAX_UNDO);
		this.#future = [];
		this.#present = now;
	}

	#restore(snapshot: Snapshot) {
		this.#present = snapshot;
		const { scenario, baseline } = snapshot;
		this.#comparison.replaceScenario(scenario);
		// A baseline taken as the scenario stood is that scenario (the summary reads "no change"
		// by identity, and completes it with the page's answers while they are the same).
		this.#comparison.setBaseline(baseline === scenario ? this.#comparison.scenario : baseline);
	}

	/** After a replacing action: its state gets a history entry of its own, at once. */
	#pushNow() {
		clearTimeout(this.#timer);
		if (!this.#started) return;
		this.#record();
		const query = `?${this.address()}`;
		const { pathname, search, hash } = this.#bar.location();
		if (search !== query) this.#bar.push(`${pathname}${query}${hash}`);
	}
}
