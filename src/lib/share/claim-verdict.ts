import { classify, errorFactor, type ValidationClass } from '../content/validation-class';
import type { ClaimCheck } from './claims-check';

/**
 * A claim check's answer in one line, for a reader who may quote it alone:
 *  - `compared`: the modelled ratio against the claimed one, classed by the validation rule
 *    (within 1.25× good, within 2× fair, beyond a miss): the yardstick the page holds itself to,
 *    not one chosen per claim. `factor` is how far apart they are either way (max(r, 1 ÷ r)),
 *    null for a modelled 0;
 *  - `edge`: a system cannot reach the claim's speed in the model, so the claim cannot be checked
 *    as made. The ratio is read at the fastest speed both reach and 5% and 20% slower
 *    (claims-check.ts EDGE_STEPS): `nearEdge` says whether all those readings are within 1.25×
 *    of the claim, the fastest alone (the ratio falls fast below it: the claimed size holds only
 *    in a sliver of speeds, so it is not confirmed), or none; `class` and `factor` are the
 *    fastest reading's;
 *  - `unchecked`: a system has no operating point under the claim's conditions for another
 *    reason (first-token time, memory), so there is nothing to read;
 *  - `steps`: a claim about every step of a series ("each generation"): it holds only if every
 *    step rises; `falls` and `total` count the steps with a figure. `holds` says whether every step
 *    rises, or a step falls and end to end it rises (`end-to-end`), falls too (`no`) or has no
 *    figure (`falls`: one system has none, yet a step between two others already refutes "each");
 *  - `none`: no claimed ratio and no series.
 */
export type ClaimVerdict =
	| { kind: 'compared'; class: ValidationClass; factor: number | null }
	| {
			kind: 'edge';
			/** The systems without a point at the claim's speed. */
			unreached: number[];
			nearEdge: 'all-readings' | 'fastest-only' | 'none';
			class: ValidationClass;
			factor: number | null;
	  }
	| { kind: 'unchecked'; unreached: number[] }
	| {
			kind: 'steps';
			holds: 'every-step' | 'end-to-end' | 'no' | 'falls';
			falls: number;
			total: number;
	  }
	| { kind: 'none' };

/** How the verdict reads: it agrees with the claim, comes with a caveat, or does not bear it out. */
export type VerdictTone = 'agrees' | 'caveat' | 'disagrees';

export function claimVerdict(check: ClaimCheck): ClaimVerdict {
	const claimed = check.claim.claimed;
	const spec = check.claim.check;
	// A series claim is about every step, whatever ratio it also names end to end.
	if (spec.kind === 'hardware-ratio' && spec.steps) {
		const known = check.steps.filter((step) => step.ratio !== null);
		// A step that does not rise (1× is no "more") refutes "each"; one without a figure cannot
		// confirm it, so a series with such a step and no fall has no verdict.
		const falls = known.filter((step) => step.ratio! <= 1).length;
		if (falls === 0 && (known.length < check.steps.length || check.modelled === null))
			return { kind: 'none' };
		return {
			kind: 'steps',
			holds:
				falls === 0
					? 'every-step'
					: check.modelled === null
						? 'falls'
						: check.modelled > 1
							? 'end-to-end'
							: 'no',
			falls,
			total: known.length
		};
	}
	if (claimed === null) return { kind: 'none' };
	if (check.modelled !== null) {
		const ratio = check.modelled / claimed;
		return { kind: 'compared', class: classify(ratio), factor: errorFactor(ratio) };
	}
	const unreached = check.missing.map((m) => m.system);
	const edge = check.edge;
	if (!edge) return unreached.length > 0 ? { kind: 'unchecked', unreached } : { kind: 'none' };
	const fastest = classify(edge.ratio / claimed);
	const slowerAgree = edge.slower.every(
		(r) => r.ratio !== null && classify(r.ratio / claimed) === 'good'
	);
	return {
		kind: 'edge',
		unreached,
		nearEdge: fastest !== 'good' ? 'none' : slowerAgree ? 'all-readings' : 'fastest-only',
		class: fastest,
		factor: errorFactor(edge.ratio / claimed)
	};
}

export function verdictTone(verdict: ClaimVerdict): VerdictTone | null {
	switch (verdict.kind) {
		case 'none':
			return null;
		case 'compared':
		case 'edge':
			if (verdict.class === 'miss') return 'disagrees';
			return verdict.kind === 'compared' && verdict.class === 'good' ? 'agrees' : 'caveat';
		case 'unchecked':
			return 'caveat';
		case 'steps':
			// "Each generation delivers more": one step that does not rise is the claim not holding.
			return verdict.holds === 'every-step' ? 'agrees' : 'disagrees';
	}
}

/** A series claim's verdict as the claims CSV writes it (format/view-csv.ts) and `estimate --claims`. */
export const STEP_HOLDS = {
	'every-step': 'rises_at_every_step',
	'end-to-end': 'falls_at_a_step',
	no: 'falls_at_a_step_and_end_to_end',
	falls: 'falls_at_a_step_no_end_to_end_figure'
} as const;
