/**
 * English messages of the charts, their PNG/SVG export and the formula inspector: registered by
 * chart-messages.ts with the code that shows them, which loads after the first render.
 */
export const enShare = {
	'chartExport.group': 'Export this chart',
	'chartExport.png': 'PNG',
	'chartExport.svg': 'SVG',
	'chartExport.pngLabel': 'Download this chart as a PNG image',
	'chartExport.svgLabel': 'Download this chart as an SVG file',
	'chartExport.workload':
		'Workload: {model}; weights {weights}, KV cache {kv}, compute {compute}; {input} input and {output} output tokens; target {target} tokens/s per user',
	'chartExport.stamp': 'Rackscale — model estimate, not a measurement',
	'chartExport.failed': 'Could not export the chart',
	// The CSV export's header lines (its columns and quantity names stay English identifiers).
	'csv.title':
		'Rackscale model estimates, not measurements. Model version {version}. View: {view}.',
	'csv.rounding':
		'Values rounded to the 3 significant digits the page shows; counts and assumptions (item “assumption”) as given; SI units. Column and quantity names are identifiers for scripts, the same in every language.',
	'csv.claimsScenario':
		'Each claim is checked in its own scenario (its scenario row), not the page’s.',
	'csv.scenario': 'Scenario: {link}',
	'chart.roleDescription': 'chart',
	'chart.noValue': 'n/a',
	'chart.tipRatio': '{system} ÷ {reference}',
	'formula.checked': 'The substituted formula evaluates to this number',
	'formula.range': 'from {perfect} (perfect overlap) to {none} (no overlap)',
	'formula.boundBy': 'Bound by: {resource}',
	'unit.chipHours': 'chip-hours',
	// A term the formula does not name, after the note ("…; x = 3").
	'formula.noteTerm': '; {symbol} = {value}'
} as const;
