import type { LlmSourceId } from '../../catalog/llm-sources';
import { datedSource, type DatedSource } from '../software-date';
import { DEFAULT_EFFICIENCIES, type Efficiencies } from '../../model/inference/efficiencies';
import { EFFICIENCY_SOURCES } from '../../model/inference/efficiency-sources';
import { evaluateInference } from '../../model/inference/evaluate-inference';
import {
	collectiveAlphaS,
	LATENCY_FIT,
	SERVING_LATENCY,
	type ServingLatency
} from '../../model/inference/latency';
import { SERVING_LATENCY_SOURCES } from '../../model/inference/latency-sources';
import { chainDraftedTokens } from '../../model/inference/draft-chain';
import { ratesFor } from '../../model/inference/rates';
import { softwareFor } from '../../model/inference/software';
import { DEFAULT_SERVING } from '../../model/inference/serving';
import type { InferenceOk, OperatingPoint } from '../../model/inference/types';
import type { Layout } from '../../model/inference/layouts';
import { system } from './helpers';

/**
 * The serving model's fixed costs and assumptions as /method shows them: the α(G) fit with its
 * points and residuals, every serving assumption with its sources and their dates, and one decode
 * step of the default scenario. Every number is read from the model (latency.ts, efficiencies.ts,
 * evaluateInference); nothing here is tuned or restated.
 */

const uniqueSources = (ids: readonly LlmSourceId[]): DatedSource[] =>
	[...new Set(ids)].map(datedSource);

// ---------------------------------------------------------------------------------------------
// The α(G) fit

/** Fabric family of a calibration point: Ascend's Unified Bus or NVIDIA's NVLink. */
export type PointFabric = 'nvlink' | 'ub';
/** The sources whose collectives ran on CloudMatrix 384's Unified Bus (calibration.md case 24). */
const UB_SOURCES: readonly LlmSourceId[] = ['CM384_PAPER', 'SGL_KERNEL_NPU'];

export interface LatencyFitPoint {
	label: string;
	case: string;
	source: DatedSource;
	fabric: PointFabric;
	group: number;
	measuredS: number;
	/** The bandwidth share the fit takes out: bytes per chip ÷ achieved rate. */
	bandwidthS: number;
	/** measured − bandwidth: the fixed time the fit explains. */
	alphaS: number;
	fittedS: number;
	residualS: number;
}

/** α(G) of one fabric at a few group sizes: the intercept differs, the slope is shared. */
export interface LatencyCurve {
	fabric: 'scale-up' | 'scale-out';
	interceptS: number;
	alphaAt: { group: number; alphaS: number }[];
	/** α at the smallest and largest group the chart shows (a straight line in log2 G). */
	lineAt: { group: number; alphaS: number }[];
}

export interface LatencyFitView {
	interceptS: number;
	/** The fitted slope per doubling of the group. */
	perDoublingS: number;
	/** The slope the model uses: the fitted one, never below zero. */
	usedPerDoublingS: number;
	points: LatencyFitPoint[];
	/** Root mean square and largest absolute residual over the points. */
	rmsResidualS: number;
	maxAbsResidualS: number;
	curves: LatencyCurve[];
	sources: DatedSource[];
}

/** Group sizes the per-fabric table shows: an 8-GPU board, NVL72, CloudMatrix 384. */
export const LATENCY_TABLE_GROUPS = [8, 72, 384] as const;
/** The chart's horizontal range: groups of 2 to 512 chips. */
export const LATENCY_CHART_GROUPS = [2, 512] as const;

