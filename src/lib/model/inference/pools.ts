import { deploymentTokensPerS } from './frontier';
import type { OperatingPoint } from './types';

/**
 * How prefill and decode share a system's chips, the two ways engines serve (issue 12 item 5):
 *
 * Co-located: every instance prefills and decodes on the same chips (in-flight batching with
 * chunked prefill). Per request a chip spends in ÷ prefillRate seconds prefilling and
 * out ÷ decodeRate decoding; prompts are mixed into decode steps, so every step is stretched by
 * the prefill share and users see
 *   userTokensPerS = accepted ÷ stepS × decodeShare,
 *   decodeShare = (out ÷ decodeRate) ÷ (in ÷ prefillRate + out ÷ decodeRate),
 * while tokens per chip are out ÷ (in ÷ prefillRate + out ÷ decodeRate) (frontier.ts).
 *
 * Disaggregated: separate prefill and decode pools of whole instances beside each other in the
 * system (nP prefill instances of cP chips, nD decode instances of cD chips, nP·cP + nD·cD ≤
 * chips); users see the decode step alone. The pools serve as many requests per second as the
 * slower of them, so the split is the whole-instance one with the most tokens per chip in the
 * pools. The prompt's KV cache moves from the prefill to the decode instance: over scale-up when
 * both fit in one domain, else over scale-out, which can cap the prefill rate and adds to TTFT.
 */

/**
 * The chips an operating point's tokens per chip count, over the whole system: every whole copy of
 * its unit, the set of prefill and decode pools (the split search stops at MAX_INSTANCES_SEARCHED
 * instances a pool, so a large system holds several copies) or one co-located instance. Chips the
 * whole copies leave over are not counted (InferenceX's convention, the one the validation compares
 * against), so the system's total is tokens per chip × this, not × its chips.
 */
export function chipsInUse(
	point: Pick<OperatingPoint, 'mode' | 'pools' | 'layout'>,
	systemChips: number
): number {
	const unit =
		point.mode === 'disaggregated'
			? point.pools.prefillChips + point.pools.decodeChips
			: point.layout.chips;
	return unit > 0 ? Math.floor(systemChips / unit) * unit : 0;
}

/** Share of a chip's time spent decoding when it also prefills the prompts it decodes. */
export function decodeShare(
	inputTokens: number,
	outputTokens: number,
	prefillChipTokensPerS: number,
	decodeChipTokensPerS: number
): number {
	const decodeS = outputTokens / decodeChipTokensPerS;
	const share = decodeS / (inputTokens / prefillChipTokensPerS + decodeS);
	return Number.isFinite(share) && share > 0 ? share : 0;
}

/**
 * Instance counts tried per pool: beyond this many, rounding to whole instances costs under
 * 1/64 of the continuous rate, and the search stays a few hundred steps per point.
 */
export const MAX_INSTANCES_SEARCHED = 64;

/** The instance counts of a split (disaggregatedChipTokensPerS fills one). */
export interface PoolSplit {
	prefillInstances: number;
	decodeInstances: number;
}

/**
 * Whole-instance pools over a system of `chips`. Per request, the prefill pool needs
 * in ÷ prefillRate chip-seconds and the decode pool out ÷ decodeRate; with a = requests/s of one
 * prefill instance (cP · prefillRate ÷ in) and b = of one decode instance (cD · decodeRate ÷ out):
 *   requests/s = min(nP · a, nD · b),  tokens/s per chip = out · requests/s ÷ (nP·cP + nD·cD).
 * For a fixed nD this rises with nP while prefill is the slower pool and falls after, so its
 * best nP is the floor or ceiling of nD · b ÷ a (clamped to the chips left); likewise for a
 * fixed nP. Both are searched for up to MAX_INSTANCES_SEARCHED instances, so the best split
 * never gets worse with more chips or faster rates (the candidates only grow). The result never
 * beats the continuous out ÷ (in ÷ prefillRate + out ÷ decodeRate), reached when the whole
 * instances happen to match the work.
 * With `firstPrefillInstances` above 1, only the walk over prefill counts runs, from that count.
 * The splits left out are tried, chip for chip, with a prefill size dividing this one and at
 * least as fast (decode-search.ts): its walk over decode counts covers every split the skipped
 * walk would try, and its walk over prefill counts the counts below `firstPrefillInstances`.
 * Returns the best split's output tokens/s per chip, or −1 when one instance of each does not
 * fit (or, with `firstPrefillInstances` above 1, when none of the splits tried does); its
 * instance counts go into `split`, a scratch object the caller reuses (the decode search compares
 * thousands of splits per slider tick by their rate and builds pools only for the one it keeps).
 */
