/**
 * Minimal log and linear scales for the charts. d3-scale would bring d3-interpolate, d3-format and
 * d3-array (~6 kB gzipped) for what is one line of arithmetic each; the bundle budget is 60 kB.
 */
export interface Scale {
	(value: number): number;
	domain: readonly [number, number];
	range: readonly [number, number];
}

/** Log scale, clamped to its domain: logScale([1, 100], [0, 10])(10) → 5. */
export function logScale(
	domain: readonly [number, number],
	range: readonly [number, number]
): Scale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = Math.log(d1 / d0);
	const scale = (value: number) => {
		const clamped = Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1));
		return r0 + ((Math.log(clamped / d0) / span) * (r1 - r0) || 0);
	};
	return Object.assign(scale, { domain, range });
}

/** Linear scale, clamped: linearScale([0, 1], [0, 100])(0.25) → 25. */
export function linearScale(
	domain: readonly [number, number],
	range: readonly [number, number]
): Scale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const scale = (value: number) => {
		const clamped = Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1));
		return r0 + (((clamped - d0) / (d1 - d0)) * (r1 - r0) || 0);
	};
	return Object.assign(scale, { domain, range });
}

/**
 * A log axis's domain: `base` while every value lies in it, so the axis holds still as sliders
 * move, widened to whole decades to take in the values that do not (a clamped point would sit on
 * the edge at a value it does not have). Values that a log axis cannot show (≤ 0, not finite) are
 * left out. decadeDomain([1, 3000], [0.42, 50]) → [0.1, 3000].
 */
export function decadeDomain(
	base: readonly [number, number],
	values: Iterable<number>
): [number, number] {
	let [low, high] = base;
	for (const value of values) {
		if (!(value > 0) || !Number.isFinite(value)) continue;
		if (value < low) low = 10 ** Math.floor(Math.log10(value));
		if (value > high) high = 10 ** Math.ceil(Math.log10(value));
	}
	return [low, high];
}

/**
 * A ratio axis's ticks, the first and last its domain: powers of two around 1×, from 1/8× to 8×
 * while every ratio lies in it (the axis holds still as sliders move), each side widened to take
 * in a ratio beyond (a 9,216-chip pod against a rack is 118×: pinned at 8×, its bar drew as a 9×
 * one). Every step-th power of two, the step keeping the wider side to at most 3 ticks past 1×.
 * ratioTicks([0.5, 2]) → 1/8…8 by 2×; ratioTicks([0.5, 128]) → 1/8…512 by 8×.
 */
export function ratioTicks(ratios: Iterable<number | null>): number[] {
	let low = 3;
	let high = 3;
	for (const ratio of ratios) {
		if (ratio === null || !(ratio > 0) || !Number.isFinite(ratio)) continue;
		// log2 of 2^60: a ratio beyond it (no real pair of systems) is pinned to the edge.
		const exponent = Math.min(60, Math.ceil(Math.abs(Math.log2(ratio)) - 1e-9));
		if (ratio < 1) low = Math.max(low, exponent);
		else high = Math.max(high, exponent);
	}
	const step = Math.ceil(Math.max(low, high) / 3);
	const from = -Math.ceil(low / step) * step;
	const to = Math.ceil(high / step) * step;
	const ticks: number[] = [];
	for (let e = from; e <= to; e += step) ticks.push(2 ** e);
	return ticks;
}

/** Powers of ten inside [min, max], with 2× and 5× steps when few decades: log ticks. */
export function logTicks(min: number, max: number): number[] {
	const ticks: number[] = [];
	const decades = Math.log10(max / min);
	const steps = decades <= 2 ? [1, 2, 5] : [1];
	for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
		for (const s of steps) {
			const t = s * 10 ** e;
			if (t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9)) ticks.push(Number(t.toPrecision(12)));
		}
	return ticks;
}

/**
 * The ticks to label so that no two labels collide: every step-th tick counted from `anchor`
 * (always labelled), with the smallest step at which neighbouring labels, each centred on its
 * tick, stay at least `gap` px apart. `x` places a tick; `labelWidths[i]` is the width of the
 * label of `ticks[i]`. spacedTicks([0.5, 1, 2, 4], 1, x, widths, 8) → [0.5, 1, 2, 4] on a wide
 * axis, [1, 4] on a narrow one.
 */
export function spacedTicks(
	ticks: readonly number[],
	anchor: number,
	x: (value: number) => number,
	labelWidths: readonly number[],
	gap: number
): number[] {
	const origin = ticks.indexOf(anchor);
	const labels = ticks.map((tick, i) => ({ at: x(tick), width: labelWidths[i] ?? 0 }));
	for (let step = 1; step < ticks.length; step++) {
		const kept = labels.filter((_, i) => (i - origin) % step === 0);
		const apart = kept.every((label, k) => {
			const previous = kept[k - 1];
			return (
				!previous || Math.abs(label.at - previous.at) >= (label.width + previous.width) / 2 + gap
			);
		});
		if (apart) return ticks.filter((_, i) => (i - origin) % step === 0);
	}
	return [anchor];
}
