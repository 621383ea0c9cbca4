import type { Precision } from './precision';
import type { Deployment } from './deployment';
import type { TopologyShape } from './fabric';

/**
 * One system as the model sees it: plain numbers per chip in SI units, after the user's edits.
 * Where a figure comes from lives in the catalog; the model only needs the value.
 */
export interface SystemSpec {
	/** Display name; user text, always rendered as text. */
	name: string;
	/** Catalog preset this system started from, or null for a fully custom system. */
	presetId: string | null;
	/** Accelerators in one system (e.g. 72 GPUs in an NVL72 rack). */
	chips: number;
	/** Dense (non-sparse) peak per chip for each precision the chip supports; absent = no figure. */
	denseFlopsPerS: Partial<Record<Precision, number>>;
	/** HBM capacity per chip usable by the workload. */
	hbmBytes: number;
	/** HBM bandwidth per chip. */
	hbmBytesPerS: number;
	/** Scale-up (NVLink, UB, …) bandwidth per chip, per direction. */
	scaleUpBytesPerS: number;
	/**
	 * Chips that share one scale-up domain. A scenario holds at most `chips` (normalizeScenario's
	 * rule, inputs/system.ts); a spec passed to the model directly may hold more, and the model then
	 * uses the smaller.
	 */
	scaleUpDomainChips: number;
	/** Scale-out (InfiniBand / RoCE) bandwidth per chip, per direction. */
	scaleOutBytesPerS: number;
	/** Accelerator board power (TDP) per chip; null when no source gives it. */
	chipPowerW: number | null;
	/** All-in power per chip: its share of CPUs, switches, optics and cooling. */
	allInPowerPerChipW: number;
	/** How the system is deployed: joined for training, priced, its parts (issue 4 views). */
	deployment?: Deployment;
	/**
	 * How the chips are joined (issue 13). Absent: the preset's (catalog/topology.ts), else a single
	 * switch tier; see topologyOf in model/topology-of.ts. Links do not carry it yet.
	 */
	topology?: TopologyShape;
}

/** The numeric fields of a system that a slider can move. */
export type SystemNumberField =
	| 'chips'
	| 'hbmBytes'
	| 'hbmBytesPerS'
	| 'scaleUpBytesPerS'
	| 'scaleUpDomainChips'
	| 'scaleOutBytesPerS'
	| 'chipPowerW'
	| 'allInPowerPerChipW';
