import { VALIDATION_LIMITS } from '../content/validation-class';
import { nameAtChips } from '../format/system-name';
import { MODEL_VERSION } from '../model/version';
import { pinnedToModel } from './pin-model';
import {
	claimVerdict,
	STEP_HOLDS,
	verdictTone,
	type ClaimVerdict,
	type VerdictTone
} from './claim-verdict';
import type { ClaimCheck } from './claims-check';

/**
 * The card's verdict as data: `tone` (agrees, caveat, disagrees) says how it reads; a compared
 * ratio's `class` is /validation's (good, fair, miss); where the claim's speed is out of reach the
 * fastest common target's class is named as such, so "good" there is not read as agreement; a
 * series claim's `holds` uses the CSV's identifiers; systems by name.
 */
type ClaimVerdictJson = { tone: VerdictTone | null } & (
	| Extract<ClaimVerdict, { kind: 'compared' | 'none' }>
	| {
			kind: 'edge';
			unreached: string[];
			nearEdge: string;
			classAtFastestCommonTarget: string;
			factorAtFastestCommonTarget: number | null;
	  }
	| { kind: 'unchecked'; unreached: string[] }
	| { kind: 'steps'; holds: string; falls: number; total: number }
);

/** One claim as `estimate --claims` prints it: the claims view's card, as data (SI units). */
export interface ClaimJson {
	id: string;
	who: string;
	nature: string;
	statement: string;
	/** The claimed ratio; null for a claim that names none (a series claim). */
	claimed: number | null;
	/** The hardware row's id, or `chipTokensPerSAtTarget` for an inference claim. */
	ratioOf: string;
	/** The systems the ratio divides, named as the card names them ("HGX H100 (72 GPU)"). */
	numerator: string;
	denominator: string;
	/** The claim's system ÷ the reference; null where the model has no number. */
	modelled: number | null;
	/** Where a system cannot reach the claim's speed: the ratio at the fastest speed both reach. */
	fastestCommonTarget: {
		userTokensPerS: number;
		ratio: number;
		slower: { userTokensPerS: number; ratio: number | null }[];
		query: string;
	} | null;
	/** A series claim: each system ÷ the one before it. */
	steps: { system: string; ratio: number | null }[];
	/** The resource that bounds each system where the ratio is read (inference claims). */
	bounds: { system: string; bound: string }[];
	/** The card's verdict line as data (claim-verdict.ts), with systems by name. */
	verdict: ClaimVerdictJson;
	/** The claim's scenario, as a link query: the page opens on the same figures. */
	query: string;
}

export interface ClaimsJson {
	note: string;
	modelVersion: string;
	rule: { factor: string; classes: Record<'good' | 'fair' | 'miss', string> };
	claims: ClaimJson[];
}

export function claimsJson(checks: readonly ClaimCheck[]): ClaimsJson {
	return {
		note: 'Claims are as published; modelled ratios are model estimates, not measurements.',
		modelVersion: MODEL_VERSION,
		rule: {
			factor:
				'max(modelled ÷ claimed, claimed ÷ modelled), classed as /validation classes its rows',
			classes: {
				good: `agrees: factor within ${VALIDATION_LIMITS.good}`,
				fair: `near: factor within ${VALIDATION_LIMITS.fair}`,
				miss: `does not bear the claim out: factor beyond ${VALIDATION_LIMITS.fair}, or none`
			}
		},
		claims: checks.map((check) => {
			const { claim, edge } = check;
			const names = check.scenario.systems.map((s) => nameAtChips(s.name, s.chips, 'en'));
			const spec = claim.check;
			return {
				id: claim.id,
				who: claim.who.en,
				nature: claim.nature,
				statement: claim.statement.en,
				claimed: claim.claimed,
				ratioOf: spec.kind === 'inference-per-chip' ? 'chipTokensPerSAtTarget' : spec.metric,
				numerator: names[spec.system]!,
				denominator: names[0]!,
				modelled: check.modelled,
				fastestCommonTarget: edge
					? {
							userTokensPerS: edge.userTokensPerS,
							ratio: edge.ratio,
							slower: edge.slower,
							query: pinnedToModel(edge.query)
						}
					: null,
				steps: check.steps.map(({ system, ratio }) => ({ system: names[system]!, ratio })),
				bounds: check.bounds.map(({ system, bound }) => ({ system: names[system]!, bound })),
				verdict: named(claimVerdict(check), names),
				query: pinnedToModel(claim.query)
			};
		})
	};
}

function named(verdict: ClaimVerdict, names: readonly string[]): ClaimVerdictJson {
	const tone = verdictTone(verdict);
	const name = (systems: number[]) => systems.map((i) => names[i] ?? String(i));
	switch (verdict.kind) {
		case 'edge':
			return {
				tone,
				kind: 'edge',
				unreached: name(verdict.unreached),
				nearEdge: verdict.nearEdge,
				classAtFastestCommonTarget: verdict.class,
				factorAtFastestCommonTarget: verdict.factor
			};
		case 'unchecked':
			return { tone, kind: 'unchecked', unreached: name(verdict.unreached) };
		case 'steps':
			return { tone, ...verdict, holds: STEP_HOLDS[verdict.holds] };
		default:
			return { tone, ...verdict };
	}
}
