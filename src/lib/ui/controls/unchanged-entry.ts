import type { Attachment } from 'svelte/attachments';

/**
 * For a text field that takes its entries on `change`: calls `accepted` when an entry ends (Enter,
 * or leaving the field) with the text the field already held typed again. The browser fires no
 * `change` then: it compares the text with the last one committed or set by script, and a field
 * that refuses an entry sets the value in use back by script. So "8" typed after "2.5" was refused
 * (kept 8) reached no handler, and the note on the refused entry (KeptNote) stayed under an entry
 * that was taken. That text is one the field took (it puts the value in use back, never refused
 * text), so `accepted` only has to drop the note: nothing changed to pass on.
 * Typing alone does not end an entry: the note stays while the box may still show refused text.
 */
export function onUnchangedEntry(accepted: () => void): Attachment<HTMLInputElement> {
	return (input) => {
		/** Typed since the last `change`: an entry is under way that no `change` has taken yet. */
		let typing = false;
		/** Enter went down outside an IME composition (where it only confirms the characters). */
		let enterDown = false;
		const end = () => {
			if (!typing) return;
			typing = false;
			accepted();
		};
		const listening = new AbortController();
		const listen = { signal: listening.signal };
		input.addEventListener('input', () => (typing = true), listen);
		input.addEventListener('change', () => (typing = false), listen);
		input.addEventListener(
			'keydown',
			(event) => (enterDown = event.key === 'Enter' && !event.isComposing),
			listen
		);
		// On key up, not down: the `change` an Enter fires (when the text did change) comes between.
		input.addEventListener('keyup', (event) => event.key === 'Enter' && enterDown && end(), listen);
		// `change` comes before `blur`, so an entry it took is not ended twice.
		input.addEventListener('blur', end, listen);
		return () => listening.abort();
	};
}
