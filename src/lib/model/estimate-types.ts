import type { Unit } from './units';

/** The resource that limits an estimate: the one to buy more of to move it. */
export type Resource =
	| 'compute'
	| 'memory-bandwidth'
	| 'memory-capacity'
	| 'scale-up'
	| 'scale-out'
	| 'latency'
	| 'overhead'
	| 'power';

/** One named input of a formula, with its value as used. */
export interface Term {
	/** Symbol as it appears in the formula, e.g. `chips`. */
	symbol: string;
	value: number;
	unit: Unit;
}

/**
 * A model estimate: never a measurement. Carries its unit, the formula that made it and the
 * values substituted into it, so the page can show the math.
 */
export interface Estimate {
	kind: 'estimate';
	/** Always finite. */
	value: number;
	unit: Unit;
	/** The formula in the symbols of `terms`, e.g. `chips × hbmBytesPerChip`. */
	formula: string;
	terms: Term[];
	/** The binding resource, where the quantity is limited by one. */
	bound?: Resource;
	/**
	 * What overlap spans: for a time, perfect overlap (max of terms) is `low` and none (sum) is
	 * `high`; for a rate (tokens per step ÷ that time) the reverse, marked `highIsPerfectOverlap`.
	 */
	range?: { low: number; high: number; highIsPerfectOverlap?: true };
	/** What the arithmetic does not say (how a term was made), in the symbols of `terms`. */
	note?: string;
}

/**
 * Why there is no number: the chip lacks the feature, the reader removed the preset's figure
 * (model/missing-flops.ts), no cited source gives it, or it does not apply.
 */
export interface Unavailable {
	kind: 'unavailable';
	reason: 'unsupported' | 'removed' | 'unknown' | 'not-applicable';
	note: string;
}

export type Result = Estimate | Unavailable;

export function estimate(
	value: number,
	unit: Unit,
	formula: string,
	terms: Term[],
	extra: Pick<Estimate, 'bound' | 'range' | 'note'> = {}
): Estimate {
	return { kind: 'estimate', value, unit, formula, terms, ...extra };
}

export function unavailable(reason: Unavailable['reason'], note: string): Unavailable {
	return { kind: 'unavailable', reason, note };
}

export function term(symbol: string, value: number, unit: Unit): Term {
	return { symbol, value, unit };
}

export function valueOf(result: Result): number | null {
	return result.kind === 'estimate' ? result.value : null;
}
