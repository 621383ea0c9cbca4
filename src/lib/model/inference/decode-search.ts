import { collectiveAlphaS } from './latency';
import { deploymentTokensPerS, isDominated, mergeIntoFrontier } from './frontier';
import { operatingPointEstimates } from './estimates';
import type { StepTimes } from './pass';
import {
	continuousPoolTokensPerS,
	decodeShare,
	disaggregatedChipTokensPerS,
	MAX_INSTANCES_SEARCHED,
	poolsFit,
	type PoolSplit
} from './pools';
import { prefillRate, prefillRateCeiling, type PrefillPass } from './prefill-search';
import type { ServedMode, ServingSettings } from './serving';
import { largestAtLeast, largestAtMost, lastFound } from './boundary';
import {
	BATCH_GRID_POINTS,
	batchGrid,
	type DecodeCurve,
	type PrefillCurve,
	type SweepInputs
} from './sweep';
import type { InferencePoint, OperatingPoint } from './types';
import { packedArray } from './packed-array';

/** A pool pass's prefill curve and its KV transfer, as poolTtftSOf reads them. */
interface PoolTtft {
	curve: PrefillCurve | null;
	/** One prompt's KV over all the pass's chips' links, kvBytesPrompt ÷ (cP · link). */
	oneS: number;
	/** The pass's attention groups (dpAttention). */
	groups: number;
}

/** Scratch subject of the pool pass searches (boundary.ts): no object per search. */
const POOL_TTFT: PoolTtft = { curve: null, oneS: 0, groups: 1 };

/**
 * A pool pass of `prompts` prompts and its KV transfer, without α: the pass, then its fullest
 * attention group's prompts one after another over that group's links (poolPass).
 */
function poolTtftSOf(t: PoolTtft, prompts: number): number {
	return t.curve!.passS(prompts) + Math.max(prompts, t.groups) * t.oneS;
}

/** How one layout can be served, each way the settings allow, with what prefill costs it. */
class LayoutServing {
	readonly curve: DecodeCurve;
	/** Its own TTFT-meeting prefill pass, when this layout also prefills (co-located). */
	readonly coPass: PrefillPass;
	readonly coMeetsTtft: boolean;
	/** A ceiling of coPrefillRate known without the pass's search (prefillRateCeiling). */
	readonly coPrefillRateCeiling: number;
	/**
	 * Prefill instances that can feed it disaggregated (fit beside one decode instance, meet TTFT
	 * with the KV transfer): the fastest of each size, since sizes round to whole pools differently.
	 */
	readonly prefillOptions: PrefillOption[];
	/** The fastest of them (prompt tokens/s per chip, capped by the KV transfer); 0 = none. */
	readonly disPrefillRate: number;
	readonly disMeetsTtft: boolean;
	private readonly s: SweepInputs;
	private coRate = 0;
	private coRateFound = false;

	constructor(
		s: SweepInputs,
		curve: DecodeCurve,
		coPass: PrefillPass,
		prefillOptions: PrefillOption[],
		disMeetsTtft: boolean
	) {
		this.s = s;
		this.curve = curve;
		this.coPass = coPass;
		this.coMeetsTtft = coPass.meets;
		this.coPrefillRateCeiling = prefillRateCeiling(s, coPass);
		this.prefillOptions = prefillOptions;
		let disPrefillRate = 0;
		for (const o of prefillOptions) disPrefillRate = Math.max(disPrefillRate, o.rate);
		this.disPrefillRate = disPrefillRate;
		this.disMeetsTtft = disMeetsTtft || disPrefillRate > 0;
	}

	/** The co-located pass's prompt tokens/s per chip (its search runs on first read). */
	get coPrefillRate(): number {
		if (!this.coRateFound) {
			this.coRate = prefillRate(this.s, this.coPass);
			this.coRateFound = true;
		}
		return this.coRate;
	}
}

