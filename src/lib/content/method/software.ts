import type { LlmSourceId } from '../../catalog/llm-sources';
import { findMeasuredCase } from '../../catalog/measurements';
import { datedSource, type DatedSource } from '../software-date';
export { softwareDate, type SoftwareDate } from '../software-date';

/**
 * Software changes the answer (issue 12 item 7): the same systems, measured in successive MLPerf
 * rounds, deliver more tokens per second with newer software. The later result of each pair is
 * the one the validation table checks (catalog/measurements.ts); the earlier one is the row before
 * it in calibration.md case 9 (v5.0) and calibration-2026.md case 32's v5.1 comparison.
 */

export interface RoundResult {
	round: string;
	tokensPerS: number;
	source: DatedSource;
}

export interface RoundComparison {
	id: string;
	system: string;
	benchmark: string;
	scenario: 'offline' | 'server';
	before: RoundResult;
	after: RoundResult;
	/** after ÷ before. */
	gain: number;
}

interface EarlierRound {
	round: string;
	source: LlmSourceId;
	tokensPerS: number;
	/** The later result's id in MEASURED_CASES. */
	laterCase: string;
	laterRound: string;
	system: string;
}

/**
 * Whole-system tokens/s of Llama 3.1 405B in the round before, as calibration.md case 9 lists
 * them (v5.0: 8×B200 1,526.29 / 845.82; GB200 NVL72 13,886.4 / 8,850.1; v5.1: GB300 NVL72
 * 16,104.1 / 12,248.4). The validation table leaves these rows out because the sheet does not
 * give the precision v5.0's Blackwell entries ran at.
 */
const EARLIER: readonly (EarlierRound & { scenario: 'offline' | 'server' })[] = [
	{
		system: '8×B200',
		round: 'v5.0',
		source: 'MLPERF_INF_50',
		scenario: 'offline',
		tokensPerS: 1_526.29,
		laterRound: 'v5.1',
		laterCase: 'mlperf-v5.1-llama3.1-405b-hgx-b200-offline'
	},
	{
		system: '8×B200',
		round: 'v5.0',
		source: 'MLPERF_INF_50',
		scenario: 'server',
		tokensPerS: 845.82,
		laterRound: 'v5.1',
		laterCase: 'mlperf-v5.1-llama3.1-405b-hgx-b200-server'
	},
	{
		system: 'GB200 NVL72',
		round: 'v5.0',
		source: 'MLPERF_INF_50',
		scenario: 'offline',
		tokensPerS: 13_886.4,
		laterRound: 'v5.1',
		laterCase: 'mlperf-v5.1-llama3.1-405b-gb200-nvl72-offline'
	},
	{
		system: 'GB200 NVL72',
		round: 'v5.0',
		source: 'MLPERF_INF_50',
		scenario: 'server',
		tokensPerS: 8_850.1,
		laterRound: 'v5.1',
		laterCase: 'mlperf-v5.1-llama3.1-405b-gb200-nvl72-server'
	},
	{
		system: 'GB300 NVL72',
		round: 'v5.1',
		source: 'MLPERF_INF_51',
		scenario: 'offline',
		tokensPerS: 16_104.1,
		laterRound: 'v6.0',
		laterCase: 'mlperf-v6.0-llama3.1-405b-gb300-nvl72-offline'
	},
	{
		system: 'GB300 NVL72',
		round: 'v5.1',
		source: 'MLPERF_INF_51',
		scenario: 'server',
		tokensPerS: 12_248.4,
		laterRound: 'v6.0',
		laterCase: 'mlperf-v6.0-llama3.1-405b-gb300-nvl72-server'
	}
];

export function softwareRounds(): RoundComparison[] {
	return EARLIER.map((e) => {
		const later = findMeasuredCase(e.laterCase);
		if (!later) throw new Error(`invalid measured case: ${e.laterCase}`);
		const afterTokens = later.measuredTokensPerSPerChip * later.chipsMeasured;
		return {
			id: e.laterCase.replace(/^mlperf-v[\d.]+-/, ''),
			system: e.system,
			benchmark: 'Llama 3.1 405B',
			scenario: e.scenario,
			before: { round: e.round, tokensPerS: e.tokensPerS, source: datedSource(e.source) },
			after: {
				round: e.laterRound,
				tokensPerS: afterTokens,
				source: datedSource(later.sources[0] as LlmSourceId)
			},
			gain: afterTokens / e.tokensPerS
		};
	});
}
