import { ratio } from '../evaluate-hardware';
import type { AnyInferenceResult as InferenceResult } from './types';

export interface TargetComparisonRow {
	name: string;
	/** Output tokens/s per chip at the target; null when the system has no point there. */
	chipTokensPerS: number | null;
	/** Output tokens per joule of all-in system power: chipTokensPerS ÷ allInPowerPerChipW. */
	tokensPerJ: number | null;
	/** ÷ the first system's; null where either side has no number. */
	perChipRatio: number | null;
	perWattRatio: number | null;
	/** Why there is no number, when there is none. */
	note: string | null;
}

export interface TargetComparison {
	targetUserTokensPerS: number;
	rows: TargetComparisonRow[];
	/** One sentence per system after the first, e.g. for the page's headline. */
	headlines: string[];
}

function noteOf(result: InferenceResult): string | null {
	if (result.kind !== 'ok') return result.reason;
	return result.atTarget ? null : result.atTargetReason;
}

function times(x: number): string {
	return `${x.toPrecision(2)}x`;
}

/**
 * Ratios at the speed target against the first result, per chip and per watt of all-in system
 * power: "At 50 tokens/s per user, B is modelled at 2.3x A per chip (1.9x per system watt)".
 */
export function compareAtTarget(results: readonly InferenceResult[]): TargetComparison {
	const first = results[0];
	const target = first?.serving.targetUserTokensPerS ?? 0;
	const rows = results.map((r): TargetComparisonRow => {
		const chip = r.kind === 'ok' && r.atTarget ? r.atTarget.chipTokensPerS : null;
		const watts = r.system.allInPowerPerChipW;
		const perJ = chip !== null && watts > 0 ? chip / watts : null;
		return {
			name: r.system.name,
			chipTokensPerS: chip,
			tokensPerJ: perJ,
			perChipRatio: null,
			perWattRatio: null,
			note: noteOf(r)
		};
	});
	const base = rows[0];
	for (const row of rows) {
		row.perChipRatio = ratio(base?.chipTokensPerS ?? null, row.chipTokensPerS);
		row.perWattRatio = ratio(base?.tokensPerJ ?? null, row.tokensPerJ);
	}
	const headlines = rows.slice(1).map((row) => {
		const lead = `At ${target} tokens/s per user, ${row.name}`;
		if (!base || row.perChipRatio === null) {
			const why = row.chipTokensPerS === null ? row.note : base?.note;
			const other = base?.name ?? 'the first system';
			return `${lead} cannot be compared with ${other}: ${why ?? 'no modelled point'}`;
		}
		const w = row.perWattRatio;
		const perWatt = w === null ? '' : ` (${times(w)} per system watt)`;
		return `${lead} is modelled at ${times(row.perChipRatio)} ${base.name} per chip${perWatt}.`;
	});
	return { targetUserTokensPerS: target, rows, headlines };
}
