// A module of its own, apart from draft.ts: DRAFT_ACCEPTANCE is on the first visit (the serving
// defaults), and a function the lazily loaded model imports from there is shipped with it.

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

/**
 * The chain that accepts `accepted` tokens per step on average: chainAcceptedTokens solved for
 * its drafted tokens, n = ln(1 − a·(1 − p)) ÷ ln p − 1 (a fraction is a mean over chain lengths,
 * as the model charges means), or a − 1 when every draft is accepted (p = 1). The first
 * rejection ends a chain, so each further accepted token costs more drafts than the last, and no
 * chain reaches 1 ÷ (1 − p) tokens (5 at p = 0.8): Infinity there (SERVING_BOUNDS stays below).
 * Inferring (a − 1) ÷ p drafts instead, as if every draft were judged alone, charged 2.44 drafts
 * for the 2.95 tokens 3 drafts give, and reached 16 tokens per step (helper-110).
 */
export function chainDraftedTokens(accepted: number, acceptance: number): number {
	if (!(accepted > 1)) return 0;
	if (acceptance >= 1) return accepted - 1;
	const left = 1 - accepted * (1 - acceptance);
	return left > 0 ? Math.log(left) / Math.log(acceptance) - 1 : Infinity;
}
