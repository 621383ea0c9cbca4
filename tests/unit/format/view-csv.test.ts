import { csvField } from '../../../src/lib/share/export';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { decodeScenario } from '../../../src/lib/share/codec';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { buildReport } from '../../../src/lib/share/report';
import { csvHeader, shownPrecision, viewToCsv } from '../../../src/lib/format/view-csv';
import '../../../src/lib/i18n/chart-messages';
import { loadMessages, translate, type Locale } from '../../../src/lib/i18n';

const query = 'v=1&a=gb200-nvl72&b=cloudmatrix-384';
/** A claim's catalog query as the CSV writes it: pinned to this model (review item 5). */
const pinned = (claimQuery: string) => claimQuery.replace(/^v=1&(?!m=)/, `v=1&m=${MODEL_VERSION}&`);
const { scenario, notices } = decodeScenario(query);
const report = buildReport(evaluate(scenario), scenario, query, notices);
const link = `https://example.org/?${query}`;
// The page passes the training worker's answers; here, one with float noise in every figure.
const trained = {
	...report,
	systems: report.systems.map((system) => ({
		...system,
		training: {
			status: 'ok' as const,
			reason: null,
			precision: 'bf16',
			systemsJoined: 16,
			chips: 1152,
			layout: {
				tp: 1,
				cp: 1,
				pp: 4,
				ep: 8,
				dp: 36,
				microbatches: 8,
				virtualStages: 1,
				fsdp: false,
				recompute: 'selective',
				source: 'auto'
			},
			placement: {
				tp: 'none' as const,
				cp: 'none' as const,
				ep: 'scale-up' as const,
				pp: 'scale-up' as const,
				dp: 'scale-out' as const
			},
			stepS: 12.345678901,
			bound: 'compute',
			mfu: 0.41234567,
			tokensPerS: 1234567.891,
			timeToTrainS: 145000.08000000002,
			timeToTrainWithFailuresS: 150000.1,
			withFailuresReason: null,
			chipHours: 46400.04,
			energyMWh: 1.23456,
			costUsd: 98765.4321
		}
	}))
};
type View = Parameters<typeof viewToCsv>[0];
const headerOf = (view: View, locale: Locale = 'en', workload = 'Workload: DeepSeek-R1 / V3') =>
	csvHeader(view, report.modelVersion, workload, link, (key, params) =>
		translate(locale, key, params)
	);
const csvOf = (view: View) => viewToCsv(view, trained, headerOf(view));
/** The data lines (after the # header and the column names) as arrays of fields. */
const dataOf = (csv: string) =>
	csv
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.slice(1)
		.map((line) => line.split(','));

describe('shownPrecision()', () => {
	it('rounds to the 3 significant digits the page shows, without float noise', () => {
		expect(shownPrecision(145000.08000000002)).toBe(145000);
		expect(shownPrecision(0.0067449)).toBe(0.00674);
		expect(shownPrecision(1.23456e15)).toBe(1.23e15);
	});
});

