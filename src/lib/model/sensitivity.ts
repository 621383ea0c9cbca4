import { clamp } from './bounds';
import { flopsInput, systemInput } from '../inputs/system';
import { DEFAULT_DEPLOYMENT } from './deployment';
import { EFFICIENCY_BOUNDS, type Efficiencies } from './inference/efficiencies';
import { SOFTWARE_FRACTION_BOUNDS, softwareFor } from './inference/software';
import { PRECISIONS, type Precision } from './precision';
import { evaluateInference } from './inference/evaluate-inference';
import { ratio } from './evaluate-hardware';
import { normalizeScenario } from './normalize';
import type { Scenario } from './scenario';
import type { SystemNumberField } from './system';

/** An input the sensitivity and goal-seek analyses can move, and how to move it. */
export interface Lever {
	id: string;
	/** Which system it belongs to (index), or null for a global assumption. */
	system: number | null;
	/**
	 * The field, for labels: a system field, `flops` (at the compute precision), the system's
	 * serving software fraction or a global efficiency.
	 */
	field: SystemNumberField | 'flops' | 'softwareFraction' | keyof Efficiencies;
	/** For compute levers: the precision moved. */
	precision?: Precision;
	get: (s: Scenario) => number;
	set: (s: Scenario, value: number) => Scenario;
}

const SYSTEM_LEVER_FIELDS: SystemNumberField[] = [
	'hbmBytes',
	'hbmBytesPerS',
	'scaleUpBytesPerS',
	'scaleOutBytesPerS',
	'allInPowerPerChipW'
];
const EFFICIENCY_LEVER_FIELDS: (keyof Efficiencies)[] = [
	'computeFraction',
	'hbmFraction',
	'scaleUpFraction',
	'scaleOutFraction',
	'scaleUpLatencyS',
	'scaleOutLatencyS',
	'moeImbalance',
	'stepOverheadS',
	'overlapFraction',
	'decodeOverlapFraction'
];

function replaceSystem(
	s: Scenario,
	index: number,
	patch: (spec: Scenario['systems'][number]) => Scenario['systems'][number]
): Scenario {
	return { ...s, systems: s.systems.map((spec, i) => (i === index ? patch(spec) : spec)) };
}

/**
 * Every per-chip figure of every system (compute at the precision it runs in), each system's
 * software fraction and the global efficiencies.
 */
export function levers(scenario: Scenario): Lever[] {
	const out: Lever[] = [];
	scenario.systems.forEach((spec, index) => {
		// One compute lever per precision the chip has; levers that do not touch the output
		// (e.g. FP4 when serving in FP8) simply show no swing.
		for (const p of PRECISIONS) {
			if (spec.denseFlopsPerS[p] === undefined) continue;
			out.push({
				id: `${index}.flops.${p}`,
				system: index,
				field: 'flops',
				precision: p,
				get: (s) => s.systems[index]!.denseFlopsPerS[p] ?? 0,
				set: (s, v) =>
					replaceSystem(s, index, (x) => ({
						...x,
						denseFlopsPerS: { ...x.denseFlopsPerS, [p]: clamp(v, flopsInput(p).bounds) }
					}))
			});
		}
		for (const field of SYSTEM_LEVER_FIELDS)
			out.push({
				id: `${index}.${field}`,
				system: index,
				field,
				get: (s) => s.systems[index]![field] as number,
				set: (s, v) =>
					replaceSystem(s, index, (x) => ({ ...x, [field]: clamp(v, systemInput(field).bounds) }))
			});
		// The fraction it serves with (its own, else its family's table value, often a fit or the
		// prior rather than a measurement). An efficiency: +change stops at 1.
		out.push({
			id: `${index}.softwareFraction`,
			system: index,
			field: 'softwareFraction',
			get: (s) => softwareFor(s.systems[index]!).fraction,
			set: (s, v) =>
				replaceSystem(s, index, (x) => ({
					...x,
					deployment: {
						...(x.deployment ?? DEFAULT_DEPLOYMENT),
						softwareFraction: clamp(v, SOFTWARE_FRACTION_BOUNDS)
					}
				}))
		});
	});
	for (const field of EFFICIENCY_LEVER_FIELDS)
		out.push({
			id: `e.${field}`,
			system: null,
			field,
			get: (s) => s.efficiencies[field],
			set: (s, v) => {
				const { min, max } = EFFICIENCY_BOUNDS[field];
				return {
					...s,
					efficiencies: { ...s.efficiencies, [field]: Math.min(max, Math.max(min, v)) }
				};
			}
		});
	return out;
}

