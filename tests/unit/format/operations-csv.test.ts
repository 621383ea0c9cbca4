import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { buildReport } from '../../../src/lib/share/report';
import { csvHeader, viewToCsv } from '../../../src/lib/format/view-csv';
import { loadMessages, translate, type Locale } from '../../../src/lib/i18n';

/*
 * The energy and reliability views' CSV holds every figure their tables show (review: the power
 * envelope's rows and the component counts were left out), in SI units, rounded as shown, under
 * the same identifiers whichever language the page is in.
 */

const reportOf = (query: string) => {
	const { scenario, notices } = decodeScenario(query);
	return buildReport(evaluate(scenario), scenario, query, notices);
};
const report = reportOf('v=1&a=gb200-nvl72&b=cloudmatrix-384');
type View = 'energy' | 'reliability';

async function csvOf(view: View, locale: Locale, r = report) {
	await loadMessages(locale);
	const header = csvHeader(view, r.modelVersion, 'workload', 'https://example.org/', (k, p) =>
		translate(locale, k, p)
	);
	return viewToCsv(view, r, header);
}
/** The data lines (after the # header and the column names). */
const dataLines = (csv: string) =>
	csv
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.slice(1);

describe('the energy view’s CSV', () => {
	it('holds the power envelope’s rows, as its table shows them, in SI units (en and zh)', async () => {
		const en = dataLines(await csvOf('energy', 'en'));
		const item = 'power envelope (facility power budget)';
		// GB200 NVL72: 72 chips × 2,013.89 W all-in × PUE 1.2 = 174 kW a rack; ⌊100 MW ÷ 174 kW⌋ = 574
		// racks, 41,328 chips, drawing 99.9 MW (the table's "99.9 MW"); BF16 41,328 × 2.5 PFLOP/s =
		// 103 EFLOP/s. Output tokens/s at the target: the table's "110 M" ("1.10亿").
		for (const line of [
			`GB200 NVL72,${item},systems_that_fit,574,systems`,
			`GB200 NVL72,${item},chips,41328,chips`,
			`GB200 NVL72,${item},facility_power_drawn,99900000,W`,
			`GB200 NVL72,${item},dense_bf16_compute,103000000000000000000,FLOP/s`,
			`GB200 NVL72,${item},output_tokens_per_s,110000000,tokens/s`,
			`GB200 NVL72,${item},output_tokens_per_s_ratio_to_first,1,ratio`,
			// CloudMatrix 384: 148 systems, 56,832 chips; 50.6 M tokens/s, 0.460× GB200's.
			`CloudMatrix 384,${item},systems_that_fit,148,systems`,
			`CloudMatrix 384,${item},chips,56832,chips`,
			`CloudMatrix 384,${item},output_tokens_per_s,50600000,tokens/s`,
			`CloudMatrix 384,${item},output_tokens_per_s_ratio_to_first,0.46,ratio`
		])
			expect(en).toContain(line);
		const cm = report.systems[1]!.envelope;
		expect(cm.tokensPerS! / report.systems[0]!.envelope.tokensPerS!).toBeCloseTo(0.46, 2);
		// The same rows in a Chinese export: identifiers and SI values, the same in every language.
		expect(dataLines(await csvOf('energy', 'zh'))).toEqual(en);
	});

	it('writes each table’s ratio to the first system beside the figure it divides', async () => {
		const lines = dataLines(await csvOf('energy', 'en'));
		const [gb200, cm384] = report.systems;
		// Output J per token ÷ A's, and output cost ÷ A's, as the tables' last columns.
		const j = cm384!.energy!.outputJPerToken / gb200!.energy!.outputJPerToken;
		expect(lines).toContain(
			`CloudMatrix 384,IT energy (at all-in power),output_energy_per_token_ratio_to_first,${Number(j.toPrecision(3))},ratio`
		);
		const usd = cm384!.cost!.usdPerMillionOutputTokens! / gb200!.cost!.usdPerMillionOutputTokens!;
		expect(lines).toContain(
			`CloudMatrix 384,cost (illustrative),cost_per_output_token_ratio_to_first,${Number(usd.toPrecision(3))},ratio`
		);
	});

	it('leaves an envelope figure the table has none for empty', async () => {
		// The HGX H100 board has no FP4 figure: its envelope's dense FP4 compute is "—".
		const r = reportOf('v=1&a=gb200-nvl72&b=hgx-h100&basis=fp4');
		const lines = dataLines(await csvOf('energy', 'en', r));
		expect(lines).toContain(
			'HGX H100 (8 GPU),power envelope (facility power budget),dense_fp4_compute,,FLOP/s'
		);
	});
});

