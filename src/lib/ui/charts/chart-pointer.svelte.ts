import { pointerIn, type Selection } from './point-picker';

/** Within this many px of a point the pointer shows its tooltip; a click picks the nearest anywhere. */
const HOVER_REACH_PX = 24;

/**
 * Which point a line chart's tooltip shows, and the svg's pointer and focus handlers that set it:
 * the point under the pointer, else, while the chart has focus, the keyboard's. Escape hides the
 * tooltip until the next move or key (WCAG 1.4.13: dismissible). The frontier chart and the
 * training scale chart share it, so both behave alike.
 */
export class ChartPointer {
	hovered = $state<Selection | null>(null);
	focused = $state(false);
	dismissed = $state(false);

	/**
	 * `nearest`: the point nearest the pointer within `reach` px (null: none drawn there);
	 * `pick`: choose a point (a click or tap).
	 */
	constructor(
		private readonly nearest: (px: number, py: number, reach: number) => Selection | null,
		private readonly pick: (selection: Selection) => void
	) {}

	/**
	 * The chart's svg's handlers, each set by name: a spread (`{...handlers}`) would bring Svelte's
	 * attribute-spreading code into the first visit's runtime chunk (+1.6 kB gzipped).
	 */
	readonly handlers = {
		onpointerdown: (event: PointerEvent) => {
			const best = this.nearest(...pointerIn(event), Infinity);
			if (best) this.pick(best);
		},
		onpointermove: (event: PointerEvent) => {
			this.dismissed = false;
			this.hovered = this.nearest(...pointerIn(event), HOVER_REACH_PX);
		},
		onpointerleave: () => {
			this.hovered = null;
		},
		onfocus: () => {
			this.focused = true;
			this.dismissed = false;
		},
		onblur: () => {
			this.focused = false;
		}
	};

	/** Escape hides the tooltip; true when the key was Escape (the caller then does nothing else). */
	escaped(event: KeyboardEvent): boolean {
		if (event.key !== 'Escape') return false;
		this.dismissed = true;
		this.hovered = null;
		return true;
	}

	/** A key moved the selection: the tooltip follows the keyboard. */
	keyed(): void {
		this.dismissed = false;
		this.hovered = null;
	}

	/** The point the tooltip shows; `ringed` is the keyboard's point while the chart has focus. */
	shown(ringed: () => Selection | null): Selection | null {
		if (this.dismissed) return null;
		return this.hovered ?? (this.focused ? ringed() : null);
	}
}
