/** English messages for the preset picker (issue 13); merged by en.ts. */
export const enTopology = {
	'picker.filter': 'Find a system',
	'picker.filterHint': 'name, vendor or status',
	'picker.group': '{vendor} · {status}',
	'picker.noMatch': 'No preset matches; showing all',
	'picker.customGroup': 'Custom',
	'picker.customChip': '{vendor}: no cited figures, enter your own',
	'picker.customName': '{vendor} (your figures)',
	'status.shipping': 'shipping',
	'status.announced': 'announced',
	'status.roadmap': 'roadmap',
	// An unknown figure the reader can fill (issue 13: unknown is unknown, never a silent default).
	'unknown.flops':
		'no published {fields}: unknown, not absent. Enter it in the system panel to serve at {precision}, or choose a precision the chip has a figure for.'
};
