import { capexFor, defaultComponents, DEFAULT_DEPLOYMENT, type Operations } from './deployment';
import {
	costPerChipHourUsd,
	tokenCosts,
	trainingRunCostUsd,
	type CostBasis,
	type TokenCosts
} from './cost';
import {
	powerEnvelope,
	tokenEnergy,
	trainingEnergyJ,
	type EnvelopeRow,
	type TokenEnergy
} from './energy';
import type { Estimate, Result } from './estimate-types';
import type { AnyInferenceResult as InferenceResult } from './inference/types';
import type { Precision } from './precision';
import { stretchTimeToTrain } from './reliability/checkpoint';
import { estimateReliability, type ReliabilityEstimate } from './reliability/estimate';
import type { ComponentCounts } from './reliability/inventory';
import type { LlmSpec } from './llm';
import type { SystemSpec } from './system';
import type { TrainingResult } from './training/estimate';
import type { TrainingSettings } from './training/types';
import type { Scenario } from './scenario';
import { choosePrecision, type ChosenPrecision } from './inference/precision-choice';
import { DEFAULT_SERVING, resolveModel } from './inference/serving';
import { findLlmPreset } from '../catalog/llms';
import { ocsCubeChips } from './topology-of';

/** Serving energy and cost, and the reliability of a training job, for one system. */
export interface SystemOperations {
	components: ComponentCounts;
	/** Null when the system has no serving point (the model does not fit, or misses the target). */
	energy: TokenEnergy | null;
	/** USD per chip-hour; null when no price or capex is known for the system (enter one). */
	costPerChipHour: Estimate | null;
	/** Per-token costs; null without a price or without a serving point. */
	cost: TokenCosts | null;
	costBasis: CostBasis | null;
	reliability: ReliabilityEstimate;
}

export interface OperationsEvaluation {
	systems: SystemOperations[];
	/** How many of each system fit the facility budget and what they deliver. */
	envelope: EnvelopeRow[];
}

/** What each system costs to run: the user's rental price, else ownership at capex + power. */
export function costBasisFor(spec: SystemSpec, ops: Operations): CostBasis | null {
	const d = spec.deployment ?? DEFAULT_DEPLOYMENT;
	if (d.pricePerChipHourUsd !== null)
		return { kind: 'rental', pricePerChipHourUsd: d.pricePerChipHourUsd };
	const capex = capexFor(spec.presetId, d);
	if (capex === null) return null;
	return {
		kind: 'ownership',
		capexPerChipUsd: capex,
		amortisationYears: ops.amortisationYears,
		powerPriceUsdPerKWh: ops.powerPriceUsdPerKWh,
		pue: ops.pue
	};
}

/**
 * Serving energy: input tokens at the prefill rate, output tokens at the decode rate of the
 * operating point at the target speed, each charged the chip's all-in power (an upper bound: a
 * chip draws less than all-in power when it is not busy). Both rates are the operating point's
 * own: co-located, its instance's prefill pass, slower than the best pass on any layout (which
 * made GB300's input tokens 17% cheaper than the point it serves at; helper-110).
 */
function servingRates(result: InferenceResult): { input: number; output: number } | null {
	if (result.kind !== 'ok' || !result.atTarget) return null;
	return {
		input: result.atTarget.prefillChipTokensPerS,
		output: result.atTarget.decodeChipTokensPerS
	};
}

/** What a system's operation is without its serving point: its parts, price and reliability. */
export type StandingOperations = Omit<SystemOperations, 'energy' | 'cost'>;

/**
 * The part of each system's operations that serving does not move (components, cost basis and
 * per chip-hour, reliability): the page keeps it while a workload slider moves the serving point.
 */
export function standingOperations(spec: SystemSpec, ops: Operations): StandingOperations {
	const d = spec.deployment ?? DEFAULT_DEPLOYMENT;
	const components = d.components ?? defaultComponents(spec.presetId, spec.chips);
	const costBasis = costBasisFor(spec, ops);
	return {
		components,
		costBasis,
		costPerChipHour: costBasis ? costPerChipHourUsd(costBasis, spec.allInPowerPerChipW) : null,
		reliability: estimateReliability({
			counts: components,
			systems: d.joined,
			scaleUpDomainChips: Math.min(spec.scaleUpDomainChips, spec.chips),
			ocsCubeChips: ocsCubeChips(spec),
			rates: ops.failureRates,
			interruptingFractions: ops.interruptingFractions,
			checkpointWriteS: ops.checkpointWriteS,
			restartS: ops.restartS,
			checkpointIntervalS: null
		})
	};
}

/**
 * Each system's operations at its serving point: the standing part (`standing[i]`, from
 * standingOperations) with the energy and cost of its tokens, and the facility envelope.
 */
