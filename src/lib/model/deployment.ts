import { componentCountsFor } from '../catalog/components';
import { findSystemPreset } from '../catalog/systems';
import { clamp, type Bounds } from './bounds';
import {
	COST_BOUNDS,
	DEFAULT_CHECKPOINT,
	DEFAULT_PUE,
	ILLUSTRATIVE_COST_DEFAULTS
} from './operations-defaults';
import type { Precision, ServingPrecision } from './precision';
import {
	DEFAULT_INTERRUPTING_FRACTIONS,
	type ComponentCounts,
	type InterruptingFractions
} from './reliability/inventory';
import { DEFAULT_FAILURE_RATES, type FailureRates } from './reliability/rates';
import { DEFAULT_TRAINING_OVERLAP } from './training/efficiencies';
import { TRAINING_BOUNDS } from './training/bounds';
import type { TrainingLayout } from './training/types';

/** How one system slot is deployed: joined into a training job, priced, and what it is made of. */
export interface Deployment {
	/** Systems of this kind joined over scale-out for training (e.g. 16 NVL72 racks). */
	joined: number;
	/** Null: the training model picks the fastest layout that fits. */
	trainingLayout: TrainingLayout | null;
	/** Null: the catalog's inventory for the preset, scaled to the chip count. */
	components: ComponentCounts | null;
	/** Null: the illustrative capex where one exists, else no ownership cost. */
	capexPerChipUsd: number | null;
	/** Rental price; when set it replaces the ownership cost. */
	pricePerChipHourUsd: number | null;
	/** The precision this system serves the workload in; `auto`: the workload's (precision.ts). */
	servingPrecision: ServingPrecision;
	/**
	 * This system's serving software fraction (model/inference/software.ts); null = auto, the
	 * software table's value for its chip family.
	 */
	softwareFraction: number | null;
}

/** The training run every system is asked to do (the model is the workload's model). */
export interface TrainingScenario {
	tokensToTrain: number;
	globalBatchTokens: number;
	sequenceTokens: number;
	precision: Precision;
	overlap: number;
}

/** Facility, money and failure assumptions shared by every system. */
export interface Operations {
	pue: number;
	facilityBudgetW: number;
	powerPriceUsdPerKWh: number;
	amortisationYears: number;
	checkpointWriteS: number;
	restartS: number;
	failureRates: FailureRates;
	interruptingFractions: InterruptingFractions;
}

export const DEFAULT_DEPLOYMENT: Deployment = {
	joined: 1,
	trainingLayout: null,
	components: null,
	capexPerChipUsd: null,
	pricePerChipHourUsd: null,
	servingPrecision: 'auto',
	softwareFraction: null
};

/**
 * DeepSeek-V3's pre-training size (14.8T tokens, models.md §2.1) rounded to 15T, Llama 3's "15T+";
 * sequences of 4,096 and 4,096 per step as in NeMo's DeepSeek-V3 benchmark (calibration.md case 17).
 */
export const DEFAULT_TRAINING: TrainingScenario = {
	tokensToTrain: 15e12,
	globalBatchTokens: 4096 * 4096,
	sequenceTokens: 4096,
	precision: 'fp8',
	overlap: DEFAULT_TRAINING_OVERLAP
};

/** A 100 MW facility: an assumption for the power-envelope view, a round size for a large campus hall. */
export const DEFAULT_FACILITY_BUDGET_W = 100e6;

export const DEFAULT_OPERATIONS: Operations = {
	pue: DEFAULT_PUE.value,
	facilityBudgetW: DEFAULT_FACILITY_BUDGET_W,
	powerPriceUsdPerKWh: ILLUSTRATIVE_COST_DEFAULTS.powerPriceUsdPerKWh,
	amortisationYears: ILLUSTRATIVE_COST_DEFAULTS.amortisationYears,
	checkpointWriteS: DEFAULT_CHECKPOINT.checkpointWriteS,
	restartS: DEFAULT_CHECKPOINT.restartS,
	failureRates: { ...DEFAULT_FAILURE_RATES },
	interruptingFractions: { ...DEFAULT_INTERRUPTING_FRACTIONS }
};

