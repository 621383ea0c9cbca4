import { ratio } from '../model/evaluate-hardware';
import { COMPONENT_KINDS, type ComponentCounts } from '../model/reliability/inventory';
import type { Report, SystemReport } from '../share/report';
import { ASSUMPTION, snake, type Row, type Value } from './csv-row';

/*
 * The energy & cost and reliability views' CSV rows (view-csv.ts): every figure their tables
 * show, each ratio to the first system beside the figure it divides, as the tables' last columns.
 */

const perToken = (perMillion: number | null) => (perMillion === null ? null : perMillion / 1e6);
const perMWh = (mwh: number | null) => (mwh === null ? null : mwh * 3.6e9);

/**
 * The item says what a figure counts, as the view's caption does: J per token is IT energy at
 * all-in power, tokens/s per W and a run's energy include PUE (helper-106: the two read alike).
 * The assumptions they rest on follow, so the file reproduces its figures without the link's
 * defaults: PUE and the budget, and the system's price basis.
 */
export function energyRows(s: SystemReport, report: Report): Row[] {
	const e = s.energy;
	const c = s.cost;
	const first = report.systems[0]!;
	const it = 'IT energy (at all-in power)';
	const facility = 'facility energy (PUE included)';
	const cost = 'cost (illustrative)';
	const ops = report.workload.operations;
	const rows: [string, string, Value, string][] = [
		[it, 'input_energy_per_token', e?.inputJPerToken ?? null, 'J'],
		[it, 'output_energy_per_token', e?.outputJPerToken ?? null, 'J'],
		[
			it,
			'output_energy_per_token_ratio_to_first',
			ratio(first.energy?.outputJPerToken ?? null, e?.outputJPerToken ?? null),
			'ratio'
		],
		// tokens/s per MW → per W, the SI base
		[facility, 'input_tokens_per_s_per_w', e ? e.inputTokensPerSPerMW / 1e6 : null, 'tokens/s/W'],
		[facility, 'output_tokens_per_s_per_w', e ? e.outputTokensPerSPerMW / 1e6 : null, 'tokens/s/W']
	];
	// The training run's facility energy and cost, as the view's table shows them (MWh → J).
	if (s.training?.status === 'ok')
		rows.push([facility, 'training_run_energy', perMWh(s.training.energyMWh), 'J']);
	rows.push(...envelopeRows(s, first));
	if (c) {
		const output = (r: SystemReport) => r.cost?.usdPerMillionOutputTokens ?? null;
		rows.push(
			[cost, 'cost_per_chip_hour', c.costPerChipHourUsd, 'USD/h'],
			[cost, 'cost_per_input_token', perToken(c.usdPerMillionInputTokens), 'USD'],
			[cost, 'cost_per_output_token', perToken(c.usdPerMillionOutputTokens), 'USD'],
			[cost, 'cost_per_output_token_ratio_to_first', ratio(output(first), output(s)), 'ratio']
		);
	}
	if (c && s.training?.status === 'ok')
		rows.push([cost, 'training_run_cost', s.training.costUsd, 'USD']);
	rows.push(
		[ASSUMPTION, 'pue', ops.pue, 'ratio'],
		[ASSUMPTION, 'facility_power_budget', ops.facilityBudgetW, 'W']
	);
	if (c) {
		rows.push([ASSUMPTION, 'cost_basis', c.basis, '']);
		const inputs = c.inputs;
		if ('pricePerChipHourUsd' in inputs)
			rows.push([ASSUMPTION, 'rental_price_per_chip_hour', inputs.pricePerChipHourUsd, 'USD/h']);
		else
			rows.push(
				[ASSUMPTION, 'capex_per_chip', inputs.capexPerChipUsd, 'USD'],
				[ASSUMPTION, 'amortisation', inputs.amortisationYears, 'years'],
				[ASSUMPTION, 'power_price', inputs.powerPriceUsdPerKWh, 'USD/kWh']
			);
	}
	return rows.map(([item, quantity, value, unit]) => [s.name, item, quantity, value, unit]);
}

