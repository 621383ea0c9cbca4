import { csvField } from '../share/export';
import { PRECISIONS } from '../model/precision';
import type { View } from '../share/codec';
import type { Report, SystemReport } from '../share/report';
import type { ClaimCheck } from '../share/claims-check';
import { claimVerdict, STEP_HOLDS, type ClaimVerdict } from '../share/claim-verdict';
import { VALIDATION_LIMITS } from '../content/validation-class';
import type { MessageKey } from '../i18n';
import { nameAtChips } from './system-name';
import { pinnedToModel } from '../share/pin-model';
import { ASSUMPTION, type Row, type Value } from './csv-row';
import { energyRows, reliabilityRows } from './operations-csv';

/**
 * The CSV of the view that is open (issue 14): the frontier points on the inference view, the
 * training figures on training, and so on; the claim checks on the claims view.
 * One tidy row per figure: system, item (a frontier point, "at target", …), quantity, value and
 * its SI unit. Values are rounded to the 3 significant digits the page shows (no float noise such
 * as 145000.08000000002); counts stay exact. Names pass through csvField, which neutralises
 * spreadsheet formulas.
 */

/** Units whose values are counts: written exactly. */
const COUNTS = new Set(['chips', 'systems', 'sequences', 'tokens', 'count']);

/** As shown: 3 significant digits (145000.08 → 145000, 0.0067449 → 0.00674). */
export function shownPrecision(value: number, digits = 3): number {
	return Number.isFinite(value) ? Number(value.toPrecision(digits)) : value;
}

const cell = (value: Value, unit: string, item: string): Value =>
	typeof value === 'number' && !COUNTS.has(unit) && item !== ASSUMPTION
		? shownPrecision(value)
		: value;

/**
 * The CSV's name of each hardware figure, keyed by the comparison row it is (MetricId), at the
 * efficiency rows' precision `p`: its ratio to the first system is written under the same name
 * ("hbm_capacity_ratio_to_first", not the model's "hbmBytes_ratio_to_first"), and a claim names
 * the figure its ratio divides by it.
 */
function hardwareNames(p: string): Record<string, string> {
	return {
		...Object.fromEntries(PRECISIONS.map((q) => [`denseFlopsPerS.${q}`, `dense_${q}_compute`])),
		hbmBytes: 'hbm_capacity',
		hbmBytesPerS: 'hbm_bandwidth',
		scaleUpBytesPerS: 'scale_up_bandwidth',
		scaleOutBytesPerS: 'scale_out_bandwidth',
		allInPowerW: 'all_in_power',
		flopsPerSPerW: `${p}_compute_per_all_in_watt`,
		wattsPerFlopsPerS: `all_in_power_per_${p}_flop_per_s`,
		hbmBytesPerFlop: 'hbm_bytes_per_flop',
		hbmBytesPerChip: 'hbm_capacity_per_chip',
		chipPowerW: 'accelerator_power_per_chip',
		allInPowerPerChipW: 'all_in_power_per_chip'
	};
}

function hardwareRows(s: SystemReport): Row[] {
	const a = s.aggregate;
	const e = s.efficiency;
	const names = hardwareNames(e.precision);
	// Every precision, a chip without one as no value ("—" on the page), beside its ratio.
	const figures: [metric: string, value: Value, unit: string][] = [
		...PRECISIONS.map((q): [string, Value, string] => [
			`denseFlopsPerS.${q}`,
			a.denseFlopsPerS[q] ?? null,
			'FLOP/s'
		]),
		['hbmBytes', a.hbmBytes, 'B'],
		['hbmBytesPerS', a.hbmBytesPerS, 'B/s'],
		['scaleUpBytesPerS', a.scaleUpBytesPerS, 'B/s'],
		['scaleOutBytesPerS', a.scaleOutBytesPerS, 'B/s'],
		['allInPowerW', a.powerW, 'W'],
		['flopsPerSPerW', e.flopsPerSPerW, 'FLOP/s/W'],
		['wattsPerFlopsPerS', e.wattsPerFlopsPerS, 'W/(FLOP/s)'],
		['hbmBytesPerFlop', e.hbmBytesPerFlop, 'B/FLOP'],
		['hbmBytesPerChip', e.hbmBytesPerChip, 'B'],
		['chipPowerW', e.chipPowerW, 'W'],
		['allInPowerPerChipW', e.allInPowerPerChipW, 'W']
	];
	return figures.flatMap(([metric, value, unit]): Row[] => [
		[s.name, '', names[metric]!, value, unit],
		[s.name, '', `${names[metric]}_ratio_to_first`, s.ratioToFirst[metric] ?? null, 'ratio']
	]);
}

