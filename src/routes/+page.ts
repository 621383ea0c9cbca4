import { browser } from '$app/environment';
import { nextTask } from '$lib/ui/layout/ready';

/**
 * In the browser, hydration starts in a task after the one that evaluated the page's code (the
 * app's modules): together they were one long task of the first load. Nothing is loaded here.
 */
export async function load(): Promise<Record<string, never>> {
	if (browser) await nextTask();
	return {};
}
