import { collectiveAlphaS } from './latency';
import { deploymentTokensPerS, isDominated, mergeIntoFrontier } from './frontier';
import { operatingPointEstimates } from './estimates';
import type { StepTimes } from './pass';
import { decodeShare, disaggregatedPools } from './pools';
import { searchPrefill } from './prefill-search';
import type { ServedMode, ServingSettings } from './serving';
import {
	batchGrid,
	largestPassing,
	type DecodeCurve,
	type PrefillCurve,
	type SweepInputs
} from './sweep';
import type { InferencePoint, OperatingPoint } from './types';

/** How one layout can be served, each way the settings allow, with what prefill costs it. */
interface LayoutServing {
	curve: DecodeCurve;
	/** Prompt tokens/s per chip when this layout also prefills (its own TTFT-meeting pass). */
	coPrefillRate: number;
	coTtftS: number;
	coMeetsTtft: boolean;
	/** Prompt tokens/s per chip of the prefill pool feeding it, capped by the KV transfer; 0 = none. */
	disPrefillRate: number;
	disTtftS: number;
	disMeetsTtft: boolean;
	/** Chips of one prefill instance. */
	prefillInstanceChips: number;
}

/** Per-request figures of one batch on one layout served one way. */
interface Served {
	userTokensPerS: number;
	chipTokensPerS: number;
	decodeChipTokensPerS: number;
	prefillChips: number;
	decodeChips: number;
}

interface Candidate extends Served {
	mode: ServedMode;
	serving: LayoutServing;
	batch: number;
}

/**
 * What the operating point maximises: tokens per chip of the whole deployment, or of the decode
 * pool alone with prompts prefilled elsewhere for free (what a decode-only benchmark measures).
 */
export type Objective = 'deployment' | 'decode-pool';

export interface DecodeSearch {
	frontier: InferencePoint[];
	atTarget: OperatingPoint | null;
	/** Disaggregated serving was asked for but no system split fits: served co-located. */
	disaggregationImpossible: boolean;
}

/**
 * The decode frontier over every layout's batch grid, co-located and disaggregated (pools.ts),
 * and the best point whose users all get at least the target speed with prompts meeting the
 * TTFT target. `prefillCurves[i]` is the prefill curve of `curves[i]`'s layout; any layout
 * may be the disaggregated prefill pool.
 */
