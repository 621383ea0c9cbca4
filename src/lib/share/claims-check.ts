import { CLAIMS, type Claim } from '../catalog/claims';
import { evaluateHardware } from '../model/evaluate-hardware';
import { evaluateInference } from '../model/inference/evaluate-inference';
import type { AnyInferenceResult } from '../model/inference/types';
import type { Resource } from '../model/estimate-types';
import { targetMeanUserTokensPerS } from '../model/inference/latency';
import type { Scenario } from '../model/scenario';
import { perChipRatioAtTarget, tornado, type TornadoBar } from '../model/sensitivity';
import { decodeScenario } from './codec';

export interface ClaimCheck {
	claim: Claim;
	scenario: Scenario;
	/** What the model gives for the claimed ratio; null when it has no number. */
	modelled: number | null;
	/**
	 * An inference claim without a modelled ratio: each of its two systems that has no operating
	 * point at the target, with its result, so the card can say why in the reader's language.
	 */
	missing: { system: number; result: AnyInferenceResult }[];
	/**
	 * An inference claim whose speed a system cannot reach: the ratio at the fastest speed both
	 * reach, and at slower targets (EDGE_STEPS), so the card shows how steep it is at that edge.
	 */
	edge: EdgeReading | null;
	/** The three inputs that move the modelled ratio most when moved ±20 %. */
	drivers: TornadoBar[];
	/**
	 * A claim about every step of a series: each system's figure ÷ the one before it (null where
	 * either has none), so a series that rises end to end but falls on the way says so.
	 */
	steps: { system: number; ratio: number | null }[];
	/**
	 * An inference claim's two systems (the reference first) with the resource that bounds each at
	 * the speed its ratio is read at (the claim's target, else the edge's): what makes the ratio.
	 */
	bounds: { system: number; bound: Resource }[];
}

export interface EdgeReading {
	/** The fastest target (tokens/s per user, a tail as the scenario's target) every system reaches. */
	userTokensPerS: number;
	/** Its mean speed: the slowest system's fastest mean speed. */
	meanUserTokensPerS: number;
	ratio: number;
	/** The ratio at each of EDGE_STEPS of that target (null where a system has no point). */
	slower: { userTokensPerS: number; ratio: number | null }[];
	/** The claim's scenario at that target, as a link query: the page shows the same ratio. */
	query: string;
}

/** Slower targets read beside the edge, as shares of its speed. */
export const EDGE_STEPS = [0.95, 0.8] as const;

/** Significant digits of the speeds the edge is read at: the card prints them all. */
export const EDGE_DIGITS = 4;

/** `value` rounded down to `digits` significant digits: floorDigits(15.6858, 4) → 15.68. */
function floorDigits(value: number, digits: number): number {
	const step = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
	return Number((Math.floor(value / step) * step).toPrecision(digits));
}

/** The ratio a claim is about, as a pure function of a scenario. */
export function claimOutput(claim: Claim): (s: Scenario) => number | null {
	const check = claim.check;
	if (check.kind === 'inference-per-chip') return perChipRatioAtTarget(check.system);
	// The hardware table alone: serving (most of a whole evaluation) does not move a hardware row.
	return (s) =>
		evaluateHardware(s).rows.find((r) => r.id === check.metric)?.ratios[check.system] ?? null;
}

/** The systems of an inference claim with no point at the target (none when it has a ratio). */
export function missingPoints(
	claim: Claim,
	scenario: Scenario,
	modelled: number | null
): ClaimCheck['missing'] {
	const check = claim.check;
	if (modelled !== null || check.kind !== 'inference-per-chip') return [];
	return [0, check.system].flatMap((system) => {
		const spec = scenario.systems[system];
		if (!spec) return [];
		const result = evaluateInference(
			spec,
			scenario.serving,
			scenario.efficiencies,
			undefined,
			undefined,
			{
				frontier: false
			}
		);
		return result.kind === 'ok' && result.atTarget ? [] : [{ system, result }];
	});
}

/**
 * When every system without a point misses only on speed (its fastest is below the claim's
 * target, its prompts meet the TTFT target), the ratio at the fastest target they all reach: the
 * speed whose mean is the slowest system's fastest mean speed (targets are tails, latency.ts).
 */
