import { estimate, term, type Estimate } from '../estimate-types';
import type { StepTimes } from './pass';
import type { SweepInputs } from './sweep';
import type { InferencePoint, OperatingPoint } from './types';

/** What the step's terms are, in prose the page translates (zh-data.ts). */
export const STEP_NOTE =
	'compute and memory at kernel-level rates × softwareFraction (the system’s own, else its chip family’s: fitted, carried from its predecessor on the same software stack, or the geometric mean of the fitted ones, the last two assumptions); host: host overhead per step; serial: fixed kernel time and draft passes, which no overlap hides';

/**
 * A step or pass time as an Estimate: the point between the overlap bounds, split into terms,
 * with the software fraction the compute and memory times were taken at (software.ts). The
 * formula is the arithmetic of combineStages (pass.ts), so its terms give back the value: the
 * host overhead is blended, the fixed kernel time and draft passes (serial) are added after.
 */
export function stepEstimate(
	times: StepTimes,
	overlap: number,
	symbol: 'stepS' | 'ttftS',
	softwareFraction: number
): Estimate {
	const t = times.time;
	return estimate(
		times.stepS,
		's',
		`${symbol} = low + (1 − overlap) × (high − low); low = max(compute, memory, communication, host) + serial; high = compute + memory + communication + host + serial`,
		[
			term('compute', t.computeS, 's'),
			term('memory', t.memoryS, 's'),
			term('communication', t.communicationS, 's'),
			term('host', t.overheadS - t.serialS, 's'),
			term('serial', t.serialS, 's'),
			term('overlap', overlap, '1'),
			term('softwareFraction', softwareFraction, '1')
		],
		{
			bound: times.bound,
			range: { low: t.lowS, high: t.highS },
			note: STEP_NOTE
		}
	);
}

/** The formulas behind an operating point, with the values substituted, for the page. */
export function operatingPointEstimates(
	point: InferencePoint,
	times: StepTimes,
	s: Pick<SweepInputs, 'decodeOverlap' | 'acceptedTokensPerStep' | 'inputTokens' | 'rates'>,
	outputTokens: number,
	prefillChipTokensPerS: number,
	pools: OperatingPoint['pools']
): OperatingPoint['estimates'] {
	const accepted = term('acceptedTokensPerStep', s.acceptedTokensPerStep, '1');
	const step = term('stepS', point.stepS, 's');
	const input = term('inputTokens', s.inputTokens, '1');
	const output = term('outputTokens', outputTokens, '1');
	const prefillRate = term('prefillChipTokensPerS', prefillChipTokensPerS, 'tokens/s');
	const decodeRate = term('decodeChipTokensPerS', point.decodeChipTokensPerS, 'tokens/s');
	const coLocated = point.mode === 'co-located';
	return {
		stepS: stepEstimate(times, s.decodeOverlap, 'stepS', s.rates.softwareFraction),
		userTokensPerS: coLocated
			? estimate(
					point.userTokensPerS,
					'tokens/s',
					'acceptedTokensPerStep ÷ stepS × decodeShare; decodeShare = (outputTokens ÷ decodeChipTokensPerS) ÷ (inputTokens ÷ prefillChipTokensPerS + outputTokens ÷ decodeChipTokensPerS)',
					[accepted, step, input, output, prefillRate, decodeRate]
				)
			: estimate(point.userTokensPerS, 'tokens/s', 'acceptedTokensPerStep ÷ stepS', [
					accepted,
					step
				]),
		decodeChipTokensPerS: estimate(
			point.decodeChipTokensPerS,
			'tokens/s',
			'batch × acceptedTokensPerStep ÷ (stepS × chips)',
			[term('batch', point.batch, '1'), accepted, step, term('chips', point.layout.chips, 'chips')],
			{ bound: point.bound }
		),
		// Co-located: the request's prefill and decode chip-seconds on the same chips. Disaggregated:
		// whole-instance pools serve as many requests as the slower of them (pools.ts).
		chipTokensPerS: coLocated
			? estimate(
					point.chipTokensPerS,
					'tokens/s',
					'outputTokens ÷ (inputTokens ÷ prefillChipTokensPerS + outputTokens ÷ decodeChipTokensPerS)',
					[input, output, prefillRate, decodeRate],
					{ bound: point.bound }
				)
			: estimate(
					point.chipTokensPerS,
					'tokens/s',
					'outputTokens × min(prefillChips × prefillChipTokensPerS ÷ inputTokens, decodeChips × decodeChipTokensPerS ÷ outputTokens) ÷ (prefillChips + decodeChips)',
					[
						input,
						output,
						prefillRate,
						decodeRate,
						term('prefillChips', pools.prefillChips, 'chips'),
						term('decodeChips', pools.decodeChips, 'chips')
					],
					{ bound: point.bound }
				)
	};
}
