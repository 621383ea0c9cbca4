import type { Bounds } from '../bounds';

/**
 * Input ranges for the reliability model (rates, fractions and checkpoint times are inputs
 * declared in inputs/operations.ts). Inside them every output is finite: at least one
 * accelerator and a positive "other" rate keep the MTBI finite; goodput is clamped to [0, 1].
 */
export const RELIABILITY_BOUNDS = {
	systems: { min: 1, max: 100_000, log: true, integer: true },
	// A part count's limits are a link's (OPERATIONS_BOUNDS.componentCount, model/deployment.ts),
	// so a field takes what a link may set (a test holds them equal): a link set 5,000,000 optics,
	// which the field then refused to take back. Accelerators: at least one (a finite MTBI).
	accelerators: { min: 1, max: 10_000_000, log: true, integer: true },
	count: { min: 0, max: 10_000_000, log: false, integer: true },
	checkpointIntervalS: { min: 60, max: 10_000_000, log: true },
	scaleUpDomainChips: { min: 1, max: 100_000, log: true, integer: true }
} as const satisfies Record<string, Bounds>;
