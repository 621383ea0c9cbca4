import type { Comparison } from '../../state/comparison.svelte';
import { estimatesOf } from '../../state/estimates.svelte';
import { viewToCsv } from '../../format/view-csv';
import { workloadCaption } from '../charts/workload-caption';
import type { I18n } from '../i18n-context';

/**
 * The report with the training worker's latest answers for today's systems (it runs on every view,
 * since the summary quotes it; null until it has answered): without them an export lost every
 * training, run energy and run cost figure the page showed.
 */
function reportNow(comparison: Comparison) {
	return comparison.report(estimatesOf(comparison).trainingResults);
}

/** The JSON export: the CLI's report of the scenario on the page, training included. */
export async function reportJson(comparison: Comparison) {
	return JSON.stringify(await reportNow(comparison), null, 2);
}

/**
 * The CSV export's chunk: the open view as CSV (issue 14), with the workload named in its header.
 */
export async function openViewCsv(comparison: Comparison, link: string, i18n: I18n) {
	const view = comparison.view;
	const report = await reportNow(comparison);
	const workload = workloadCaption(report.workload.serving, report.workload.model, i18n);
	return { filename: `rackscale-${view}.csv`, text: viewToCsv(view, report, link, workload) };
}
