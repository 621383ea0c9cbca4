/** A box on the chart, in px from its top left. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Between a label and the markers it is beside, and the least space between two labels (px). */
const LABEL_GAP = 1.5;

/**
 * The places beside `around` (a marker's box, or several markers' together) a label may take, in
 * order of preference: right (where the chart has always put it), left, above, below, then the
 * four corners, where a diamond's slanted edges leave room without a gap.
 */
function candidates(around: Box, width: number, height: number): Box[] {
	const box = (left: number, top: number): Box => ({
		left,
		top,
		right: left + width,
		bottom: top + height
	});
	const middleX = (around.left + around.right) / 2;
	const middleY = (around.top + around.bottom) / 2;
	return [
		box(around.right + LABEL_GAP, middleY - height / 2),
		box(around.left - LABEL_GAP - width, middleY - height / 2),
		box(middleX - width / 2, around.top - LABEL_GAP - height),
		box(middleX - width / 2, around.bottom + LABEL_GAP),
		box(around.right, around.top - height),
		box(around.right, around.bottom),
		box(around.left - width, around.top - height),
		box(around.left - width, around.bottom)
	];
}

const overlaps = (a: Box, b: Box, gap = 0) =>
	a.left < b.right + gap &&
	b.left < a.right + gap &&
	a.top < b.bottom + gap &&
	b.top < a.bottom + gap;

/**
 * Where each marker's label goes (its box), or null where it has no room: beside its marker on the
 * first side where it stays inside `bounds` and touches no marker and no label placed before it.
 * Earlier markers keep the better places. Measurements where points cluster (a phone's frontier
 * chart puts fourteen of them within 70 px) overprinted "1" and "10" or "4" and "14"; a label left
 * out is still in the numbered list under the chart.
 * `markers` are centres; `r` their half-size; `sizes` the labels', in the same order.
 */
export function placeLabels(
	markers: readonly { x: number; y: number }[],
	sizes: readonly { width: number; height: number }[],
	r: number,
	bounds: Box
): (Box | null)[] {
	const markerBoxes = markers.map(({ x, y }) => ({
		left: x - r,
		top: y - r,
		right: x + r,
		bottom: y + r
	}));
	const placed: Box[] = [];
	return markers.map((marker, index) => {
		// Markers less than a half-size from this one read as one with it: its label goes beside
		// them all (as obstacles, each left the other no side at all).
		const stacked = markers.map((other) => Math.hypot(other.x - marker.x, other.y - marker.y) < r);
		const stack = markerBoxes.filter((_, i) => stacked[i]);
		const around: Box = {
			left: Math.min(...stack.map((b) => b.left)),
			top: Math.min(...stack.map((b) => b.top)),
			right: Math.max(...stack.map((b) => b.right)),
			bottom: Math.max(...stack.map((b) => b.bottom))
		};
		const { width, height } = sizes[index]!;
		const spot = candidates(around, width, height).find(
			(box) =>
				box.left >= bounds.left &&
				box.right <= bounds.right &&
				box.top >= bounds.top &&
				box.bottom <= bounds.bottom &&
				// The stack's own markers are cleared by where the candidates lie.
				markerBoxes.every((other, i) => stacked[i] || !overlaps(box, other, LABEL_GAP)) &&
				placed.every((label) => !overlaps(box, label, LABEL_GAP))
		);
		if (spot) placed.push(spot);
		return spot ?? null;
	});
}
