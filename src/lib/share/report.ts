import { valueOf } from '../model/estimate-types';
import { nameAtChips } from '../format/system-name';
import type { Evaluation } from '../model/evaluate';
import { PRECISIONS, type Precision, type ServingPrecision } from '../model/precision';
import type { Scenario } from '../model/scenario';
import {
	evaluateOperations,
	trainingJobs,
	trainingOperations,
	type SystemOperations,
	type TrainingJob,
	type TrainingOperations
} from '../model/operations';
import type { TrainingResult } from '../model/training/estimate';
import type { PlacementTiers } from '../model/training/placement';
import type { Notice } from './notices';
import { SLOTS } from './codec';
import { statusOf, topologyReport, type TopologyReport } from './topology-report';
import type { PresetStatus } from '../catalog/systems';
import type { InferenceResult } from '../model/inference/types';
import {
	domainsSpanned,
	placeServingLayout,
	SERVING_GROUPS,
	type Layout,
	type ServingGroup
} from '../model/inference/layouts';
import type { GroupTier } from '../model/training/placement';
import { topologyOf } from '../model/topology-of';
import type { Resource } from '../model/estimate-types';
import type { ServedMode, ServingSettings } from '../model/inference/serving';
import type { Efficiencies } from '../model/inference/efficiencies';
import { softwareFor } from '../model/inference/software';
import type { ChipFamily } from '../model/chip-family';
import { chipsInUse } from '../model/inference/pools';
import type { SystemSpec } from '../model/system';
import type { Operations } from '../model/deployment';
import type { CostBasis } from '../model/cost';
import type { EnvelopeRow } from '../model/energy';
import {
	COMPONENT_KINDS,
	type ComponentCounts,
	type ComponentKind
} from '../model/reliability/inventory';

/**
 * The machine-readable form of an evaluation: what `npm run estimate` prints and what a JSON
 * export holds. SI units throughout; keys absent where a figure does not exist.
 */
export interface Report {
	modelVersion: string;
	note: string;
	query: string;
	notices: Notice[];
	/**
	 * The LLM workload every system is asked to serve, the global efficiencies used, and the
	 * facility and failure assumptions the energy, cost and reliability figures rest on (PUE, power
	 * price, amortisation, the power budget): the file reproduces its figures without the link's
	 * defaults (helper-106).
	 */
	workload: {
		serving: ServingSettings;
		model: string;
		efficiencies: Efficiencies;
		operations: Operations;
	};
	systems: SystemReport[];
}

export interface FrontierPointReport {
	userTokensPerS: number;
	chipTokensPerS: number;
	batch: number;
	layout: Layout;
	/** 'co-located' or 'disaggregated' (prefill and decode pools). */
	mode: ServedMode;
	bound: Resource;
}

export interface InferenceReport {
	/** 'ok', 'does-not-fit' (with minChips) or 'unsupported'. */
	status: InferenceResult['kind'];
	reason: string | null;
	minChips: number | null;
	warnings: string[];
	/**
	 * Matrix-unit precision: what the scenario asked for, what the chip runs (the nearest supported
	 * one at least as wide) and whether that is a fallback. Null when the model cannot serve.
	 */
	computePrecision: { wanted: string; used: string; fallback: boolean } | null;
	/**
	 * Attention's precision (the cache's width, never below FP8) and, when the chip publishes no
	 * rate at it or wider, the narrower format its rate is assumed from (half per doubling of
	 * width; else null). Null when the model cannot serve.
	 */
	attentionPrecision: { used: string; rateAssumedFrom: string | null } | null;
	/** The system's serving precision (link key `a.serve_prec`): 'auto' (the workload's) or its own. */
	servingPrecision: ServingPrecision;
	/** The precision this system stores the weights in (its own serving precision, or the workload's). */
	weightPrecision: Precision;
	/** Pareto frontier: output tokens/s per chip against tokens/s per user. */
	frontier: FrontierPointReport[];
	prefill: { ttftS: number; chipTokensPerS: number } | null;
	/** The best point at or above the target tokens/s per user, or null with `atTargetReason`. */
	atTarget:
		| (FrontierPointReport & {
				stepS: number;
				limitedBy: string;
				/** Output tokens/s per decode chip only (the decode pool). */
				decodeChipTokensPerS: number;
				/**
				 * Disaggregated: the system's chips split into prefill and decode pools (P:D);
				 * co-located: prefillChips 0 and decodeChips one instance.
				 */
				pools: { prefillChips: number; decodeChips: number };
				/** The chips `chipTokensPerS` counts (pools.ts chipsInUse): the total is the product. */
				chipsInUse: number;
				/**
				 * Tokens/s per chip at the target each way the search tried (null: none reaches it);
				 * why `mode` was chosen. A mode not tried (the workload forces the other) has no key.
				 */
				alternatives: { coLocated?: number | null; disaggregated?: number | null };
				tpotS: number;
				ttftS: number;
				/** Where the layout's TP, EP and PP groups live on the system's fabric (issue 13). */
				placement: ServingPlacementReport;
				/** Prompt tokens/s per chip of the prefill serving it: energy and cost per input token. */
				prefillChipTokensPerS: number;
		  })
		| null;
	atTargetReason: string | null;
	/**
	 * The serving software fraction this system's compute and HBM rates are multiplied by (issue 12
	 * item 7): its chip family's table value, or its own (`a.sw`, `own: true`).
	 */
	software: { fraction: number; family: ChipFamily; own: boolean };
	/** At the target: this system ÷ the first, per chip and per all-in watt. */
	ratioToFirstPerChip: number | null;
	ratioToFirstPerWatt: number | null;
}

