import { describe, expect, it } from 'vitest';
import { csvField, evaluationToCsv } from '../../../src/lib/share/export';
import { cleanName, cutAtGrapheme } from '../../../src/lib/model/normalize';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';

describe('evaluationToCsv()', () => {
	const { scenario } = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.name=CM%2C%20"384"');
	const csv = evaluationToCsv(evaluate(scenario), 'https://example.org/?v=1');
	const lines = csv.split('\n');

	it('labels the numbers as model estimates and carries the link', () => {
		expect(lines[0]).toMatch(/model estimates, not measurements/);
		expect(lines[1]).toBe('# Scenario: https://example.org/?v=1');
	});

	it('quotes names with commas and quotes', () => {
		expect(lines[2]).toBe('metric,unit,GB200 NVL72,"CM, ""384""","CM, ""384"" / GB200 NVL72"');
	});

	it('writes SI values, blanks for missing figures, and ratios', () => {
		// 72 × 186 GB = 1.3392e13 B; 384 × 128 GB = 4.9152e13 B; ratio 3.670
		const hbm = lines.find((l) => l.startsWith('hbmBytes,'))!.split(',');
		expect(hbm.slice(0, 4)).toEqual(['hbmBytes', 'B', '13392000000000', '49152000000000']);
		expect(Number(hbm[4])).toBeCloseTo(3.67, 2);
		expect(lines.find((l) => l.startsWith('denseFlopsPerS.fp8,'))).toBe(
			'denseFlopsPerS.fp8,FLOP/s,360000000000000000,,'
		);
	});
});

describe('CSV cells a spreadsheet would run as formulas', () => {
	it.each([
		['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
		['+1+1', "'+1+1"],
		['-1+1', "'-1+1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
		['\rcmd', `"'\rcmd"`]
	])('shows %j as text', (name, cell) => {
		expect(csvField(name)).toBe(cell);
	});

	it('writes numbers below 1e-4 with an exponent and the rest as plain decimals', () => {
		expect([1.82e-8, 7.18e-6, -7.18e-6, 9.99e-5].map(csvField)).toEqual([
			'1.82e-8',
			'7.18e-6',
			'-7.18e-6',
			'9.99e-5'
		]);
		expect([1e-4, 0.00674, 145000, 0].map(csvField)).toEqual(['0.0001', '0.00674', '145000', '0']);
	});

	it('keeps numbers numeric, negative ones included, and plain names as they are', () => {
		expect(csvField(-12.5)).toBe('-12.5');
		expect(csvField('-3e-7')).toBe('-3e-7');
		expect(csvField(0)).toBe('0');
		expect(csvField('GB200 NVL72')).toBe('GB200 NVL72');
	});

	it('neutralises a hostile system name in the exported header', () => {
		const { scenario } = decodeScenario(
			`v=1&a=gb200-nvl72&b=cloudmatrix-384&b.name=${encodeURIComponent('=1+1')}`
		);
		const header = evaluationToCsv(evaluate(scenario), 'x').split('\n')[2]!;
		expect(header).toBe("metric,unit,GB200 NVL72,'=1+1,'=1+1 / GB200 NVL72");
	});
});

describe('names are cut between graphemes, never inside one', () => {
	const family = '👨‍👩‍👧‍👦'; // 7 code points, one grapheme
	it('drops a family emoji whole when it does not fit', () => {
		expect(cutAtGrapheme(`${'a'.repeat(55)}${family}`, 60)).toBe('a'.repeat(55));
		expect(cutAtGrapheme(`${'a'.repeat(53)}${family}`, 60)).toBe(`${'a'.repeat(53)}${family}`);
	});
	it('keeps a flag (two regional indicators) whole', () => {
		expect(cleanName(`${'b'.repeat(59)}🇨🇳`)).toBe('b'.repeat(59));
		expect(cleanName(`${'b'.repeat(58)}🇨🇳`)).toBe(`${'b'.repeat(58)}🇨🇳`);
	});
	it('keeps a letter with its combining accent', () => {
		expect(cutAtGrapheme(`${'c'.repeat(59)}e\u0301`, 60)).toBe('c'.repeat(59));
	});
});