/** Per-system deployment inputs (the operations inputs are declared in inputs/operations.ts). */
export const OPERATIONS_BOUNDS = {
	joined: TRAINING_BOUNDS.systems,
	componentCount: { min: 0, max: 10_000_000, log: false, integer: true },
	capexPerChipUsd: COST_BOUNDS.capexPerChipUsd,
	pricePerChipHourUsd: COST_BOUNDS.pricePerChipHourUsd
} as const satisfies Record<string, Bounds>;

const bounded = (value: number, bounds: Bounds) =>
	clamp(Number.isNaN(value) ? bounds.min : value, bounds);
export const COUNT_KEYS: (keyof ComponentCounts)[] = [
	'accelerators',
	'hbmStacks',
	'switchChips',
	'opticalTransceivers',
	'copperLinks',
	'hostCpus'
];

/**
 * Parts of a system with `chips` chips: the preset's cited inventory scaled to the chip count;
 * without one (a custom system, a preset no inventory is cited for) an assumption per chip (8 HBM
 * stacks, a switch chip per 4 chips, 4 scale-out optics, no copper links, a host CPU per 2 chips —
 * the GB200 NVL72 ratios without its copper). A preset whose scale-up has no switch (a torus, whose
 * chips link directly, or MI355X's full mesh) has no switch chip: the per-4 rule counted 2,304 for
 * a TPU7x pod, whose optical circuit switches are mirrors, not switch chips (helper-100).
 */
export function defaultComponents(presetId: string | null, chips: number): ComponentCounts {
	const preset = presetId ? findSystemPreset(presetId) : undefined;
	const counts = presetId ? componentCountsFor(presetId) : undefined;
	if (preset && counts) {
		const scale = chips / preset.chips.value;
		return Object.fromEntries(
			COUNT_KEYS.map((k) => [k, Math.round(counts[k] * scale)])
		) as unknown as ComponentCounts;
	}
	const kind = preset?.topology.scaleUp.kind;
	const switchless = kind === 'torus' || kind === 'full-mesh';
	return {
		accelerators: chips,
		hbmStacks: 8 * chips,
		switchChips: switchless ? 0 : Math.ceil(chips / 4),
		opticalTransceivers: 4 * chips,
		copperLinks: 0,
		hostCpus: Math.ceil(chips / 2)
	};
}

/** The capex per chip a system is costed at: the user's, else the illustrative one, else none. */
export function capexFor(presetId: string | null, deployment: Deployment): number | null {
	return (
		deployment.capexPerChipUsd ??
		(presetId ? (ILLUSTRATIVE_COST_DEFAULTS.capexPerChipUsd[presetId] ?? null) : null)
	);
}

/** Degrees clamped to whole numbers; cp, interleaving and FSDP kept only when they do something. */
export function normalizeLayout(layout: TrainingLayout): TrainingLayout {
	const degree = (n: number) => bounded(n, TRAINING_BOUNDS.degree);
	const out: TrainingLayout = {
		tp: degree(layout.tp),
		pp: degree(layout.pp),
		ep: degree(layout.ep),
		dp: degree(layout.dp),
		microbatches: bounded(layout.microbatches, TRAINING_BOUNDS.microbatches)
	};
	if (layout.cp !== undefined && degree(layout.cp) !== 1) out.cp = degree(layout.cp);
	if (layout.virtualStages !== undefined && degree(layout.virtualStages) !== 1)
		out.virtualStages = degree(layout.virtualStages);
	if (layout.fsdp) out.fsdp = true;
	return out;
}

export function normalizeDeployment(d: Partial<Deployment> | undefined): Deployment {
	const src = { ...DEFAULT_DEPLOYMENT, ...d };
	const layout = src.trainingLayout;
	return {
		// Joined systems and prices are clamped by normalizeSystem (inputs/deployment.ts declares them).
		joined: src.joined,
		trainingLayout: layout === null ? null : normalizeLayout(layout),
		// Declared fields only; the counts are clamped by normalizeSystem (inputs/deployment.ts).
		components:
			src.components === null
				? null
				: (Object.fromEntries(
						COUNT_KEYS.map((k) => [k, src.components![k]])
					) as unknown as ComponentCounts),
		capexPerChipUsd: src.capexPerChipUsd,
		pricePerChipHourUsd: src.pricePerChipHourUsd,
		// Checked against its list by normalizeSystem (inputs/system.ts declares the choice).
		servingPrecision: src.servingPrecision,
		// Clamped by normalizeSystem (inputs/deployment.ts declares it).
		softwareFraction: src.softwareFraction
	};
}