/**
 * The power-envelope table: the whole systems the facility budget holds at its PUE (the
 * assumption rows), their chips, the facility power they draw, their dense compute at the
 * efficiency precision and their output tokens/s at the target.
 */
function envelopeRows(s: SystemReport, first: SystemReport): [string, string, Value, string][] {
	const item = 'power envelope (facility power budget)';
	const v = s.envelope;
	return [
		[item, 'systems_that_fit', v.systems, 'systems'],
		[item, 'chips', v.chips, 'chips'],
		[item, 'facility_power_drawn', v.facilityPowerW, 'W'],
		[item, `dense_${s.efficiency.precision}_compute`, v.denseFlopsPerS, 'FLOP/s'],
		[item, 'output_tokens_per_s', v.tokensPerS, 'tokens/s'],
		[
			item,
			'output_tokens_per_s_ratio_to_first',
			ratio(first.envelope.tokensPerS, v.tokensPerS),
			'ratio'
		]
	];
}

/** Each count of the components table, in its order, by its CSV name. */
const PARTS = {
	accelerators: 'accelerators_per_system',
	hbmStacks: 'hbm_stacks_per_system',
	switchChips: 'switch_chips_per_system',
	opticalTransceivers: 'optical_transceivers_per_system',
	copperLinks: 'copper_links_per_system',
	hostCpus: 'host_cpus_per_system'
} satisfies Record<keyof ComponentCounts, string>;

/**
 * The results table (the ratio, the job's systems and chips, the most frequent cause), the
 * interruptions by cause, the parts per system they rest on, then the assumptions.
 */
export function reliabilityRows(s: SystemReport, report: Report): Row[] {
	const r = s.reliability;
	const first = report.systems[0]!.reliability;
	const rows: [string, Value, string][] = [
		['interruptions_per_day', r.interruptionsPerDay, '1/day'],
		[
			'interruptions_per_day_ratio_to_first',
			ratio(first.interruptionsPerDay, r.interruptionsPerDay),
			'ratio'
		],
		['mean_time_between_interruptions', r.mtbiS, 's'],
		['checkpoint_interval', r.checkpointIntervalS, 's'],
		['goodput', r.goodput, 'fraction'],
		['systems_in_job', r.systems, 'systems'],
		['chips_in_job', r.chipsStoppedPerInterruption, 'chips'],
		['blast_radius', r.blastRadiusChips, 'chips'],
		['most_frequent_cause', snake(r.dominantKind), ''],
		...COMPONENT_KINDS.map((kind): [string, Value, string] => [
			`interruptions_per_day_${snake(kind)}`,
			r.byKindPerDay[kind],
			'1/day'
		]),
		...(Object.keys(PARTS) as (keyof ComponentCounts)[]).map((part): [string, Value, string] => [
			PARTS[part],
			r.components[part],
			'count'
		])
	];
	const ops = report.workload.operations;
	return [
		...rows.map(([quantity, value, unit]): Row => [s.name, '', quantity, value, unit]),
		[s.name, ASSUMPTION, 'checkpoint_write_time', ops.checkpointWriteS, 's'],
		[s.name, ASSUMPTION, 'restart_time', ops.restartS, 's'],
		// Each part's failure rate and the share of its failures that stop the job: what the
		// interruptions rest on ("acceleratorPerHour" → failure_rate_accelerator, per hour).
		...Object.entries(ops.failureRates).map(([part, rate]): Row => [
			s.name,
			ASSUMPTION,
			`failure_rate_${snake(part.replace(/PerHour$/, ''))}`,
			rate,
			'1/h'
		]),
		...Object.entries(ops.interruptingFractions).map(([part, share]): Row => [
			s.name,
			ASSUMPTION,
			`interrupting_fraction_${snake(part)}`,
			share,
			'fraction'
		])
	];
}
