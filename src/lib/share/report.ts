import { valueOf } from '../model/estimate-types';
import type { Evaluation } from '../model/evaluate';
import { PRECISIONS, type Precision } from '../model/precision';
import type { Scenario } from '../model/scenario';
import type { Notice } from './notices';
import type { InferenceResult } from '../model/inference/types';
import type { Layout } from '../model/inference/layouts';
import type { Resource } from '../model/estimate-types';
import type { ServingSettings } from '../model/inference/serving';
import type { Efficiencies } from '../model/inference/efficiencies';

/**
 * The machine-readable form of an evaluation: what `npm run estimate` prints and what a JSON
 * export holds. SI units throughout; keys absent where a figure does not exist.
 */
export interface Report {
	modelVersion: string;
	note: string;
	query: string;
	notices: Notice[];
	/** The LLM workload every system is asked to serve, and the global efficiencies used. */
	workload: { serving: ServingSettings; model: string; efficiencies: Efficiencies };
	systems: SystemReport[];
}

export interface FrontierPointReport {
	userTokensPerS: number;
	chipTokensPerS: number;
	batch: number;
	layout: Layout;
	bound: Resource;
}

export interface InferenceReport {
	/** 'ok', 'does-not-fit' (with minChips) or 'unsupported'. */
	status: InferenceResult['kind'];
	reason: string | null;
	minChips: number | null;
	warnings: string[];
	computePrecision: string | null;
	/** Pareto frontier: output tokens/s per chip against tokens/s per user. */
	frontier: FrontierPointReport[];
	prefill: { ttftS: number; chipTokensPerS: number } | null;
	/** The best point at or above the target tokens/s per user, or null with `atTargetReason`. */
	atTarget: (FrontierPointReport & { stepS: number; limitedBy: string }) | null;
	atTargetReason: string | null;
	/** At the target: this system ÷ the first, per chip and per all-in watt. */
	ratioToFirstPerChip: number | null;
	ratioToFirstPerWatt: number | null;
}

export interface SystemReport {
	name: string;
	preset: string | null;
	chips: number;
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
}

const pointReport = (p: { userTokensPerS: number; chipTokensPerS: number; batch: number; layout: Layout; bound: Resource }): FrontierPointReport => ({
	userTokensPerS: p.userTokensPerS,
	chipTokensPerS: p.chipTokensPerS,
	batch: p.batch,
	layout: p.layout,
	bound: p.bound
});

function inferenceReport(result: InferenceResult, comparison: Evaluation['atTarget'], index: number): InferenceReport {
	const row = comparison.rows[index];
	const base = {
		status: result.kind,
		warnings: result.warnings,
		ratioToFirstPerChip: row?.perChipRatio ?? null,
		ratioToFirstPerWatt: row?.perWattRatio ?? null
	};
	if (result.kind !== 'ok')
		return {
			...base,
			reason: result.reason,
			minChips: result.kind === 'does-not-fit' ? result.minChips : null,
			computePrecision: null,
			frontier: [],
			prefill: null,
			atTarget: null,
			atTargetReason: result.reason
		};
	return {
		...base,
		reason: null,
		minChips: null,
		computePrecision: result.precision.compute.used,
		frontier: result.frontier.map(pointReport),
		prefill: { ttftS: result.prefill.ttftS.value, chipTokensPerS: result.prefill.chipTokensPerS.value },
		atTarget: result.atTarget
			? { ...pointReport(result.atTarget), stepS: result.atTarget.stepS, limitedBy: result.atTarget.limitedBy }
			: null,
		atTargetReason: result.atTargetReason
	};
}

export const REPORT_NOTE =
	'Model estimates, not measurements. SI units: FLOP/s, B, B/s, W, s; tokens/s.';

export function buildReport(
	evaluation: Evaluation,
	scenario: Scenario,
	query: string,
	notices: Notice[]
): Report {
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
			efficiencies: scenario.efficiencies
		},
		systems: evaluation.systems.map((system, index) => {
			const denseFlopsPerS: Partial<Record<Precision, number>> = {};
			for (const p of PRECISIONS) {
				const value = valueOf(system.aggregate.denseFlopsPerS[p]);
				if (value !== null) denseFlopsPerS[p] = value;
			}
			const e = system.efficiency;
			return {
				name: system.spec.name,
				preset: system.spec.presetId,
				chips: system.spec.chips,
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
				ratioToFirst: Object.fromEntries(evaluation.rows.map((row) => [row.id, row.ratios[index] ?? null])),
				inference: inferenceReport(evaluation.inference[index]!, evaluation.atTarget, index)
			};
		})
	};
}