/**
 * One serving group on the fabric: its degree, its tier ('scale-up' inside one domain, 'scale-out'
 * across domains, 'none' for degree 1), its chips per domain and the whole domains it spans.
 */
export type ServingPlacementReport = Record<
	ServingGroup,
	{ chips: number; tier: GroupTier; chipsPerDomain: number; domains: number }
>;

function servingPlacementReport(
	system: InferenceResult['system'],
	layout: Layout
): ServingPlacementReport {
	const placement = placeServingLayout(topologyOf(system), layout);
	const entries = SERVING_GROUPS.map((group) => {
		const { chips, tier, chipsPerDomain } = placement[group];
		const domains = domainsSpanned(placement[group]);
		return [group, { chips, tier, chipsPerDomain, domains }] as const;
	});
	return Object.fromEntries(entries) as ServingPlacementReport;
}

export interface SystemReport {
	name: string;
	preset: string | null;
	chips: number;
	/** The preset's status; null for a custom system (issue 13). */
	status: PresetStatus | null;
	/** How the chips are joined (issue 13). */
	topology: TopologyReport;
	aggregate: {
		denseFlopsPerS: Partial<Record<Precision, number>>;
		hbmBytes: number;
		hbmBytesPerS: number;
		scaleUpBytesPerS: number;
		scaleOutBytesPerS: number;
		powerW: number;
	};
	efficiency: {
		precision: Precision;
		flopsPerSPerW: number | null;
		wattsPerFlopsPerS: number | null;
		hbmBytesPerFlop: number | null;
		hbmBytesPerChip: number;
		chipPowerW: number | null;
		allInPowerPerChipW: number;
	};
	/** This system's value ÷ the first system's, per metric id; null where undefined. */
	ratioToFirst: Record<string, number | null>;
	inference: InferenceReport;
	training: TrainingReport | null;
	energy: EnergyReport | null;
	/** Why `energy` is null (the serving model's reason: does not fit, no point at the target). */
	energyReason: string | null;
	/** What the facility budget (workload.operations) holds of this system: the power envelope. */
	envelope: EnvelopeReport;
	reliability: ReliabilityReport;
	cost: CostReport | null;
	/** Why `cost`, or its per-token figures, are null: no price, or no serving point. */
	costReason: string | null;
}

export interface TrainingReport {
	status: 'ok' | 'unavailable';
	reason: string | null;
	precision: string | null;
	systemsJoined: number;
	chips: number;
	/** The whole layout the page shows, so it can be pinned again from the JSON. */
	layout: {
		tp: number;
		cp: number;
		pp: number;
		ep: number;
		dp: number;
		microbatches: number;
		/** Interleaved chunks per pipeline stage. */
		virtualStages: number;
		fsdp: boolean;
		recompute: string;
		source: string;
	} | null;
	/** Where each parallel group lives: 'scale-up' (one domain), 'scale-out' (across), 'none'. */
	placement: PlacementTiers | null;
	stepS: number | null;
	bound: string | null;
	mfu: number | null;
	tokensPerS: number | null;
	timeToTrainS: number | null;
	/** Stretched by the reliability model's goodput. */
	timeToTrainWithFailuresS: number | null;
	/**
	 * Why timeToTrainWithFailuresS, and with it energy and cost, is null for a run that has a
	 * layout ("Goodput is zero: …"); null when they have values.
	 */
	withFailuresReason: string | null;
	chipHours: number | null;
	energyMWh: number | null;
	costUsd: number | null;
}

