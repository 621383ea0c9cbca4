/** Marker shapes, one per system, so a series is told apart by shape as well as colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerKind = (typeof MARKERS)[number];

/** How far a diamond reaches from its centre to each tip, in radii. */
export const DIAMOND_REACH = 1.3;

/** The marker of the `index`-th series. */
export const markerOf = (index: number): MarkerKind => MARKERS[index % MARKERS.length]!;

/** SVG path of a marker of radius `r` centred on (cx, cy): marker('square', 7, 7, 4). */
export function marker(kind: MarkerKind, cx: number, cy: number, r: number): string {
	switch (kind) {
		case 'circle':
			return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
		case 'square':
			return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}z`;
		case 'triangle':
			return `M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}z`;
		case 'diamond':
			return `M${cx},${cy - r * DIAMOND_REACH}L${cx + r * DIAMOND_REACH},${cy}L${cx},${cy + r * DIAMOND_REACH}L${cx - r * DIAMOND_REACH},${cy}z`;
	}
}
