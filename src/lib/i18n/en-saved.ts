/** English messages for saved work: the saved list, undo/redo and import; merged by en.ts. */
export const enSaved = {
	'saved.replaceAsk': 'A scenario named “{name}” is already saved here. Replace it?',
	'saved.replace': 'Replace it',
	'saved.evictAsk':
		'The list holds {max} scenarios. Delete the oldest, “{name}”, to make room for this one?',
	'saved.evict': 'Delete it and save',
	'saved.cancel': 'Cancel',
	'saved.dropped':
		'{count} saved entries could not be read (damaged storage) and were left out of the list.',
	'saved.renamed':
		'{count} saved scenarios had the same name as another and were given a number, e.g. “name (2)”.',
	'saved.writeFailed':
		'This browser did not store “{name}” (storage full or private mode). It stays in the list only until you close the page: download it as JSON to keep it, or delete older entries.',
	'saved.dismiss': 'Dismiss',
	'saved.notStored': 'not stored',
	'saved.download': 'Download as JSON',
	'saved.downloadNamed': 'Download “{name}” as JSON',

	'history.label': 'Undo and redo',
	'history.undo': 'Undo',
	'history.redo': 'Redo',
	'history.undoTitle': 'Undo the last change to the scenario (Ctrl+Z)',
	'history.redoTitle': 'Redo (Shift+Ctrl+Z)',

	'export.importTooLarge':
		'That file is {size} kB; a Rackscale export is far smaller (limit {limit} kB). Nothing was changed.',
	'export.importNotJson': 'That file is not JSON. Nothing was changed.'
} as const;
