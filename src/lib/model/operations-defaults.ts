import type { Bounds } from './bounds';

/**
 * The facility, money and checkpoint defaults a scenario starts from and a link is read against,
 * apart from the formulas that use them (energy.ts, cost.ts, reliability/estimate.ts, which
 * re-export them): the first visit needs these numbers, the formulas load with their views.
 */

/** Facility power ÷ IT power. A labelled assumption, not a measurement. */
export const DEFAULT_PUE = {
	value: 1.2,
	assumption: true,
	note: 'Assumption: specs.md cites no PUE; 1.2 is a round value for a modern liquid-cooled hall. The NVL72 and CM384 all-in figures already include a cooling share, so PUE on top double counts a little.'
} as const;

/** Placeholders to edit. `illustrative: true`: the page must label them so. */
export const ILLUSTRATIVE_COST_DEFAULTS = {
	illustrative: true,
	note: 'Illustrative placeholders, not quotes or facts: edit them.',
	/** Assumption: a common straight-line depreciation period for servers. */
	amortisationYears: 4,
	/** Assumption: a round industrial electricity price. */
	powerPriceUsdPerKWh: 0.08,
	pue: DEFAULT_PUE.value,
	/** Capex per chip where specs.md reports a system price (press figures, nature R). */
	capexPerChipUsd: {
		// specs.md §1.2: "~$2-3M per rack" [S3][S5]; midpoint $2.5M ÷ 72 = $34,722.
		'gb200-nvl72': 2.5e6 / 72,
		// specs.md §5.2: "up to $8.2M" per CM384 [S47]; ÷ 384 = $21,354.
		'cloudmatrix-384': 8.2e6 / 384
	} as Readonly<Record<string, number>>
} as const;

export const COST_BOUNDS = {
	pricePerChipHourUsd: { min: 0.01, max: 1_000, log: true },
	capexPerChipUsd: { min: 100, max: 10_000_000, log: true },
	tokensPerSPerChip: { min: 1e-3, max: 1e7, log: true },
	chipSeconds: { min: 1, max: 1e15, log: true }
} as const satisfies Record<string, Bounds>;

/** Checkpoint and restart defaults: assumptions, shown and editable. */
export const DEFAULT_CHECKPOINT = {
	/**
	 * Assumption, bounded by the one measurement: Meta's run kept >90 % effective training time
	 * (specs.md §11.4). Its MTBI is 1,296 h ÷ 419 = 3.09 h = 11,135 s; with R = 600 s the
	 * first-order goodput 1 − √(2C/M) − R/M reaches 0.90 only if √(2C/M) ≤ 0.0461, i.e.
	 * C ≤ 11.8 s. We take 10 s (asynchronous checkpointing blocks only for the copy out of HBM).
	 */
	checkpointWriteS: 10,
	/**
	 * Assumption: 600 s, Huawei's claim that CM384 training restarts in under 10 minutes ([S50],
	 * vendor claim; process-level recovery 30 s). Applied to every system alike.
	 */
	restartS: 600
} as const;
