import '../../i18n/inference-messages';
import type { MeasuredCase } from '../../catalog/measurements';
import type { ServingSettings } from '../../model/inference/serving';
import { formatWhole } from '../../format/number';
import type { I18n } from '../i18n-context';

type Lengths = Pick<ServingSettings, 'inputTokens' | 'outputTokens'>;

/**
 * A measurement's label, saying so when it was measured at other lengths than the page's
 * workload: the frontier it is drawn on is computed for the page's (1,024 in / 1,024 out by
 * default), while CloudMatrix-Infer's decode points were measured at 4,096 / 256. The chart numbers
 * its diamonds and shows this on hover; the list under it gives it in full.
 */
export function evidenceLabel(measured: MeasuredCase, page: Lengths, i18n: I18n): string {
	const label = i18n.data(measured.label).text;
	if (measured.inputTokens === page.inputTokens && measured.outputTokens === page.outputTokens)
		return label;
	return i18n.t('evidence.withWorkload', {
		label,
		workload: i18n.t('evidence.workload', {
			input: formatWhole(measured.inputTokens, i18n.tag),
			output: formatWhole(measured.outputTokens, i18n.tag),
			pageInput: formatWhole(page.inputTokens, i18n.tag),
			pageOutput: formatWhole(page.outputTokens, i18n.tag)
		})
	});
}
