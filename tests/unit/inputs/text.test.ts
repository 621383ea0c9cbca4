import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../src/lib/inputs/text';
import { decodeScenario } from '../../../src/lib/share/codec';
import { shorten } from '../../../src/lib/share/notices';
import { translate, translatePieces } from '../../../src/lib/i18n';
import '../../../src/lib/i18n/summary-messages';

describe('cleanName() and characters that make a name read differently', () => {
	it.each([
		['right-to-left override', '\u202Eabc', 'abc'],
		['left-to-right and right-to-left marks', 'a\u200Eb\u200Fc\u061C', 'abc'],
		['embeddings and pop', '\u202Aa\u202Bb\u202Cc\u202D', 'abc'],
		['isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
		['zero-width space, word joiner, byte-order mark', 'a\u200Bb\u2060c\uFEFF', 'abc'],
		['soft hyphen', 'GB\u00AD200', 'GB200']
	])('strips %s', (_what, given, used) => {
		expect(cleanName(given)).toBe(used);
	});

	it('keeps joiners that shape emoji and scripts', () => {
		const family = '👨‍👩‍👧'; // joined by U+200D
		expect(cleanName(`Team ${family}`)).toBe(`Team ${family}`);
		expect(cleanName('می\u200Cخواهم')).toBe('می\u200Cخواهم'); // Persian, with a ZWNJ
	});

	it('gives a link with such a name a notice that shows the hidden character', () => {
		const { scenario, notices } = decodeScenario('v=1&a=gb200-nvl72&a.name=%E2%80%AEabc');
		expect(scenario.systems[0]!.name).toBe('abc');
		expect(notices).toEqual([
			{ code: 'name-cleaned', key: 'a.name', given: '[U+202E]abc', used: 'abc' }
		]);
	});
});

describe('shorten()', () => {
	it('shows a cut name differently from the name given: the end of the given one is kept', () => {
		const given = `${'Alpha Beta Gamma Delta '.repeat(3)}Omega`; // 74 characters
		const { notices } = decodeScenario(`v=1&a=custom&a.name=${encodeURIComponent(given)}`);
		const notice = notices.find((n) => n.key === 'a.name')!;
		expect(notice.given).toBe(`${given.slice(0, 30)}…${given.slice(-10)}`);
		expect(notice.used).not.toBe(notice.given);
		expect(notice.given!.length).toBe(41);
	});

	it('never splits an emoji at either cut', () => {
		const text = `${'a'.repeat(29)}😀${'b'.repeat(20)}😀${'c'.repeat(9)}`;
		expect(shorten(text)).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u);
		expect(shorten(text)).toBe(`${'a'.repeat(29)}…${'c'.repeat(9)}`);
	});
});

describe('translatePieces()', () => {
	it('gives each filled placeholder its own piece, the words around it as they are', () => {
		const params = { system: 'X', inference: 'tokens per chip at the target +1%', training: 'T' };
		const pieces = translatePieces('en', 'summary.moved', params);
		expect(pieces.map((p) => p.text).join('')).toBe(translate('en', 'summary.moved', params));
		expect(pieces).toEqual([
			{ text: 'X', param: 'system' },
			{ text: ': ' },
			{ text: 'tokens per chip at the target +1%', param: 'inference' },
			{ text: ', ' },
			{ text: 'T', param: 'training' },
			{ text: '.' }
		]);
	});
});
