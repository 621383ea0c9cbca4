import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/lib/state/import-limits';
import { readScenarioFile } from '../../../src/lib/state/import-scenario';
import { Comparison } from '../../../src/lib/state/comparison.svelte';
import { readFileSync } from 'node:fs';

const fixtureLink = (name: string): string =>
	JSON.parse(readFileSync(`tests/fixtures/links/v1/${name}.json`, 'utf8')).link;

describe('readScenarioFile', () => {
	it('accepts an export or a saved entry: a JSON object whose query is a scenario link', () => {
		expect(readScenarioFile('{"query":"v=1&m=1&a=hgx-h100"}')).toEqual({
			ok: true,
			query: 'v=1&m=1&a=hgx-h100'
		});
		expect(readScenarioFile('{"name":"x","query":"https://e.org/?a=hgx-h100#x"}').ok).toBe(true);
	});

	it('refuses files without a scenario, naming why', () => {
		const reason = (text: string) => {
			const result = readScenarioFile(text);
			return result.ok ? 'ok' : result.reason;
		};
		expect(reason('{"query":"view=training"}')).toBe('no-scenario');
		expect(reason('{"query":"lang=zh&view=claims"}')).toBe('no-scenario');
		expect(reason('{"query":""}')).toBe('no-scenario');
		expect(reason('{"query":42}')).toBe('no-scenario');
		expect(reason('[{"query":"v=1"}]')).toBe('no-scenario');
		expect(reason('null')).toBe('no-scenario');
		expect(reason(`{"query":"v=1&${'x'.repeat(30_000)}"}`)).toBe('no-scenario');
		expect(reason('not json')).toBe('not-json');
		expect(reason('['.repeat(200_000))).toBe('not-json');
		expect(reason(' '.repeat(MAX_IMPORT_BYTES + 1))).toBe('too-large');
	});

	it('keeps the reader’s language: a file from the Chinese page opens in English here (helper-86)', async () => {
		expect(readScenarioFile('{"query":"v=1&a=hgx-h100&view=inference&lang=zh"}')).toEqual({
			ok: true,
			query: 'v=1&a=hgx-h100&view=inference'
		});
		const comparison = new Comparison();
		comparison.load('?v=1&a=gb200-nvl72');
		await comparison.importJson('{"query":"v=1&a=hgx-h100&lang=zh"}');
		expect(comparison.locale).toBe('en');
		expect(comparison.scenario.systems[0]!.presetId).toBe('hgx-h100');
	});

	it('changes nothing on the page when refused', async () => {
		const comparison = new Comparison();
		comparison.load('?v=1&a=hgx-h100&a.chips=16&view=inference');
		const before = comparison.query;
		expect(await comparison.importJson('{"query":"view=training"}')).toEqual({
			ok: false,
			reason: 'no-scenario'
		});
		expect(comparison.query).toBe(before);
	});

	it('says when a file’s figures disagree with its link, which is all it reads (review item 2)', async () => {
		const comparison = new Comparison();
		for (const link of [
			'?v=1&a=hgx-h100&b=hgx-b200',
			'?v=1&a=hgx-h100&a.chips=16&view=inference&lang=zh',
			...['inference-settings', 'four-systems-custom', 'edited-systems'].map((name) =>
				fixtureLink(name)
			)
		]) {
			comparison.load(link);
			const { reportToJson } = await import('../../../src/lib/share/export');
			const text = reportToJson(await comparison.report());
			// An export as written: its figures are what its link gives.
			expect(readScenarioFile(text), link).not.toHaveProperty('figuresDiffer');
			const edited = JSON.parse(text);
			edited.systems[0].chips = 999;
			expect(readScenarioFile(JSON.stringify(edited)), link).toMatchObject({
				ok: true,
				query: readScenarioFile(text).ok && (readScenarioFile(text) as { query: string }).query,
				figuresDiffer: true
			});
			const otherWorkload = JSON.parse(text);
			otherWorkload.workload.serving.inputTokens += 1;
			expect(readScenarioFile(JSON.stringify(otherWorkload))).toHaveProperty('figuresDiffer', true);
			const fewer = JSON.parse(text);
			fewer.systems.pop();
			expect(readScenarioFile(JSON.stringify(fewer))).toHaveProperty('figuresDiffer', true);
		}
		// A saved entry carries its link alone: nothing to disagree with.
		expect(readScenarioFile('{"name":"x","query":"v=1&a=hgx-h100","savedAt":""}')).toEqual({
			ok: true,
			query: 'v=1&a=hgx-h100'
		});
	});
});
