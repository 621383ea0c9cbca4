import { estimate, term, unavailable, type Estimate, type Result } from '../estimate-types';

/**
 * Young/Daly optimal checkpoint interval: τ = √(2 × checkpointWriteS × MTBI). First order:
 * valid while the write is short against the MTBI.
 */
export function youngDalyIntervalS(checkpointWriteS: number, mtbiS: number): number {
	return Math.sqrt(2 * checkpointWriteS * mtbiS);
}

/**
 * Fraction of wall time that advances training, first order:
 *   1 − (C/τ + (τ/2 + R)/M), clamped to [0, 1],
 * C = checkpoint write, τ = interval, R = restart, M = MTBI. Each interruption loses on average
 * half an interval of work plus the restart. At τ = √(2CM) this is 1 − √(2C/M) − R/M.
 */
export function goodputFraction(
	checkpointWriteS: number,
	intervalS: number,
	restartS: number,
	mtbiS: number
): number {
	const lost = checkpointWriteS / intervalS + (intervalS / 2 + restartS) / mtbiS;
	return Math.min(1, Math.max(0, 1 - lost));
}

/**
 * Wall-clock time to train once interruptions are paid for: ideal time ÷ goodput (its range too,
 * when given an estimate). Unavailable at zero goodput: failures come faster than the job can
 * checkpoint and restart.
 */
export function stretchTimeToTrain(timeToTrain: number | Estimate, goodput: number): Result {
	if (!(goodput > 0)) {
		return unavailable(
			'not-applicable',
			'Goodput is zero: interruptions arrive faster than the job can checkpoint and restart.'
		);
	}
	const timeS = typeof timeToTrain === 'number' ? timeToTrain : timeToTrain.value;
	const range = typeof timeToTrain === 'number' ? undefined : timeToTrain.range;
	return estimate(
		timeS / goodput,
		's',
		'timeToTrainS ÷ goodput',
		[term('timeToTrainS', timeS, 's'), term('goodput', goodput, '1')],
		range ? { range: { low: range.low / goodput, high: range.high / goodput } } : {}
	);
}