export function disaggregatedChipTokensPerS(
	chips: number,
	decodeInstanceChips: number,
	decodeChipTokensPerS: number,
	prefillInstanceChips: number,
	prefillChipTokensPerS: number,
	inputTokens: number,
	outputTokens: number,
	split: PoolSplit,
	firstPrefillInstances = 1
): number {
	if (
		!poolsFit(
			chips,
			decodeInstanceChips,
			decodeChipTokensPerS,
			prefillInstanceChips,
			prefillChipTokensPerS,
			inputTokens,
			outputTokens
		)
	)
		return -1;
	const cP = prefillInstanceChips;
	const cD = decodeInstanceChips;
	const a = (cP * prefillChipTokensPerS) / inputTokens;
	const b = (cD * decodeChipTokensPerS) / outputTokens;
	// Plain loops and numbers: the sweep calls this for every disaggregated point it keeps.
	let bestRate = -1;
	let bestP = 0;
	let bestD = 0;
	for (let pass = firstPrefillInstances > 1 ? 1 : 0; pass < 2; pass++) {
		// Pass 0 walks decode counts and balances prefill to each; pass 1 the other way round.
		const perN = pass === 0 ? cD : cP;
		const perM = pass === 0 ? cP : cD;
		const ratio = pass === 0 ? b / a : a / b;
		for (let n = pass === 0 ? 1 : firstPrefillInstances; n <= MAX_INSTANCES_SEARCHED; n++) {
			const room = Math.floor((chips - n * perN) / perM);
			if (room < 1) break;
			const balanced = n * ratio;
			const low = Math.min(room, Math.max(1, Math.floor(balanced)));
			const high = Math.min(room, Math.max(1, Math.ceil(balanced)));
			for (let m = low; m <= high; m++) {
				const nP = pass === 0 ? m : n;
				const nD = pass === 0 ? n : m;
				const rate = (outputTokens * Math.min(nP * a, nD * b)) / (nP * cP + nD * cD);
				if (rate > bestRate) {
					bestRate = rate;
					bestP = nP;
					bestD = nD;
				}
			}
		}
	}
	split.prefillInstances = bestP;
	split.decodeInstances = bestD;
	return bestRate;
}

/**
 * Whether disaggregatedChipTokensPerS, searching every split (`firstPrefillInstances` 1), finds
 * one (is not −1), without searching: one instance of each fits, and both serve a positive,
 * finite number of requests per second. Then its first candidate (one decode instance, at least
 * one prefill instance in the chips left) always has a rate, so the guard alone decides.
 */
export function poolsFit(
	chips: number,
	decodeInstanceChips: number,
	decodeChipTokensPerS: number,
	prefillInstanceChips: number,
	prefillChipTokensPerS: number,
	inputTokens: number,
	outputTokens: number
): boolean {
	const cP = prefillInstanceChips;
	const cD = decodeInstanceChips;
	if (!(cP >= 1 && cD >= 1) || cP + cD > chips) return false;
	const a = (cP * prefillChipTokensPerS) / inputTokens;
	const b = (cD * decodeChipTokensPerS) / outputTokens;
	return a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b);
}

/** The continuous optimum whole instances approach: an upper bound on disaggregatedChipTokensPerS. */
export function continuousPoolTokensPerS(
	decodeChipTokensPerS: number,
	prefillChipTokensPerS: number,
	inputTokens: number,
	outputTokens: number
): number {
	return deploymentTokensPerS(
		inputTokens,
		outputTokens,
		prefillChipTokensPerS,
		decodeChipTokensPerS
	);
}