function inferenceRows(s: SystemReport): Row[] {
	const i = s.inference;
	const rows: Row[] = [];
	const at = i.atTarget;
	if (at)
		rows.push(
			[s.name, 'at target', 'output_tokens_per_s_per_chip', at.chipTokensPerS, 'tokens/s'],
			[s.name, 'at target', 'tokens_per_s_per_user', at.userTokensPerS, 'tokens/s'],
			[s.name, 'at target', 'batch', at.batch, 'sequences'],
			[s.name, 'at target', 'bound', at.bound, ''],
			[s.name, 'at target', 'serving_mode', at.mode, ''],
			[s.name, 'at target', 'prefill_pool_chips', at.pools.prefillChips, 'chips'],
			[s.name, 'at target', 'decode_pool_chips', at.pools.decodeChips, 'chips'],
			// The chips output_tokens_per_s_per_chip is over (whole copies only), as the page says.
			[s.name, 'at target', 'chips_in_use', at.chipsInUse, 'chips'],
			[s.name, 'at target', 'ttft', at.ttftS, 's'],
			[s.name, 'at target', 'layout', JSON.stringify(at.layout), ''],
			[s.name, 'at target', 'placement', JSON.stringify(at.placement), '']
		);
	else rows.push([s.name, 'at target', 'none', i.atTargetReason, '']);
	rows.push(
		[s.name, 'at target', 'per_chip_ratio_to_first', i.ratioToFirstPerChip, 'ratio'],
		[s.name, 'at target', 'per_watt_ratio_to_first', i.ratioToFirstPerWatt, 'ratio']
	);
	i.frontier.forEach((p, n) => {
		const item = `frontier point ${n + 1}`;
		rows.push(
			[s.name, item, 'tokens_per_s_per_user', p.userTokensPerS, 'tokens/s'],
			[s.name, item, 'output_tokens_per_s_per_chip', p.chipTokensPerS, 'tokens/s'],
			[s.name, item, 'batch', p.batch, 'sequences'],
			[s.name, item, 'layout', JSON.stringify(p.layout), ''],
			[s.name, item, 'serving_mode', p.mode, ''],
			[s.name, item, 'bound', p.bound, '']
		);
	});
	return rows;
}

function trainingRows(s: SystemReport): Row[] {
	const t = s.training;
	if (!t) return [[s.name, '', 'training', 'not computed', '']];
	const rows: [string, Value, string][] = [
		['status', t.reason ?? t.status, ''],
		['chips', t.chips, 'chips'],
		['systems_joined', t.systemsJoined, 'systems'],
		['precision', t.precision, ''],
		['layout', t.layout ? JSON.stringify(t.layout) : null, ''],
		['step_time', t.stepS, 's'],
		['bound', t.bound, ''],
		['mfu', t.mfu, 'fraction'],
		['tokens_per_s', t.tokensPerS, 'tokens/s'],
		['time_to_train', t.timeToTrainS, 's'],
		['time_to_train_with_failures', t.timeToTrainWithFailuresS, 's'],
		['chip_hours', t.chipHours, 'h'],
		['energy', t.energyMWh === null ? null : t.energyMWh * 3.6e9, 'J'],
		['cost', t.costUsd, 'USD']
	];
	return rows.map(([quantity, value, unit]) => [s.name, '', quantity, value, unit]);
}

