import { describe, expect, it } from 'vitest';
import { ChartPointer } from '../../../src/lib/ui/charts/chart-pointer.svelte';
import type { Selection } from '../../../src/lib/ui/charts/point-picker';

/** A pointer event at (x, y) inside an svg whose box starts at (100, 50). */
const at = (x: number, y: number) =>
	({
		clientX: 100 + x,
		clientY: 50 + y,
		currentTarget: { getBoundingClientRect: () => ({ left: 100, top: 50 }) }
	}) as unknown as PointerEvent;
const key = (name: string) => ({ key: name }) as KeyboardEvent;

/** One point, drawn at (10, 10): the nearest within the reach asked for, else none. */
function chart() {
	const picked: Selection[] = [];
	const reaches: number[] = [];
	const pointer = new ChartPointer(
		(px, py, reach) => {
			reaches.push(reach);
			return Math.hypot(px - 10, py - 10) <= reach ? { series: 0, index: 0 } : null;
		},
		(selection) => picked.push(selection)
	);
	return { pointer, picked, reaches };
}
const ring = (): Selection => ({ series: 1, index: 3 });

describe('a chart’s pointer and focus', () => {
	it('shows the point under the pointer, in svg coordinates, within 24 px only', () => {
		const { pointer, reaches } = chart();
		pointer.handlers.onpointermove(at(20, 20)); // 14 px from the point
		expect(pointer.shown(ring)).toEqual({ series: 0, index: 0 });
		pointer.handlers.onpointermove(at(40, 10)); // 30 px away
		expect(pointer.shown(ring)).toBeNull();
		expect(reaches).toEqual([24, 24]);
		pointer.handlers.onpointermove(at(10, 12));
		pointer.handlers.onpointerleave();
		expect(pointer.shown(ring)).toBeNull();
	});

	it('picks the nearest point on a press, however far', () => {
		const { pointer, picked, reaches } = chart();
		pointer.handlers.onpointerdown(at(500, 300));
		expect(reaches).toEqual([Infinity]);
		expect(picked).toEqual([{ series: 0, index: 0 }]);
	});

	it('shows the keyboard’s point while focused, and nothing once blurred', () => {
		const { pointer } = chart();
		expect(pointer.shown(ring)).toBeNull();
		pointer.handlers.onfocus();
		expect(pointer.shown(ring)).toEqual(ring());
		pointer.handlers.onblur();
		expect(pointer.shown(ring)).toBeNull();
	});

	it('hides on Escape until the next key or move, and the hover gives way to the keyboard', () => {
		const { pointer } = chart();
		pointer.handlers.onfocus();
		pointer.handlers.onpointermove(at(10, 10));
		// A key moves the selection: the hover gives way to the keyboard's point.
		pointer.keyed();
		expect(pointer.shown(ring)).toEqual(ring());
		pointer.handlers.onpointermove(at(10, 10));
		expect(pointer.escaped(key('ArrowLeft'))).toBe(false);
		expect(pointer.escaped(key('Escape'))).toBe(true);
		expect(pointer.shown(ring)).toBeNull();
		pointer.keyed();
		expect(pointer.shown(ring)).toEqual(ring()); // shown again, the keyboard's point
		pointer.escaped(key('Escape'));
		pointer.handlers.onpointermove(at(10, 10));
		expect(pointer.shown(ring)).toEqual({ series: 0, index: 0 });
	});
});
