/**
 * Which systems, in which order: answers computed for another line-up (a system added, removed
 * or swapped) are not shown against today's, as their positions no longer match.
 */
export function lineupOf(systems: readonly { presetId: string | null; name: string }[]): string {
	return systems.map((s) => `${s.presetId}|${s.name}`).join('/');
}
