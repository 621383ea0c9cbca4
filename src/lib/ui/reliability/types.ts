import type { ComponentInventory } from '../../catalog/component-inventories';
import type {
	ComponentCounts,
	FailureRates,
	ReliabilityEstimate,
	ReliabilitySettings
} from '../../model/reliability';

/** What the reliability view shows for one system slot; the page computes `result`. */
export interface ReliabilitySystemView {
	/** 'a'…'d': colour and ratio reference. */
	slot: string;
	name: string;
	/** Parts per system, as edited (ReliabilitySettings.counts). */
	counts: ComponentCounts;
	/** The preset's cited inventory (findComponentInventory); null for a custom system. */
	inventory: ComponentInventory | null;
	/** Systems in the job (ReliabilitySettings.systems; the training view's count for this slot). */
	systems: number;
	scaleUpDomainChips: number;
	/** estimateReliability(); null while computing. */
	result: ReliabilityEstimate | null;
}

/** The shared reliability inputs (a ReliabilitySettings passes as is). */
export type ReliabilityViewSettings = Pick<
	ReliabilitySettings,
	'rates' | 'checkpointWriteS' | 'restartS'
>;

export type CountField = keyof ComponentCounts;
export type RateField = keyof FailureRates;
export type CheckpointField = 'checkpointWriteS' | 'restartS';

/** Counts in display order, each with the failure rate that applies to it. */
export const COUNT_FIELDS: readonly { count: CountField; rate: RateField }[] = [
	{ count: 'accelerators', rate: 'acceleratorPerHour' },
	{ count: 'hbmStacks', rate: 'hbmStackPerHour' },
	{ count: 'switchChips', rate: 'switchChipPerHour' },
	{ count: 'opticalTransceivers', rate: 'opticalTransceiverPerHour' },
	{ count: 'copperLinks', rate: 'copperLinkPerHour' },
	{ count: 'hostCpus', rate: 'hostCpuPerHour' }
];

export const RATE_FIELDS: readonly RateField[] = [
	...COUNT_FIELDS.map((f) => f.rate),
	'otherPerAcceleratorPerHour'
];
