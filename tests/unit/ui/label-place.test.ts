import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../../src/lib/ui/charts/label-place';

const plot: Box = { left: 0, top: 0, right: 300, bottom: 200 };
const digit = { width: 6, height: 12 };
const twoDigits = { width: 12, height: 12 };
const R = 6.5;

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const markerBox = ({ x, y }: { x: number; y: number }): Box => ({
	left: x - R,
	top: y - R,
	right: x + R,
	bottom: y + R
});

describe('placing numbers beside their markers', () => {
	it('puts a lone marker’s label to its right, as the chart always has', () => {
		expect(placeLabels([{ x: 100, y: 100 }], [digit], R, plot)).toEqual([
			{ left: 108, top: 94, right: 114, bottom: 106 }
		]);
	});

	it('moves a label to the left where the plot ends on the right', () => {
		const [box] = placeLabels([{ x: 295, y: 100 }], [digit], R, plot);
		expect(box!.right).toBeLessThanOrEqual(295 - R);
	});

	it('keeps labels off each other and off every marker where markers cluster', () => {
		// helper-125: a phone's fourteen measurements, "1" on "10" and "4" on "14" before.
		const markers = [
			{ x: 100, y: 50 },
			{ x: 104, y: 52 },
			{ x: 112, y: 50 },
			{ x: 120, y: 55 },
			{ x: 108, y: 62 },
			{ x: 100, y: 68 },
			{ x: 116, y: 66 },
			{ x: 126, y: 60 }
		];
		const sizes = markers.map((_, i) => (i % 2 ? twoDigits : digit));
		const boxes = placeLabels(markers, sizes, R, plot);
		const shown = boxes.filter((b): b is Box => b !== null);
		expect(shown.length).toBeGreaterThan(markers.length / 2);
		for (const [i, box] of shown.entries()) {
			for (const other of shown.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
			for (const marker of markers) expect(overlaps(box, markerBox(marker))).toBe(false);
			expect(box.left >= plot.left && box.right <= plot.right).toBe(true);
		}
	});

	it('labels stacked markers beside the whole stack, not under a neighbour', () => {
		// Two measurements 0.3 tokens/s per user apart: as obstacles to each other, neither had a side.
		const boxes = placeLabels(
			[
				{ x: 100, y: 100 },
				{ x: 101, y: 102 }
			],
			[digit, digit],
			R,
			plot
		);
		expect(boxes.every((b) => b !== null)).toBe(true);
		for (const box of boxes)
			for (const marker of [markerBox({ x: 100, y: 100 }), markerBox({ x: 101, y: 102 })])
				expect(overlaps(box!, marker)).toBe(false);
	});

	it('leaves a label out where it has no room, earlier ones keeping theirs', () => {
		// A marker boxed in by four others: every side of it is taken.
		const markers = [
			{ x: 100, y: 100 },
			{ x: 114, y: 100 },
			{ x: 86, y: 100 },
			{ x: 100, y: 114 },
			{ x: 100, y: 86 },
			{ x: 114, y: 114 },
			{ x: 86, y: 86 },
			{ x: 114, y: 86 },
			{ x: 86, y: 114 }
		];
		const boxes = placeLabels(
			markers,
			markers.map(() => digit),
			R,
			plot
		);
		expect(boxes[0]).toBeNull();
		expect(boxes[1]).not.toBeNull();
	});
});
