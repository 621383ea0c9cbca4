import { evaluateServing } from '../../model/evaluate';
import type { Scenario } from '../../model/scenario';

/**
 * The targets the summary reads each ratio at too, nearest first: 10% under and over the
 * scenario's, and 25% under. The farther reading finds a cliff a little way below the target
 * (HGX B200 ÷ GB200 NVL72 serving DeepSeek-R1 in FP8: 0.0268× at 50 tokens/s per user and at ±10%,
 * 0.0843× at 37.5, where B200's batch is 54 against 10 at 50). Not 25% over: there a system is
 * often near its top speed, whose falloff the near-edge note is for (helper-105: 74 of 88 extra
 * notes a ±25% rule gave were on the faster side, many at 80% of a system's top speed).
 */
export const STEEP_STEPS = [
	{ side: 'slower', step: 0.9 },
	{ side: 'faster', step: 1.1 },
	{ side: 'slower', step: 0.75 }
] as const;
/** A ratio that moves this much (either way) between the target and one of those is steep there. */
export const STEEP_FACTOR = 2;

/** Tokens/s per chip of every system at one of STEEP_STEPS × the target (null: no point there). */
export interface NearbyReading {
	side: 'slower' | 'faster';
	/** How far from the target, in percent (10, or 25 under it). */
	percent: number;
	/** The target as a link would set it (four significant digits). */
	userTokensPerS: number;
	chipTokensPerS: (number | null)[];
}

/**
 * The operating points 10% under and over the target, and 25% under: where one layout stops reaching the speed
 * and another takes over, tokens per chip can fall several times within a few tokens/s per user
 * (MI355X serving DeepSeek-R1: EP8 reaches a mean of 57 tokens/s per user, PP4 beyond it, so
 * Helios ÷ MI355X is 115× at 50 and 29× at 45), far from either system's fastest speed, where the
 * near-edge note does not look; and a cliff just above the target makes the ratio as fragile
 * (Kimi K2, HGX B200 ÷ GB200: 0.287× at 24, 0.148× at 26.4). Three more evaluations of every
 * system's operating point: run once a change has settled, not on every slider tick.
 */
export function nearbyReadings(scenario: Scenario): NearbyReading[] {
	return STEEP_STEPS.map(({ side, step }) => {
		const userTokensPerS = Number((scenario.serving.targetUserTokensPerS * step).toPrecision(4));
		const { inference } = evaluateServing(
			{ ...scenario, serving: { ...scenario.serving, targetUserTokensPerS: userTokensPerS } },
			{ frontier: false }
		);
		return {
			side,
			percent: Math.round(Math.abs(step - 1) * 100),
			userTokensPerS,
			chipTokensPerS: inference.map((result) =>
				result?.kind === 'ok' && result.atTarget ? result.atTarget.chipTokensPerS : null
			)
		};
	});
}
