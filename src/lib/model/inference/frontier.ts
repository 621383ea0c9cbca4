import type { InferencePoint } from './types';

/**
 * Non-dominated points (no other point is at least as fast per user and per chip), sorted by
 * tokens/s per user ascending, so tokens/s per chip strictly decreases along the result.
 */
export function paretoFrontier<P extends Pick<InferencePoint, 'userTokensPerS' | 'chipTokensPerS'>>(
	points: readonly P[]
): P[] {
	const byUserDesc = [...points].sort(
		(a, b) => b.userTokensPerS - a.userTokensPerS || b.chipTokensPerS - a.chipTokensPerS
	);
	const kept: P[] = [];
	let best = -Infinity;
	for (const point of byUserDesc) {
		if (point.chipTokensPerS > best) {
			kept.push(point);
			best = point.chipTokensPerS;
		}
	}
	return kept.reverse();
}

type Speeds = Pick<InferencePoint, 'userTokensPerS' | 'chipTokensPerS'>;

/**
 * paretoFrontier(frontier ∪ more) in linear time, for `frontier` already a frontier (user speed
 * ascending) and `more` sorted by user speed descending (one layout's batches, smallest first).
 * Folding layouts in one at a time avoids sorting thousands of candidates every frame. Written
 * into `into` when given (emptied first), so a caller folding many layouts can swap two arrays
 * instead of building one per layout; an `into` that is one of the inputs gets a fresh array.
 */
export function mergeIntoFrontier<P extends Speeds>(
	frontier: readonly P[],
	more: readonly P[],
	into: P[] = []
): P[] {
	// Written by index and cut to length at the end: `length = 0` would free the backing store,
	// and pushing would grow it again in every merge (a fifth of a sweep's allocation). Writing
	// into an input would overwrite its points before they are read.
	const kept = into === frontier || into === more ? [] : into;
	let n = 0;
	let best = -Infinity;
	let i = frontier.length - 1;
	let j = 0;
	while (i >= 0 || j < more.length) {
		const f = i >= 0 ? frontier[i]! : null;
		const m = j < more.length ? more[j]! : null;
		// Walk both in descending user speed; on a tie take the faster chip first.
		const takeF =
			m === null ||
			(f !== null &&
				(f.userTokensPerS > m.userTokensPerS ||
					(f.userTokensPerS === m.userTokensPerS && f.chipTokensPerS >= m.chipTokensPerS)));
		const point = takeF ? f! : m!;
		if (takeF) i--;
		else j++;
		if (point.chipTokensPerS > best) {
			// Equal user speeds arrive together: keep only the fastest chip among them.
			if (n > 0 && kept[n - 1]!.userTokensPerS === point.userTokensPerS) kept[n - 1] = point;
			else kept[n++] = point;
			best = point.chipTokensPerS;
		}
	}
	kept.length = n;
	return kept.reverse();
}

/**
 * Whether a point at (userTokensPerS, chipTokensPerS) is beaten or equalled by a point of
 * `frontier` (user speed ascending, as paretoFrontier returns): such a point never enters it.
 */
export function isDominated(
	frontier: readonly Speeds[],
	userTokensPerS: number,
	chipTokensPerS: number
): boolean {
	// The first point at least as fast per user has the most tokens per chip of all such points.
	let lo = 0;
	let hi = frontier.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (frontier[mid]!.userTokensPerS >= userTokensPerS) hi = mid;
		else lo = mid + 1;
	}
	return lo < frontier.length && frontier[lo]!.chipTokensPerS >= chipTokensPerS;
}

/**
 * Output tokens per chip of a deployment whose chips both prefill and decode:
 * out ÷ (in ÷ prefill rate + out ÷ decode rate), the chip-seconds one request costs.
 */
export function deploymentTokensPerS(
	inputTokens: number,
	outputTokens: number,
	prefillChipTokensPerS: number,
	decodeChipTokensPerS: number
): number {
	const chipSeconds = inputTokens / prefillChipTokensPerS + outputTokens / decodeChipTokensPerS;
	const rate = outputTokens / chipSeconds;
	return Number.isFinite(rate) && rate > 0 ? rate : 0;
}
