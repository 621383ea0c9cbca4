import type { FailureRates } from './rates';

/** Parts per system that can interrupt a job. Plain numbers: the catalog cites them. */
export interface ComponentCounts {
	accelerators: number;
	hbmStacks: number;
	switchChips: number;
	opticalTransceivers: number;
	copperLinks: number;
	hostCpus: number;
}

export const COMPONENT_KINDS = [
	'accelerator',
	'hbmStack',
	'switchChip',
	'opticalTransceiver',
	'copperLink',
	'hostCpu',
	'other'
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/**
 * Share of a kind's failures that stop the job (the rest are absorbed: redundant lanes, retries).
 * Default 1 for every kind: no independent data. Huawei claims >99 % of optical-module faults are
 * tolerated in software on CM384 ([S50], vendor claim, unconfirmed); 0.01 would encode it.
 */
export type InterruptingFractions = Record<ComponentKind, number>;

export const DEFAULT_INTERRUPTING_FRACTIONS: Readonly<InterruptingFractions> = {
	accelerator: 1,
	hbmStack: 1,
	switchChip: 1,
	opticalTransceiver: 1,
	copperLink: 1,
	hostCpu: 1,
	other: 1
};

/** Interruptions per hour of one system, by kind: count × rate × interrupting fraction. */
export function systemInterruptionsPerHour(
	counts: ComponentCounts,
	rates: FailureRates,
	fractions: InterruptingFractions = DEFAULT_INTERRUPTING_FRACTIONS
): Record<ComponentKind, number> {
	return {
		accelerator: counts.accelerators * rates.acceleratorPerHour * fractions.accelerator,
		hbmStack: counts.hbmStacks * rates.hbmStackPerHour * fractions.hbmStack,
		switchChip: counts.switchChips * rates.switchChipPerHour * fractions.switchChip,
		opticalTransceiver:
			counts.opticalTransceivers * rates.opticalTransceiverPerHour * fractions.opticalTransceiver,
		copperLink: counts.copperLinks * rates.copperLinkPerHour * fractions.copperLink,
		hostCpu: counts.hostCpus * rates.hostCpuPerHour * fractions.hostCpu,
		other: counts.accelerators * rates.otherPerAcceleratorPerHour * fractions.other
	};
}

export function sumRates(byKind: Record<ComponentKind, number>): number {
	return COMPONENT_KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
}