/** One prefill instance size for a disaggregated pool. */
interface PrefillOption {
	chips: number;
	/** Prompt tokens/s per chip, capped by the KV transfer. */
	rate: number;
	ttftS: number;
	/**
	 * The fewest instances of this size its split search tries (disaggregatedChipTokensPerS):
	 * 1, or more when a size dividing it, at least as fast, already tries the smaller pools chip
	 * for chip.
	 */
	firstPrefillInstances: number;
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

/** Step evaluations cannotReach spends raising its floor before leaving a layout to the search. */
const REACH_STEPS = 4;

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
	//
	// Every prompt of a pass finishes with the pass, so the transfers all start then. A prompt's KV
	// is held by its own attention group, cP ÷ dpAttention chips (Stage: the fullest group has
	// max(1, prompts ÷ dpAttention) of the prompts), and leaves over those chips' links, one prompt
	// after another: the last prompt's cache arrives after
	//   max(1, prompts ÷ D) · kvBytesPrompt ÷ ((cP ÷ D) · link) = max(prompts, D) · oneS,
	// oneS = kvBytesPrompt ÷ (cP · link), D = dpAttention. A pass's TTFT is every prompt's (as
	// co-located), so that last prompt's. Charging oneS alone (before version 20) moved one prompt's
	// cache over every chip's links while the rate cap below sent the whole batch's over the same
	// links: 16 prompts on 8 DP groups waited 1/16 of their transfer.
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
		const oneS = s.kvBytesPrompt / (cP * link);
		const groups = curve.layout.dpAttention;
		const limitS = meanTtftS - alpha;
		const transfer = POOL_TTFT;
		transfer.curve = curve;
		transfer.oneS = oneS;
		transfer.groups = groups;
		const firstS = whole.oneS + Math.max(1, groups) * oneS;
		if (!(firstS <= limitS)) return null;
		// A pass only grows with its prompts, so one meeting the target with its transfer holds no
		// more prompts than the whole target's pass: search below that (the same answer, fewer steps).
		const most = whole.meets ? whole.prompts : curve.maxPrompts;
		const prompts = largestAtMost(most, poolTtftSOf, transfer, limitS, firstS);
		const ttftS = lastFound.value + alpha;
		const passS = lastFound.value - Math.max(prompts, groups) * oneS;
		const chipRate = (prompts * input * curve.layout.pp) / (passS * cP);
		const rate = Math.min(chipRate, link / kvPerPromptToken);
		// The first token waits for its batch's pass and the transfer of its group's prompts.
		return rate > 0 ? { chips: cP, rate, ttftS, firstPrefillInstances: 1 } : null;
	};
	// Each layout's pool pass over scale-up and over scale-out, found on first use (undefined before).
	const poolsUp = new Array<PrefillOption | null | undefined>(prefillPasses.length);
	const poolsOut = new Array<PrefillOption | null | undefined>(prefillPasses.length);
	const poolPassOf = (i: number, up: boolean): PrefillOption | null => {
		const cache = up ? poolsUp : poolsOut;
		let option = cache[i];
		if (option === undefined) cache[i] = option = poolPass(i, up);
		return option;
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
		// The fastest option of each size, in ascending size: kept sorted as it is filled (a few
		// sizes), with plain loops, since this runs for every decode size on every slider tick.
		const sizes: PrefillOption[] = [];
		for (let j = 0; j < prefillPasses.length; j++) {
			const { curve } = prefillPasses[j]!;
			const cP = curve.layout.chips;
			if (cP + cD > systemChips) continue;
			const up = cP + cD <= s.rates.domainChips;
			let at = 0;
			while (at < sizes.length && sizes[at]!.chips < cP) at++;
			const same = at < sizes.length && sizes[at]!.chips === cP ? sizes[at]! : null;
			// A pool pass has at most curve.maxPrompts prompts, so its rate is at most the curve's
			// ceiling, and the KV transfer's cap: below the size's fastest so far, it cannot replace it.
			if (same) {
				const link = up ? s.rates.upBytesPerS : s.rates.outBytesPerS;
				const ceiling = Math.min(curve.rateCeiling(), link / kvPerPromptToken);
				if (ceiling * (1 + 1e-9) < same.rate) continue;
			}
			const option = poolPassOf(j, up);
			if (!option) continue;
			if (same) {
				if (option.rate > same.rate) sizes[at] = option;
				continue;
			}
			sizes.push(option);
			for (let k = sizes.length - 1; k > at; k--) sizes[k] = sizes[k - 1]!;
			sizes[at] = option;
		}
		// A size that a size dividing it, at least as fast, replaces chip for chip (r of them an
		// instance) keeps only the splits the smaller one does not try: the smaller size's walk over
		// prefill counts covers every pool of at most MAX_INSTANCES_SEARCHED ÷ r of these instances,
		// and its walk over decode counts every split with at most MAX_INSTANCES_SEARCHED decode
		// instances (pools.ts). A smaller size that is itself cut short is covered the same way by a
		// smaller one still, down to the smallest, which searches everything. Dropping the size
		// instead lost the larger pools: a 4-chip prefill size that more HBM made feasible dropped
		// the 32-chip one the best split used, and tokens per chip fell by 2e-5 (properties.test.ts).
		// The options are shared by every decode size, so a changed one is a copy.
		for (let i = 0; i < sizes.length; i++) {
			const o = sizes[i]!;
			let first = 1;
			for (const d of sizes)
				if (d.chips < o.chips && o.chips % d.chips === 0 && d.rate >= o.rate)
					first = Math.max(first, Math.floor(MAX_INSTANCES_SEARCHED / (o.chips / d.chips)) + 1);
			if (first > 1) sizes[i] = { ...o, firstPrefillInstances: first };
		}
		return sizes;
	}
	// The frontier took every layout co-located (one prompt per pass when its own prefill pass
	// missed the TTFT target), while the search for the target skips such a layout, as it skips a
	// disaggregated decode instance with no prefill pool meeting the target. With long prompts,
	// small layouts miss TTFT yet decode best per chip, and their frontier points beat the operating
	// point at a higher speed per user (a million-token context on 100,000 chips: by 2 % of tokens/s
	// per chip, and by 5e-7; properties.test.ts), and a 'target too fast' reason could quote a
	// fastest speed only they reach. So co-located frontier points and the fastest speed come only
	// from layouts meeting the target, as the operating point does. When none meets it there is no
	// operating point (the page says why) and every layout stays: the chart still shows decode.
	const anyMeetsTtft = prefillPasses.some((p) => p.meets);
	const coShown = (l: LayoutServing) => l.coMeetsTtft || !anyMeetsTtft;
	// Each layout alone: its best prefill pass meeting the TTFT target (the co-located instance's
	// own prefill, and a candidate prefill pool for the others). Prefill pools only matter when
	// disaggregated serving is allowed.
	// Pushed, not mapped (packed-array.ts).
	const layouts: LayoutServing[] = [];
	for (let i = 0; i < curves.length; i++) {
		const curve = curves[i]!;
		const options = allowDis ? prefillOptionsBeside(curve.layout.chips) : [];
		layouts.push(new LayoutServing(s, curve, prefillPasses[i]!, options, decodePool));
	}

	/** Tokens/s per user co-located: the decode step stretched by the prefill share (pools.ts). */
	function coLocatedUser(l: LayoutServing, decodeRate: number, stepS: number): number {
		return (a / stepS) * decodeShare(input, out, l.coPrefillRate, decodeRate);
	}

	/**
	 * One batch on one layout served one way, as a point of the search, into `point` (a scratch
	 * object: most points the frontier walk evaluates are dominated and dropped, and an object for
	 * each was a third of a sweep's garbage); false when it cannot be served.
	 */
	const point: Candidate = {
		userTokensPerS: 0,
		chipTokensPerS: 0,
		decodeChipTokensPerS: 0,
		prefillChips: 0,
		decodeChips: 0,
		prefill: null,
		mode: 'co-located',
		serving: layouts[0]!, // set by every serve before anything reads it
		batch: 0
	};
	function serve(l: LayoutServing, mode: ServedMode, batch: number, stepS: number): boolean {
		const chips = l.curve.layout.chips;
		const decodeRate = (batch * a) / (stepS * chips);
		point.serving = l;
		point.mode = mode;
		point.batch = batch;
		point.decodeChipTokensPerS = decodeRate;
		point.prefillChips = 0;
		point.decodeChips = chips;
		point.prefill = null;
		if (mode === 'co-located') {
			point.userTokensPerS = coLocatedUser(l, decodeRate, stepS);
			point.chipTokensPerS = deploymentTokensPerS(input, out, l.coPrefillRate, decodeRate);
			return true;
		}
		point.userTokensPerS = a / stepS;
		if (objective === 'decode-pool') {
			point.chipTokensPerS = decodeRate;
			return true;
		}
		// Whole-instance pools beside each prefill instance size; the best split of all.
		const option = bestSplit(l, decodeRate);
		if (!option) return false;
		point.chipTokensPerS = kept.rate;
		point.prefillChips = kept.prefillInstances * option.chips;
		point.decodeChips = kept.decodeInstances * chips;
		point.prefill = option;
		return true;
	}

	/** serve, as a point of its own; null when it cannot be served. */
	function served(l: LayoutServing, mode: ServedMode, batch: number, stepS: number) {
		return serve(l, mode, batch, stepS) ? { ...point } : null;
	}

	// Scratch of bestSplit, reused for every point (no object per split tried): the split last
	// tried, and the best one so far with its tokens per chip.
	const tried: PoolSplit = { prefillInstances: 0, decodeInstances: 0 };
	const kept = { rate: 0, prefillInstances: 0, decodeInstances: 0 };

	/**
	 * The prefill option whose whole-instance split gives a disaggregated decode instance of `l`
	 * the most tokens per chip (the first of equals), that split in `kept`; null when none fits.
	 */
	function bestSplit(l: LayoutServing, decodeRate: number): PrefillOption | null {
		let best: PrefillOption | null = null;
		for (const option of l.prefillOptions) {
			// Whole instances never beat the continuous split (pools.ts): an option whose continuous
			// rate is no better than the kept split cannot replace it, so it is not searched. The
			// 1e-9 margin keeps a split that rounding puts a hair above its bound from being skipped.
			if (
				best &&
				continuousPoolTokensPerS(decodeRate, option.rate, input, out) * (1 + 1e-9) <= kept.rate
			)
				continue;
			const rate = disaggregatedChipTokensPerS(
				systemChips,
				l.curve.layout.chips,
				decodeRate,
				option.chips,
				option.rate,
				input,
				out,
				tried,
				option.firstPrefillInstances
			);
			if (rate < 0 || (best && rate <= kept.rate)) continue;
			best = option;
			kept.rate = rate;
			kept.prefillInstances = tried.prefillInstances;
			kept.decodeInstances = tried.decodeInstances;
		}
		return best;
	}

	/**
	 * served(l, mode, batch, stepS)?.chipTokensPerS without building the point (the search for
	 * the target compares every layout and mode by this, and builds the one it keeps); −1 for null.
	 */
	function servedChipTokensPerS(
		l: LayoutServing,
		mode: ServedMode,
		batch: number,
		stepS: number
	): number {
		const decodeRate = (batch * a) / (stepS * l.curve.layout.chips);
		if (mode === 'co-located') return deploymentTokensPerS(input, out, l.coPrefillRate, decodeRate);
		if (objective === 'decode-pool') return decodeRate;
		return bestSplit(l, decodeRate) ? kept.rate : -1;
	}

	/**
	 * Tokens/s per user at `batch`, a step of the search for the target (no point built); one
	 * function per mode, built once, so the search builds no closure per layout (boundary.ts).
	 */
	const searchedUser = {
		'co-located': (l: LayoutServing, batch: number) => userOfBatch(l, 'co-located', batch),
		disaggregated: (l: LayoutServing, batch: number) => userOfBatch(l, 'disaggregated', batch)
	} satisfies Record<ServedMode, (l: LayoutServing, batch: number) => number>;

	/**
	 * The batch and step time of the last batch the search found meeting the target. The search's
	 * lower end only moves up, to each batch that meets it, so this ends at the batch it returns:
	 * its point is built without evaluating that step again (a scratch object, set per search).
	 */
	const reached = { batch: 1, stepS: 0 };

	function userOfBatch(l: LayoutServing, mode: ServedMode, batch: number): number {
		const stepS = l.curve.stepS(batch);
		const user = userOfStep(l, mode, batch, stepS);
		if (user >= meanUserTokensPerS) {
			reached.batch = batch;
			reached.stepS = stepS;
		}
		return user;
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
		for (const o of l.prefillOptions)
			if (poolsFit(systemChips, chips, decodeRate, o.chips, o.rate, input, out)) return a / stepS;
		return null;
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

	/**
	 * Whether the batch the search for the target would find on `l` served `mode` surely gets fewer
	 * tokens per chip than `best`, decided in a few step evaluations (at most REACH_STEPS).
	 * Co-located, `prefillRate` may be a ceiling of the layout's own (l.coPrefillRateCeiling, no
	 * prefill search): users and tokens per chip only grow with it, so what it rules out stays out.
	 *
	 * The bound. A step only grows with the batch: every term of stage.ts is nondecreasing in it
	 * (the fullest DP rank's sequences max(1, b ÷ dpAttention), tokens, the busiest chip's experts
	 * read and token-expert pairs (busiest.ts; its expected maximum never falls as tokens
	 * grow), the KV read, the draft passes), and blend(…) = low + (1 − overlap)·(high − low) is
	 * nondecreasing in each term for 0 ≤ overlap ≤ 1. So users are never faster at a larger batch
	 * (co-located a ÷ (stepS + c·b) with c ≥ 0, pools.ts; disaggregated a ÷ stepS), the search's
	 * batch b* is the last one meeting the target, and b* ≥ n implies stepS(b*) ≥ stepS(n). Its
	 * decode rate per chip d(b*) = b*·a ÷ (stepS(b*)·chips) is then at most b*·a ÷ (stepS(n)·chips),
	 * and its tokens per chip at most
	 *   co-located     out ÷ (in ÷ prefillRate + out ÷ d)   (exactly this, increasing in d),
	 *   disaggregated  the same with the fastest prefill option (whole-instance pools never beat
	 *                  the continuous split, pools.ts; and it only grows with the prefill rate),
	 *   decode pool    d.
	 * Dropped: the growth of the step from batch n to b*, which can only lower the true figure.
	 * Inverting, reaching `best` needs d ≥ dNeeded, hence b* ≥ dNeeded·stepS(n)·chips ÷ a. Starting
	 * from n = 1, each such floor n' is a batch b* must reach: beyond the largest batch, or when
	 * the users at n' already miss the target (then so do all at larger batches), the layout cannot
	 * reach `best`; else stepS(n') raises the next floor. Both sides get a 1e-9 relative margin,
	 * far above rounding, so a near tie is always searched and equal results keep their order.
	 */
	function cannotReach(
		l: LayoutServing,
		mode: ServedMode,
		stepOfOne: number,
		best: number,
		prefillRate: number
	): boolean {
		const { curve } = l;
		const within = best / (1 + 1e-9);
		let decodeNeeded = within;
		if (objective !== 'decode-pool') {
			const decodeS = out / within - input / prefillRate;
			// The prompts' chip time alone leaves fewer tokens per chip than the best.
			if (!(decodeS > 0)) return true;
			decodeNeeded = out / decodeS;
		}
		const perStepS = (decodeNeeded * curve.layout.chips) / a;
		const ceilingOnly = mode === 'co-located' && prefillRate === l.coPrefillRateCeiling;
		let floor = 1;
		let stepFloor = stepOfOne;
		for (let i = 0; i < REACH_STEPS; i++) {
			const next = Math.ceil(perStepS * stepFloor);
			if (!(next > floor)) return false;
			if (next > curve.maxBatch) return true;
			floor = next;
			stepFloor = stepAt(curve, floor);
			const user = ceilingOnly
				? coUserCeiling(l, floor, stepFloor, prefillRate)
				: userOfStep(l, mode, floor, stepFloor);
			if (user * (1 + 1e-9) < meanUserTokensPerS) return true;
		}
		return false;
	}

	// The last step cannotReach evaluated: its co-located ceiling and exact passes often ask for
	// the same batch.
	let lastCurve: DecodeCurve | null = null;
	let lastBatch = 0;
	let lastStepS = 0;
	function stepAt(curve: DecodeCurve, batch: number): number {
		if (curve !== lastCurve || batch !== lastBatch) {
			lastCurve = curve;
			lastBatch = batch;
			lastStepS = curve.stepS(batch);
		}
		return lastStepS;
	}

	/**
	 * Tokens/s per user co-located at `batch` can be no more than this with a step of at least
	 * `stepFloor` and prompts prefilled at no more than `prefillRate`: a ÷ (stepS + c·batch),
	 * c = in·a ÷ (out·prefillRate·chips) (pools.ts), falls as either grows.
	 */
	function coUserCeiling(l: LayoutServing, batch: number, stepFloor: number, prefillRate: number) {
		return a / (stepFloor + (input * batch * a) / (out * prefillRate * l.curve.layout.chips));
	}

	/**
	 * Whether the frontier so far beats `batch` on `l` served `mode` whatever its step, given a
	 * step no longer than it (`stepFloor`, the step of a smaller batch: steps only grow with the
	 * batch, see cannotReach): decided without evaluating the step. With stepS ≥ stepFloor, the
	 * decode rate per chip d = batch·a ÷ (stepS·chips) is at most its value at stepFloor, and so
	 * are the point's
	 *   users   co-located a ÷ (stepS + c·batch), c = in·a ÷ (out·prefillRate·chips) (pools.ts),
	 *           else a ÷ stepS;
	 *   chips   co-located out ÷ (in ÷ prefillRate + out ÷ d); disaggregated at most the
	 *           continuous split with the fastest prefill option (ceiling); decode pool d.
	 * A point beaten at those upper bounds (inflated by 1e-9 against rounding) is beaten as it is:
	 * isDominated only gets truer as a point gets slower per user or per chip.
	 */
	function beaten(
		frontier: readonly Candidate[],
		l: LayoutServing,
		mode: ServedMode,
		batch: number,
		stepFloor: number
	): boolean {
		if (frontier.length === 0 || !(stepFloor > 0)) return false;
		const decodeRate = (batch * a) / (stepFloor * l.curve.layout.chips);
		if (mode === 'co-located') {
			// With the prefill rate's ceiling first: no prefill search when that settles it.
			return (
				coBeaten(frontier, l, batch, stepFloor, decodeRate, l.coPrefillRateCeiling) ||
				coBeaten(frontier, l, batch, stepFloor, decodeRate, l.coPrefillRate)
			);
		}
		const chipRate =
			objective === 'decode-pool'
				? decodeRate
				: continuousPoolTokensPerS(decodeRate, l.disPrefillRate, input, out);
		return isDominated(frontier, (a / stepFloor) * (1 + 1e-9), chipRate * (1 + 1e-9));
	}

	/** beaten, co-located, with prompts prefilled at no more than `prefillRate`. */
	function coBeaten(
		frontier: readonly Candidate[],
		l: LayoutServing,
		batch: number,
		stepFloor: number,
		decodeRate: number,
		prefillRate: number
	): boolean {
		return isDominated(
			frontier,
			coUserCeiling(l, batch, stepFloor, prefillRate) * (1 + 1e-9),
			deploymentTokensPerS(input, out, prefillRate, decodeRate) * (1 + 1e-9)
		);
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
		// The frontier's other array: each merge writes into it and the two swap.
		let spare: Candidate[] = [];
		const ofLayout: Candidate[] = [];
		// One layout's grid steps at a time (a grid holds at most BATCH_GRID_POINTS + 1 batches):
		// a typed array per layout was a sixteenth of a sweep's garbage.
		const gridStepsOfLayout = new Float64Array(BATCH_GRID_POINTS + 1);
		// The best point at the target so far, as numbers (no object per layout and mode): its
		// point and OperatingPoint are built once, after the sweep.
		let bestServing: LayoutServing | null = null;
		let bestMode: ServedMode = 'co-located';
		let bestBatch = 0;
		let bestChipTokensPerS = 0;
		// Users are fastest at batch 1 (a step only grows with batch, and so does the prefill share
		// of a co-located chip's time), which every batch grid holds: the frontier's last point.
		// Whether a disaggregated split fits does not depend on the batch, so batch 1 also says
		// whether the frontier has any point at all.
		let fastestUserTokensPerS = 0;
		let anyServed = false;
		// The best chip rate at the target each way: the operating point says why it chose its mode.
		let anyCoLocated = false;
		let bestCoLocated = 0;
		let anyDisaggregated = false;
		let bestDisaggregated = 0;
		// Every way of serving a layout starts from its step at batch 1.
		// A typed array, whose map never changes (packed-array.ts).
		const stepsOfOne = new Float64Array(layouts.length);
		for (let i = 0; i < layouts.length; i++) stepsOfOne[i] = layouts[i]!.curve.stepS(1);
		// The fastest user speed (a maximum) and whether anything is served: every layout's
		// disaggregated speed first, since co-located users at batch 1 are never faster than those,
		// so that a co-located speed's ceiling (no prefill search) usually settles it.
		const coLocated = modes.includes('co-located');
		for (const mode of modes) {
			if (mode === 'co-located') continue;
			layouts.forEach((l, i) => {
				const first = userAtOne(l, mode, stepsOfOne[i]!);
				if (first === null) return;
				anyServed = true;
				fastestUserTokensPerS = Math.max(fastestUserTokensPerS, first);
			});
		}
		if (coLocated) {
			anyServed = true; // userAtOne is never null co-located
			layouts.forEach((l, i) => {
				if (!coShown(l)) return;
				const stepOfOne = stepsOfOne[i]!;
				const ceiling = coUserCeiling(l, 1, stepOfOne, l.coPrefillRateCeiling);
				if (ceiling * (1 + 1e-9) <= fastestUserTokensPerS) return;
				fastestUserTokensPerS = Math.max(
					fastestUserTokensPerS,
					userAtOne(l, 'co-located', stepOfOne)!
				);
			});
		}
		for (const [i, l] of layouts.entries()) {
			const { curve } = l;
			const stepOfOne = stepsOfOne[i]!;
			// The grid's steps, shared by the modes' walks (0: not evaluated yet; a step is never 0):
			// a step does not depend on how the batch is served, and a third of the evaluations were
			// the other mode's again.
			const grid = withFrontier ? batchGrid(curve.maxBatch) : [];
			// Both walks run only when disaggregated is allowed and co-located shows this layout.
			const bothWalks = coLocated && modes.length > 1 && coShown(l);
			const gridSteps = withFrontier && bothWalks ? gridStepsOfLayout.fill(0) : null;
			for (const mode of modes) {
				if (withFrontier && (mode !== 'co-located' || coShown(l))) {
					// Larger batches are slower per user, so this list is in descending user speed. The merge
					// never keeps a point the frontier so far already beats, and most are: skip those before
					// building an object for each (fewer collection pauses while a slider moves). One list
					// for every layout: the merge copies what it keeps.
					ofLayout.length = 0;
					// The last step evaluated: a floor for every larger batch's (see beaten).
					let stepFloor = stepOfOne;
					for (let g = 0; g < grid.length; g++) {
						const batch = grid[g]!;
						if (beaten(candidates, l, mode, batch, stepFloor)) continue;
						let stepS = gridSteps ? gridSteps[g]! : 0;
						if (stepS === 0) stepS = batch === 1 ? stepOfOne : curve.stepS(batch);
						if (gridSteps) gridSteps[g] = stepS;
						stepFloor = stepS;
						// Disaggregated users see the decode step alone (a ÷ stepS).
						const user = mode === 'co-located' ? Infinity : a / stepS;
						if (user !== Infinity && isDominated(candidates, user, ceiling(l, mode, batch, stepS)))
							continue;
						if (
							serve(l, mode, batch, stepS) &&
							!isDominated(candidates, point.userTokensPerS, point.chipTokensPerS)
						)
							ofLayout.push({ ...point });
					}
					if (ofLayout.length > 0) {
						const merged = mergeIntoFrontier(candidates, ofLayout, spare);
						spare = candidates;
						candidates = merged;
					}
				}

				const meetsTtft = mode === 'co-located' ? l.coMeetsTtft : l.disMeetsTtft;
				if (!meetsTtft) continue;
				// A layout that cannot beat the best of its mode so far changes neither the operating
				// point nor the alternatives (both keep the first of equals): skip its search.
				const bestOfMode = mode === 'co-located' ? bestCoLocated : bestDisaggregated;
				const anyOfMode = mode === 'co-located' ? anyCoLocated : anyDisaggregated;
				// Co-located, first with the prefill rate's ceiling: no prefill search when that settles it.
				if (mode === 'co-located') {
					const ceiling = l.coPrefillRateCeiling;
					const userCeiling = coUserCeiling(l, 1, stepOfOne, ceiling);
					if (userCeiling * (1 + 1e-9) < meanUserTokensPerS) continue;
					if (anyOfMode && cannotReach(l, mode, stepOfOne, bestOfMode, ceiling)) continue;
				}
				const userOfOne = userOfStep(l, mode, 1, stepOfOne);
				if (!(userOfOne >= meanUserTokensPerS)) continue;
				const prefillRate = mode === 'co-located' ? l.coPrefillRate : l.disPrefillRate;
				if (anyOfMode && cannotReach(l, mode, stepOfOne, bestOfMode, prefillRate)) continue;
				reached.batch = 1;
				reached.stepS = stepOfOne;
				const batch = largestAtLeast(
					curve.maxBatch,
					searchedUser[mode],
					l,
					meanUserTokensPerS,
					userOfOne
				);
				const stepS = reached.batch === batch ? reached.stepS : curve.stepS(batch);
				const chipRate = servedChipTokensPerS(l, mode, batch, stepS);
				if (chipRate < 0) continue;
				if (mode === 'co-located') {
					anyCoLocated = true;
					bestCoLocated = Math.max(bestCoLocated, chipRate);
				} else {
					anyDisaggregated = true;
					bestDisaggregated = Math.max(bestDisaggregated, chipRate);
				}
				if (bestServing && chipRate <= bestChipTokensPerS) continue;
				bestServing = l;
				bestMode = mode;
				bestBatch = batch;
				bestChipTokensPerS = chipRate;
			}
		}
		const best =
			bestServing && served(bestServing, bestMode, bestBatch, bestServing.curve.stepS(bestBatch))!;
		// Only the modes this sweep tried: one it did not try is absent, not null ("none reaches the
		// target" would be untrue of it; the page's Serving row says nothing of it).
		const alternatives: OperatingPoint['alternatives'] = {};
		if (coLocated) alternatives.coLocated = anyCoLocated ? bestCoLocated : null;
		if (modes.includes('disaggregated'))
			alternatives.disaggregated = anyDisaggregated ? bestDisaggregated : null;
		const atTarget = best && operatingPoint(best, alternatives);
		const pointOfCandidate = (c: Candidate) =>
			pointOf(c.serving, c.mode, c.batch, c.serving.curve.step(c.batch), c);
		// The operating point's batch is solved for the target exactly, between two grid batches:
		// it joins the frontier, so the chart's curve, its table and the CSV hold the figure the
		// headline quotes (before, a reader quoting the table at 60 tokens/s per user got 0.363×
		// where the headline said 0.335×).
		const frontier = withFrontier
			? mergeIntoFrontier(
					packedArray(candidates, pointOfCandidate),
					best ? [pointOfCandidate(best)] : []
				)
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
		const limitedBy: OperatingPoint['limitedBy'] = batch < curve.maxBatch ? 'target' : curve.limit;
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
			prefillChipTokensPerS: prefillRate,
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
