import { describe, expect, it } from 'vitest';
import { csvField, evaluationToCsv, reportToJson } from '../../../src/lib/share/export';
import { cleanName, cutAtGrapheme } from '../../../src/lib/model/normalize';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { buildReport } from '../../../src/lib/share/report';

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

describe('the JSON report', () => {
	const query = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&b.usd_chip_h=2.5&o.pue=1.3';
	const { scenario, notices } = decodeScenario(query);
	const report = buildReport(evaluate(scenario), scenario, query, notices);
	const json = JSON.parse(reportToJson(report));

	it('writes no float noise and keeps whole numbers exact (helper-106)', () => {
		// GB200 NVL72's all-in power comes out of the model as 145000.08000000002 W (floating-point
		// noise the export carried); 12 significant digits give 145000.08.
		const raw = report.systems[0]!.aggregate.powerW;
		expect(json.systems[0].aggregate.powerW).toBe(Number(raw.toPrecision(12)));
		expect(String(json.systems[0].aggregate.powerW).length).toBeLessThanOrEqual(13);
		expect(json.systems[0].chips).toBe(72);
		expect(json.systems[0].aggregate.hbmBytes).toBe(13_392_000_000_000);
	});

	it('holds the assumptions its energy and cost figures rest on (helper-106)', () => {
		expect(json.workload.operations.pue).toBe(1.3);
		expect(json.workload.operations.facilityBudgetW).toBe(scenario.operations.facilityBudgetW);
		// A rental price for B; GB200 costs its illustrative ownership basis.
		expect(json.systems[1].cost.inputs).toEqual({ pricePerChipHourUsd: 2.5 });
		expect(json.systems[0].cost.basis).toBe('ownership');
		expect(Object.keys(json.systems[0].cost.inputs).sort()).toEqual([
			'amortisationYears',
			'capexPerChipUsd',
			'powerPriceUsdPerKWh',
			'pue'
		]);
		expect(json.systems[0].cost.inputs.pue).toBe(1.3);
	});
});
