import type { LlmSourceId } from '../../catalog/llm-sources';
import type { ChipFamily } from '../chip-family';
import type { Precision } from '../precision';

/**
 * The per-platform software table (issue 12 item 7): one fraction per chip family, each with how
 * it was obtained. Fitted values come from named validation rows (content/software-fit.ts
 * recomputes them; tests/unit/content/software-fit.test.ts checks these equal its output), and
 * those rows are then in-sample on /validation: they do not count as validation.
 *
 * One fraction per family, not per precision: the gap is in the serving stack, not in the GEMMs
 * (calibration.md case 23: GB200 FP4 GEMMs reach ~76 % of peak, more than the global 0.6), and
 * no family has serving results at two precisions to fit two values from. `measuredAt` names the
 * precision of the fit rows. One value for prefill and decode alike: fewer parameters.
 */
import { SOFTWARE_FRACTION_OF } from './software-values';

export { SOFTWARE_FRACTION_BOUNDS, SOFTWARE_FRACTION_PRIOR } from './software-values';

export interface SoftwareFraction {
	fraction: number;
	/**
	 * fitted: the median log(model ÷ measured) over `fitRows` is 0 at this value (or it is 1).
	 * assumption: the prior, the geometric mean of the fitted families' values (software-values.ts).
	 * carried: another family's fitted value, for a chip on the same software stack (an assumption).
	 */
	basis: 'fitted' | 'assumption' | 'carried';
	/** carried: whose fitted value it takes. */
	carriedFrom?: ChipFamily;
	/** MeasuredCase ids (catalog/measurements.ts) the value is fitted on; empty for an assumption. */
	fitRows: string[];
	/** Serving precision of the fit rows; null for an assumption. */
	measuredAt: Precision | null;
	/** The software the value stands for. */
	stack: string;
	/** Publication date of the newest fit row, or of the table for an assumption ("2026-12"). */
	asOf: string;
	sources: LlmSourceId[];
	note: string;
}

const MLPERF_V50_HOPPER = [
	'mlperf-v5.0-llama2-70b-hgx-h100-offline',
	'mlperf-v5.0-llama2-70b-hgx-h100-server',
	'mlperf-v5.0-llama2-70b-hgx-h200-offline',
	'mlperf-v5.0-llama2-70b-hgx-h200-server',
	'mlperf-v5.0-llama2-70b-hgx-h200-interactive',
	'mlperf-v5.0-llama3.1-405b-hgx-h200-offline',
	'mlperf-v5.0-llama3.1-405b-hgx-h200-server'
];

const MLPERF_V51_BLACKWELL = [
	'mlperf-v5.1-llama2-70b-hgx-b200-offline',
	'mlperf-v5.1-llama2-70b-hgx-b200-server',
	'mlperf-v5.1-llama2-70b-hgx-b200-interactive',
	'mlperf-v5.1-llama3.1-405b-hgx-b200-offline',
	'mlperf-v5.1-llama3.1-405b-hgx-b200-server',
	'mlperf-v5.1-llama3.1-405b-hgx-b200-interactive',
	'mlperf-v5.1-llama3.1-405b-gb200-nvl72-offline',
	'mlperf-v5.1-llama3.1-405b-gb200-nvl72-server',
	'mlperf-v5.1-llama3.1-405b-gb200-nvl72-interactive'
];

const NO_MEASUREMENT =
	'No published measurement in the catalog: the geometric mean of the fitted families’ values (assumption).';

/** When the assumptions were set: the date of this table. */
const TABLE_DATE = '2026-12';

function assumption(family: ChipFamily, stack: string, note: string): SoftwareFraction {
	return {
		fraction: SOFTWARE_FRACTION_OF[family],
		basis: 'assumption',
		fitRows: [],
		measuredAt: null,
		stack,
		asOf: TABLE_DATE,
		sources: [],
		note
	};
}

export const SOFTWARE_FRACTIONS: Record<ChipFamily, SoftwareFraction> = {
	hopper: {
		fraction: SOFTWARE_FRACTION_OF.hopper,
		basis: 'fitted',
		fitRows: MLPERF_V50_HOPPER,
		measuredAt: 'fp8',
		stack: 'CUDA, TensorRT-LLM (MLPerf Inference v5.0)',
		asOf: '2025-04',
		sources: ['MLPERF_INF_50'],
		note: 'The v5.0 Hopper rows sit at or below the model already (median 0.83×): the fit reaches the bound, 1 (serving does not beat its kernels).'
	},
	blackwell: {
		fraction: SOFTWARE_FRACTION_OF.blackwell,
		basis: 'fitted',
		fitRows: MLPERF_V51_BLACKWELL,
		measuredAt: 'fp4',
		stack: 'CUDA, TensorRT-LLM (MLPerf Inference v5.1)',
		asOf: '2025-09',
		sources: ['MLPERF_INF_51'],
		note: 'Fitted on the v5.1 8×B200 and GB200 NVL72 rows (NVFP4); the v6.0 GB300 rows, a later round on newer software, are held out.'
	},
	rubin: {
		fraction: SOFTWARE_FRACTION_OF.rubin,
		basis: 'carried',
		carriedFrom: 'blackwell',
		fitRows: [],
		measuredAt: null,
		stack: 'CUDA, TensorRT-LLM',
		asOf: TABLE_DATE,
		sources: ['MLPERF_INF_51'],
		note: 'No published Rubin serving result: Blackwell’s fitted value, since Rubin runs the same CUDA serving stack (assumption). The prior would credit the newer chip with more mature software than the one it succeeds.'
	},
	ascend: assumption(
		'ascend',
		'CANN (CloudMatrix-Infer)',
		'No published Ascend result outside the validation rows: every CloudMatrix-Infer row is held out (they test the prior), so the geometric mean of the fitted families’ values (assumption).'
	),
	amd: assumption('amd', 'ROCm', NO_MEASUREMENT),
	tpu: assumption('tpu', 'XLA / JAX', NO_MEASUREMENT),
	trainium: assumption('trainium', 'Neuron', NO_MEASUREMENT),
	other: assumption(
		'other',
		'Unknown',
		'Custom systems and chips without a serving result: the geometric mean of the fitted families’ values (assumption).'
	)
};