export interface EnergyReport {
	inputJPerToken: number;
	outputJPerToken: number;
	inputTokensPerSPerMW: number;
	outputTokensPerSPerMW: number;
}

export interface EnvelopeReport {
	/** Whole systems that fit in the budget at its PUE, their chips and the facility power they draw. */
	systems: number;
	chips: number;
	facilityPowerW: number;
	/** At the efficiency precision; null where the chip publishes no figure at it. */
	denseFlopsPerS: number | null;
	/** Output tokens/s of those chips at the target speed; null without a serving point. */
	tokensPerS: number | null;
}

export interface ReliabilityReport {
	interruptionsPerDay: number;
	mtbiS: number;
	/** Null when the interval is shorter than its own checkpoint write (the page: "none"). */
	checkpointIntervalS: number | null;
	goodput: number;
	blastRadiusChips: number;
	/** The job's systems and chips: every chip stops at an interruption. */
	systems: number;
	chipsStoppedPerInterruption: number;
	/** Each kind of component's interruptions per day, and the kind with the most. */
	byKindPerDay: Record<ComponentKind, number>;
	dominantKind: ComponentKind;
	/** The parts per system the interruptions rest on: a preset's cited counts, or as edited. */
	components: ComponentCounts;
}

export interface CostReport {
	/** Defaults are illustrative placeholders, never quotes. */
	illustrative: boolean;
	basis: string;
	/** What the basis takes: a rental price, or the capex, years, power price and PUE. */
	inputs: CostInputs;
	costPerChipHourUsd: number;
	/** Null without a serving point at the target. */
	usdPerMillionInputTokens: number | null;
	usdPerMillionOutputTokens: number | null;
}

const pointReport = (p: {
	userTokensPerS: number;
	chipTokensPerS: number;
	batch: number;
	layout: Layout;
	mode: ServedMode;
	bound: Resource;
}): FrontierPointReport => ({
	userTokensPerS: p.userTokensPerS,
	chipTokensPerS: p.chipTokensPerS,
	batch: p.batch,
	layout: p.layout,
	mode: p.mode,
	bound: p.bound
});

function softwareReport(system: SystemSpec): InferenceReport['software'] {
	const { fraction, family, overridden } = softwareFor(system);
	return { fraction, family, own: overridden };
}

function inferenceReport(
	result: InferenceResult,
	comparison: Evaluation['atTarget'],
	index: number
): InferenceReport {
	const row = comparison.rows[index];
	// As the page names the system: "HGX H100 (72 GPU) has no FP4 figure", not "(8 GPU)".
	const { name, chips } = result.system;
	const shownName = nameAtChips(name, chips, 'en');
	const named = (text: string) => (shownName === name ? text : text.replaceAll(name, shownName));
	const base = {
		status: result.kind,
		warnings: result.warnings.map(named),
		servingPrecision: result.system.deployment?.servingPrecision ?? 'auto',
		weightPrecision: result.serving.weightPrecision,
		ratioToFirstPerChip: row?.perChipRatio ?? null,
		ratioToFirstPerWatt: row?.perWattRatio ?? null
	};
	if (result.kind !== 'ok')
		return {
			...base,
			reason: named(result.reason),
			minChips: result.kind === 'does-not-fit' ? result.minChips : null,
			computePrecision: null,
			attentionPrecision: null,
			frontier: [],
			prefill: null,
			atTarget: null,
			atTargetReason: named(result.reason),
			software: softwareReport(result.system)
		};
	return {
		...base,
		reason: null,
		minChips: null,
		computePrecision: {
			wanted: result.serving.computePrecision,
			used: result.precision.compute.used,
			fallback: result.precision.compute.used !== result.serving.computePrecision
		},
		attentionPrecision: {
			used: result.precision.attention.used,
			rateAssumedFrom: result.precision.attention.assumedFrom
		},
		frontier: result.frontier.map(pointReport),
		prefill: {
			ttftS: result.prefill.ttftS.value,
			chipTokensPerS: result.prefill.chipTokensPerS.value
		},
		atTarget: result.atTarget
			? {
					...pointReport(result.atTarget),
					stepS: result.atTarget.stepS,
					limitedBy: result.atTarget.limitedBy,
					decodeChipTokensPerS: result.atTarget.decodeChipTokensPerS,
					pools: result.atTarget.pools,
					chipsInUse: chipsInUse(result.atTarget, result.system.chips),
					alternatives: result.atTarget.alternatives,
					tpotS: result.atTarget.tpotS,
					ttftS: result.atTarget.ttftS,
					placement: servingPlacementReport(result.system, result.atTarget.layout),
					prefillChipTokensPerS: result.atTarget.prefillChipTokensPerS
				}
			: null,
		atTargetReason: result.atTargetReason && named(result.atTargetReason),
		software: softwareReport(result.system)
	};
}

