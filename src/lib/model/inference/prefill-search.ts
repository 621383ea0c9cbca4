import { estimate, term } from '../estimate-types';
import { stepEstimate } from './estimates';
import { describeLayout } from './layouts';
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
 * it, or one prompt (`meets` false) when even that is too slow. Found once per layout per
 * evaluation and shared by searchPrefill and the decode search (the co-located instance's own
 * prefill, and the bound of its disaggregated prefill pool's search).
 */
export interface PrefillPass {
	curve: PrefillCurve;
	/** passS(1): one prompt alone. */
	oneS: number;
	meets: boolean;
	/** Prompts per pass: the most meeting the target, 1 when none does. */
	prompts: number;
	/** passS(prompts). */
	passS: number;
}

/** curve.passS(prompts) as a search's cost (boundary.ts): one function, no closure per search. */
export function passSOf(curve: PrefillCurve, prompts: number): number {
	return curve.passS(prompts);
}

export function prefillPass(curve: PrefillCurve, targetTtftS: number): PrefillPass {
	const oneS = curve.passS(1);
	if (oneS > targetTtftS) return { curve, oneS, meets: false, prompts: 1, passS: oneS };
	const prompts = largestAtMost(curve.maxPrompts, passSOf, curve, targetTtftS, oneS);
	return { curve, oneS, meets: true, prompts, passS: lastFound.value };
}

/** Prompt tokens/s per chip of a pass: prompts · inputTokens · pp ÷ (passS · chips). */
export function prefillRate(s: SweepInputs, pass: PrefillPass): number {
	const { layout } = pass.curve;
	return (pass.prompts * s.inputTokens * layout.pp) / (pass.passS * layout.chips);
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
	const what = `TTFT of one ${s.inputTokens}-token prompt, ${describeLayout(f.curve.layout)}`;
	return {
		ttftS: stepEstimate(oneTimes, overlap, what, s.rates.softwareFraction),
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