/**
 * One claim's check: who claimed it, its id, the claimed and modelled ratios, the ratio at the
 * fastest speed both systems reach when the claim's is beyond one, and the scenario it is checked
 * in (its own link query, not the page's).
 */
function claimRows(check: ClaimCheck): Row[] {
	const { claim, edge } = check;
	const row = (quantity: string, value: Value, unit: string): Row => [
		claim.who.en,
		claim.id,
		quantity,
		value,
		unit
	];
	const spec = claim.check;
	return [
		row('claimed_ratio', claim.claimed, 'ratio'),
		// What the ratio divides, and which system by which (the card's "… , B ÷ A").
		row(
			'ratio_of',
			spec.kind === 'inference-per-chip'
				? 'output_tokens_per_s_per_chip_at_target'
				: (hardwareNames(check.scenario.efficiencyPrecision)[spec.metric] ?? spec.metric),
			''
		),
		row(
			'ratio_systems',
			`${claimSystemName(check, spec.system)} ÷ ${claimSystemName(check, 0)}`,
			''
		),
		row('modelled_ratio', check.modelled, 'ratio'),
		// The card's verdict line as an identifier (the factor the class rests on in the next row).
		...verdictRows(claimVerdict(check), row),
		...(edge
			? [
					// As its link sets it (15.68, not 15.7): the target to open it at.
					row('fastest_common_target_per_user', String(edge.userTokensPerS), 'tokens/s'),
					row('modelled_ratio_at_fastest_common_target', edge.ratio, 'ratio'),
					// The readings just below it, as the card gives them: how steep the ratio is there
					// (33x at the edge read alone as "30x claimed, 33x modelled", helper-95).
					...edge.slower.map((r): Row => [
						claim.who.en,
						`${claim.id}: at ${r.userTokensPerS} tokens/s per user`,
						'modelled_ratio',
						r.ratio,
						'ratio'
					]),
					row('fastest_common_target_scenario', pinnedToModel(edge.query), 'link query')
				]
			: []),
		// A claim about every step of a series: each system ÷ the one before it, by name.
		...check.steps.map(({ system, ratio }): Row => [
			claim.who.en,
			`${claim.id}: ${claimSystemName(check, system)}`,
			'step_ratio_to_previous',
			ratio,
			'ratio'
		]),
		// What bounds each system where the ratio is read (an inference claim).
		...check.bounds.map(({ system, bound }): Row => [
			claim.who.en,
			`${claim.id}: ${claimSystemName(check, system)}`,
			'bound',
			bound,
			''
		]),
		// Pinned to this model, as the page's links are: opened after it changes, the page says so.
		row('scenario', pinnedToModel(claim.query), 'link query')
	];
}

/**
 * The card's verdict as identifiers, one value a row. `verdict`: the validation classes (good,
 * fair, miss, as /validation and `npm run validate` write them) for a modelled ratio, with
 * `verdict_factor_apart`; `not_checkable_at_claimed_target` where a system cannot reach the
 * claim's speed, with the class at the fastest speed both reach and whether the readings 5% and
 * 20% slower agree too (`all_readings`), or only the fastest (`fastest_only`: the ratio falls
 * fast below it) or `none`; `not_checkable` without a point at all; a series claim's
 * `rises_at_every_step`, `falls_at_a_step` (it still rises end to end) or
 * `falls_at_a_step_and_end_to_end`, or `falls_at_a_step_no_end_to_end_figure` (a system without one).
 */
