import { estimate, term } from '../estimate-types';
import { stepEstimate } from './estimates';
import type { StepTimes } from './pass';
import { largestAtMost, lastFound } from './boundary';
import type { PrefillCurve, SweepInputs } from './sweep';
import type { PrefillResult } from './types';

interface Chosen {
	curve: PrefillCurve;
	prompts: number;
	times: StepTimes;
	rate: number;
}

/**
 * A layout's best prefill pass meeting a TTFT target: the most prompts per pass whose pass meets
 * it, or one prompt (`meets` false) when even that is too slow. Made once per layout per
 * evaluation and shared by searchPrefill and the decode search (the co-located instance's own
 * prefill, and the bound of its disaggregated prefill pool's search). The pass of one prompt is
 * timed at once; the search for the most prompts runs when `prompts` or `passS` is first read, so
 * a layout whose rate ceiling (prefillRateCeiling) rules it out never runs it.
 */
export class PrefillPass {
	readonly curve: PrefillCurve;
	/** passS(1): one prompt alone. */
	readonly oneS: number;
	readonly meets: boolean;
	private readonly targetTtftS: number;
	private found = false;
	private mostPrompts = 1;
	private mostPassS: number;

	constructor(curve: PrefillCurve, targetTtftS: number) {
		this.curve = curve;
		this.targetTtftS = targetTtftS;
		this.oneS = curve.passS(1);
		this.meets = !(this.oneS > targetTtftS);
		this.mostPassS = this.oneS;
		this.found = !this.meets;
	}

	/** Prompts per pass: the most meeting the target, 1 when none does. */
	get prompts(): number {
		if (!this.found) this.find();
		return this.mostPrompts;
	}

	/** passS(prompts). */
	get passS(): number {
		if (!this.found) this.find();
		return this.mostPassS;
	}

	private find(): void {
		const { curve } = this;
		this.mostPrompts = largestAtMost(curve.maxPrompts, passSOf, curve, this.targetTtftS, this.oneS);
		this.mostPassS = lastFound.value;
		this.found = true;
	}
}

/** curve.passS(prompts) as a search's cost (boundary.ts): one function, no closure per search. */
export function passSOf(curve: PrefillCurve, prompts: number): number {
	return curve.passS(prompts);
}

export function prefillPass(curve: PrefillCurve, targetTtftS: number): PrefillPass {
	return new PrefillPass(curve, targetTtftS);
}

/** Prompt tokens/s per chip of a pass: prompts · inputTokens · pp ÷ (passS · chips). */
export function prefillRate(s: SweepInputs, pass: PrefillPass): number {
	const { layout } = pass.curve;
	return (pass.prompts * s.inputTokens * layout.pp) / (pass.passS * layout.chips);
}

/**
 * Prompt tokens/s per chip prefillRate(s, pass) cannot exceed, without the search for the most
 * prompts: the curve's rate ceiling when the target is met, the exact rate of one prompt when not.
 */
export function prefillRateCeiling(s: SweepInputs, pass: PrefillPass): number {
	return pass.meets ? pass.curve.rateCeiling() : prefillRate(s, pass);
}

/**
 * Prefill: the best prompt tokens/s per chip over layouts and prompts per pass whose pass (every
 * prompt's TTFT) meets the target; TTFT of one prompt alone on its fastest layout. With pp
 * stages, pp passes are in flight: rate = prompts · inputTokens · pp ÷ (passS · chips).
 * When no layout meets the target, the fastest one-prompt pass is reported and flagged.
 * `passes` (prefillPass of every layout at the target) must not be empty.
 */
export function searchPrefill(
	s: SweepInputs,
	passes: readonly PrefillPass[],
	overlap: number
): PrefillResult {
	let fastest: PrefillPass | null = null;
	let best: Chosen | null = null;
	for (const pass of passes) {
		if (!fastest || pass.oneS < fastest.oneS) fastest = pass;
		if (!pass.meets) continue;
		// A pass whose ceiling is below the best so far cannot replace it (margin against rounding).
		if (best && prefillRateCeiling(s, pass) * (1 + 1e-9) < best.rate) continue;
		const rate = prefillRate(s, pass);
		if (!best || rate > best.rate)
			best = {
				curve: pass.curve,
				prompts: pass.prompts,
				times: pass.curve.pass(pass.prompts),
				rate
			};
	}
	const f = fastest!;
	const oneTimes = f.curve.pass(1);
	// No layout meets the target: `f` is a one-prompt pass (prompts 1, passS = oneS).
	const chosen: Chosen = best ?? {
		curve: f.curve,
		prompts: 1,
		times: oneTimes,
		rate: prefillRate(s, f)
	};
	const { layout } = chosen.curve;
	return {
		ttftS: stepEstimate(oneTimes, overlap, 'ttftS', s.rates.softwareFraction),
		ttftLayout: f.curve.layout,
		chipTokensPerS: estimate(
			chosen.rate,
			'tokens/s',
			'prompts × inputTokens × pp ÷ (passS × chips)',
			[
				term('prompts', chosen.prompts, '1'),
				term('inputTokens', s.inputTokens, '1'),
				term('pp', layout.pp, '1'),
				term('passS', chosen.times.stepS, 's'),
				term('chips', layout.chips, 'chips')
			],
			{ bound: chosen.times.bound }
		),
		layout,
		batchPrompts: chosen.prompts,
		passS: chosen.times.stepS,
		meetsTtftTarget: best !== null,
		bound: chosen.times.bound,
		time: chosen.times.time
	};
}
