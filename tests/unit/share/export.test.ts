import { describe, expect, it } from 'vitest';
import { evaluationToCsv } from '../../../src/lib/share/export';
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
