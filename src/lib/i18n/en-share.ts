/** English messages for the share views; merged into the catalog by en.ts. */
export const enShare = {
	'chartExport.group': 'Export this chart',
	'chartExport.png': 'PNG',
	'chartExport.svg': 'SVG',
	'chartExport.pngLabel': 'Download this chart as a PNG image',
	'chartExport.svgLabel': 'Download this chart as an SVG file',
	'chartExport.workload':
		'Workload: {model}; weights {weights}, KV cache {kv}, compute {compute}; {input} input and {output} output tokens; target {target} tokens/s per user',
	'chartExport.stamp': 'Rackscale — model estimate, not a measurement',
	'chartExport.failed': 'Could not export the chart'
} as const;
