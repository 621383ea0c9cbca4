/** English messages for the share views; merged into the catalog by en.ts. */
export const enShare = {
	'diff.title': 'Compare with another link',
	'diff.intro':
		'Paste a Rackscale link, or just its query, to see which assumptions differ from this page and how the results move. Model estimates, not measurements.',
	'diff.pasteLabel': 'Link or query to compare',
	'diff.placeholder': 'https://…/?v=1&m=1&a=gb200-nvl72&…',
	'diff.compare': 'Compare',
	'diff.noScenario': 'That text holds no Rackscale scenario.',
	'diff.noticesTitle': 'Parts of the pasted link were ignored or changed',
	'diff.open': 'Open the pasted scenario',
	'diff.assumptionsTitle': 'Assumptions that differ',
	'diff.assumptionsCaption': 'This page against the pasted link, in the units the link writes.',
	'diff.sameAssumptions': 'Both make the same assumptions.',
	'diff.setting': 'Setting',
	'diff.key': 'Link key',
	'diff.current': 'This page',
	'diff.pasted': 'Pasted link',
	'diff.section.system': 'System {slot}',
	'diff.section.workload': 'Workload',
	'diff.section.model': 'Model shape',
	'diff.section.efficiency': 'Efficiencies',
	'diff.section.other': 'Other settings',
	'diff.modelName': 'Model name',
	'diff.absent': 'not in this scenario',
	'diff.default': 'default',
	'diff.resultsTitle': 'How the results move',
	'diff.resultsCaption':
		'Each system on this page against the same slot in the pasted link. Above 1× the pasted link gives more. Model estimates, not measurements.',
	'diff.result': 'Result',
	'diff.ratio': 'Pasted ÷ this page',
	'diff.renamed': '{a} → {b}',
	'diff.chipTokensPerS': 'Output tokens/s per chip at the target speed',
	'diff.perChipRatio': 'Per chip at the target, ÷ system A',
	'diff.unchanged': 'unchanged',

	'modelChange.differs':
		'Results differ from when this link was made: it was made with model version {from}, these come from version {to}. What changed since:',
	'modelChange.unaffected':
		'This link was made with model version {from}. The changes up to version {to} do not touch this scenario, so its results are as they were.',
	'modelChange.unknown':
		'This link names model version {from}, which this app does not know; results may differ from when it was made.',
	'modelChange.newer':
		'This link was made with model version {from}, newer than this page’s version {to}; reload the page for the current model.',
	'modelChange.release': 'Version {version} ({date}): {summary}',
	'modelHistory.1':
		'First release: whole-system totals and efficiencies from cited presets. The inference, training and operations views came later under the same version, adding results without moving earlier ones.',

	'chartExport.group': 'Export this chart',
	'chartExport.png': 'PNG',
	'chartExport.svg': 'SVG',
	'chartExport.pngLabel': 'Download this chart as a PNG image',
	'chartExport.svgLabel': 'Download this chart as an SVG file',
	'chartExport.stamp': 'Rackscale — model estimate, not a measurement',
	'chartExport.failed': 'Could not export the chart'
} as const;
