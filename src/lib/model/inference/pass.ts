import type { Resource } from '../estimate-types';
import type { LlmSpec } from '../llm';
import type { ServingLatency } from './latency';
import type { Rates } from './rates';

/** Bytes per value sent between chips (calibration.md case 24: FP8 dispatch, BF16 combine). */
export interface WireBytes {
	dispatch: number;
	combine: number;
	/** Activations for TP all-reduce and PP hand-off (BF16). */
	activation: number;
}

/** Everything a forward pass needs that depends on neither the layout nor the batch. */
export interface PassInputs {
	model: LlmSpec;
	rates: Rates;
	weightBytesPerValue: number;
	wire: WireBytes;
	moeImbalance: number;
	/** Host-side time per step, added once per step (not per stage). */
	overheadS: number;
	/** Efficiencies.overlapFraction (prefill passes). */
	overlap: number;
	/** Efficiencies.decodeOverlapFraction (decode steps). */
	decodeOverlap: number;
	/** Fixed latencies (latency.ts): α(G) slope and per-layer kernel time. */
	latency: ServingLatency;
}

/** One stage's time terms for one forward pass, per chip. */
export interface StageTerms {
	computeS: number;
	memoryS: number;
	/** Bandwidth part of communication on scale-up links. */
	upS: number;
	/** Bandwidth part of communication on scale-out links. */
	outS: number;
	/** Fixed per-message costs (alpha) of every collective. */
	latencyS: number;
	/** Fixed kernel time of the stage's layers: serial, never hidden by overlap. */
	fixedS: number;
}

/** Time split of a whole step (all stages of the pipeline) as the page shows it. */
export interface TimeSplit {
	computeS: number;
	memoryS: number;
	communicationS: number;
	/** Host overhead, the layers' fixed kernel time and any draft passes (speculative decoding). */
	overheadS: number;
	/**
	 * The part of overheadS added after the blend, which no overlap hides: the fixed kernel time
	 * and the draft passes. overheadS − serialS (the host overhead) is blended with the others.
	 */
	serialS: number;
	/** Perfect overlap: the largest term. */
	lowS: number;
	/** No overlap: the sum of the terms. */
	highS: number;
}

export interface StepTimes {
	/** Point estimate between lowS and highS (see Efficiencies.overlapFraction). */
	stepS: number;
	time: TimeSplit;
	bound: Resource;
}

/** low + (1 − overlap)·(high − low); low = the largest of the four terms, high = their sum. */
export function blend(a: number, b: number, c: number, d: number, overlap: number): number {
	const low = Math.max(a, b, c, d);
	return low + (1 - overlap) * (a + b + c + d - low);
}

/**
 * A whole step: pp stages in sequence plus the host overhead once, plus the layers' fixed kernel
 * time, which no overlap hides. The binding resource is
 * the largest term; for communication, whichever of scale-up, scale-out and latency is largest.
 */
export function combineStages(
	stage: StageTerms,
	pp: number,
	overheadS: number,
	overlap: number
): StepTimes {
	const computeS = pp * stage.computeS;
	const memoryS = pp * stage.memoryS;
	const communicationS = pp * (stage.upS + stage.outS + stage.latencyS);
	const fixedS = pp * stage.fixedS;
	const lowS = Math.max(computeS, memoryS, communicationS, overheadS) + fixedS;
	const highS = computeS + memoryS + communicationS + overheadS + fixedS;
	const stepS = blend(computeS, memoryS, communicationS, overheadS, overlap) + fixedS;
	let bound: Resource = 'compute';
	let top = computeS;
	if (memoryS > top) [bound, top] = ['memory-bandwidth', memoryS];
	if (communicationS > top) {
		top = communicationS;
		const largest = Math.max(stage.upS, stage.outS, stage.latencyS);
		bound = stage.outS === largest ? 'scale-out' : stage.upS === largest ? 'scale-up' : 'latency';
	}
	if (overheadS + fixedS > top) bound = 'overhead';
	const time = {
		computeS,
		memoryS,
		communicationS,
		overheadS: overheadS + fixedS,
		serialS: fixedS,
		lowS,
		highS
	};
	return { stepS, time, bound };
}

/**
 * A pass `factor` times as long in every term (the bound unchanged): blend is homogeneous, so
 * the formula stepEstimate shows still gives back its value from the scaled terms.
 */
export function scaleStepTimes(times: StepTimes, factor: number): StepTimes {
	if (factor === 1) return times;
	const t = times.time;
	return {
		stepS: times.stepS * factor,
		time: {
			computeS: t.computeS * factor,
			memoryS: t.memoryS * factor,
			communicationS: t.communicationS * factor,
			overheadS: t.overheadS * factor,
			serialS: t.serialS * factor,
			lowS: t.lowS * factor,
			highS: t.highS * factor
		},
		bound: times.bound
	};
}
