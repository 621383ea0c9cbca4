import { valueOf } from '../model/estimate-types';
import type { Evaluation } from '../model/evaluate';
import { PRECISIONS, type Precision } from '../model/precision';
import type { Notice } from './notices';

/**
 * The machine-readable form of an evaluation: what `npm run estimate` prints and what a JSON
 * export holds. SI units throughout; keys absent where a figure does not exist.
 */
export interface Report {
	modelVersion: string;
	note: string;
	query: string;
	notices: Notice[];
	systems: SystemReport[];
}

export interface SystemReport {
	name: string;
	preset: string | null;
	chips: number;
	aggregate: {
		denseFlopsPerS: Partial<Record<Precision, number>>;
		hbmBytes: number;
		hbmBytesPerS: number;
		scaleUpBytesPerS: number;
		scaleOutBytesPerS: number;
		powerW: number;
	};
	efficiency: {
		precision: Precision;
		flopsPerSPerW: number | null;
		wattsPerFlopsPerS: number | null;
		hbmBytesPerFlop: number | null;
		hbmBytesPerChip: number;
		chipPowerW: number | null;
		allInPowerPerChipW: number;
	};
	/** This system's value ÷ the first system's, per metric id; null where undefined. */
	ratioToFirst: Record<string, number | null>;
}

export const REPORT_NOTE = 'Model estimates, not measurements. SI units: FLOP/s, B, B/s, W.';

export function buildReport(
	evaluation: Evaluation,
	precision: Precision,
	query: string,
	notices: Notice[]
): Report {
	return {
		modelVersion: evaluation.modelVersion,
		note: REPORT_NOTE,
		query,
		notices,
		systems: evaluation.systems.map((system, index) => {
			const denseFlopsPerS: Partial<Record<Precision, number>> = {};
			for (const p of PRECISIONS) {
				const value = valueOf(system.aggregate.denseFlopsPerS[p]);
				if (value !== null) denseFlopsPerS[p] = value;
			}
			const e = system.efficiency;
			return {
				name: system.spec.name,
				preset: system.spec.presetId,
				chips: system.spec.chips,
				aggregate: {
					denseFlopsPerS,
					hbmBytes: system.aggregate.hbmBytes.value,
					hbmBytesPerS: system.aggregate.hbmBytesPerS.value,
					scaleUpBytesPerS: system.aggregate.scaleUpBytesPerS.value,
					scaleOutBytesPerS: system.aggregate.scaleOutBytesPerS.value,
					powerW: system.aggregate.allInPowerW.value
				},
				efficiency: {
					precision,
					flopsPerSPerW: valueOf(e.flopsPerSPerW),
					wattsPerFlopsPerS: valueOf(e.wattsPerFlopsPerS),
					hbmBytesPerFlop: valueOf(e.hbmBytesPerFlop),
					hbmBytesPerChip: e.hbmBytesPerChip.value,
					chipPowerW: valueOf(e.chipPowerW),
					allInPowerPerChipW: e.allInPowerPerChipW.value
				},
				ratioToFirst: Object.fromEntries(evaluation.rows.map((row) => [row.id, row.ratios[index] ?? null]))
			};
		})
	};
}