export function latencyFitView(): LatencyFitView {
	const points: LatencyFitPoint[] = LATENCY_FIT.points.map((p) => ({
		label: p.label,
		case: p.case,
		source: datedSource(p.source),
		fabric: UB_SOURCES.includes(p.source) ? 'ub' : 'nvlink',
		group: p.group,
		measuredS: p.measuredS,
		bandwidthS: p.bytesPerChip / p.bytesPerS,
		alphaS: p.alphaS,
		fittedS: p.fittedS,
		residualS: p.residualS
	}));
	const squares = points.reduce((sum, p) => sum + p.residualS ** 2, 0);
	const slope = SERVING_LATENCY.perDoublingS;
	const curve = (fabric: LatencyCurve['fabric'], interceptS: number): LatencyCurve => ({
		fabric,
		interceptS,
		alphaAt: LATENCY_TABLE_GROUPS.map((group) => ({
			group,
			alphaS: collectiveAlphaS(interceptS, slope, group)
		})),
		lineAt: LATENCY_CHART_GROUPS.map((group) => ({
			group,
			alphaS: collectiveAlphaS(interceptS, slope, group)
		}))
	});
	return {
		interceptS: LATENCY_FIT.interceptS,
		perDoublingS: LATENCY_FIT.perDoublingS,
		usedPerDoublingS: slope,
		points,
		rmsResidualS: points.length > 0 ? Math.sqrt(squares / points.length) : 0,
		maxAbsResidualS: Math.max(0, ...points.map((p) => Math.abs(p.residualS))),
		curves: [
			curve('scale-up', DEFAULT_EFFICIENCIES.scaleUpLatencyS),
			// rates.ts: scale-out α is never below the scale-up one.
			curve(
				'scale-out',
				Math.max(DEFAULT_EFFICIENCIES.scaleUpLatencyS, DEFAULT_EFFICIENCIES.scaleOutLatencyS)
			)
		],
		sources: uniqueSources([
			...SERVING_LATENCY_SOURCES.perDoublingS.sources,
			...EFFICIENCY_SOURCES.scaleUpLatencyS.sources
		])
	};
}

// ---------------------------------------------------------------------------------------------
// Every serving assumption

export type AssumptionUnit = 's' | '1' | 'rows' | 'layers';

export interface ServingAssumptionRow {
	/** 'latency.<key>' for latency.ts, 'efficiency.<key>' for efficiencies.ts. */
	id: `latency.${keyof ServingLatency}` | `efficiency.${keyof Efficiencies}`;
	value: number;
	unit: AssumptionUnit;
	nature: 'derived' | 'assumption';
	cases: string[];
	sources: DatedSource[];
	/** The arithmetic from the cited figures to the value (English; the page translates it). */
	note: string;
}

function latencyUnit(unit: string): AssumptionUnit {
	return unit === 's' || unit === 'rows' || unit === 'layers' ? unit : '1';
}

/** The serving model's added assumptions (latency.ts) first, then the global efficiencies. */
export function servingAssumptionRows(): ServingAssumptionRow[] {
	const latency = (Object.keys(SERVING_LATENCY_SOURCES) as (keyof ServingLatency)[]).map(
		(key): ServingAssumptionRow => {
			const s = SERVING_LATENCY_SOURCES[key];
			return {
				id: `latency.${key}`,
				value: SERVING_LATENCY[key],
				unit: latencyUnit(s.unit),
				nature: s.nature,
				cases: [...s.cases],
				sources: uniqueSources(s.sources),
				note: s.note
			};
		}
	);
	const efficiency = (Object.keys(DEFAULT_EFFICIENCIES) as (keyof Efficiencies)[]).map(
		(key): ServingAssumptionRow => {
			const s = EFFICIENCY_SOURCES[key];
			return {
				id: `efficiency.${key}`,
				value: DEFAULT_EFFICIENCIES[key],
				// Names ending in S are seconds (scaleUpLatencyS, stepOverheadS); the rest are ratios.
				unit: key.endsWith('S') ? 's' : '1',
				nature: s.nature,
				cases: [...s.cases],
				sources: uniqueSources(s.sources),
				note: s.note
			};
		}
	);
	return [...latency, ...efficiency];
}

// ---------------------------------------------------------------------------------------------
// One decode step of the default scenario

/** The default scenario of the main page: DeepSeek-R1 on GB200 NVL72 at 50 tokens/s per user. */
export const DECODE_EXAMPLE_SYSTEM = 'gb200-nvl72';

let defaultResult: InferenceOk | null = null;
/** evaluateInference of the default scenario, once per process (several examples read it). */
export function defaultServingResult(): InferenceOk & { atTarget: OperatingPoint } {
	defaultResult ??= (() => {
		const r = evaluateInference(system(DECODE_EXAMPLE_SYSTEM), DEFAULT_SERVING);
		if (r.kind !== 'ok') throw new Error(`default scenario: ${r.kind}`);
		return r;
	})();
	const r = defaultResult;
	if (!r.atTarget) throw new Error(`default scenario has no operating point: ${r.atTargetReason}`);
	return r as InferenceOk & { atTarget: OperatingPoint };
}

