import { describe, expect, it } from 'vitest';
import { enShare } from '../../../src/lib/i18n/en-share';
import { zhShare } from '../../../src/lib/i18n/zh-share';
import { enBound } from '../../../src/lib/i18n/en-bound';
import { zhBound } from '../../../src/lib/i18n/zh-bound';
import { en } from '../../../src/lib/i18n/en';
import { zh } from '../../../src/lib/i18n/zh';
import { enInference } from '../../../src/lib/i18n/en-inference';
import { zhInference } from '../../../src/lib/i18n/zh-inference';
import { enTraining } from '../../../src/lib/i18n/en-training';
import { enSummary } from '../../../src/lib/i18n/en-summary';
import { zhSummary } from '../../../src/lib/i18n/zh-summary';
import { enDiff } from '../../../src/lib/i18n/en-diff';
import { zhDiff } from '../../../src/lib/i18n/zh-diff';
import { zhTraining } from '../../../src/lib/i18n/zh-training';
import { enValidation } from '../../../src/lib/i18n/en-validation';
import { zhValidation } from '../../../src/lib/i18n/zh-validation';
import { enTopologyView } from '../../../src/lib/i18n/en-topology-view';
import { enSources } from '../../../src/lib/i18n/en-sources';
import { zhSources } from '../../../src/lib/i18n/zh-sources';
import { zhTopologyView } from '../../../src/lib/i18n/zh-topology-view';
import { enSaved } from '../../../src/lib/i18n/en-saved';
import { zhSaved } from '../../../src/lib/i18n/zh-saved';
import { enImport } from '../../../src/lib/i18n/en-import';
import { zhImport } from '../../../src/lib/i18n/zh-import';
import { enModelChange } from '../../../src/lib/i18n/en-model-change';
import { zhModelChange } from '../../../src/lib/i18n/zh-model-change';
import { enNotices } from '../../../src/lib/i18n/en-notices';
import { zhNotices } from '../../../src/lib/i18n/zh-notices';
import { addMessages, translate, translatePieces } from '../../../src/lib/i18n';
import { piecesText } from '../../../src/lib/i18n/pieces';
import { formatValue } from '../../../src/lib/format/number';

/** `{name}` placeholders of a message, sorted. */
const placeholders = (message: string) =>
	[...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Each English catalog with its Chinese twin (the types already force the same keys).
const CATALOGS: [string, Record<string, string>, Record<string, string>][] = [
	['main', en, zh],
	['inference and claims', enInference, zhInference],
	['training, energy and reliability', enTraining, zhTraining],
	['diff', enDiff, zhDiff],
	['summary', enSummary, zhSummary],
	['validation and method', enValidation, zhValidation],
	['topology schematic', enTopologyView, zhTopologyView],
	['saved list', enSaved, zhSaved],
	['import result', enImport, zhImport],
	['model change note', enModelChange, zhModelChange],
	['link notices', enNotices, zhNotices],
	['charts, exports and formulas', enShare, zhShare],
	['what bounds an estimate', enBound, zhBound],
	['sources list', enSources, zhSources]
];

/** `{name:one|other}` plural words of a message, by the placeholder they follow. */
const pluralWords = (message: string) =>
	[...message.matchAll(/\{(\w+):([^|}]*)\|([^}]*)\}/g)].map(([, name, one, other]) => ({
		name: name!,
		one: one!,
		other: other!
	}));

/** A count written before an English plural noun without choosing its form: "{chips} chips". */
const BARE_COUNT = /\{\w+\} (chips|experts|microbatches|systems|domains|sequences|GPUs|links)\b/;

describe.each(CATALOGS)('%s messages', (_, english, chinese) => {
	it('write an English count noun in the form its number takes ("1 chip", "2 chips")', () => {
		for (const [key, message] of Object.entries(english)) {
			expect(message, key).not.toMatch(BARE_COUNT);
			// Both forms are given ('training.unit.systems' is the word alone, after a slider's value).
			for (const word of pluralWords(message)) expect(word.one && word.other, key).toBeTruthy();
		}
		// Chinese nouns have no plural: its messages never choose a form.
		for (const [key, message] of Object.entries(chinese))
			expect(pluralWords(message), key).toEqual([]);
	});

	it('never set a Chinese count straight after a system’s name ("GB200 NVL72 72 颗芯片")', () => {
		// A name may end in digits, which then run into the count: "的" or brackets between them.
		for (const [key, message] of Object.entries(chinese))
			expect(message, key).not.toMatch(
				/\{(system|reference|who|name)\}\s*\{\w*(chips|Chips|count|n)\}/
			);
	});

	it('give the Chinese text the same placeholders as the English', () => {
		for (const key of Object.keys(english))
			expect(placeholders(chinese[key]!), key).toEqual(placeholders(english[key]!));
	});

	it('leave no Chinese message empty, and translate every sentence', () => {
		for (const key of Object.keys(english)) {
			// A separator between sentences is a space in English and nothing in Chinese.
			if (english[key]!.trim() === '') expect(chinese[key], key).toBeDefined();
			else expect(chinese[key]?.trim(), key).toBeTruthy();
			// A message with three or more English words is a sentence; units and symbols may stay Latin.
			if ((english[key]!.match(/[A-Za-z]{3,}/g) ?? []).length >= 3)
				expect(chinese[key], key).not.toBe(english[key]);
		}
	});
});

describe('catalog split', () => {
	it('gives every key one home, so a view’s catalog never silently overrides the main one', () => {
		const seen = new Map<string, string>();
		for (const [name, english] of CATALOGS)
			for (const key of Object.keys(english)) {
				expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
				seen.set(key, name);
			}
	});
});

describe('plural words', () => {
	it('take the singular at exactly 1, the plural for any other count, formatted or not', () => {
		// 'system.editedChips' is '{chips} {chips:chip|chips}'.
		expect(translate('en', 'system.editedChips', { chips: '1' })).toBe('1 chip');
		expect(translate('en', 'system.editedChips', { chips: 1 })).toBe('1 chip');
		expect(translate('en', 'system.editedChips', { chips: '1,152' })).toBe('1,152 chips');
		expect(translate('en', 'system.editedChips', { chips: '0' })).toBe('0 chips');
		expect(translate('en', 'system.editedChips', { chips: '1.5' })).toBe('1.5 chips');
		// Unfilled, the placeholder and its word stay as written, as any placeholder does.
		expect(translate('en', 'system.editedChips')).toBe('{chips} {chips:chip|chips}');
	});

	it('are the message’s own text in pieces, not the filled-in name', () => {
		addMessages({ en: { 'test.plural': '{system} ({chips} {chips:chip|chips})' }, zh: {} });
		const key = 'test.plural' as Parameters<typeof translate>[1];
		const pieces = translatePieces('en', key, { system: 'H100', chips: '1' });
		expect(piecesText(pieces)).toBe('H100 (1 chip)');
		expect(pieces.filter((p) => p.param).map((p) => p.text)).toEqual(['H100', '1']);
	});

	it('carry a chip count in a table cell: "1 chip", "72 chips"', () => {
		expect(formatValue(1, 'chips')).toBe('1\u00a0chip');
		expect(formatValue(72, 'chips')).toBe('72\u00a0chips');
	});
});