export function searchDecode(
	s: SweepInputs,
	curves: readonly DecodeCurve[],
	prefillCurves: readonly PrefillCurve[],
	serving: ServingSettings,
	meanUserTokensPerS: number,
	meanTtftS: number,
	objective: Objective = 'deployment'
): DecodeSearch {
	const a = s.acceptedTokensPerStep;
	const input = s.inputTokens;
	const out = serving.outputTokens;
	const systemChips = s.systemChips;
	const decodePool = objective === 'decode-pool';
	const allowCo = !decodePool && serving.servingMode !== 'disaggregated';
	const allowDis = decodePool || serving.servingMode !== 'co-located';
	const kvPerPromptToken = s.kvBytesPrompt / input;

	// Each layout alone: its best prefill pass meeting the TTFT target (the co-located instance's
	// own prefill, and a candidate prefill pool for the others).
	const own = curves.map((_, i) => searchPrefill(s, [prefillCurves[i]!], meanTtftS, s.overlap));
	const layouts: LayoutServing[] = curves.map((curve, i) => {
		const cD = curve.layout.chips;
		// The disaggregated prefill pool: the best layout that fits beside one decode instance
		// and meets TTFT with the KV transfer, its rate capped by that transfer. Taking the best
		// over all layouts keeps more bandwidth or memory from ever making it worse.
		let dis = { rate: 0, ttftS: Infinity, chips: 0 };
		for (const p of own) {
			const cP = p.layout.chips;
			if (!p.meetsTtftTarget || cP + cD > systemChips) continue;
			// KV moves from the prefill to the decode pool: scale-up if both fit in one domain.
			const up = cP + cD <= s.rates.domainChips;
			const link = up ? s.rates.upBytesPerS : s.rates.outBytesPerS;
			const alpha = collectiveAlphaS(
				up ? s.rates.upLatencyS : s.rates.outLatencyS,
				s.latency.perDoublingS,
				2
			);
			const ttftS = p.passS + s.kvBytesPrompt / (cP * link) + alpha;
			const rate = Math.min(p.chipTokensPerS.value, link / kvPerPromptToken);
			if (ttftS <= meanTtftS && rate > dis.rate) dis = { rate, ttftS, chips: cP };
		}
		return {
			curve,
			coPrefillRate: own[i]!.chipTokensPerS.value,
			coTtftS: own[i]!.passS,
			coMeetsTtft: own[i]!.meetsTtftTarget,
			disPrefillRate: dis.rate,
			disTtftS: dis.ttftS,
			disMeetsTtft: decodePool || dis.rate > 0,
			prefillInstanceChips: dis.chips
		};
	});

	function served(l: LayoutServing, mode: ServedMode, batch: number, stepS: number): Served | null {
		const chips = l.curve.layout.chips;
		const decodeRate = (batch * a) / (stepS * chips);
		if (mode === 'co-located') {
			const share = decodeShare(input, out, l.coPrefillRate, decodeRate);
			return {
				userTokensPerS: (a / stepS) * share,
				chipTokensPerS: deploymentTokensPerS(input, out, l.coPrefillRate, decodeRate),
				decodeChipTokensPerS: decodeRate,
				prefillChips: 0,
				decodeChips: chips
			};
		}
		if (objective === 'decode-pool')
			return {
				userTokensPerS: a / stepS,
				chipTokensPerS: decodeRate,
				decodeChipTokensPerS: decodeRate,
				prefillChips: 0,
				decodeChips: chips
			};
		const pools = disaggregatedPools(
			systemChips,
			chips,
			decodeRate,
			l.prefillInstanceChips,
			l.disPrefillRate,
			input,
			out
		);
		if (!pools || !(l.disPrefillRate > 0)) return null;
		return {
			userTokensPerS: a / stepS,
			chipTokensPerS: pools.chipTokensPerS,
			decodeChipTokensPerS: decodeRate,
			prefillChips: pools.prefillChips,
			decodeChips: pools.decodeChips
		};
	}

	const modes: ServedMode[] = [];
	if (allowCo) modes.push('co-located');
	if (allowDis) modes.push('disaggregated');
	const found = sweep(modes);
	if (found.frontier.length > 0 || allowCo || decodePool)
		return { ...found, disaggregationImpossible: false };
	return { ...sweep(['co-located']), disaggregationImpossible: true };

	function sweep(modes: readonly ServedMode[]) {
		let candidates: Candidate[] = [];
		let atTarget: OperatingPoint | null = null;
		// The best chip rate at the target each way: the operating point says why it chose its mode.
		const bestOf: OperatingPoint['alternatives'] = { coLocated: null, disaggregated: null };
		for (const l of layouts) {
			const { curve } = l;
			for (const mode of modes) {
				// Larger batches are slower per user, so this list is in descending user speed. The merge
				// never keeps a point the frontier so far already beats, and most are: skip those before
				// building an object for each (fewer collection pauses while a slider moves).
				const ofLayout: Candidate[] = [];
				for (const batch of batchGrid(curve.maxBatch)) {
					const v = served(l, mode, batch, curve.stepS(batch));
					if (v && !isDominated(candidates, v.userTokensPerS, v.chipTokensPerS))
						ofLayout.push({ ...v, mode, serving: l, batch });
				}
				if (ofLayout.length > 0) candidates = mergeIntoFrontier(candidates, ofLayout);

				const meetsTtft = mode === 'co-located' ? l.coMeetsTtft : l.disMeetsTtft;
				if (!meetsTtft) continue;
				const user = (b: number) => served(l, mode, b, curve.stepS(b))?.userTokensPerS ?? 0;
				const fastEnough = (b: number) => user(b) >= meanUserTokensPerS;
				if (!fastEnough(1)) continue;
				const batch = largestPassing(curve.maxBatch, fastEnough);
				const v = served(l, mode, batch, curve.stepS(batch));
				if (!v) continue;
				const key = mode === 'co-located' ? 'coLocated' : 'disaggregated';
				bestOf[key] = Math.max(bestOf[key] ?? 0, v.chipTokensPerS);
				if (atTarget && v.chipTokensPerS <= atTarget.chipTokensPerS) continue;
				const times = curve.step(batch);
				const point = pointOf(l, mode, batch, times, v);
				const limitedBy: OperatingPoint['limitedBy'] =
					batch < curve.maxBatch
						? 'target'
						: curve.capacityBound
							? 'memory-capacity'
							: 'batch-limit';
				const prefillRate = mode === 'co-located' ? l.coPrefillRate : l.disPrefillRate;
				atTarget = {
					...point,
					bound: limitedBy === 'memory-capacity' ? 'memory-capacity' : point.bound,
					limitedBy,
					pools: { prefillChips: v.prefillChips, decodeChips: v.decodeChips },
					tpotS: 1 / v.userTokensPerS,
					ttftS: mode === 'co-located' ? l.coTtftS : l.disTtftS,
					alternatives: bestOf,
					estimates: operatingPointEstimates(point, times, s, out, prefillRate)
				};
			}
		}
		const frontier = candidates.map((c) => {
			const times = c.serving.curve.step(c.batch);
			return pointOf(c.serving, c.mode, c.batch, times, c);
		});
		return { frontier, atTarget };
	}
}

function pointOf(
	l: LayoutServing,
	mode: ServedMode,
	batch: number,
	times: StepTimes,
	v: Served
): InferencePoint {
	return {
		layout: l.curve.layout,
		mode,
		batch,
		userTokensPerS: v.userTokensPerS,
		chipTokensPerS: v.chipTokensPerS,
		decodeChipTokensPerS: v.decodeChipTokensPerS,
		stepS: times.stepS,
		bound: times.bound,
		time: times.time
	};
}
