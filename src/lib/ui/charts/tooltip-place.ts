/** Between the point and its tooltip (px). */
const GAP = 12;
/** Between the chart's bottom edge (its x-axis title) and a tooltip hung under it (px). */
const UNDER_GAP = 4;

/** What a tooltip describes: a point, or a row from `y` down to `below`. */
export interface TipAnchor {
	x: number;
	y: number;
	below?: number;
}

/** The screen's room (px) above the chart's top edge and below its bottom edge. */
export interface ScreenRoom {
	above: number;
	below: number;
}

/**
 * Where a chart's tooltip goes (its top left, in px from the chart's), so that it never covers
 * the point it describes: above the point if it fits inside the chart, else below it, else beside
 * it, else outside the chart, where it hides nothing plotted. A phone's frontier chart (260 px by
 * 330) has room for a tooltip of about 200 px by 290 neither above, below nor beside most of its
 * points; kept inside the chart it sat over the very point being read. Outside, it hangs under
 * the chart unless that runs off the screen (`room`: a chart at the bottom of a phone's screen)
 * and the screen has room over the chart; with room on neither side, on the side with more.
 */
export function tooltipPlace(
	anchor: TipAnchor,
	tip: { width: number; height: number },
	chart: { width: number; height: number },
	room?: ScreenRoom
): { left: number; top: number } {
	const centred = Math.max(0, Math.min(chart.width - tip.width, anchor.x - tip.width / 2));
	const above = anchor.y - GAP - tip.height;
	if (above >= 0) return { left: centred, top: above };
	const below = (anchor.below ?? anchor.y) + GAP;
	if (below + tip.height <= chart.height) return { left: centred, top: below };
	const right = anchor.x + GAP;
	const left = anchor.x - GAP - tip.width;
	const beside = right + tip.width <= chart.width ? right : left >= 0 ? left : null;
	if (beside !== null) {
		const top = Math.max(0, Math.min(chart.height - tip.height, anchor.y - tip.height / 2));
		return { left: beside, top };
	}
	const outside = tip.height + UNDER_GAP;
	const over =
		room !== undefined &&
		room.below < outside &&
		(room.above >= outside || room.above > room.below);
	return { left: centred, top: over ? -outside : chart.height + UNDER_GAP };
}
