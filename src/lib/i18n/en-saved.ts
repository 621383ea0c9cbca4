/** English messages of the saved list (its panel's chunk registers them: saved-messages.ts). */
export const enSaved = {
	'saved.title': 'Saved on this device',
	'saved.intro':
		'Scenarios you save stay in this browser only. Opening a shared link never changes this list.',
	'saved.name': 'Name',
	'saved.save': 'Save this scenario',
	'saved.open': 'Open',
	'saved.openNamed': 'Open “{name}”',
	'saved.remove': 'Delete',
	'saved.removeNamed': 'Delete “{name}”',
	'saved.rename': 'Rename',
	'saved.nameNeeded': 'A name, not only spaces',
	'saved.renameNamed': 'Rename “{name}”',
	'saved.newName': 'New name for “{name}”',
	'saved.renameDone': 'Rename',
	'saved.replaceAsk': 'A scenario named “{name}” is already saved here. Replace it?',
	'saved.replace': 'Replace it',
	'saved.evictAsk':
		'The list holds {max} scenarios. Delete the oldest, “{name}”, to make room for this one?',
	'saved.evict': 'Delete it and save',
	'saved.cancel': 'Cancel',
	'saved.dropped':
		'{count} saved entries could not be read (damaged storage) and were left out of the list.',
	'saved.droppedOne':
		'1 saved entry could not be read (damaged storage) and was left out of the list.',
	'saved.renamed':
		'{count} saved scenarios had the same name as another and were given a number, e.g. “name (2)”.',
	'saved.renamedOne':
		'1 saved scenario had the same name as another and was given a number, e.g. “name (2)”.',
	'saved.writeFailed':
		'This browser did not store “{name}” (storage full or private mode). It stays in the list only until you close the page: download it as JSON to keep it, or delete older entries.',
	'saved.writeFailedMany':
		'This browser did not store {count} scenarios: {names} (storage full or private mode). They stay in the list only until you close the page: download them as JSON to keep them, or delete older entries.',
	'saved.quotedName': '“{name}”',
	'saved.nameSeparator': ', ',
	'saved.moreNames': ' and {count} more',
	'saved.deleted': 'Deleted “{name}”.',
	'saved.undo': 'Undo',
	'saved.undoNamed': 'Undo deleting “{name}”',
	'saved.restored': 'Restored “{name}”.',
	'saved.dismiss': 'Dismiss',
	'saved.notStored': 'not stored',
	'saved.download': 'Download as JSON',
	'saved.downloadNamed': 'Download “{name}” as JSON'
} as const;