export interface DecodeStepView {
	systemName: string;
	/** Chips of the system; disaggregated pools of whole instances may leave some over. */
	systemChips: number;
	modelName: string;
	/** The page's target: a 99th-percentile bound, and the mean the model must reach for it. */
	targetUserTokensPerS: number;
	meanUserTokensPerS: number;
	tpotTailRatio: number;
	acceptedTokensPerStep: number;
	/** The chain's drafted tokens per sequence per step (chainDraftedTokens); verify = 1 + drafted. */
	draftedTokensPerStep: number;
	layout: Layout;
	mode: OperatingPoint['mode'];
	batch: number;
	limitedBy: OperatingPoint['limitedBy'];
	bound: OperatingPoint['bound'];
	stepS: number;
	computeS: number;
	memoryS: number;
	communicationS: number;
	/** Host overhead, the layers' fixed kernel time and the draft pass, as the model sums them. */
	overheadS: number;
	lowS: number;
	highS: number;
	decodeOverlap: number;
	/** The three parts of overheadS: host time per step, layers × layerFixedS, and the rest. */
	hostOverheadS: number;
	kernelFixedS: number;
	draftS: number;
	/** Bytes the busiest chip reads from HBM per step: memoryS × its achieved HBM rate. */
	hbmBytes: number;
	hbmBytesPerS: number;
	/** α(G) of one EP dispatch or combine of this layout, on the fabric it runs over. */
	epAlphaS: number;
	userTokensPerS: number;
	tpotS: number;
	ttftS: number;
	chipTokensPerS: number;
	decodeChipTokensPerS: number;
	pools: OperatingPoint['pools'];
	alternatives: OperatingPoint['alternatives'];
	inputTokens: number;
	outputTokens: number;
}

export function decodeStepView(): DecodeStepView {
	const r = defaultServingResult();
	const p = r.atTarget;
	const t = p.time;
	const eff = DEFAULT_EFFICIENCIES;
	// The rates the step was timed with: the platform's software fraction included (its memoryS
	// is bytes ÷ this rate; without it the page read 74 GB at 6.8 TB/s for 43 GB at 3.9).
	const rates = ratesFor(
		r.system,
		eff,
		r.precision.compute.denseFlopsPerS,
		r.precision.attention.denseFlopsPerS,
		softwareFor(r.system).fraction
	);
	const kernelFixedS = r.model.layers * SERVING_LATENCY.layerFixedS;
	const inDomain = p.layout.tp * p.layout.dpAttention <= rates.domainChips;
	return {
		systemName: r.system.name,
		systemChips: r.system.chips,
		modelName: r.model.name,
		targetUserTokensPerS: r.serving.targetUserTokensPerS,
		meanUserTokensPerS: r.serving.targetUserTokensPerS * SERVING_LATENCY.tpotTailRatio,
		tpotTailRatio: SERVING_LATENCY.tpotTailRatio,
		acceptedTokensPerStep: r.serving.acceptedTokensPerStep,
		draftedTokensPerStep: chainDraftedTokens(
			r.serving.acceptedTokensPerStep,
			SERVING_LATENCY.draftAcceptance
		),
		layout: p.layout,
		mode: p.mode,
		batch: p.batch,
		limitedBy: p.limitedBy,
		bound: p.bound,
		stepS: p.stepS,
		computeS: t.computeS,
		memoryS: t.memoryS,
		communicationS: t.communicationS,
		overheadS: t.overheadS,
		lowS: t.lowS,
		highS: t.highS,
		decodeOverlap: eff.decodeOverlapFraction,
		hostOverheadS: eff.stepOverheadS,
		kernelFixedS,
		draftS: Math.max(0, t.overheadS - eff.stepOverheadS - kernelFixedS),
		hbmBytes: t.memoryS * rates.hbmBytesPerS,
		hbmBytesPerS: rates.hbmBytesPerS,
		epAlphaS: collectiveAlphaS(
			inDomain ? rates.upLatencyS : rates.outLatencyS,
			SERVING_LATENCY.perDoublingS,
			p.layout.ep
		),
		userTokensPerS: p.userTokensPerS,
		tpotS: p.tpotS,
		ttftS: p.ttftS,
		chipTokensPerS: p.chipTokensPerS,
		decodeChipTokensPerS: p.decodeChipTokensPerS,
		pools: { ...p.pools },
		alternatives: { ...p.alternatives },
		inputTokens: r.serving.inputTokens,
		outputTokens: r.serving.outputTokens
	};
}