export const REPORT_NOTE =
	'Model estimates, not measurements. SI units: FLOP/s, B, B/s, W, s; tokens/s.';

const J_PER_MWH = 3.6e9;

function trainingReport(
	job: TrainingJob,
	result: TrainingResult | null,
	ops: TrainingOperations | null
): TrainingReport | null {
	if (!result) return null;
	const base = {
		precision: job.precision?.used ?? null,
		systemsJoined: job.settings.systems,
		chips: job.settings.systems * job.system.chips
	};
	if (result.kind !== 'training')
		return {
			...base,
			status: 'unavailable',
			reason: result.note,
			layout: null,
			placement: null,
			stepS: null,
			bound: null,
			mfu: null,
			tokensPerS: null,
			timeToTrainS: null,
			timeToTrainWithFailuresS: null,
			withFailuresReason: null,
			chipHours: null,
			energyMWh: null,
			costUsd: null
		};
	const l = result.layout;
	return {
		...base,
		status: 'ok',
		reason: null,
		layout: {
			tp: l.tp,
			cp: l.cp,
			pp: l.pp,
			ep: l.ep,
			dp: l.dp,
			microbatches: l.microbatches,
			virtualStages: l.virtualStages,
			fsdp: l.fsdp,
			recompute: l.recompute,
			source: result.layoutSource
		},
		placement: result.placement,
		stepS: result.stepS.value,
		bound: result.stepS.bound ?? null,
		mfu: result.mfu.value,
		tokensPerS: result.tokensPerS.value,
		timeToTrainS: result.timeToTrainS.value,
		timeToTrainWithFailuresS:
			ops && ops.timeToTrainS.kind === 'estimate' ? ops.timeToTrainS.value : null,
		withFailuresReason: ops && ops.timeToTrainS.kind !== 'estimate' ? ops.timeToTrainS.note : null,
		chipHours: result.chipSeconds.value / 3600,
		energyMWh: ops?.energyJ ? ops.energyJ.value / J_PER_MWH : null,
		costUsd: ops?.costUsd?.value ?? null
	};
}

/** A cost basis's inputs, without its kind: a rental price, or the ownership figures. */
type CostInputs<B = CostBasis> = B extends unknown ? Omit<B, 'kind'> : never;
function basisInputs({ kind: _kind, ...inputs }: CostBasis): CostInputs {
	return inputs;
}

/** No price: neither a rental price nor a capex is known for the system in this slot. */
function noPriceReason(slot: string): string {
	return `No price: enter a rental price per chip-hour (link key ${slot}.usd_chip_h) or a capex per chip (${slot}.capex_usd); none is known for this system.`;
}

/** Why a system has no serving point, from its inference result; null when it has one. */
function servingPointReason(inference: InferenceReport): string | null {
	return inference.atTarget ? null : (inference.atTargetReason ?? inference.reason);
}

function envelopeReport(row: EnvelopeRow): EnvelopeReport {
	return {
		systems: row.systems.value,
		chips: row.chips.value,
		facilityPowerW: row.facilityPowerW.value,
		denseFlopsPerS: valueOf(row.denseFlopsPerS),
		tokensPerS: valueOf(row.tokensPerS)
	};
}

