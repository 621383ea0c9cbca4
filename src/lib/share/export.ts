import { valueOf } from '../model/estimate-types';
import { evaluate, type Evaluation } from '../model/evaluate';
import type { Scenario } from '../model/scenario';
import type { Report } from './report';

/** A plain number as text (-12, 3.5e-7): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** What a spreadsheet may take for the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number in one notation per size: plain decimals from 1e-4 up, an exponent below. String()
 * switches only at 1e-6, so a column held both 0.00000718 and 1.82e-8, and a reader had to count
 * zeros to compare them; below 1e-4 an exponent is the shorter and the readable one.
 */
export function csvNumber(value: number): string {
	return value !== 0 && Math.abs(value) < 1e-4 ? value.toExponential() : String(value);
}

/**
 * One CSV field: text that a spreadsheet would run as a formula (a name like
 * `=HYPERLINK(...)`) gets a leading `'`, which shows it as text; then it is quoted when it holds
 * a comma, quote or newline (RFC 4180). Numbers, negative ones included, stay numbers.
 */
export function csvField(value: string | number | null): string {
	const raw = value === null ? '' : typeof value === 'number' ? csvNumber(value) : value;
	const text =
		typeof value === 'string' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw)
			? `'${raw}`
			: raw;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The comparison as CSV: one row per metric, SI values per system, then ratios to the first.
 * Leading lines start with '#' and say what the numbers are and how to reopen the scenario.
 */
export function evaluationToCsv(evaluation: Evaluation, link: string): string {
	const names = evaluation.systems.map((s) => s.spec.name);
	const header = [
		'metric',
		'unit',
		...names,
		...names.slice(1).map((name) => `${name} / ${names[0]}`)
	];
	const rows = evaluation.rows.map((row) => [
		row.id,
		row.unit,
		...row.values.map((v) => valueOf(v)),
		...row.ratios.slice(1)
	]);
	return [
		`# Rackscale model estimates, not measurements. Model version ${evaluation.modelVersion}. SI units.`,
		`# Scenario: ${link}`,
		header.map(csvField).join(','),
		...rows.map((row) => row.map(csvField).join(','))
	].join('\n');
}

/** The CSV of a scenario: evaluated here, so the page ships the model with this chunk only. */
export function scenarioToCsv(scenario: Scenario, link: string): string {
	return evaluationToCsv(evaluate(scenario), link);
}

/**
 * The report as JSON text, as the CLI prints it and the page downloads it. A fraction keeps 12
 * significant digits: "powerW": 145000.08000000002 was floating-point noise, not a figure (the
 * model's inputs have 3 or 4); whole numbers (counts, tokens) stay exact.
 */
export function reportToJson(report: Report): string {
	return JSON.stringify(
		report,
		(_key, value: unknown) =>
			typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)
				? Number(value.toPrecision(12))
				: value,
		2
	);
}
