import type { Comparison } from '../../src/lib/state/comparison.svelte';

const noop = () => {};

/** SystemPanel's props for one slot of a comparison, every handler a no-op unless given. */
export function systemPanelProps(
	comparison: Comparison,
	index: number,
	handlers: {
		onrename?: (name: string) => void;
		onprecision?: (value: string) => void;
		onsoftware?: (value: number | null) => void;
	} = {}
) {
	return {
		slot: 'abcd'[index]!,
		spec: comparison.scenario.systems[index]!,
		presetSpec: comparison.presetSpecs[index],
		index,
		count: comparison.scenario.systems.length,
		canAdd: true,
		onpreset: noop,
		onrename: handlers.onrename ?? noop,
		onduplicate: noop,
		onremove: noop,
		onmove: noop,
		onfield: noop,
		onflops: noop,
		onreset: noop,
		showServing: true,
		workloadPrecision: comparison.scenario.serving.computePrecision,
		onprecision: handlers.onprecision ?? noop,
		onsoftware: handlers.onsoftware ?? noop
	};
}
