import { evaluateServing } from '../../model/evaluate';
import type { Scenario } from '../../model/scenario';

/** The slower target the summary reads each ratio at too: 10% under the scenario's. */
export const STEEP_STEP = 0.9;
/** A ratio that moves this much (either way) between the two targets is steep there. */
export const STEEP_FACTOR = 2;

/** Tokens/s per chip of every system at STEEP_STEP × the target (null: no point there). */
export interface SlowerReading {
	/** The slower target as a link would set it (four significant digits). */
	userTokensPerS: number;
	chipTokensPerS: (number | null)[];
}

/**
 * The operating points 10% under the target: where one layout stops reaching the speed and
 * another takes over, tokens per chip can fall several times within a few tokens/s per user (MI355X
 * serving DeepSeek-R1: EP8 reaches a mean of 57 tokens/s per user, PP4 beyond it, so Helios ÷ MI355X
 * is 115× at 50 and 29× at 45), far from either system's fastest speed, where the near-edge note
 * does not look. One more evaluation of every system's operating point: run once a change has
 * settled, not on every slider tick.
 */
export function slowerReading(scenario: Scenario): SlowerReading {
	const userTokensPerS = Number(
		(scenario.serving.targetUserTokensPerS * STEEP_STEP).toPrecision(4)
	);
	const { inference } = evaluateServing(
		{ ...scenario, serving: { ...scenario.serving, targetUserTokensPerS: userTokensPerS } },
		{ frontier: false }
	);
	return {
		userTokensPerS,
		chipTokensPerS: inference.map((result) =>
			result?.kind === 'ok' && result.atTarget ? result.atTarget.chipTokensPerS : null
		)
	};
}
