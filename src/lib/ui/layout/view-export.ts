import type { Comparison } from '../../state/comparison.svelte';
import { estimatesOf } from '../../state/estimates.svelte';
import { viewToCsv } from '../../format/view-csv';
import { workloadCaption } from '../charts/workload-caption';
import type { I18n } from '../i18n-context';

/**
 * The CSV export's chunk: the open view as CSV (issue 14), with the workload named in its header
 * and, for the training view, the worker's latest answers.
 */
export async function openViewCsv(comparison: Comparison, link: string, i18n: I18n) {
	const view = comparison.view;
	const training = view === 'training' ? estimatesOf(comparison).trainingResults : null;
	const report = await comparison.report(training);
	const workload = workloadCaption(report.workload.serving, report.workload.model, i18n);
	return { filename: `rackscale-${view}.csv`, text: viewToCsv(view, report, link, workload) };
}
