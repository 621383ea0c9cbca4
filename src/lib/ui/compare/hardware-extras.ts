/** What the hardware view loads a task after its first render (deferred.ts loadHardwareExtras). */
export { default as TopologyRow } from './TopologyRow.svelte';
export { default as PrecisionHint } from './PrecisionHint.svelte';
