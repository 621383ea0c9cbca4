import { collectiveAlphaS } from './latency';
import { deploymentTokensPerS, isDominated, mergeIntoFrontier } from './frontier';
import { operatingPointEstimates } from './estimates';
import type { StepTimes } from './pass';
import { continuousPoolTokensPerS, decodeShare, disaggregatedPools, poolsFit } from './pools';
import { prefillRate, type PrefillPass } from './prefill-search';
import type { ServedMode, ServingSettings } from './serving';
import { largestAtLeast, largestAtMost } from './boundary';
import { batchGrid, type DecodeCurve, type SweepInputs } from './sweep';
import type { InferencePoint, OperatingPoint } from './types';

/** How one layout can be served, each way the settings allow, with what prefill costs it. */
interface LayoutServing {
	curve: DecodeCurve;
	/** Its own TTFT-meeting prefill pass, when this layout also prefills (co-located). */
	coPass: PrefillPass;
	/** That pass's prompt tokens/s per chip. */
	coPrefillRate: number;
	coMeetsTtft: boolean;
	/**
	 * Prefill instances that can feed it disaggregated (fit beside one decode instance, meet TTFT
	 * with the KV transfer): the fastest of each size, since sizes round to whole pools differently.
	 */
	prefillOptions: PrefillOption[];
	/** The fastest of them (prompt tokens/s per chip, capped by the KV transfer); 0 = none. */
	disPrefillRate: number;
	disMeetsTtft: boolean;
}

/** One prefill instance size for a disaggregated pool. */
interface PrefillOption {
	chips: number;
	/** Prompt tokens/s per chip, capped by the KV transfer. */
	rate: number;
	ttftS: number;
}

/** Per-request figures of one batch on one layout served one way. */
interface Served {
	userTokensPerS: number;
	chipTokensPerS: number;
	decodeChipTokensPerS: number;
	prefillChips: number;
	decodeChips: number;
	/** The prefill instance feeding it (disaggregated), null co-located. */
	prefill: PrefillOption | null;
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
	/** Null when the search was asked to skip it (withFrontier false). */
	frontier: InferencePoint[] | null;
	/** Tokens/s per user of the fastest point (the frontier's last; 0 when there is none). */
	fastestUserTokensPerS: number;
	atTarget: OperatingPoint | null;
	/** Disaggregated serving was asked for but no system split fits: served co-located. */
	disaggregationImpossible: boolean;
}

/**
 * The decode frontier over every layout's batch grid, co-located and disaggregated (pools.ts),
 * and the best point whose users all get at least the target speed with prompts meeting the
 * TTFT target. `prefillPasses[i]` is the best pass meeting the TTFT target (prefillPass) of
 * `curves[i]`'s layout; any layout may be the disaggregated prefill pool. Without the frontier
 * (withFrontier false) only the batch grid is skipped: the operating point, the fastest speed
 * and the fallback are the same.
 */
