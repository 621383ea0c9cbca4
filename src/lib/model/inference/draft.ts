/**
 * Share of drafted tokens the target model accepts (speculative decoding / MTP); its source is in
 * latency-sources.ts. On its own so that the serving defaults (DEFAULT_SERVING, on the first visit
 * through the link codec) do not bring the latency fit's data and arithmetic with them.
 */
export const DRAFT_ACCEPTANCE = 0.8;

/**
 * Expected tokens per decode step when a chain of `drafted` tokens is verified and each is
 * accepted with probability `acceptance` given that every earlier one was (the first rejection
 * ends the step; the verify pass always yields one token of its own):
 * 1 + p + p² + … + pⁿ = (1 − pⁿ⁺¹) ÷ (1 − p) (Leviathan et al. 2023, with i.i.d. acceptance). n = 1 gives 1 + p.
 */
export function chainAcceptedTokens(drafted: number, acceptance: number): number {
	let tokens = 1;
	let term = 1;
	for (let k = 0; k < drafted; k++) {
		term *= acceptance;
		tokens += term;
	}
	return tokens;
}
