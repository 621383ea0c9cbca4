import type { Comparison } from '../../state/comparison.svelte';
import { estimatesOf } from '../../state/estimates.svelte';
import { csvHeader, viewToCsv } from '../../format/view-csv';
import { reportToJson } from '../../share/export';
import { workloadCaption } from '../charts/workload-caption';
import type { I18n } from '../i18n-context';

/**
 * The report with the training worker's answers (it runs on every view, since the summary quotes
 * them): without them an export lost every training, run energy and run cost figure the page
 * showed. Null while the worker recomputes after an edit or has failed: its last answers are for
 * the scenario before the edit, and would be written beside this one's other figures.
 */
function reportNow(comparison: Comparison) {
	const estimates = estimatesOf(comparison);
	const current = !estimates.runner.pending && !estimates.runner.failed;
	return comparison.report(current ? estimates.trainingResults : null);
}

/** The JSON export: the CLI's report of the scenario on the page, training included. */
export async function reportJson(comparison: Comparison) {
	return reportToJson(await reportNow(comparison));
}

/**
 * The CSV export's chunk: the open view as CSV (issue 14), with the workload named in its header.
 */
export async function openViewCsv(comparison: Comparison, link: string, i18n: I18n) {
	const view = comparison.view;
	const [report, claims] = await Promise.all([
		reportNow(comparison),
		view === 'claims' ? import('../../share/claims-check').then((m) => m.checkClaims()) : []
	]);
	const workload = workloadCaption(report.workload.serving, report.workload.model, i18n);
	return {
		filename: `rackscale-${view}.csv`,
		text: viewToCsv(
			view,
			report,
			csvHeader(view, report.modelVersion, workload, link, i18n.t),
			claims
		)
	};
}