function operationsReports(
	system: SystemOperations,
	inference: InferenceReport,
	slot: string,
	systemsInJob: number
) {
	const r = system.reliability;
	const noPoint = servingPointReason(inference);
	return {
		energyReason: system.energy ? null : noPoint,
		costReason: system.costBasis ? (system.cost ? null : noPoint) : noPriceReason(slot),
		energy: system.energy && {
			inputJPerToken: system.energy.inputJPerToken.value,
			outputJPerToken: system.energy.outputJPerToken.value,
			inputTokensPerSPerMW: system.energy.inputTokensPerSPerMW.value,
			outputTokensPerSPerMW: system.energy.outputTokensPerSPerMW.value
		},
		reliability: {
			interruptionsPerDay: r.interruptionsPerDay.value,
			mtbiS: r.mtbiS.value,
			checkpointIntervalS: r.checkpointOutrun ? null : r.checkpointIntervalS.value,
			goodput: r.goodput.value,
			blastRadiusChips: r.blastRadiusChips.value,
			systems: systemsInJob,
			chipsStoppedPerInterruption: r.chipsStoppedPerInterruption.value,
			byKindPerDay: Object.fromEntries(
				COMPONENT_KINDS.map((kind) => [kind, r.byKindPerDay[kind].value])
			) as Record<ComponentKind, number>,
			dominantKind: r.dominantKind,
			components: { ...system.components }
		},
		cost:
			system.costPerChipHour && system.costBasis
				? {
						illustrative: true,
						basis: system.costBasis.kind,
						inputs: basisInputs(system.costBasis),
						costPerChipHourUsd: system.costPerChipHour.value,
						usdPerMillionInputTokens: system.cost?.usdPerMillionInputTokens.value ?? null,
						usdPerMillionOutputTokens: system.cost?.usdPerMillionOutputTokens.value ?? null
					}
				: null
	};
}

/**
 * The report; `training` holds the training model's answers per system when they are known (the
 * CLI computes them; the page passes what its worker has returned).
 */
export function buildReport(
	evaluation: Evaluation,
	scenario: Scenario,
	query: string,
	notices: Notice[],
	training: readonly (TrainingResult | null)[] | null = null
): Report {
	const operations = evaluateOperations(
		scenario.systems,
		evaluation.inference,
		scenario.operations,
		scenario.efficiencyPrecision
	);
	const jobs = trainingJobs(scenario);
	const precision = scenario.efficiencyPrecision;
	const first = evaluation.inference[0];
	return {
		modelVersion: evaluation.modelVersion,
		note: REPORT_NOTE,
		query,
		notices,
		workload: {
			serving: scenario.serving,
			model: first && first.model ? first.model.name : scenario.serving.modelId,
			efficiencies: scenario.efficiencies,
			operations: scenario.operations
		},
		systems: evaluation.systems.map((system, index) => {
			const denseFlopsPerS: Partial<Record<Precision, number>> = {};
			for (const p of PRECISIONS) {
				const value = valueOf(system.aggregate.denseFlopsPerS[p]);
				if (value !== null) denseFlopsPerS[p] = value;
			}
			const e = system.efficiency;
			const inference = inferenceReport(evaluation.inference[index]!, evaluation.atTarget, index);
			return {
				// As the page names it: a preset's bracketed count set to the chips it has ("HGX H100
				// (72 GPU)" for the 30x claim's 72 H100s, not "(8 GPU)").
				name: nameAtChips(system.spec.name, system.spec.chips, 'en'),
				preset: system.spec.presetId,
				chips: system.spec.chips,
				status: statusOf(system.spec),
				topology: topologyReport(system.spec),
				aggregate: {
					denseFlopsPerS,
					hbmBytes: system.aggregate.hbmBytes.value,
					hbmBytesPerS: system.aggregate.hbmBytesPerS.value,
					scaleUpBytesPerS: system.aggregate.scaleUpBytesPerS.value,
					scaleOutBytesPerS: system.aggregate.scaleOutBytesPerS.value,
					powerW: system.aggregate.allInPowerW.value
				},
				efficiency: {
					precision,
					flopsPerSPerW: valueOf(e.flopsPerSPerW),
					wattsPerFlopsPerS: valueOf(e.wattsPerFlopsPerS),
					hbmBytesPerFlop: valueOf(e.hbmBytesPerFlop),
					hbmBytesPerChip: e.hbmBytesPerChip.value,
					chipPowerW: valueOf(e.chipPowerW),
					allInPowerPerChipW: e.allInPowerPerChipW.value
				},
				ratioToFirst: Object.fromEntries(
					evaluation.rows.map((row) => [row.id, row.ratios[index] ?? null])
				),
				inference,
				training: trainingReport(
					jobs[index]!,
					training?.[index] ?? null,
					training?.[index]
						? trainingOperations(
								system.spec,
								training[index]!,
								operations.systems[index]!,
								scenario.operations
							)
						: null
				),
				envelope: envelopeReport(operations.envelope[index]!),
				...operationsReports(
					operations.systems[index]!,
					inference,
					SLOTS[index] ?? 'a',
					jobs[index]!.settings.systems
				)
			};
		})
	};
}
