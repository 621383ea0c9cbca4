/*
 * <html data-ready="true"> tells browser tests and screenshots that the page has hydrated and
 * applied its link. The layout marks it after every page has mounted; a page that applies its link
 * in a later task (the main page: hydrating and applying the link in one task was one 200-300 ms
 * task) holds the mark until it has.
 */
let holds = 0;

function markWhenFree() {
	if (holds === 0) document.documentElement.dataset.ready = 'true';
}

/** Hold the mark (call in onMount, before the layout's); call the returned function once done. */
export function holdReady(): () => void {
	holds += 1;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		holds -= 1;
		markWhenFree();
	};
}

/** The layout's own hold, released once every page below it has mounted. */
export const layoutMounted = (): void => markWhenFree();

/**
 * A promise resolved in a task of its own, after the current one: the browser may render and
 * handle input in between. `scheduler.yield` where there is one (it keeps the page's place in the
 * queue), else a zero timeout.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
