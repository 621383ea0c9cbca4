import type { Estimate, Resource } from '../estimate-types';
import type { LlmSpec } from '../llm';
import type { Precision } from '../precision';
import type { SystemSpec } from '../system';
import type { Layout } from './layouts';
import type { TimeSplit } from './pass';
import type { ChosenPrecision } from './precision-choice';
import type { ServedMode, ServingSettings } from './serving';
import type { BatchLimit } from './sweep';

/** One decode operating point of one layout: a model estimate, not a measurement. */
export interface InferencePoint {
	layout: Layout;
	/** How prefill shares the chips (pools.ts); never 'auto'. */
	mode: ServedMode;
	/** Concurrent sequences in one instance. */
	batch: number;
	/**
	 * acceptedTokensPerStep ÷ stepS, disaggregated; co-located, × the decode share of the chips'
	 * time, since prompts are prefilled between decode steps (pools.ts).
	 */
	userTokensPerS: number;
	/**
	 * Output tokens per second per chip of the whole deployment: the decode chips plus the
	 * prefill chips or time they need, so long prompts cost throughput.
	 */
	chipTokensPerS: number;
	/** Output tokens per second per decode chip only (what a decode-only benchmark reports). */
	decodeChipTokensPerS: number;
	stepS: number;
	bound: Resource;
	time: TimeSplit;
}

/** The point the headline quotes: best chip throughput with every user at or above the target. */
export interface OperatingPoint extends InferencePoint {
	/**
	 * What stops a larger batch: the speed target, HBM capacity, the load a measured run held
	 * (validation only), or the sweep's batch limit.
	 */
	limitedBy: 'target' | BatchLimit;
	/**
	 * Disaggregated: the chips of the prefill and decode pools, whole instances of each (pools.ts),
	 * which chipTokensPerS counts both of; chips of the system outside both pools (when whole
	 * instances leave some over) are not counted, as for co-located instances. Co-located: no
	 * prefill pool; decodeChips = one instance.
	 */
	pools: { prefillChips: number; decodeChips: number };
	/**
	 * Tokens/s per chip at the target of the best point of each mode the search tried (null: it
	 * tried and none reaches the target): why `mode` was chosen. A mode it did not try has no key:
	 * the workload forces the other (servingMode), the decode-pool objective allows disaggregated
	 * only, or disaggregation fits nowhere and the point is served co-located (its warning says so).
	 * The object is shared with nothing else.
	 */
	alternatives: { coLocated?: number | null; disaggregated?: number | null };
	/** Mean time per output token a user sees: 1 ÷ userTokensPerS. */
	tpotS: number;
	/** Time to first token of the prefill point serving it (every prompt waits for its pass). */
	ttftS: number;
	/**
	 * Prompt tokens/s per chip of the prefill serving it: co-located, the instance's own pass; else
	 * its prefill pool's instances, capped by the KV transfer. Energy and cost per input token use
	 * this, as chipTokensPerS does (not PrefillResult's best pass anywhere). 0 under the
	 * decode-pool objective (calibration only), whose prompts are prefilled elsewhere for free.
	 */
	prefillChipTokensPerS: number;
	estimates: {
		userTokensPerS: Estimate;
		decodeChipTokensPerS: Estimate;
		chipTokensPerS: Estimate;
		stepS: Estimate;
	};
}

export interface PrefillResult {
	/** Time to first token of one prompt alone, on the fastest layout (ttftLayout). */
	ttftS: Estimate;
	ttftLayout: Layout;
	/**
	 * Prompt tokens per second per chip at the best layout and batch that meet the TTFT target;
	 * when none does (meetsTtftTarget false), of one prompt on the fastest layout.
	 */
	chipTokensPerS: Estimate;
	layout: Layout;
	/** Prompts per prefill pass at that point. */
	batchPrompts: number;
	/** TTFT of that pass (every prompt in it waits for the whole pass). */
	passS: number;
	meetsTtftTarget: boolean;
	bound: Resource;
	time: TimeSplit;
}

export interface MemoryFigures {
	/** All stored weights (embedding table excluded) at the weight precision. */
	weightBytes: Estimate;
	kvBytesPerToken: Estimate;
	/** KV of one sequence at its longest (input + output). */
	kvBytesPerSequence: Estimate;
	usableHbmBytesPerChip: Estimate;
}

interface Common {
	system: SystemSpec;
	serving: ServingSettings;
	warnings: string[];
}

/**
 * The decode frontier, or null where the evaluation skipped it (`{ frontier: false }`: the
 * at-target path the page runs on every slider tick, the frontier coming from a worker).
 */
export type Frontier = InferencePoint[] | null;

export interface InferenceOk<F extends Frontier = InferencePoint[]> extends Common {
	kind: 'ok';
	model: LlmSpec;
	precision: {
		weight: Precision;
		kv: Precision;
		compute: ChosenPrecision;
		attention: ChosenPrecision;
	};
	memory: MemoryFigures;
	prefill: PrefillResult;
	/** Non-dominated decode points, userTokensPerS ascending, chipTokensPerS descending. */
	frontier: F;
	/**
	 * Tokens/s per user of the fastest modelled point (the frontier's last; 0 when there is
	 * none), computed with or without the frontier.
	 */
	fastestUserTokensPerS: number;
	atTarget: OperatingPoint | null;
	/** Why atTarget is null; null when it is set. */
	atTargetReason: string | null;
	layoutsTried: number;
	layoutsFitting: number;
	/**
	 * Layouts left off the co-located frontier because their own prefill misses the TTFT target
	 * while another layout's meets it (decode-search.ts, coShown); 0 when none is. Model version 9
	 * left them out: an older link with some is one whose frontier moved.
	 */
	coLocatedMissingTtft: number;
}

export interface InferenceDoesNotFit extends Common {
	kind: 'does-not-fit';
	model: LlmSpec;
	/** Lower bound on the chips one instance needs (ideal sharding); null if no count suffices. */
	minChips: number | null;
	reason: string;
}

export interface InferenceUnsupported extends Common {
	kind: 'unsupported';
	model: LlmSpec | null;
	reason: string;
}

export type InferenceResult<F extends Frontier = InferencePoint[]> =
	InferenceOk<F> | InferenceDoesNotFit | InferenceUnsupported;

/** A result with or without its frontier: what code reading only the at-target figures takes. */
export type AnyInferenceResult = InferenceResult<Frontier>;
