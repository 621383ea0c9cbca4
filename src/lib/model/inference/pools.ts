import { deploymentTokensPerS } from './frontier';

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
 * Disaggregated: separate prefill and decode pools; users see the decode step alone, but the
 * system must hold at least one instance of each (cP + cD ≤ chips), and the pools are sized in
 * proportion to their work (P:D = in ÷ prefillRate : out ÷ decodeRate; first order: whole
 * instances are not counted). The prompt's KV cache moves from the prefill to the decode instance: over scale-up when both
 * fit in one domain, else over scale-out, which can cap the prefill rate and adds to TTFT.
 */

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

export interface DisaggregatedPools {
	/** Chips of the system prefilling and decoding (P:D), in proportion to their work. */
	prefillChips: number;
	decodeChips: number;
	/** Output tokens per second per chip of both pools. */
	chipTokensPerS: number;
}

/**
 * Disaggregated pools over a system of `chips`, sized in proportion to their work so neither
 * waits: per request, in ÷ prefillRate prefill chip-seconds and out ÷ decodeRate decode ones.
 * Tokens per chip are then out ÷ (in ÷ prefillRate + out ÷ decodeRate), as co-located, but users
 * see the decode step alone. Null when one instance of each does not fit in the system.
 */
export function disaggregatedPools(
	chips: number,
	decodeInstanceChips: number,
	decodeChipTokensPerS: number,
	prefillInstanceChips: number,
	prefillChipTokensPerS: number,
	inputTokens: number,
	outputTokens: number
): DisaggregatedPools | null {
	if (decodeInstanceChips + prefillInstanceChips > chips) return null;
	const share = decodeShare(inputTokens, outputTokens, prefillChipTokensPerS, decodeChipTokensPerS);
	if (!(share > 0)) return null;
	return {
		prefillChips: chips * (1 - share),
		decodeChips: chips * share,
		chipTokensPerS: deploymentTokensPerS(
			inputTokens,
			outputTokens,
			prefillChipTokensPerS,
			decodeChipTokensPerS
		)
	};
}
