import { describe, expect, it } from 'vitest';
import { tooltipPlace } from '../../../src/lib/ui/charts/tooltip-place';

/** A phone's frontier chart and its tooltip (helper-125): no room above, below or beside. */
const phone = { width: 330, height: 260 };
const phoneTip = { width: 288, height: 208 };
const desktop = { width: 690, height: 420 };
const desktopTip = { width: 288, height: 200 };

describe('where a chart tooltip goes', () => {
	it('above the point where it fits, centred on it and kept inside the chart', () => {
		expect(tooltipPlace({ x: 300, y: 300 }, desktopTip, desktop)).toEqual({ left: 156, top: 88 });
		expect(tooltipPlace({ x: 680, y: 300 }, desktopTip, desktop)).toEqual({ left: 402, top: 88 });
	});

	it('below the point (or a row’s bottom) where there is no room above', () => {
		expect(tooltipPlace({ x: 300, y: 100 }, desktopTip, desktop).top).toBe(112);
		expect(tooltipPlace({ x: 300, y: 100, below: 120 }, desktopTip, desktop).top).toBe(132);
	});

	it('beside the point where it fits neither above nor below, on the side with room', () => {
		// 210 px down a 420 px chart: 200 px of tooltip and 12 of gap fit neither way.
		expect(tooltipPlace({ x: 300, y: 210 }, desktopTip, desktop)).toEqual({ left: 312, top: 110 });
		expect(tooltipPlace({ x: 600, y: 210 }, desktopTip, desktop)).toEqual({ left: 300, top: 110 });
	});

	it('under the chart where it fits nowhere inside it, as on a phone: never over its point', () => {
		// Before: as low as the chart allowed (top 52), over a point 130 px down.
		expect(tooltipPlace({ x: 160, y: 130 }, phoneTip, phone)).toEqual({ left: 16, top: 264 });
		const cover = (x: number, y: number) => {
			const { left, top } = tooltipPlace({ x, y }, phoneTip, phone);
			return x >= left && x <= left + phoneTip.width && y >= top && y <= top + phoneTip.height;
		};
		for (let x = 0; x <= phone.width; x += 10)
			for (let y = 0; y <= phone.height; y += 10) expect(cover(x, y), `${x} ${y}`).toBe(false);
	});
});

describe('a tooltip outside the chart stays on the screen', () => {
	const outside = phoneTip.height + 4; // its height and the gap to the chart's edge
	it('hangs under the chart while the screen has room there', () => {
		const room = { above: 0, below: outside };
		expect(tooltipPlace({ x: 160, y: 130 }, phoneTip, phone, room).top).toBe(264);
	});

	it('goes over the chart when the screen ends under it and has room over it', () => {
		// helper-125: a chart at the bottom of a phone's screen hung its tooltip past the screen.
		const room = { above: 400, below: 100 };
		expect(tooltipPlace({ x: 160, y: 130 }, phoneTip, phone, room)).toEqual({
			left: 16,
			top: -212
		});
	});

	it('with room on neither side, on the side with more', () => {
		expect(tooltipPlace({ x: 160, y: 130 }, phoneTip, phone, { above: 150, below: 100 }).top).toBe(
			-212
		);
		expect(tooltipPlace({ x: 160, y: 130 }, phoneTip, phone, { above: 100, below: 150 }).top).toBe(
			264
		);
	});

	it('inside the chart the screen changes nothing', () => {
		const room = { above: 0, below: 0 };
		expect(tooltipPlace({ x: 300, y: 300 }, desktopTip, desktop, room)).toEqual({
			left: 156,
			top: 88
		});
	});
});
