/**
 * The largest batch (or prompts per pass) that still meets a target, in few evaluations.
 *
 * Pass and step times only grow with the batch, so "meets the target" is true up to one boundary
 * and false after it: any search that keeps a bracket (lo meets it, hi does not) and narrows it
 * to neighbours returns that same boundary, the one bisection returns in log2(max) evaluations.
 * Costs are smooth in the batch (a fixed part, experts read saturating, then compute, memory or
 * KV per sequence), so the boundary is guessed by regula falsi, where the straight line between
 * the bracket's ends crosses the target, with the Illinois rule (an end kept twice in a row has
 * its distance to the target halved) so a bending curve does not stall the guesses on one side.
 * When two steps together fail to halve the bracket, or a guess only creeps one past an end, the
 * next step bisects: at worst about three evaluations per halving (a degenerate curve), typically
 * 3-5 in all instead of bisection's 12-16 (boundary.test.ts; about 3.5× fewer step evaluations
 * over a slider tick of the four-system bench).
 */

/**
 * Largest integer n in [1, max] with cost(subject, n) ≤ limit; cost nondecreasing, costOfOne =
 * cost(subject, 1) ≤ limit. The subject is passed, not captured: the sweep searches every layout
 * several times per slider tick, and a module-level `cost` builds no closure per search.
 */
export function largestAtMost<T>(
	max: number,
	cost: (subject: T, n: number) => number,
	subject: T,
	limit: number,
	costOfOne: number
): number {
	return boundary(max, cost, subject, limit, costOfOne, false);
}

/**
 * Largest integer n in [1, max] with speed(subject, n) ≥ floor; speed nonincreasing, speedOfOne =
 * speed(subject, 1) ≥ floor. Guesses are made on 1 ÷ speed (time per token, the near-linear one).
 */
export function largestAtLeast<T>(
	max: number,
	speed: (subject: T, n: number) => number,
	subject: T,
	floor: number,
	speedOfOne: number
): number {
	return boundary(max, speed, subject, floor, speedOfOne, true);
}

/**
 * The cost or speed at the n the last search returned, which the search has evaluated already:
 * read it right after the search instead of evaluating that n again (one stage evaluation fewer
 * per search, a few hundred per slider tick). A scratch object, so no result object per search.
 */
export const lastFound = { value: NaN };

// Plain numbers, no closures or objects per step: the sweep runs a search per layout and mode.
function boundary<T>(
	max: number,
	value: (subject: T, n: number) => number,
	subject: T,
	target: number,
	valueOfOne: number,
	atLeast: boolean
): number {
	let lo = 1;
	let hi = Math.max(1, Math.floor(max));
	lastFound.value = valueOfOne;
	if (hi === lo) return lo;
	let v = value(subject, hi);
	if (meets(v, target, atLeast)) {
		lastFound.value = v;
		return hi;
	}
	const lineTarget = line(target, atLeast);
	// Each end's distance to the target along the line (≥ 0 on a monotone curve).
	let loGap = lineTarget - line(valueOfOne, atLeast);
	let hiGap = line(v, atLeast) - lineTarget;
	let loMovedLast: boolean | null = null;
	let steps = 0;
	let widthBefore = hi - lo;
	let bisect = false;
	while (hi - lo > 1) {
		const gaps = loGap + hiGap;
		const interpolate = !bisect && gaps > 0 && Number.isFinite(gaps);
		// The last n the line says meets the target, kept strictly inside the bracket.
		const guess = lo + Math.floor((loGap / gaps) * (hi - lo));
		const n = interpolate ? Math.min(hi - 1, Math.max(lo + 1, guess)) : Math.floor((lo + hi) / 2);
		// A guess pushed off an end that then moves that end by one is creeping (an end exactly
		// on the target, or a curve flat there): bisect next.
		const creeping = interpolate && (guess <= lo || guess >= hi);
		v = value(subject, n);
		const passed = meets(v, target, atLeast);
		if (passed) {
			lo = n;
			lastFound.value = v;
			loGap = lineTarget - line(v, atLeast);
		} else {
			hi = n;
			hiGap = line(v, atLeast) - lineTarget;
		}
		// Illinois: the end kept twice in a row pulls the next guess toward itself.
		if (loMovedLast === passed) {
			if (passed) hiGap /= 2;
			else loGap /= 2;
		}
		loMovedLast = passed;
		if (++steps % 2 === 0) {
			bisect = (hi - lo) * 2 > widthBefore;
			widthBefore = hi - lo;
		} else bisect = false;
		if (creeping && hi - lo > 1) bisect = true;
	}
	return lo;
}

/** Whether n meets the target: decided on value(n) exactly as the caller states it. */
function meets(value: number, target: number, atLeast: boolean): boolean {
	return atLeast ? value >= target : value <= target;
}

/** Where guesses are made: the values' near-linear form (a cost, or time per token for a speed). */
function line(value: number, atLeast: boolean): number {
	return atLeast ? 1 / value : value;
}
