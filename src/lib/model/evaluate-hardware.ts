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
	const agg = systems.map((s) => s.aggregate);
	const eff = systems.map((s) => s.efficiency);
	const rows: MetricRow[] = [
		...PRECISIONS.map((p) =>
			row(
				`denseFlopsPerS.${p}`,
				'aggregate',
				'FLOP/s',
				agg.map((a) => a.denseFlopsPerS[p])
			)
		),
		row(
			'hbmBytes',
			'aggregate',
			'B',
			agg.map((a) => a.hbmBytes)
		),
		row(
			'hbmBytesPerS',
			'aggregate',
			'B/s',
			agg.map((a) => a.hbmBytesPerS)
		),
		row(
			'scaleUpBytesPerS',
			'aggregate',
			'B/s',
			agg.map((a) => a.scaleUpBytesPerS)
		),
		row(
			'scaleOutBytesPerS',
			'aggregate',
			'B/s',
			agg.map((a) => a.scaleOutBytesPerS)
		),
		row(
			'allInPowerW',
			'aggregate',
			'W',
			agg.map((a) => a.allInPowerW),
			true
		),
		row(
			'flopsPerSPerW',
			'efficiency',
			'FLOP/s/W',
			eff.map((e) => e.flopsPerSPerW)
		),
		row(
			'wattsPerFlopsPerS',
			'efficiency',
			'W/(FLOP/s)',
			eff.map((e) => e.wattsPerFlopsPerS),
			true
		),
		row(
			'hbmBytesPerFlop',
			'efficiency',
			'B/FLOP',
			eff.map((e) => e.hbmBytesPerFlop)
		),
		row(
			'hbmBytesPerChip',
			'efficiency',
			'B',
			eff.map((e) => e.hbmBytesPerChip)
		),
		row(
			'chipPowerW',
			'efficiency',
			'W',
			eff.map((e) => e.chipPowerW),
			true
		),
		row(
			'allInPowerPerChipW',
			'efficiency',
			'W',
			eff.map((e) => e.allInPowerPerChipW),
			true
		)
	];
	return { modelVersion: MODEL_VERSION, systems, rows };
}