function verdictRows(
	verdict: ClaimVerdict,
	row: (quantity: string, value: Value, unit: string) => Row
): Row[] {
	switch (verdict.kind) {
		case 'none':
			return [];
		case 'steps':
			return [row('verdict', STEP_HOLDS[verdict.holds], '')];
		case 'unchecked':
			return [row('verdict', 'not_checkable', '')];
		case 'compared':
			return [
				row('verdict', verdict.class, ''),
				...(verdict.factor === null ? [] : [row('verdict_factor_apart', verdict.factor, 'ratio')])
			];
		case 'edge':
			return [
				row('verdict', 'not_checkable_at_claimed_target', ''),
				row('verdict_at_fastest_common_target', verdict.class, ''),
				// Named by the limit it tests, read from the one rule (validation-class.ts).
				row(
					`within_${VALIDATION_LIMITS.good}x_near_fastest_common_target`,
					verdict.nearEdge.replace('-', '_'),
					''
				)
			];
	}
}

/** As the claim card names it: a preset's bracketed count set to its chips ("HGX H100 (72 GPU)"). */
function claimSystemName(check: ClaimCheck, system: number): string {
	const spec = check.scenario.systems[system];
	return spec ? nameAtChips(spec.name, spec.chips, 'en') : String(system);
}

/**
 * The systems with names the CSV tells apart: when two share a name (a duplicated preset), every
 * system gets its slot's letter, "Vera Rubin NVL72 (B)", as the page's "(A)" and "(B)". Every one,
 * not the two alone: a third system named "Vera Rubin NVL72 (B)" would otherwise clash again.
 */
function distinctlyNamed(systems: readonly SystemReport[]): readonly SystemReport[] {
	const clash = new Set(systems.map((s) => s.name)).size < systems.length;
	return clash
		? systems.map((s, i) => ({ ...s, name: `${s.name} (${String.fromCharCode(65 + i)})` }))
		: systems;
}

const ROWS: Record<Exclude<View, 'claims'>, (s: SystemReport, report: Report) => Row[]> = {
	hardware: hardwareRows,
	inference: inferenceRows,
	training: trainingRows,
	energy: energyRows,
	reliability: reliabilityRows
};

/**
 * The CSV's header lines, in the page's language (`t`); its column and quantity names stay English
 * identifiers, for the scripts that read it. `workload` is the caption naming the LLM workload;
 * the claims view says instead that each claim is checked in its own scenario.
 */
export function csvHeader(
	view: View,
	modelVersion: string,
	workload: string,
	link: string,
	t: (key: MessageKey, params?: Record<string, string>) => string
): string[] {
	return [
		t('csv.title', { version: modelVersion, view: t(`view.${view}`) }),
		t('csv.rounding'),
		view === 'claims' ? t('csv.claimsScenario') : workload,
		t('csv.scenario', { link })
	];
}

/**
 * A header line as a comment ("# …", read as one by pandas' comment='#'), on one line. A line with
 * a cell a spreadsheet would run (a link's model name "x,=1+2" splits at the comma into "=1+2")
 * is quoted whole as one cell instead.
 */
function headerLine(text: string): string {
	const line = `# ${text.replace(/[\r\n]+/g, ' ')}`;
	return /,\s*[=+\-@\t]/.test(line) ? csvField(line) : line;
}

/**
 * The open view as CSV under its `header` lines (csvHeader). The claims view writes `claims`
 * (checkClaims()), each in its own scenario: who claimed it in the first column, the claim's id as
 * the item.
 */
export function viewToCsv(
	view: View,
	report: Report,
	header: readonly string[],
	claims: readonly ClaimCheck[] = []
): string {
	const rows =
		view === 'claims'
			? claims.flatMap(claimRows)
			: distinctlyNamed(report.systems).flatMap((s) => ROWS[view](s, report));
	return [
		...header.map(headerLine),
		[view === 'claims' ? 'claimed by' : 'system', 'item', 'quantity', 'value', 'unit']
			.map(csvField)
			.join(','),
		...rows.map(([system, item, quantity, value, unit]) =>
			[system, item, quantity, cell(value, unit, item), unit].map(csvField).join(',')
		)
	].join('\n');
}