export interface TornadoBar {
	lever: Lever;
	/** The output with the input at −change and +change; null where the output has no number. */
	low: number | null;
	high: number | null;
	/** Largest move of the output away from the base, for sorting. */
	swing: number;
}

export interface Tornado {
	base: number | null;
	change: number;
	bars: TornadoBar[];
}

/**
 * How an output moves when each input moves by ±change (default ±20 %), one at a time, sorted by
 * the size of the move: the tornado chart. `output` must be a pure function of the scenario.
 */
export function tornado(
	scenario: Scenario,
	output: (s: Scenario) => number | null,
	change = 0.2
): Tornado {
	const base = output(scenario);
	const bars = levers(scenario).map((lever): TornadoBar => {
		const v = lever.get(scenario);
		const low = output(normalizeScenario(lever.set(scenario, v * (1 - change))));
		const high = output(normalizeScenario(lever.set(scenario, v * (1 + change))));
		const moves = [low, high]
			.filter((x): x is number => x !== null && base !== null)
			.map((x) => Math.abs(x - base!));
		return { lever, low, high, swing: moves.length ? Math.max(...moves) : 0 };
	});
	bars.sort((a, b) => b.swing - a.swing);
	return { base, change, bars };
}

export interface GoalSeekResult {
	/** The smallest value of the lever that meets the target, or null when no value in bounds does. */
	value: number | null;
	/** The output at that value. */
	achieved: number | null;
	reason: 'met' | 'already-met' | 'unreachable';
}

/**
 * Solve for the per-chip figure a system needs to reach `target` on an output that never falls
 * as the figure grows (more bandwidth or compute is never slower: property-tested). Bisection on a
 * log scale between the lever's current value and its upper bound, 40 steps (≈ 1e-5 relative).
 */
export function goalSeek(
	scenario: Scenario,
	lever: Lever,
	output: (s: Scenario) => number | null,
	target: number,
	upper: number
): GoalSeekResult {
	const at = (v: number) => output(normalizeScenario(lever.set(scenario, v)));
	const start = lever.get(scenario);
	const now = at(start);
	if (now !== null && now >= target) return { value: start, achieved: now, reason: 'already-met' };
	const top = at(upper);
	if (top === null || top < target) return { value: null, achieved: top, reason: 'unreachable' };
	let lo = Math.max(start, Number.MIN_VALUE);
	let hi = upper;
	for (let i = 0; i < 40; i++) {
		const mid = Math.sqrt(lo * hi);
		const v = at(mid);
		if (v !== null && v >= target) hi = mid;
		else lo = mid;
	}
	return { value: hi, achieved: at(hi), reason: 'met' };
}

/** The upper bound a lever may be pushed to (the input's own bounds). */
export function leverUpperBound(lever: Lever): number {
	if (lever.field === 'flops') return flopsInput('bf16').bounds.max;
	if (lever.field === 'softwareFraction') return SOFTWARE_FRACTION_BOUNDS.max;
	if (lever.field in EFFICIENCY_BOUNDS)
		return EFFICIENCY_BOUNDS[lever.field as keyof Efficiencies].max;
	return systemInput(lever.field as SystemNumberField).bounds.max;
}

/** Output tokens/s per chip of system `index` at the target speed per user (null: no point). */
export function chipTokensAtTarget(index: number): (s: Scenario) => number | null {
	return (s) => {
		const spec = s.systems[index];
		if (!spec) return null;
		// The operating point alone: the frontier sweep (most of an evaluation) is not read here.
		const r = evaluateInference(spec, s.serving, s.efficiencies, undefined, undefined, {
			frontier: false
		});
		return r.kind === 'ok' && r.atTarget ? r.atTarget.chipTokensPerS : null;
	};
}

/** System `index` ÷ system 0 in output tokens/s per chip at the target speed per user. */
export function perChipRatioAtTarget(index: number): (s: Scenario) => number | null {
	const a = chipTokensAtTarget(0);
	const b = chipTokensAtTarget(index);
	return (s) => ratio(a(s), b(s));
}