describe('the reliability view’s CSV', () => {
	it('holds the component counts per system, as the inventory table shows them (en and zh)', async () => {
		const en = dataLines(await csvOf('reliability', 'en'));
		// GB200 NVL72's cited inventory: 72 GPUs with 8 HBM stacks each, 18 NVLink switch chips,
		// 1,296 copper links; CloudMatrix 384's 6,912 optical transceivers and no copper.
		for (const line of [
			'GB200 NVL72,,accelerators_per_system,72,count',
			'GB200 NVL72,,hbm_stacks_per_system,576,count',
			'GB200 NVL72,,switch_chips_per_system,18,count',
			'GB200 NVL72,,optical_transceivers_per_system,288,count',
			'GB200 NVL72,,copper_links_per_system,1296,count',
			'GB200 NVL72,,host_cpus_per_system,36,count',
			'CloudMatrix 384,,optical_transceivers_per_system,6912,count',
			'CloudMatrix 384,,copper_links_per_system,0,count'
		])
			expect(en).toContain(line);
		expect(dataLines(await csvOf('reliability', 'zh'))).toEqual(en);
	});

	it('writes a count as edited, not the preset’s', async () => {
		const r = reportOf('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.n_optics=100');
		const lines = dataLines(await csvOf('reliability', 'en', r));
		expect(lines).toContain('CloudMatrix 384,,optical_transceivers_per_system,100,count');
	});

	it('holds the rest of the results table and the interruptions by cause', async () => {
		const lines = dataLines(await csvOf('reliability', 'en'));
		const cm = report.systems[1]!.reliability;
		for (const line of [
			// The table's "Interruptions ÷ A": 0.283 ÷ 0.0359 a day = 7.89×.
			'CloudMatrix 384,,interruptions_per_day_ratio_to_first,7.89,ratio',
			'CloudMatrix 384,,systems_in_job,1,systems',
			'CloudMatrix 384,,chips_in_job,384,chips',
			// Its most frequent cause: its 6,912 optical transceivers.
			'CloudMatrix 384,,most_frequent_cause,optical_transceiver,',
			`CloudMatrix 384,,interruptions_per_day_optical_transceiver,${Number(cm.byKindPerDay.opticalTransceiver.toPrecision(3))},1/day`,
			'CloudMatrix 384,,interruptions_per_day_copper_link,0,1/day'
		])
			expect(lines).toContain(line);
		// Every cause the by-cause table lists, for each system.
		expect(lines.filter((line) => /,interruptions_per_day_[a-z_]+,/.test(line))).toHaveLength(
			2 * (7 + 1)
		);
	});

	it('writes no checkpoint interval where a write takes longer, as the table says "none"', async () => {
		// 100,000 joined CloudMatrix 384: an interruption every ~3 s, so Young/Daly's √(2 × 10 s ×
		// 3 s) ≈ 8 s is shorter than the 10 s write; the table reads "none: a write takes longer".
		const r = reportOf('v=1&a=gb200-nvl72&b=cloudmatrix-384&b.joined=100000');
		expect(r.systems[1]!.reliability.checkpointIntervalS).toBeNull();
		const lines = dataLines(await csvOf('reliability', 'en', r));
		expect(lines).toContain('CloudMatrix 384,,checkpoint_interval,,s');
		expect(lines.some((line) => /^GB200 NVL72,,checkpoint_interval,\d/.test(line))).toBe(true);
	});
});
