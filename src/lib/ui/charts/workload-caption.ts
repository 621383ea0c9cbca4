import '../../i18n/chart-messages';
import type { ServingSettings } from '../../model/inference/serving';
import { formatNumber } from '../../format/number';
import type { I18n } from '../i18n-context';

/**
 * The LLM workload in one line, for the caption of an exported chart and the CSV's header: model,
 * precisions, input/output tokens and the target speed per user.
 */
export function workloadCaption(serving: ServingSettings, model: string, i18n: I18n): string {
	const count = (n: number) => formatNumber(n, i18n.tag, 21);
	return i18n.t('chartExport.workload', {
		model: i18n.data(model).text,
		weights: serving.weightPrecision.toUpperCase(),
		kv: serving.kvPrecision.toUpperCase(),
		compute: serving.computePrecision.toUpperCase(),
		input: count(serving.inputTokens),
		output: count(serving.outputTokens),
		target: formatNumber(serving.targetUserTokensPerS, i18n.tag, 6)
	});
}
