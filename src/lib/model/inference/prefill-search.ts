import { estimate, term } from '../estimate-types';
import { stepEstimate } from './estimates';
import { describeLayout } from './layouts';
import type { StepTimes } from './pass';
import { largestPassing, type PrefillCurve, type SweepInputs } from './sweep';
import type { PrefillResult } from './types';

interface Chosen {
	curve: PrefillCurve;
	prompts: number;
	times: StepTimes;
	rate: number;
}

/**
 * Prefill: the best prompt tokens/s per chip over layouts and prompts per pass whose pass (every
 * prompt's TTFT) meets the target; TTFT of one prompt alone on its fastest layout. With pp
 * stages, pp passes are in flight: rate = prompts · inputTokens · pp ÷ (passS · chips).
 * When no layout meets the target, the fastest one-prompt pass is reported and flagged.
 * `curves` must not be empty.
 */
export function searchPrefill(
	s: SweepInputs,
	curves: readonly PrefillCurve[],
	targetTtftS: number,
	overlap: number
): PrefillResult {
	const rateOf = (curve: PrefillCurve, prompts: number, passS: number) =>
		(prompts * s.inputTokens * curve.layout.pp) / (passS * curve.layout.chips);
	let fastest: { curve: PrefillCurve; oneS: number } | null = null;
	let best: Chosen | null = null;
	for (const curve of curves) {
		const oneS = curve.passS(1);
		if (!fastest || oneS < fastest.oneS) fastest = { curve, oneS };
		if (oneS > targetTtftS) continue;
		const prompts = largestPassing(curve.maxPrompts, (n) => curve.passS(n) <= targetTtftS);
		const rate = rateOf(curve, prompts, curve.passS(prompts));
		if (!best || rate > best.rate) best = { curve, prompts, times: curve.pass(prompts), rate };
	}
	const f = fastest!;
	const oneTimes = f.curve.pass(1);
	const chosen: Chosen = best ?? {
		curve: f.curve,
		prompts: 1,
		times: oneTimes,
		rate: rateOf(f.curve, 1, f.oneS)
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
