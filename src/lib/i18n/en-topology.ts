/** English messages for the preset picker (issue 13); merged by en.ts. */
export const enTopology = {
	'picker.filter': 'Find a system',
	'picker.filterHint': 'name, vendor or status',
	'picker.group': '{vendor} · {status}',
	'picker.noMatch': 'No preset matches; showing all',
	'picker.customGroup': 'Custom',
	'picker.customChip': '{vendor}: no cited figures, enter your own',
	'picker.customName': '{vendor} (your figures)',
	'picker.customNameFrom': '{vendor}, from {system}’s figures',
	'status.shipping': 'shipping',
	'status.announced': 'announced',
	'status.roadmap': 'roadmap'
};