export function edgeReading(
	claim: Claim,
	scenario: Scenario,
	missing: ClaimCheck['missing']
): EdgeReading | null {
	if (claim.check.kind !== 'inference-per-chip' || missing.length === 0) return null;
	let fastestMean = Infinity;
	for (const { result } of missing) {
		if (result.kind !== 'ok' || !result.prefill.meetsTtftTarget) return null;
		fastestMean = Math.min(fastestMean, result.fastestUserTokensPerS);
	}
	// A hair under the edge: at the fastest point itself the batch search may round away. Four
	// digits rounded down (still under it), the digits the card prints: the speed it names is the
	// one it reads at and the link opens at (six, printed as three, put 15.6858 in the field
	// beside "15.7"). The ratio is steep here, so it is not rounded to three.
	const target = floorDigits((fastestMean / targetMeanUserTokensPerS(1)) * (1 - 1e-3), EDGE_DIGITS);
	if (!(target > 0) || target >= scenario.serving.targetUserTokensPerS) return null;
	const output = claimOutput(claim);
	const at = (userTokensPerS: number) =>
		output({ ...scenario, serving: { ...scenario.serving, targetUserTokensPerS: userTokensPerS } });
	const ratio = at(target);
	if (ratio === null) return null;
	return {
		userTokensPerS: target,
		meanUserTokensPerS: targetMeanUserTokensPerS(target),
		ratio,
		slower: EDGE_STEPS.map((step) => {
			const slower = Number((target * step).toPrecision(EDGE_DIGITS));
			return { userTokensPerS: slower, ratio: at(slower) };
		}),
		query: withParam(claim.query, 'user_tps', String(target))
	};
}

function withParam(query: string, key: string, value: string): string {
	const params = new URLSearchParams(query);
	params.set(key, value);
	return params.toString();
}

/**
 * What bounds each system of an inference claim at `userTokensPerS`: both or none (a ratio is
 * read where both have a point).
 */
export function boundsAt(
	claim: Claim,
	scenario: Scenario,
	userTokensPerS: number
): ClaimCheck['bounds'] {
	const check = claim.check;
	if (check.kind !== 'inference-per-chip') return [];
	const serving = { ...scenario.serving, targetUserTokensPerS: userTokensPerS };
	const bounds = [0, check.system].map((system) => {
		const spec = scenario.systems[system];
		const result =
			spec &&
			evaluateInference(spec, serving, scenario.efficiencies, undefined, undefined, {
				frontier: false
			});
		return result?.kind === 'ok' && result.atTarget
			? { system, bound: result.atTarget.bound }
			: null;
	});
	return bounds.every((b) => b !== null) ? bounds : [];
}

/** Each system's figure ÷ the previous one's, for a claim about every step of a series. */
export function seriesSteps(claim: Claim, scenario: Scenario): ClaimCheck['steps'] {
	const check = claim.check;
	if (check.kind !== 'hardware-ratio' || !check.steps) return [];
	const row = evaluateHardware(scenario).rows.find((r) => r.id === check.metric);
	if (!row) return [];
	return row.values.slice(1).map((value, i) => {
		const before = row.values[i]!;
		const ratio =
			value.kind === 'estimate' && before.kind === 'estimate' && before.value > 0
				? value.value / before.value
				: null;
		return { system: i + 1, ratio };
	});
}

/** Run every claim's scenario through the model, with its main drivers. */
export function checkClaims(): ClaimCheck[] {
	return CLAIMS.map((claim) => {
		const { scenario } = decodeScenario(claim.query);
		const output = claimOutput(claim);
		// Without a modelled ratio nothing can move it: every bar would swing 0 (and each costs
		// two evaluations on the page's main thread).
		const modelled = output(scenario);
		if (modelled === null) {
			const missing = missingPoints(claim, scenario, modelled);
			const edge = edgeReading(claim, scenario, missing);
			return {
				claim,
				scenario,
				modelled,
				missing,
				edge,
				drivers: [],
				steps: seriesSteps(claim, scenario),
				bounds: edge ? boundsAt(claim, scenario, edge.userTokensPerS) : []
			};
		}
		const t = tornado(scenario, output);
		return {
			claim,
			scenario,
			modelled: t.base,
			missing: [],
			edge: null,
			drivers: t.bars.filter((b) => b.swing > 0).slice(0, 3),
			steps: seriesSteps(claim, scenario),
			bounds: boundsAt(claim, scenario, scenario.serving.targetUserTokensPerS)
		};
	});
}