describe('viewToCsv()', () => {
	it('says what the numbers are, the workload and the link, then system,item,quantity,value,unit', () => {
		const lines = csvOf('inference').split('\n');
		expect(lines[0]).toBe(
			`# Rackscale model estimates, not measurements. Model version ${report.modelVersion}. View: LLM inference.`
		);
		// The caption names itself (in the page's language): the line says "Workload:" once.
		expect(lines).toContain('# Workload: DeepSeek-R1 / V3');
		expect(lines).toContain(`# Scenario: ${link}`);
		expect(lines.find((line) => !line.startsWith('#'))).toBe('system,item,quantity,value,unit');
	});

	it('writes its header in the page’s language, the column and quantity names as they are', async () => {
		await loadMessages('zh');
		const lines = viewToCsv(
			'hardware',
			trained,
			headerOf('hardware', 'zh', '负载：DeepSeek-R1')
		).split('\n');
		expect(lines[0]).toBe(
			`# Rackscale 模型估算，而非实测。模型版本 ${report.modelVersion}。视图：硬件。`
		);
		expect(lines[1]).toContain('列名与量名是供程序读取的英文标识');
		expect(lines[2]).toBe('# 负载：DeepSeek-R1');
		expect(lines[3]).toBe(`# 场景：${link}`);
		expect(lines[4]).toBe('system,item,quantity,value,unit');
		expect(lines).toContain('GB200 NVL72,,hbm_capacity,13400000000000,B');
	});

	it('keeps a header line that holds a line break on one line', () => {
		const csv = viewToCsv('reliability', report, ['one\nline\r\ntwo']);
		expect(csv.split('\n')[0]).toBe('# one line two');
	});

	it('quotes a header line whole when a cell of it would run as a formula (helper-90)', () => {
		// A link's model name is in the workload line: "x,=1+2" split into a cell "=1+2".
		const csv = viewToCsv('reliability', report, ['Workload: x,=1+2,@SUM(1,1); weights FP8, KV']);
		expect(csv.split('\n')[0]).toBe('"# Workload: x,=1+2,@SUM(1,1); weights FP8, KV"');
		// Commas alone leave it a comment line.
		expect(viewToCsv('reliability', report, ['a, b'])).toMatch(/^# a, b\n/);
	});

	it('on the inference view holds every frontier point of every system', () => {
		const rows = dataOf(csvOf('inference'));
		for (const system of report.systems) {
			const points = rows.filter(
				([name, item, quantity]) =>
					name === system.name && item!.startsWith('frontier point') && quantity === 'batch'
			);
			expect(points.length).toBe(system.inference.frontier.length);
		}
		expect(report.systems[0]!.inference.frontier.length).toBeGreaterThan(3);
	});

	it('says how each point is served: the mode, and at the target the P:D pools', () => {
		const rows = dataOf(csvOf('inference'));
		const modes = rows.filter(([, , quantity]) => quantity === 'serving_mode');
		// one per frontier point plus the point at the target, per system
		const points = report.systems.reduce((n, s) => n + s.inference.frontier.length + 1, 0);
		expect(modes.length).toBe(points);
		for (const [, , , value] of modes) expect(['co-located', 'disaggregated']).toContain(value);
		const at = report.systems[0]!.inference.atTarget!;
		const pool = (quantity: string) =>
			rows.find(
				([name, item, q]) => name === 'GB200 NVL72' && item === 'at target' && q === quantity
			);
		expect(pool('decode_pool_chips')?.[3]).toBe(String(at.pools.decodeChips));
		expect(pool('prefill_pool_chips')?.[4]).toBe('chips');
		// Tokens/s per chip is over the chips whole copies use: GB200 NVL72's 40 of 72 (8 + 32).
		expect(pool('chips_in_use')?.[3]).toBe('40');
	});

	it('says where the at-target layout’s groups live (issue 13 item 4)', () => {
		// JSON cells hold commas, so read whole lines rather than split fields.
		const lines = csvOf('inference').split('\n');
		const at = report.systems[0]!.inference.atTarget!;
		const cell = (quantity: string, value: unknown) =>
			`GB200 NVL72,at target,${quantity},${csvField(JSON.stringify(value))},`;
		expect(lines).toContain(cell('layout', at.layout));
		expect(lines).toContain(cell('placement', at.placement));
		expect(at.placement.ep.chips).toBe(at.layout.ep);
	});

	it('on the hardware view holds the hardware figures in SI units, rounded as shown', () => {
		const rows = dataOf(csvOf('hardware'));
		// GB200 NVL72: 72 × 186 GB = 13,392 GB = 1.3392e13 B, shown as 13.4 TB → 1.34e13
		expect(rows).toContainEqual(['GB200 NVL72', '', 'hbm_capacity', '13400000000000', 'B']);
		expect(rows.every(([, , quantity]) => !quantity!.startsWith('frontier'))).toBe(true);
		// Every efficiency row the page shows has its value, not its ratio alone (helper-86):
		// 186 GB per GPU; all-in 2,013.89 W per chip ÷ 2.5 PFLOP/s BF16 = 8.06e-13 W per FLOP/s.
		expect(rows).toContainEqual(['GB200 NVL72', '', 'hbm_capacity_per_chip', '186000000000', 'B']);
		const perFlop = rows.find(
			([n, , q]) => n === 'GB200 NVL72' && q === 'all_in_power_per_bf16_flop_per_s'
		);
		expect(Number(perFlop![3])).toBeCloseTo(8.06e-13, 15);
		expect(rows.some(([n, , q]) => n === 'GB200 NVL72' && q === 'accelerator_power_per_chip')).toBe(
			true
		);
	});

	it('names each hardware ratio after its figure, next to it', () => {
		const rows = dataOf(csvOf('hardware'));
		const quantities = rows.map(([, , quantity]) => quantity!);
		const ratios = quantities.filter((q) => q.endsWith('_ratio_to_first'));
		// One ratio per figure: 4 precisions, 5 aggregates, 6 efficiencies, for each of 2 systems.
		expect(ratios).toHaveLength(2 * 15);
		for (const name of ratios)
			expect(quantities).toContain(name.slice(0, -'_ratio_to_first'.length));
		// CloudMatrix 384 ÷ GB200 NVL72 HBM: 384 × 128 GB ÷ (72 × 186 GB) = 49,152 ÷ 13,392 = 3.67.
		expect(rows).toContainEqual([
			'CloudMatrix 384',
			'',
			'hbm_capacity_ratio_to_first',
			'3.67',
			'ratio'
		]);
		// Ascend 910C has no FP4: an empty value, as the page's "—", and no ratio.
		expect(rows).toContainEqual(['CloudMatrix 384', '', 'dense_fp4_compute', '', 'FLOP/s']);
		expect(rows).toContainEqual([
			'CloudMatrix 384',
			'',
			'dense_fp4_compute_ratio_to_first',
			'',
			'ratio'
		]);
	});

	it('gives each view its own table: training, energy, reliability', () => {
		const quantities = (view: 'training' | 'energy' | 'reliability') =>
			new Set(dataOf(csvOf(view)).map(([, , quantity]) => quantity));
		expect(quantities('training')).toContain('time_to_train');
		expect(quantities('energy')).toContain('output_energy_per_token');
		expect(quantities('reliability')).toContain('interruptions_per_day');
		expect(quantities('reliability')).not.toContain('time_to_train');
	});

	it('writes the training run’s energy and cost on the energy view, as its table shows them', () => {
		const rows = dataOf(csvOf('energy')).filter(([name]) => name === 'GB200 NVL72');
		const value = (quantity: string) => rows.find((row) => row[2] === quantity)?.[3];
		// 1.23456 MWh = 4.444416e9 J, shown as 4.44e9; $98,765.4321 as 98,800
		expect(value('training_run_energy')).toBe('4440000000');
		expect(rows.find((row) => row[2] === 'training_run_energy')?.[4]).toBe('J');
		expect(trained.systems[0]!.cost).not.toBeNull(); // GB200's illustrative capex prices it
		expect(value('training_run_cost')).toBe('98800');
		// What each energy figure counts, as the view's caption says (helper-106: J per token is
		// IT energy, a run's MWh includes PUE, and the two read alike).
		const itemOf = (quantity: string) => rows.find((row) => row[2] === quantity)?.[1];
		expect(itemOf('output_energy_per_token')).toBe('IT energy (at all-in power)');
		expect(itemOf('output_tokens_per_s_per_w')).toBe('facility energy (PUE included)');
		expect(itemOf('training_run_energy')).toBe('facility energy (PUE included)');
		// The assumptions the figures rest on, so the file reproduces them without the link's
		// defaults: PUE 1.2, a 100 MW budget, GB200's illustrative ownership basis.
		const { operations } = report.workload;
		expect(value('pue')).toBe(String(operations.pue));
		expect(value('facility_power_budget')).toBe(String(operations.facilityBudgetW));
		expect(value('cost_basis')).toBe('ownership');
		expect(Number(value('capex_per_chip'))).toBeGreaterThan(0);
		expect(value('amortisation')).toBe(String(operations.amortisationYears));
		expect(value('power_price')).toBe(String(operations.powerPriceUsdPerKWh));
	});

	it('writes assumptions as given, not rounded as the figures are (helper-107)', () => {
		// The cost rows were computed from $2.125 and $31,234.5 exactly: "2.13" and "31200" would
		// not reproduce them.
		const q = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&b.usd_chip_h=2.125&a.capex_usd=31234.5';
		const decoded = decodeScenario(q);
		const priced = buildReport(evaluate(decoded.scenario), decoded.scenario, q, decoded.notices);
		const rows = dataOf(viewToCsv('energy', priced, headerOf('energy')));
		const value = (name: string, quantity: string) =>
			rows.find((row) => row[0] === name && row[2] === quantity)?.[3];
		expect(value('GB200 NVL72', 'capex_per_chip')).toBe('31234.5');
		expect(value('CloudMatrix 384', 'rental_price_per_chip_hour')).toBe('2.125');
		expect(value('CloudMatrix 384', 'cost_basis')).toBe('rental');
		// The reliability view's: each part's failure rate per hour and its interrupting share.
		const reliability = dataOf(viewToCsv('reliability', priced, headerOf('reliability')));
		const gb200 = reliability.filter(
			([name, item]) => name === 'GB200 NVL72' && item === 'assumption'
		);
		const rate = gb200.find((row) => row[2] === 'failure_rate_accelerator')!;
		expect(Number(rate[3])).toBe(priced.workload.operations.failureRates.acceleratorPerHour);
		expect(rate[4]).toBe('1/h');
		expect(gb200.map((row) => row[2])).toContain('interrupting_fraction_hbm_stack');
	});

	it('writes no float noise and keeps counts exact', () => {
		const rows = dataOf(csvOf('training')).filter(([name]) => name === 'GB200 NVL72');
		const value = (quantity: string) => rows.find((row) => row[2] === quantity)?.[3];
		expect(value('time_to_train')).toBe('145000');
		expect(value('step_time')).toBe('12.3');
		expect(value('tokens_per_s')).toBe('1230000');
		expect(value('mfu')).toBe('0.412');
		// 1.23456 MWh = 1.23456 × 3.6e9 J = 4.444416e9 J, shown as 4.44e9
		expect(value('energy')).toBe('4440000000');
		expect(value('chips')).toBe('1152');
	});

	it('neutralises a system name a spreadsheet would run as a formula', () => {
		const hostile = {
			...report,
			systems: [{ ...report.systems[0]!, name: '=HYPERLINK("http://evil")' }]
		};
		const csv = viewToCsv('reliability', hostile, headerOf('reliability'));
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
	});
});

describe('the claims view’s CSV', () => {
	it('holds the claim checks, each with its own scenario, not the hardware table (helper-86)', async () => {
		const { checkClaims } = await import('../../../src/lib/share/claims-check');
		const checks = checkClaims();
		const csv = viewToCsv('claims', report, headerOf('claims', 'en', 'Workload: ignored'), checks);
		const lines = csv.split('\n');
		expect(lines[0]).toContain('View: Claim checks.');
		expect(lines[2]).toBe(
			'# Each claim is checked in its own scenario (its scenario row), not the page’s.'
		);
		expect(lines[4]).toBe('claimed by,item,quantity,value,unit');
		const thirty = checks.find((c) => c.claim.id === 'nvidia-30x')!;
		expect(lines).toContain(`NVIDIA (GTC 2024),nvidia-30x,claimed_ratio,30,ratio`);
		// 30x is claimed at a speed H100 does not reach: no ratio there, and the ratio at the
		// fastest speed both reach, with that speed as its link sets it.
		expect(lines).toContain('NVIDIA (GTC 2024),nvidia-30x,modelled_ratio,,ratio');
		expect(lines).toContain(
			`NVIDIA (GTC 2024),nvidia-30x,fastest_common_target_per_user,${thirty.edge!.userTokensPerS},tokens/s`
		);
		expect(lines).toContain(
			`NVIDIA (GTC 2024),nvidia-30x,modelled_ratio_at_fastest_common_target,${shownPrecision(thirty.edge!.ratio)},ratio`
		);
		expect(lines).toContain(
			`NVIDIA (GTC 2024),nvidia-30x,scenario,${csvField(pinned(thirty.claim.query))},link query`
		);
		// What bounds each system where the ratio is read (helper-88), the reference first.
		expect(lines.filter((line) => /^NVIDIA \(GTC 2024\),nvidia-30x: .*,bound,/.test(line))).toEqual(
			[
				// As the card names it: the claim's H100 board has 72 GPUs (helper-92: "(8 GPU)").
				'NVIDIA (GTC 2024),nvidia-30x: HGX H100 (72 GPU),bound,memory-bandwidth,',
				'NVIDIA (GTC 2024),nvidia-30x: GB200 NVL72,bound,memory-bandwidth,'
			]
		);
		// The card's verdict, one identifier a row, in /validation's classes: the 30x claim cannot
		// be checked at its speed; 33.0 ÷ 30 = 1.10 at the fastest speed both reach (good), but
		// 8.38 and 3.10 just below it are not within 1.25 of 30 (claim-verdict.test.ts).
		const thirtyRows = lines.filter((line) =>
			/^NVIDIA \(GTC 2024\),nvidia-30x,(verdict|within)/.test(line)
		);
		expect(thirtyRows).toEqual([
			'NVIDIA (GTC 2024),nvidia-30x,verdict,not_checkable_at_claimed_target,',
			'NVIDIA (GTC 2024),nvidia-30x,verdict_at_fastest_common_target,good,',
			'NVIDIA (GTC 2024),nvidia-30x,within_1.25x_near_fastest_common_target,fastest_only,'
		]);
		// 1.7 ÷ 1.664 = 1.02 apart: good.
		expect(lines).toContain(
			'Huawei at WAIC; STAR Market Daily via SCMP; SemiAnalysis,huawei-beats-nvl72,verdict,good,'
		);
		const huawei = checks.find((c) => c.claim.id === 'huawei-beats-nvl72')!;
		expect(lines).toContain(
			`Huawei at WAIC; STAR Market Daily via SCMP; SemiAnalysis,huawei-beats-nvl72,verdict_factor_apart,${shownPrecision(1.7 / huawei.modelled!)},ratio`
		);
		// A series claim writes each step (helper-87: its point, left out).
		const series = checks.find((c) => c.steps.length > 0)!;
		const step = series.steps[0]!;
		expect(csv).toContain(
			`,${series.claim.id}: ${series.scenario.systems[step.system]!.name},step_ratio_to_previous,`
		);
		// GB300 NVL72 ÷ HGX B200 falls (0.897×): "each generation" does not hold, though end to end it rises.
		expect(csv).toContain(`,${series.claim.id},verdict,falls_at_a_step,`);
		// Every claim, and no hardware row.
		for (const check of checks) expect(csv).toContain(`,${check.claim.id},claimed_ratio,`);
		// No hardware table row ("GB200 NVL72,,dense_bf16_compute,…"); a claim may name the figure.
		expect(csv).not.toMatch(/^[^,\n]*,,dense_bf16_compute,/m);
		// What each ratio divides, which system by which, and the readings just below the edge, as
		// the card gives them (helper-95: "30 claimed, 33 modelled" read alone).
		expect(lines).toContain(
			'Huawei at WAIC; STAR Market Daily via SCMP; SemiAnalysis,huawei-beats-nvl72,ratio_of,dense_bf16_compute,'
		);
		expect(lines).toContain(
			'NVIDIA (GTC 2024),nvidia-30x,ratio_systems,GB200 NVL72 ÷ HGX H100 (72 GPU),'
		);
		for (const r of thirty.edge!.slower)
			expect(lines).toContain(
				`NVIDIA (GTC 2024),nvidia-30x: at ${r.userTokensPerS} tokens/s per user,modelled_ratio,${shownPrecision(r.ratio!)},ratio`
			);
		expect(lines).toContain(
			`NVIDIA (GTC 2024),nvidia-30x,fastest_common_target_scenario,${csvField(pinned(thirty.edge!.query))},link query`
		);
	});

	it('pins every claim’s links to the model version, as the page’s links are (review item 5)', async () => {
		const { checkClaims } = await import('../../../src/lib/share/claims-check');
		const checks = checkClaims();
		const csv = viewToCsv('claims', report, headerOf('claims'), checks);
		const links = csv
			.split('\n')
			.filter((line) => line.endsWith(',link query'))
			.map((line) => line.split(',').slice(3, -1).join(',').replace(/^"|"$/g, ''));
		// Each claim's scenario, and the fastest common target's where there is one.
		expect(links.length).toBeGreaterThanOrEqual(checks.length);
		for (const link of links) {
			const params = new URLSearchParams(link);
			expect(params.get('m'), link).toBe(MODEL_VERSION);
			expect([...params.keys()].slice(0, 2), link).toEqual(['v', 'm']);
			expect(decodeScenario(link).notices, link).toEqual([]);
		}
	});

	it('tells two copies of one preset apart by their slots (helper-92)', () => {
		// A duplicated system: both rows read "GB200 NVL72" and a script could not tell them apart.
		const twice = 'v=1&a=gb200-nvl72&b=gb200-nvl72&b.chips=144&b.domain=72&c=cloudmatrix-384';
		const decoded = decodeScenario(twice);
		const copies = buildReport(evaluate(decoded.scenario), decoded.scenario, twice, []);
		const systems = viewToCsv('hardware', copies, [])
			.split('\n')
			.slice(1)
			.map((line) => line.split(',')[0]);
		// Every system lettered: a third named "GB200 NVL72 (B)" would have clashed again.
		expect([...new Set(systems)]).toEqual([
			'GB200 NVL72 (A)',
			'GB200 NVL72 (B)',
			'CloudMatrix 384 (C)'
		]);
	});
});

describe('the claims CSV’s verdict rows', () => {
	it('writes every kind of verdict as its identifiers', async () => {
		const {
			HUAWEI_1_7X: huawei,
			NVIDIA_30X: nvidia,
			edgeAt,
			stepsAt
		} = await import('../../fixtures/claim-checks');
		const rowsOf = (check: typeof huawei) =>
			viewToCsv('claims', report, headerOf('claims'), [check])
				.split('\n')
				.filter((line) => /,(verdict|within_1\.25x)[a-z_.0-9]*,/.test(line))
				.map((line) => line.split(',').slice(-3).join(','));
		// 1.7 ÷ 1.1 = 1.55 apart: fair; a modelled 0 is a miss with no factor to write.
		expect(rowsOf({ ...huawei, modelled: 1.1 })).toEqual([
			'verdict,fair,',
			`verdict_factor_apart,${shownPrecision(1.7 / 1.1)},ratio`
		]);
		expect(rowsOf({ ...huawei, modelled: 0 })).toEqual(['verdict,miss,']);
		expect(rowsOf(edgeAt(31, [28, 25]))).toEqual([
			'verdict,not_checkable_at_claimed_target,',
			'verdict_at_fastest_common_target,good,',
			'within_1.25x_near_fastest_common_target,all_readings,'
		]);
		expect(rowsOf(edgeAt(100, [40, 30]))).toEqual([
			'verdict,not_checkable_at_claimed_target,',
			'verdict_at_fastest_common_target,miss,',
			'within_1.25x_near_fastest_common_target,none,'
		]);
		expect(rowsOf({ ...nvidia, edge: null })).toEqual(['verdict,not_checkable,']);
		expect(rowsOf(stepsAt([1.2, 1.1], 1.32))).toEqual(['verdict,rises_at_every_step,']);
		expect(rowsOf(stepsAt([1.2, 0.5], 0.6))).toEqual(['verdict,falls_at_a_step_and_end_to_end,']);
	});
});
