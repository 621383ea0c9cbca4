import { aggregate, efficiency, type Aggregate, type Efficiency } from './aggregate';
import { valueOf, type Result } from './estimate-types';
import { PRECISIONS } from './precision';
import type { Scenario } from './scenario';
import type { SystemSpec } from './system';
import type { Unit } from './units';
import { MODEL_VERSION } from './version';

export interface SystemEvaluation {
	spec: SystemSpec;
	aggregate: Aggregate;
	efficiency: Efficiency;
}

export type MetricId =
	| `denseFlopsPerS.${(typeof PRECISIONS)[number]}`
	| 'hbmBytes'
	| 'hbmBytesPerS'
	| 'scaleUpBytesPerS'
	| 'scaleOutBytesPerS'
	| 'allInPowerW'
	| 'flopsPerSPerW'
	| 'wattsPerFlopsPerS'
	| 'hbmBytesPerFlop'
	| 'hbmBytesPerChip'
	| 'chipPowerW'
	| 'allInPowerPerChipW';

/** One line of the comparison: a metric for every system and its ratio to the first system. */
export interface MetricRow {
	id: MetricId;
	group: 'aggregate' | 'efficiency';
	unit: Unit;
	/** True where a lower value is better (power per FLOP), so the page can say which way is good. */
	lowerIsBetter: boolean;
	values: Result[];
	/** values[i] ÷ values[0]; null where either side has no number. ratios[0] is 1 when defined. */
	ratios: (number | null)[];
}

export interface HardwareEvaluation {
	modelVersion: string;
	systems: SystemEvaluation[];
	rows: MetricRow[];
}

/** b ÷ a, or null when either is missing or a is 0 (never NaN or Infinity). */
export function ratio(a: number | null, b: number | null): number | null {
	if (a === null || b === null || a <= 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
	const r = b / a;
	return Number.isFinite(r) ? r : null;
}

/** The rows after compute, in the table's order: id, unit, and whether lower is better. */
const AGGREGATE_ROWS: [Exclude<keyof Aggregate, 'denseFlopsPerS'>, Unit, boolean?][] = [
	['hbmBytes', 'B'],
	['hbmBytesPerS', 'B/s'],
	['scaleUpBytesPerS', 'B/s'],
	['scaleOutBytesPerS', 'B/s'],
	['allInPowerW', 'W', true]
];
const EFFICIENCY_ROWS: [keyof Efficiency, Unit, boolean?][] = [
	['flopsPerSPerW', 'FLOP/s/W'],
	['wattsPerFlopsPerS', 'W/(FLOP/s)', true],
	['hbmBytesPerFlop', 'B/FLOP'],
	['hbmBytesPerChip', 'B'],
	['chipPowerW', 'W', true],
	['allInPowerPerChipW', 'W', true]
];

function row(
	id: MetricId,
	group: MetricRow['group'],
	unit: Unit,
	values: Result[],
	lowerIsBetter = false
): MetricRow {
	const reference = values[0] ? valueOf(values[0]) : null;
	return {
		id,
		group,
		unit,
		lowerIsBetter,
		values,
		ratios: values.map((value) => ratio(reference, valueOf(value)))
	};
}

/**
 * The hardware comparison alone (aggregates, efficiencies, ratios): what the first view shows.
 * Kept apart from the serving model so the page can show it before that code arrives.
 */
export function evaluateHardware(
	scenario: Pick<Scenario, 'systems' | 'efficiencyPrecision'>
): HardwareEvaluation {
	const systems = scenario.systems.map((spec) => ({
		spec,
		aggregate: aggregate(spec),
		efficiency: efficiency(spec, scenario.efficiencyPrecision)
	}));
	const rows: MetricRow[] = [
		...PRECISIONS.map((p) =>
			row(
				`denseFlopsPerS.${p}`,
				'aggregate',
				'FLOP/s',
				systems.map((s) => s.aggregate.denseFlopsPerS[p])
			)
		),
		...AGGREGATE_ROWS.map(([id, unit, lower]) =>
			row(
				id,
				'aggregate',
				unit,
				systems.map((s) => s.aggregate[id]),
				lower
			)
		),
		...EFFICIENCY_ROWS.map(([id, unit, lower]) =>
			row(
				id,
				'efficiency',
				unit,
				systems.map((s) => s.efficiency[id]),
				lower
			)
		)
	];
	return { modelVersion: MODEL_VERSION, systems, rows };
}
