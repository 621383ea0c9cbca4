import type { Topology } from '../model/fabric';
import { topologyOf } from '../model/topology-of';
import type { Comparison } from './comparison.svelte';

/** How each system's chips are joined (issue 13), for the hardware view's schematics. */
export function topologiesOf(comparison: Comparison): Topology[] {
	return comparison.systems.map(topologyOf);
}