export function servingOperations(
	systems: readonly SystemSpec[],
	standing: readonly StandingOperations[],
	inference: readonly InferenceResult[],
	ops: Operations,
	precision: Precision
): OperationsEvaluation {
	const perSystem = systems.map((spec, i): SystemOperations => {
		const fixed = standing[i]!;
		const rates = inference[i] ? servingRates(inference[i]!) : null;
		return {
			...fixed,
			energy: rates
				? tokenEnergy({
						allInPowerPerChipW: spec.allInPowerPerChipW,
						inputTokensPerSPerChip: rates.input,
						outputTokensPerSPerChip: rates.output,
						pue: ops.pue
					})
				: null,
			cost:
				rates && fixed.costBasis
					? tokenCosts({
							basis: fixed.costBasis,
							allInPowerPerChipW: spec.allInPowerPerChipW,
							inputTokensPerSPerChip: rates.input,
							outputTokensPerSPerChip: rates.output
						})
					: null
		};
	});
	const envelope = powerEnvelope(ops.facilityBudgetW, systems, {
		pue: ops.pue,
		precision,
		tokensPerSPerChip: inference.map((r) =>
			r.kind === 'ok' && r.atTarget ? r.atTarget.chipTokensPerS : null
		)
	});
	return { systems: perSystem, envelope };
}

/** Each system's operations at its serving point in one call (the CLI's report, a pasted link). */
export function evaluateOperations(
	systems: readonly SystemSpec[],
	inference: readonly InferenceResult[],
	ops: Operations,
	precision: Precision
): OperationsEvaluation {
	const standing = systems.map((spec) => standingOperations(spec, ops));
	return servingOperations(systems, standing, inference, ops, precision);
}

/** A training run's wall time with failures, its facility energy and its cost. */
export interface TrainingOperations {
	/** Time to train ÷ goodput. */
	timeToTrainS: Result;
	energyJ: Estimate | null;
	costUsd: Estimate | null;
}

export function trainingOperations(
	spec: SystemSpec,
	training: TrainingResult,
	system: StandingOperations,
	ops: Operations
): TrainingOperations | null {
	if (training.kind !== 'training') return null;
	const timeToTrainS = stretchTimeToTrain(training.timeToTrainS, system.reliability.goodput.value);
	// With no goodput left the run never finishes: no energy or cost to quote.
	if (timeToTrainS.kind !== 'estimate') return { timeToTrainS, energyJ: null, costUsd: null };
	const wallS = timeToTrainS.value;
	const perHour = system.costPerChipHour?.value ?? null;
	// Every chip of the job draws power and costs money for the whole wall time, idle or not.
	const chips = training.chips + training.idleChips;
	return {
		timeToTrainS,
		energyJ: trainingEnergyJ(chips, spec.allInPowerPerChipW, wallS, ops.pue),
		costUsd: perHour === null ? null : trainingRunCostUsd(chips * wallS, perHour)
	};
}

/** One system's training job, in the training model's terms. */
export interface TrainingJob {
	system: SystemSpec;
	settings: TrainingSettings;
	/** The precision the chip computes in (a chip without FP8 trains in BF16). */
	precision: ChosenPrecision | null;
}

/**
 * A chip without the asked float format trains in the next wider float (FP8 on Ascend 910C →
 * BF16), not in INT8 as serving may: INT8 is used for training only when asked for.
 */
function trainingPrecision(system: SystemSpec, wanted: Precision): ChosenPrecision | null {
	if (wanted === 'int8') return choosePrecision(system, wanted, 'training');
	const { int8: _int8, ...floats } = system.denseFlopsPerS;
	return choosePrecision({ ...system, denseFlopsPerS: floats }, wanted, 'training');
}

/** The parts of a scenario the training runs read (a workload slider's tick changes none). */
/** What training reads: the systems, the run, and the model, as the workload names it or resolved. */
export type TrainingInputs = Pick<Scenario, 'systems' | 'training'> &
	({ serving: Pick<Scenario['serving'], 'modelId' | 'customModel'> } | { model: LlmSpec });

/** The training run of the scenario, for each system: its model, size, layout and precision. */
export function trainingJobs(scenario: TrainingInputs): TrainingJob[] {
	const model = 'model' in scenario ? scenario.model : resolveModel(scenario.serving);
	return scenario.systems.map((system) => {
		const d = system.deployment ?? DEFAULT_DEPLOYMENT;
		const precision = trainingPrecision(system, scenario.training.precision);
		return {
			// A domain larger than the system is capped at it, as everywhere else in the model.
			system: { ...system, scaleUpDomainChips: Math.min(system.scaleUpDomainChips, system.chips) },
			precision,
			settings: {
				model: model ?? findLlmPreset(DEFAULT_SERVING.modelId)!.spec,
				tokensToTrain: scenario.training.tokensToTrain,
				globalBatchTokens: scenario.training.globalBatchTokens,
				sequenceTokens: scenario.training.sequenceTokens,
				precision: precision?.used ?? scenario.training.precision,
				systems: d.joined,
				layout: d.trainingLayout,
				overlap: scenario.training.overlap
			}
		};
	});
}
