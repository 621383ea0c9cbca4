import { evaluateServing } from '../../model/evaluate';
import type { Scenario } from '../../model/scenario';

/** The targets the summary reads each ratio at too: 10% under and 10% over the scenario's. */
export const STEEP_STEPS = { slower: 0.9, faster: 1.1 } as const;
/** A ratio that moves this much (either way) between the target and one of those is steep there. */
export const STEEP_FACTOR = 2;

/** Tokens/s per chip of every system at one of STEEP_STEPS × the target (null: no point there). */
export interface NearbyReading {
	side: keyof typeof STEEP_STEPS;
	/** The target as a link would set it (four significant digits). */
	userTokensPerS: number;
	chipTokensPerS: (number | null)[];
}

/**
 * The operating points 10% under and over the target: where one layout stops reaching the speed
 * and another takes over, tokens per chip can fall several times within a few tokens/s per user
 * (MI355X serving DeepSeek-R1: EP8 reaches a mean of 57 tokens/s per user, PP4 beyond it, so
 * Helios ÷ MI355X is 115× at 50 and 29× at 45), far from either system's fastest speed, where the
 * near-edge note does not look; and a cliff just above the target makes the ratio as fragile
 * (Kimi K2, HGX B200 ÷ GB200: 0.287× at 24, 0.148× at 26.4). Two more evaluations of every
 * system's operating point: run once a change has settled, not on every slider tick.
 */
export function nearbyReadings(scenario: Scenario): NearbyReading[] {
	return (Object.keys(STEEP_STEPS) as NearbyReading['side'][]).map((side) => {
		const userTokensPerS = Number(
			(scenario.serving.targetUserTokensPerS * STEEP_STEPS[side]).toPrecision(4)
		);
		const { inference } = evaluateServing(
			{ ...scenario, serving: { ...scenario.serving, targetUserTokensPerS: userTokensPerS } },
			{ frontier: false }
		);
		return {
			side,
			userTokensPerS,
			chipTokensPerS: inference.map((result) =>
				result?.kind === 'ok' && result.atTarget ? result.atTarget.chipTokensPerS : null
			)
		};
	});
}
