/**
 * Picking a point in a line chart of several series, by pointer and by keyboard: the frontier
 * chart and the training scale chart share it, so both answer the same keys the same way.
 */

/** A point of a chart: its series' index and its index along that series. */
export interface Selection {
	series: number;
	index: number;
}

/**
 * The point nearest (px, py), in screen distance, within `reach` px; `at` gives a point's screen
 * position, or null for a point that is not drawn.
 */
export function nearestPoint<P>(
	series: readonly { points?: readonly P[] | null }[],
	at: (point: P) => readonly [number, number] | null,
	px: number,
	py: number,
	reach = Infinity
): Selection | null {
	let best: Selection | null = null;
	let bestDistance = reach ** 2;
	series.forEach((s, si) =>
		(s.points ?? []).forEach((p, pi) => {
			const position = at(p);
			if (!position) return;
			const distance = (position[0] - px) ** 2 + (position[1] - py) ** 2;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = { series: si, index: pi };
			}
		})
	);
	return best;
}

/** The pointer's position inside the element that listens (the chart's svg). */
export function pointerIn(event: PointerEvent): [number, number] {
	const box = (event.currentTarget as Element).getBoundingClientRect();
	return [event.clientX - box.left, event.clientY - box.top];
}

/**
 * Where a key moves the selection: left/right along a series, Home/End to its ends, up/down to the
 * next or previous series that has points (wrapping round), keeping the position along it where
 * that series is long enough. Null for any other key, or when no series has a point.
 * `lengths[i]` is series i's number of points; `from` is the current selection (the first point
 * of the first series with points when null).
 */
export function keyMove(
	key: string,
	from: Selection | null,
	lengths: readonly number[]
): Selection | null {
	const withPoints = lengths.flatMap((length, i) => (length > 0 ? [i] : []));
	if (withPoints.length === 0) return null;
	const at = from && lengths[from.series]! > 0 ? from : { series: withPoints[0]!, index: 0 };
	const last = lengths[at.series]! - 1;
	const index = Math.min(at.index, last);
	switch (key) {
		case 'ArrowRight':
			return { series: at.series, index: Math.min(last, index + 1) };
		case 'ArrowLeft':
			return { series: at.series, index: Math.max(0, index - 1) };
		case 'Home':
			return { series: at.series, index: 0 };
		case 'End':
			return { series: at.series, index: last };
		case 'ArrowDown':
		case 'ArrowUp': {
			const step = key === 'ArrowDown' ? 1 : -1;
			const position = withPoints.indexOf(at.series);
			const target = withPoints[(position + step + withPoints.length) % withPoints.length]!;
			return { series: target, index: Math.min(index, lengths[target]! - 1) };
		}
		default:
			return null;
	}
}

/**
 * Left/right from a ringed position off the series' grid (the operating point at the target is
 * searched between the frontier's batches): the nearest point of `series` beyond `x` that way,
 * so the first step never goes backwards. `xs` is the series' x, ascending. Null for other keys or
 * when no point lies that way.
 */
export function keyFromOffGrid(
	key: string,
	series: number,
	xs: readonly number[],
	x: number
): Selection | null {
	if (key === 'ArrowRight') {
		const index = xs.findIndex((v) => v > x);
		return index < 0 ? null : { series, index };
	}
	if (key === 'ArrowLeft') {
		const index = xs.findLastIndex((v) => v < x);
		return index < 0 ? null : { series, index };
	}
	return null;
}

/**
 * The index of the value nearest `target` on a log scale (chip counts: 1,152 is nearer 1,536 than
 * 768 is), for moving between series at the same x rather than the same position. -1 when empty.
 * nearestOnLogScale([72, 144, 288], 200) → 1.
 */
export function nearestOnLogScale(values: readonly number[], target: number): number {
	let best = -1;
	let bestDistance = Infinity;
	values.forEach((value, i) => {
		const distance = Math.abs(Math.log(value / target));
		if (distance < bestDistance) {
			bestDistance = distance;
			best = i;
		}
	});
	return best;
}
