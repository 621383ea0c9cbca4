import { classify, errorFactor, type ValidationClass } from '../content/validation-class';
import type { ClaimCheck } from './claims-check';

/**
 * A claim check's answer in one line, for a reader who will not weigh the card's figures:
 *  - `compared`: the modelled ratio against the claimed one, classed by the validation rule
 *    (within 1.25× agrees, within 2× near, beyond that disagrees): the same yardstick the page
 *    holds itself to, not one chosen per claim;
 *  - `edge`: a system cannot reach the claim's speed in the model, so the claim is read at the
 *    fastest speed both reach instead; `steep` when a 20% or 40% slower target halves the ratio or
 *    more, so the claimed size holds only at that edge (`slower` is the slowest such reading);
 *  - `steps`: a claim about every step of a series: holds at each, end to end only, or not at all;
 *  - `factor` is how far apart the two are either way (max(r, 1 ÷ r)); null for a modelled 0;
 *  - `none`: nothing to weigh (no claimed ratio, or no modelled one and no nearest reading).
 */
export type ClaimVerdict =
	| { kind: 'compared'; class: ValidationClass; factor: number | null }
	| {
			kind: 'edge';
			class: ValidationClass;
			factor: number | null;
			/** The systems without a point at the claim's speed. */
			unreached: number[];
			steep: { userTokensPerS: number; ratio: number } | null;
	  }
	| { kind: 'steps'; holds: 'every-step' | 'end-to-end' | 'no' }
	| { kind: 'none' };

export function claimVerdict(check: ClaimCheck): ClaimVerdict {
	const claimed = check.claim.claimed;
	const steps = check.steps.filter((step) => step.ratio !== null);
	if (claimed === null) {
		if (steps.length === 0 || check.modelled === null) return { kind: 'none' };
		const falls = steps.some((step) => step.ratio! < 1);
		return {
			kind: 'steps',
			holds: !falls ? 'every-step' : check.modelled > 1 ? 'end-to-end' : 'no'
		};
	}
	if (check.modelled !== null) {
		const ratio = check.modelled / claimed;
		return { kind: 'compared', class: classify(ratio), factor: errorFactor(ratio) };
	}
	const edge = check.edge;
	if (!edge) return { kind: 'none' };
	const ratio = edge.ratio / claimed;
	// The slowest reading that halves the nearest one: where the claimed size is gone.
	const halved = edge.slower.filter((r) => r.ratio !== null && edge.ratio >= 2 * r.ratio);
	const last = halved[halved.length - 1];
	return {
		kind: 'edge',
		class: classify(ratio),
		factor: errorFactor(ratio),
		unreached: check.missing.map((m) => m.system),
		steep: last ? { userTokensPerS: last.userTokensPerS, ratio: last.ratio! } : null
	};
}
