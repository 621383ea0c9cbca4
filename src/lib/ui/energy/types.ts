import type { CostBasis, TokenCosts } from '../../model/cost';
import type { EnvelopeRow, TokenEnergy } from '../../model/energy';
import type { Estimate, Result, Unavailable } from '../../model/estimate-types';
import type { Precision } from '../../model/precision';

/**
 * What the energy & cost view shows for one system slot. Every figure is computed by the page
 * from the model (energy.ts, cost.ts); null means "still computing" (training runs in a worker).
 */
export interface EnergySystemView {
	/** 'a'…'d': colour and ratio reference. */
	slot: string;
	name: string;
	/** Preset id, to recognise the illustrative capex default; null for a custom system. */
	presetId: string | null;
	/**
	 * tokenEnergy() at the serving operating point (prefill and decode tokens/s per chip).
	 * Unavailable when serving has no operating point on this system.
	 */
	tokenEnergy: TokenEnergy | Unavailable | null;
	/** costPerChipHourUsd() for this system's basis; Unavailable when no price has been entered. */
	costPerChipHour: Estimate | Unavailable;
	/** tokenCosts(); Unavailable when there is no price or no serving operating point. */
	tokenCosts: TokenCosts | Unavailable | null;
	/** Why serving has no operating point here (the per-token figures' "no figure"), worded. */
	whyNoServing?: string;
	/** Why the training run has no estimate (its energy's and cost's "no figure"), worded. */
	whyNoTraining?: string;
	/** The run has an estimate but never finishes once interruptions are counted (goodput 0). */
	trainingNeverFinishes?: boolean;
	/** trainingEnergyJ() of the training view's run on this system. */
	trainingEnergyJ: Result | null;
	/** trainingRunCostUsd() of the same run. */
	trainingCostUsd: Result | null;
	/** powerEnvelope() row at the facility budget (tokensPerS: serving output tokens/s). */
	envelope: EnvelopeRow;
	/** Rental price, USD per chip-hour; null = not entered. */
	pricePerChipHourUsd: number | null;
	/** Purchase price per chip (system price ÷ chips), USD; null = not entered. */
	capexPerChipUsd: number | null;
}

/** The shared energy and cost inputs. */
export interface EnergyCostSettings {
	/** Facility power ÷ IT power. */
	pue: number;
	facilityBudgetW: number;
	/** Precision of the envelope's FLOP/s column. */
	precision: Precision;
	costMode: CostBasis['kind'];
	amortisationYears: number;
	powerPriceUsdPerKWh: number;
}

export type EnergyNumberField =
	'pue' | 'facilityBudgetW' | 'amortisationYears' | 'powerPriceUsdPerKWh';
export type PriceField = 'pricePerChipHourUsd' | 'capexPerChipUsd';

/** What the energy & cost view and its cost panel take: the systems, the settings, and the edits. */
export interface EnergyCostProps {
	systems: EnergySystemView[];
	settings: EnergyCostSettings;
	onsetting: (field: EnergyNumberField, value: number) => void;
	oncostmode: (mode: CostBasis['kind']) => void;
	/** A price for the system at `index`, in USD (per chip-hour, or per chip). */
	/** Null: the field cleared (no rental price; the illustrative capex). */
	onprice: (index: number, field: PriceField, value: number | null) => void;
	/** The serving figures are for earlier settings: the worker's operating point is on its way. */
	servingUpdating?: boolean;
}
