import { describe, expect, it } from 'vitest';
import { buildValidationTable } from '../../../src/lib/content/validation';
import { validationJson } from '../../../src/lib/content/validation-json';

const table = buildValidationTable();
const json = validationJson(table);

describe('validationJson() (npm run -s validate)', () => {
	it('prints one row per case of the page, with id, measured, modelled, ratio, class and sample', () => {
		const pageRows = [...table.inference, ...table.training];
		expect(json.rows.map((r) => r.id)).toEqual(pageRows.map((r) => r.id));
		json.rows.forEach((row, i) => {
			const page = pageRows[i]!;
			expect(Object.keys(row).sort()).toEqual(
				[
					'class',
					'id',
					'kind',
					'measured',
					'modelled',
					'ratio',
					'sample',
					'sharesSourceWith'
				].sort()
			);
			expect(row).toMatchObject({
				measured: page.measured,
				modelled: page.modelled,
				ratio: page.error,
				class: page.class,
				sample: page.kind === 'inference' && page.fittedFor !== null ? 'in-sample' : 'held-out',
				sharesSourceWith: page.kind === 'inference' ? page.sharesSourceWith : []
			});
		});
	});

	it('ends with the summary the page heads with, and survives JSON', () => {
		expect(json.summary).toEqual(table.summary);
		expect(json.pending.map((p) => p.id)).toEqual(table.pending.map((p) => p.id));
		expect(Object.keys(json).at(-1)).toBe('summary');
		expect(json.rule).toMatchObject({ goodWithin: 1.25, fairWithin: 2 });
		const text = JSON.stringify(json);
		expect(text).not.toMatch(/NaN|Infinity/);
		expect(JSON.parse(text)).toEqual(json);
	});
});
