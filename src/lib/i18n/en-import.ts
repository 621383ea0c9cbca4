/**
 * English for what an import says once it has read a file (import-messages.ts registers them with
 * the import's reader, state/import-scenario.ts, so the first visit does not carry them).
 */
export const enImport = {
	'export.imported': 'Scenario imported from the link in the file',
	'export.importedFiguresDiffer':
		'Scenario imported from the link in the file. The file’s figures differ from what that link gives (edited?): they are results, not inputs, and were not read.'
} as const;
