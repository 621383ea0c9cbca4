import type { Attachment } from 'svelte/attachments';

/**
 * Opens or closes a <details> as `open()` says, written only when that changes: `{@attach
 * detailsOpen(() => shown)}` in place of `open={shown}`. Svelte writes an attribute again whenever
 * anything else in its template effect changes, and a write between the reader's click and the
 * toggle event (a task later) took the click back: the event reported the details closed, and the
 * frontier table a reader opened stayed out of the link (2 runs in 6 of
 * tests/e2e/chart-settings-link.test.ts).
 */
export function detailsOpen(open: () => boolean): Attachment<HTMLDetailsElement> {
	return (details) => {
		details.open = open();
	};
}
