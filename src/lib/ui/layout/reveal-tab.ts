/**
 * An attachment for a one-row tab strip that scrolls sideways (a phone shows two or three of the
 * six tabs): scrolls the strip so the tab with this id is wholly in view, with a little of its
 * neighbour beside it, so the reader sees which view is open and that the strip scrolls. Re-runs
 * when the id changes (a view chosen, a link opened on a later tab).
 *
 * The read waits for the next frame: reading the layout while the page hydrates would pull the
 * page's first layout into hydration's task, already the longest of the load.
 */
export function revealTab(id: string): (strip: HTMLElement) => () => void {
	return (strip) => {
		const frame = requestAnimationFrame(() => {
			const tab = strip.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
			if (!tab) return;
			const shown = strip.getBoundingClientRect();
			const box = tab.getBoundingClientRect();
			const neighbour = Math.min(box.width / 2, shown.width / 6);
			if (box.left < shown.left) strip.scrollLeft -= shown.left - box.left + neighbour;
			else if (box.right > shown.right) strip.scrollLeft += box.right - shown.right + neighbour;
		});
		return () => cancelAnimationFrame(frame);
	};
}