export function searchDecode(
	s: SweepInputs,
	curves: readonly DecodeCurve[],
	prefillPasses: readonly PrefillPass[],
	serving: ServingSettings,
	meanUserTokensPerS: number,
	meanTtftS: number,
	objective: Objective = 'deployment',
	withFrontier = true
): DecodeSearch {
	const a = s.acceptedTokensPerStep;
	const input = s.inputTokens;
	const out = serving.outputTokens;
	const systemChips = s.systemChips;
	const decodePool = objective === 'decode-pool';
	const allowCo = !decodePool && serving.servingMode !== 'disaggregated';
	const allowDis = decodePool || serving.servingMode !== 'co-located';
	const kvPerPromptToken = s.kvBytesPrompt / input;

	// A prefill pool's pass must leave room in the TTFT target for moving its KV cache to the
	// decode pool (over scale-up when both pools fit one domain, else scale-out): its batch is
	// searched against the target less that transfer. Choosing it against the whole target and
	// dropping it when the transfer no longer fits would let more memory (a larger batch allowed)
	// trade a pass that fit for one that does not, and lose the option.
	const poolPass = (i: number, up: boolean): PrefillOption | null => {
		const whole = prefillPasses[i]!;
		const { curve } = whole;
		const cP = curve.layout.chips;
		const link = up ? s.rates.upBytesPerS : s.rates.outBytesPerS;
		const alpha = collectiveAlphaS(
			up ? s.rates.upLatencyS : s.rates.outLatencyS,
			s.latency.perDoublingS,
			2
		);
		const budgetS = meanTtftS - s.kvBytesPrompt / (cP * link) - alpha;
		if (!(whole.oneS <= budgetS)) return null;
		// A pass only grows with its prompts, so one meeting less than the whole target holds no
		// more prompts than the whole target's pass: search below that (the same answer, fewer steps).
		const most = whole.meets && budgetS <= meanTtftS ? whole.prompts : curve.maxPrompts;
		const prompts = largestAtMost(most, (n) => curve.passS(n), budgetS, whole.oneS);
		const passS = curve.passS(prompts);
		const chipRate = (prompts * input * curve.layout.pp) / (passS * cP);
		const rate = Math.min(chipRate, link / kvPerPromptToken);
		// The first token waits for its batch's pass and the KV transfer (as before).
		return rate > 0
			? { chips: cP, rate, ttftS: passS + s.kvBytesPrompt / (cP * link) + alpha }
			: null;
	};
	const pools = {
		up: new Map<number, PrefillOption | null>(),
		out: new Map<number, PrefillOption | null>()
	};
	const poolPassOf = (i: number, up: boolean) => {
		const cache = up ? pools.up : pools.out;
		if (!cache.has(i)) cache.set(i, poolPass(i, up));
		return cache.get(i)!;
	};
	// The disaggregated prefill pool: every layout that fits beside one decode instance and meets
	// TTFT with the KV transfer, its rate capped by that transfer; the fastest of each instance
	// size is kept. Taking the best over all of them keeps more bandwidth or memory from ever
	// making it worse. It depends on the decode instance's size alone, so it is found once per
	// size, not once per layout (a few sizes, a hundred layouts).
	const optionsBySize = new Map<number, PrefillOption[]>();
	const prefillOptionsBeside = (cD: number): PrefillOption[] => {
		let options = optionsBySize.get(cD);
		if (!options) optionsBySize.set(cD, (options = prefillOptionsFor(cD)));
		return options;
	};
	function prefillOptionsFor(cD: number): PrefillOption[] {
		const bySize = new Map<number, PrefillOption>();
		prefillPasses.forEach((prefill, j) => {
			const cP = prefill.curve.layout.chips;
			if (cP + cD > systemChips) return;
			const option = poolPassOf(j, cP + cD <= s.rates.domainChips);
			const kept = bySize.get(cP);
			if (option && (!kept || option.rate > kept.rate)) bySize.set(cP, option);
		});
		// An instance size is never needed when a size dividing it is at least as fast per chip:
		// its instances can be replaced chip for chip by whole smaller ones.
		const sizes = [...bySize.values()].sort((x, y) => x.chips - y.chips);
		return sizes.filter(
			(o) => !sizes.some((d) => d.chips < o.chips && o.chips % d.chips === 0 && d.rate >= o.rate)
		);
	}
	const layouts: LayoutServing[] = curves.map((curve, i) => {
		const prefillOptions = prefillOptionsBeside(curve.layout.chips);
		const disPrefillRate = prefillOptions.reduce((m, o) => Math.max(m, o.rate), 0);
		// Each layout alone: its best prefill pass meeting the TTFT target (the co-located instance's
		// own prefill, and a candidate prefill pool for the others).
		const coPass = prefillPasses[i]!;
		return {
			curve,
			coPass,
			coPrefillRate: prefillRate(s, coPass),
			coMeetsTtft: coPass.meets,
			prefillOptions,
			disPrefillRate,
			disMeetsTtft: decodePool || disPrefillRate > 0
		};
	});

	/** Tokens/s per user co-located: the decode step stretched by the prefill share (pools.ts). */
	function coLocatedUser(l: LayoutServing, decodeRate: number, stepS: number): number {
		return (a / stepS) * decodeShare(input, out, l.coPrefillRate, decodeRate);
	}

	function served(l: LayoutServing, mode: ServedMode, batch: number, stepS: number): Served | null {
		const chips = l.curve.layout.chips;
		const decodeRate = (batch * a) / (stepS * chips);
		if (mode === 'co-located') {
			return {
				userTokensPerS: coLocatedUser(l, decodeRate, stepS),
				chipTokensPerS: deploymentTokensPerS(input, out, l.coPrefillRate, decodeRate),
				decodeChipTokensPerS: decodeRate,
				prefillChips: 0,
				decodeChips: chips,
				prefill: null
			};
		}
		if (objective === 'decode-pool')
			return {
				userTokensPerS: a / stepS,
				chipTokensPerS: decodeRate,
				decodeChipTokensPerS: decodeRate,
				prefillChips: 0,
				decodeChips: chips,
				prefill: null
			};
		// Whole-instance pools beside each prefill instance size; the best split of all.
		let best: Served | null = null;
		for (const option of l.prefillOptions) {
			const pools = disaggregatedPools(
				systemChips,
				chips,
				decodeRate,
				option.chips,
				option.rate,
				input,
				out
			);
			if (!pools || (best && pools.chipTokensPerS <= best.chipTokensPerS)) continue;
			best = {
				userTokensPerS: a / stepS,
				chipTokensPerS: pools.chipTokensPerS,
				decodeChipTokensPerS: decodeRate,
				prefillChips: pools.prefillChips,
				decodeChips: pools.decodeChips,
				prefill: option
			};
		}
		return best;
	}

	/** Tokens/s per user at `batch`, a step of the search for the target (no point built). */
	function searchedUser(l: LayoutServing, mode: ServedMode, batch: number): number {
		return userOfStep(l, mode, batch, l.curve.stepS(batch));
	}

	function userOfStep(l: LayoutServing, mode: ServedMode, batch: number, stepS: number): number {
		// Co-located: as served() gives it.
		if (mode === 'co-located')
			return coLocatedUser(l, (batch * a) / (stepS * l.curve.layout.chips), stepS);
		// Disaggregated: the decode step alone, when any prefill instance fits beside it.
		return objective === 'decode-pool' || l.prefillOptions.length > 0 ? a / stepS : 0;
	}

	/**
	 * served(l, mode, 1, stepS)?.userTokensPerS without building the point or searching the split:
	 * users see the same speed whichever prefill instance feeds them, so whether any split fits
	 * (poolsFit) is all a disaggregated batch of one needs.
	 */
	function userAtOne(l: LayoutServing, mode: ServedMode, stepS: number): number | null {
		const chips = l.curve.layout.chips;
		const decodeRate = (1 * a) / (stepS * chips);
		if (mode === 'co-located') return coLocatedUser(l, decodeRate, stepS);
		if (objective === 'decode-pool') return a / stepS;
		const fits = l.prefillOptions.some((o) =>
			poolsFit(systemChips, chips, decodeRate, o.chips, o.rate, input, out)
		);
		return fits ? a / stepS : null;
	}

	/**
	 * Tokens/s per chip no split of `l` at this batch can beat (the continuous pools of its
	 * fastest prefill instance), to skip the whole-instance search for dominated points.
	 */
	function ceiling(l: LayoutServing, mode: ServedMode, batch: number, stepS: number): number {
		if (mode === 'co-located' || objective === 'decode-pool') return Infinity;
		const decodeRate = (batch * a) / (stepS * l.curve.layout.chips);
		return continuousPoolTokensPerS(decodeRate, l.disPrefillRate, input, out);
	}

	const modes: ServedMode[] = [];
	if (allowCo) modes.push('co-located');
	if (allowDis) modes.push('disaggregated');
	const found = sweep(modes);
	if (found.anyServed || allowCo || decodePool)
		return { ...found, disaggregationImpossible: false };
	return { ...sweep(['co-located']), disaggregationImpossible: true };

	function sweep(modes: readonly ServedMode[]) {
		let candidates: Candidate[] = [];
		// The best point at the target so far; its OperatingPoint is built once, after the sweep.
		let best: Candidate | null = null;
		// Users are fastest at batch 1 (a step only grows with batch, and so does the prefill share
		// of a co-located chip's time), which every batch grid holds: the frontier's last point.
		// Whether a disaggregated split fits does not depend on the batch, so batch 1 also says
		// whether the frontier has any point at all.
		let fastestUserTokensPerS = 0;
		let anyServed = false;
		// The best chip rate at the target each way: the operating point says why it chose its mode.
		const bestOf: OperatingPoint['alternatives'] = { coLocated: null, disaggregated: null };
		for (const l of layouts) {
			const { curve } = l;
			// Every way of serving the layout starts from its step at batch 1.
			const stepOfOne = curve.stepS(1);
			for (const mode of modes) {
				const first = userAtOne(l, mode, stepOfOne);
				if (first !== null) {
					anyServed = true;
					fastestUserTokensPerS = Math.max(fastestUserTokensPerS, first);
				}
				if (withFrontier) {
					// Larger batches are slower per user, so this list is in descending user speed. The merge
					// never keeps a point the frontier so far already beats, and most are: skip those before
					// building an object for each (fewer collection pauses while a slider moves).
					const ofLayout: Candidate[] = [];
					for (const batch of batchGrid(curve.maxBatch)) {
						const stepS = curve.stepS(batch);
						// Disaggregated users see the decode step alone (a ÷ stepS).
						const user = mode === 'co-located' ? Infinity : a / stepS;
						if (user !== Infinity && isDominated(candidates, user, ceiling(l, mode, batch, stepS)))
							continue;
						const v = served(l, mode, batch, stepS);
						if (v && !isDominated(candidates, v.userTokensPerS, v.chipTokensPerS))
							ofLayout.push({ ...v, mode, serving: l, batch });
					}
					if (ofLayout.length > 0) candidates = mergeIntoFrontier(candidates, ofLayout);
				}

				const meetsTtft = mode === 'co-located' ? l.coMeetsTtft : l.disMeetsTtft;
				if (!meetsTtft) continue;
				const userOfOne = userOfStep(l, mode, 1, stepOfOne);
				if (!(userOfOne >= meanUserTokensPerS)) continue;
				const batch = largestAtLeast(
					curve.maxBatch,
					(b) => searchedUser(l, mode, b),
					meanUserTokensPerS,
					userOfOne
				);
				const v = served(l, mode, batch, curve.stepS(batch));
				if (!v) continue;
				const key = mode === 'co-located' ? 'coLocated' : 'disaggregated';
				bestOf[key] = Math.max(bestOf[key] ?? 0, v.chipTokensPerS);
				if (best && v.chipTokensPerS <= best.chipTokensPerS) continue;
				best = { ...v, mode, serving: l, batch };
			}
		}
		const atTarget = best && operatingPoint(best, bestOf);
		const frontier = withFrontier
			? candidates.map((c) => {
					const times = c.serving.curve.step(c.batch);
					return pointOf(c.serving, c.mode, c.batch, times, c);
				})
			: null;
		return { frontier, fastestUserTokensPerS, atTarget, anyServed };
	}

	/** The point at the target as the page shows it: why its batch, its TTFT and estimates. */
	function operatingPoint(
		c: Candidate,
		alternatives: OperatingPoint['alternatives']
	): OperatingPoint {
		const { serving: l, mode, batch } = c;
		const { curve } = l;
		const times = curve.step(batch);
		const point = pointOf(l, mode, batch, times, c);
		const limitedBy: OperatingPoint['limitedBy'] =
			batch < curve.maxBatch ? 'target' : curve.capacityBound ? 'memory-capacity' : 'batch-limit';
		const coLocated = mode === 'co-located';
		const prefillRate = coLocated ? l.coPrefillRate : (c.prefill?.rate ?? 0);
		const pools = { prefillChips: c.prefillChips, decodeChips: c.decodeChips };
		// Co-located, the first token waits for the layout's own prefill pass (as searchPrefill times it).
		const ttftS = coLocated ? l.coPass.curve.pass(l.coPass.prompts).stepS : (c.prefill?.ttftS ?? 0);
		return {
			...point,
			bound: limitedBy === 'memory-capacity' ? 'memory-capacity' : point.bound,
			limitedBy,
			pools,
			tpotS: 1 / c.userTokensPerS,
			ttftS,
			alternatives,
			estimates: operatingPointEstimates(point, times, s, out, prefillRate, pools)
		};
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
