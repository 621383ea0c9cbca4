import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import EnergyCostView, {
	type EnergyCostSettings,
	type EnergySystemView
} from '../../src/lib/ui/energy/EnergyCostView.svelte';
import { findLlmPreset } from '../../src/lib/catalog/llms';
import { formatNumber, formatSi } from '../../src/lib/format/number';
import {
	ILLUSTRATIVE_COST_DEFAULTS,
	costPerChipHourUsd,
	illustrativeCostBasis,
	tokenCosts,
	trainingRunCostUsd,
	type CostBasis
} from '../../src/lib/model/cost';
import {
	DEFAULT_PUE,
	J_PER_MWH,
	powerEnvelope,
	tokenEnergy,
	trainingEnergyJ
} from '../../src/lib/model/energy';
import { unavailable } from '../../src/lib/model/estimate-types';
import { evaluate } from '../../src/lib/model/evaluate';
import { defaultScenario } from '../../src/lib/model/scenario';
import { estimateTraining, type TrainingEstimate } from '../../src/lib/model/training';

const PUE = DEFAULT_PUE.value;
const BUDGET_W = 100e6;
const scenario = defaultScenario();
const evaluation = evaluate(scenario);
const specs = scenario.systems;
const SYSTEMS_JOINED = [16, 3];

/** Serving tokens/s per chip at the operating point: prefill for input, decode for output. */
const serving = evaluation.inference.map((r) => {
	if (r.kind !== 'ok' || !r.atTarget) throw new Error('default scenario serves on both systems');
	return { input: r.prefill.chipTokensPerS.value, output: r.atTarget.decodeChipTokensPerS };
});

const training = specs.map((spec, i) => {
	const r = estimateTraining(spec, {
		model: findLlmPreset('llama-3.1-405b')!.spec,
		tokensToTrain: 15e12,
		globalBatchTokens: 16e6,
		sequenceTokens: 8192,
		precision: 'bf16',
		systems: SYSTEMS_JOINED[i]!,
		layout: null,
		overlap: 0.5
	});
	if (r.kind !== 'training') throw new Error(r.note);
	return r as TrainingEstimate;
});

const envelope = powerEnvelope(BUDGET_W, specs, {
	pue: PUE,
	precision: 'bf16',
	tokensPerSPerChip: serving.map((s) => s.output)
});

const SETTINGS: EnergyCostSettings = {
	pue: PUE,
	facilityBudgetW: BUDGET_W,
	precision: 'bf16',
	costMode: 'ownership',
	amortisationYears: ILLUSTRATIVE_COST_DEFAULTS.amortisationYears,
	powerPriceUsdPerKWh: ILLUSTRATIVE_COST_DEFAULTS.powerPriceUsdPerKWh
};

/** The views as the page builds them from the model, for one pricing mode. */
function views(
	mode: CostBasis['kind'],
	options: { trainingPending?: boolean } = {}
): EnergySystemView[] {
	return specs.map((spec, i) => {
		const basis = mode === 'ownership' ? illustrativeCostBasis(spec.presetId) : null;
		const perHour = basis
			? costPerChipHourUsd(basis, spec.allInPowerPerChipW)
			: unavailable('unknown', 'No price entered.');
		const run = training[i]!;
		return {
			slot: 'ab'[i]!,
			name: spec.name,
			presetId: spec.presetId,
			tokenEnergy: tokenEnergy({
				allInPowerPerChipW: spec.allInPowerPerChipW,
				inputTokensPerSPerChip: serving[i]!.input,
				outputTokensPerSPerChip: serving[i]!.output,
				pue: PUE
			}),
			costPerChipHour: perHour,
			tokenCosts: basis
				? tokenCosts({
						basis,
						allInPowerPerChipW: spec.allInPowerPerChipW,
						inputTokensPerSPerChip: serving[i]!.input,
						outputTokensPerSPerChip: serving[i]!.output
					})
				: perHour.kind === 'unavailable'
					? perHour
					: null,
			trainingEnergyJ: options.trainingPending
				? null
				: trainingEnergyJ(run.chips, spec.allInPowerPerChipW, run.timeToTrainS.value, PUE),
			trainingCostUsd:
				options.trainingPending || perHour.kind !== 'estimate'
					? null
					: trainingRunCostUsd(run.chipSeconds.value, perHour.value),
			envelope: envelope[i]!,
			pricePerChipHourUsd: null,
			capexPerChipUsd: basis?.kind === 'ownership' ? basis.capexPerChipUsd : null
		};
	});
}

function setup(systems: EnergySystemView[], settings = SETTINGS, locale: 'en' | 'zh' = 'en') {
	const callbacks = { onsetting: vi.fn(), oncostmode: vi.fn(), onprice: vi.fn() };
	render(Harness, {
		props: { component: EnergyCostView, locale, props: { systems, settings, ...callbacks } }
	});
	return callbacks;
}

const row = (testId: string, name: string) =>
	within(screen.getByTestId(testId)).getByRole('row', { name: new RegExp(name) });

describe('EnergyCostView', () => {
	it('shows energy per input and output token, tokens/s per facility MW and MWh per run, with units', () => {
		const systems = views('ownership');
		setup(systems);
		const e = systems[0]!.tokenEnergy as ReturnType<typeof tokenEnergy>;
		const gb200 = row('energy-table', 'GB200').textContent ?? '';
		expect(gb200).toContain(formatSi(e.inputJPerToken.value, 'J'));
		expect(gb200).toContain(formatSi(e.outputJPerToken.value, 'J'));
		expect(gb200).toMatch(/\u00a0J/);
		// GB200 NVL72's is the column's largest: 3 digits exactly, as the column writes them ("1.40 M").
		const perMW = e.outputTokensPerSPerMW.value;
		expect(gb200).toContain(`${formatSi(perMW, '', 'en', perMW).trim()}\u00a0tokens/s`);
		expect(gb200).toMatch(/\d\.\d\d\u00a0M\u00a0tokens\/s[\d,]+\u00a0MWh/); // literal: the cell before MWh
		const mwh = (systems[0]!.trainingEnergyJ as { value: number }).value / J_PER_MWH;
		expect(gb200).toContain(`${formatNumber(mwh)}\u00a0MWh`);
		// The reference's own ratio is 1.
		expect(gb200).toContain('1.00×');
	});

	it('states a training run’s energy in its formula in the table’s MWh too', async () => {
		const systems = views('ownership');
		setup(systems);
		const details = screen.getByText('Show the math of these energy figures').closest('details')!;
		(details as HTMLDetailsElement).open = true;
		await fireEvent(details, new Event('toggle')); // jsdom does not fire it itself
		const run = within(details)
			.getAllByTestId('formula')
			.map((m) => m.textContent ?? '')
			.find((text) => text.includes('chips × allInPowerPerChipW × pue × wallTimeS'))!;
		const joules = (systems[0]!.trainingEnergyJ as { value: number }).value;
		// "= 5.80 TJ = 1,610 MWh ✓": the joules the formula gives, then the table's figure.
		expect(run).toContain(
			`= ${formatSi(joules, 'J')} = ${formatNumber(joules / J_PER_MWH)}\u00a0MWh ✓`
		);
	});

	it('writes a column with one SI prefix, its largest figure’s', () => {
		const systems = views('ownership');
		setup(systems);
		const perMW = systems.map(
			(s) => (s.tokenEnergy as ReturnType<typeof tokenEnergy>).outputTokensPerSPerMW.value
		);
		// GB200 NVL72 about 1.45 M output tokens/s per facility MW, CloudMatrix 384 about 627 k: the
		// latter read "627 k" and looked the larger; in the column's M it is "0.6xx M".
		expect(perMW[0]! > 1e6 && perMW[1]! < 1e6).toBe(true);
		const cm384 = row('energy-table', 'CloudMatrix').textContent ?? '';
		expect(cm384).toMatch(/0\.\d{3}\u00a0M\u00a0tokens\/s/);
		expect(cm384).not.toMatch(/\d\u00a0k\u00a0tokens\/s/);
	});

	it('shows what a facility budget holds: whole systems, chips, power and tokens/s', () => {
		setup(views('ownership'));
		const gb200 = row('envelope-table', 'GB200').textContent ?? '';
		// ⌊100 MW ÷ (1.2 × 72 × all-in W)⌋ systems, from the model.
		expect(gb200).toContain(formatNumber(envelope[0]!.systems.value, 'en', 6));
		expect(gb200).toContain(formatNumber(envelope[0]!.chips.value, 'en', 6));
		expect(gb200).toContain(formatSi(envelope[0]!.facilityPowerW.value, 'W'));
		expect(gb200).toMatch(/FLOP\/s/);
		const caption = screen.getByTestId('envelope-table').getAttribute('aria-describedby')!;
		const text = document.getElementById(caption)!.textContent;
		expect(text).toContain('100\u00a0MW of facility power at PUE 1.2');
		// Its tokens/s count the whole deployment, the per-token table's one phase's chips: the
		// figures per MW differ (1.16 M against 1.45 M for GB200) and both captions say why.
		expect(text).toContain('whole deployment at the target speed, prefill chips included');
		expect(screen.getByText(/Each phase is charged its own chips/)).toBeTruthy();
	});

	it('opens the cost and power-envelope figures into their formulas, evaluated back to the shown number', async () => {
		setup(views('ownership'));
		const maths = () => screen.getAllByTestId('formula').map((m) => m.textContent ?? '');
		const costs = screen.getByText('Show the math of these costs').closest('details')!;
		const envelopeMaths = screen
			.getByText('Show the math of the power envelope')
			.closest('details')!;
		// Closed, a disclosure builds nothing; opened, its formulas appear.
		expect(within(costs).queryAllByTestId('formula')).toHaveLength(0);
		for (const details of [costs, envelopeMaths]) {
			(details as HTMLDetailsElement).open = true;
			await fireEvent(details, new Event('toggle')); // jsdom does not fire it itself
		}
		// GB200 NVL72, ownership: $2.5M ÷ 72 = $34,722 per chip ÷ (4 × 8,766 h) = $0.990/h, plus
		// 145 kW ÷ 72 = 2,014 W × PUE 1.2 ÷ 1,000 × $0.08/kWh = $0.193/h; total $1.18 per chip-hour.
		// The watts are written in W, as the symbol names them: "2.01 kW × 1.2 ÷ 1,000" read as if
		// 1,000 times too small.
		const perHour = within(costs).getAllByTestId('formula')[0]!.textContent ?? '';
		expect(perHour).toContain('GB200 NVL72: USD per chip-hour');
		expect(perHour).toContain('capexPerChipUsd ÷ (amortisationYears × 8,766)');
		expect(perHour).toContain('= $34.7K ÷ (4 × 8,766) + 2,014\u00a0W × 1.2 ÷ 1,000 × $0.08');
		expect(perHour).toContain('= $1.18 ✓');
		const systemsFit = within(envelopeMaths).getAllByTestId('formula')[0]!.textContent ?? '';
		expect(systemsFit).toContain('⌊facilityBudgetW ÷ (pue × chipsPerSystem × allInPowerPerChipW)⌋');
		expect(systemsFit).toContain(`= ${formatNumber(envelope[0]!.systems.value, 'en')}`);
		expect(maths().length).toBeGreaterThan(10);
	});

	it('labels every cost default as illustrative, in visible text', () => {
		setup(views('ownership'));
		const banner = screen.getByTestId('cost-illustrative').textContent ?? '';
		expect(banner).toContain('Illustrative');
		expect(banner).toContain('not a quote or a fact');
		// Purchase prices from press reports, amortisation and power price: each badged.
		const capex = screen.getByLabelText(
			'GB200 NVL72: purchase price per chip (USD)'
		) as HTMLInputElement;
		// $2.5M ÷ 72 = $34,722.2, shown to 4 significant digits with separators, as the page prints
		expect(capex.value).toBe('34,720');
		const basis = document.getElementById(capex.getAttribute('aria-describedby')!)!;
		expect(basis.textContent).toContain('Illustrative');
		expect(basis.textContent).toContain('not a quote');
		expect(screen.getAllByText('Illustrative').length).toBeGreaterThanOrEqual(5);
		// PUE is a labelled assumption.
		expect(screen.getByText('assumption')).toBeTruthy();
	});

	it('shows dollars per million tokens and per training run from the illustrative prices', () => {
		const systems = views('ownership');
		setup(systems);
		const costs = systems[0]!.tokenCosts as ReturnType<typeof tokenCosts>;
		const gb200 = row('cost-table', 'GB200').textContent ?? '';
		const usd = (v: number) =>
			new Intl.NumberFormat('en', {
				style: 'currency',
				currency: 'USD',
				notation: 'compact',
				maximumSignificantDigits: 3
			}).format(v);
		expect(gb200).toContain(usd(costs.costPerChipHourUsd.value));
		expect(gb200).toContain(usd(costs.usdPerMillionOutputTokens.value));
		expect(gb200).toContain(usd((systems[0]!.trainingCostUsd as { value: number }).value));
		expect(gb200).toMatch(/\$[\d.]+M/);
		// Output tokens are priced on the decode chips here, and the inference view's cost curve
		// charges every chip to them: the two are named apart, and the caption says why they differ
		// (helper-127: both read "USD per million output tokens", $0.0989 against $0.124).
		const headers = [...screen.getByTestId('cost-table').querySelectorAll('th')].map(
			(th) => th.textContent ?? ''
		);
		expect(headers).toContain('USD per million output tokens (decode chips)');
		expect(headers).toContain('USD per million input tokens (prefill chips)');
		expect(screen.getByText(/the inference view’s cost curve charges every chip/)).toBeTruthy();
	});

	it('asks for a price instead of inventing one when renting', () => {
		setup(views('rental'), { ...SETTINGS, costMode: 'rental' });
		expect(row('cost-table', 'GB200').textContent).toContain('enter a price');
		expect(screen.getByLabelText('GB200 NVL72: price per chip-hour (USD)')).toBeTruthy();
		expect(screen.getAllByText(/No default: Rackscale has no price/)).toHaveLength(2);
		// Ownership-only inputs are gone.
		expect(
			screen.queryByLabelText('Amortisation period', { selector: 'input[type=text]' })
		).toBeNull();
	});

	it('says a system without a rental price costs its ownership estimate until it has one', () => {
		const [gb200, cm384] = views('ownership');
		setup([{ ...gb200!, pricePerChipHourUsd: 3 }, cm384!], { ...SETTINGS, costMode: 'rental' });
		expect(screen.getAllByText(/^No rental price/).map((p) => p.textContent?.trim())).toEqual([
			'No rental price: the costs below are its ownership estimate until you enter one.'
		]);
		expect(screen.getByText('Your price.')).toBeTruthy();
		// The table's ratio sets A's rental price against B's ownership cost: said below it.
		expect(screen.getByTestId('cost-mixed').textContent).toBe(
			'Different bases: A at a rental price, B at the ownership estimate. Ratios between them set a rental price against an ownership cost.'
		);
		// B's ownership estimate is shown: the inputs behind it stay in reach while renting.
		expect(
			screen.getByLabelText('Amortisation period', { selector: 'input[type=text]' })
		).toBeTruthy();
		cleanup();
		setup(views('ownership'));
		expect(screen.queryByTestId('cost-mixed')).toBeNull();
	});

	it('calls the costs illustrative only while one rests on a default price or setting', () => {
		const caption = () =>
			document.getElementById(screen.getByTestId('cost-table').getAttribute('aria-describedby')!)!
				.textContent;
		// Owning at the press-reported prices and the round amortisation and power price.
		setup(views('ownership'));
		expect(caption()).toMatch(/^From the prices above: illustrative, not quotes/);
		expect(screen.queryByTestId('cost-illustrative')).not.toBeNull();
		cleanup();
		// Renting at prices the reader entered for both systems: nothing illustrative is left.
		const [gb200, cm384] = views('ownership');
		const rented = [
			{ ...gb200!, pricePerChipHourUsd: 3 },
			{ ...cm384!, pricePerChipHourUsd: 2 }
		];
		setup(rented, { ...SETTINGS, costMode: 'rental' });
		expect(caption()).toMatch(/^From the prices you entered above: model estimates, not quotes/);
		// Nor does the banner say every price is a placeholder (helper-91).
		expect(screen.queryByTestId('cost-illustrative')).toBeNull();
		cleanup();
		// One system falls back to its ownership estimate at the illustrative defaults.
		setup([rented[0]!, cm384!], { ...SETTINGS, costMode: 'rental' });
		expect(caption()).toMatch(/illustrative/);
		cleanup();
		// Owning at the reader's own purchase prices, amortisation and power price.
		setup(
			[
				{ ...gb200!, capexPerChipUsd: 40_000 },
				{ ...cm384!, capexPerChipUsd: 20_000 }
			],
			{ ...SETTINGS, amortisationYears: 5, powerPriceUsdPerKWh: 0.1 }
		);
		expect(caption()).toMatch(/^From the prices you entered above/);
		cleanup();
		// Renting with no price at all: nothing was entered, and nothing is costed (helper-87).
		setup(views('rental'), { ...SETTINGS, costMode: 'rental' });
		expect(caption()).toMatch(/^From the prices above: illustrative/);
		expect(screen.queryByTestId('cost-illustrative')).not.toBeNull();
	});

	it('says "computing…" where the training run is not ready, and shows the rest', () => {
		setup(views('ownership', { trainingPending: true }));
		const gb200 = row('energy-table', 'GB200').textContent ?? '';
		expect(gb200).toContain('computing…');
		expect(gb200).toMatch(/\u00a0J/);
		expect(row('cost-table', 'GB200').textContent).toContain('computing…');
	});

	it('says why a system has no per-token figures, below the table (they read "no figure for this case")', () => {
		const [gb200, cm384] = views('ownership');
		const reason = 'does not fit (needs at least 10 chips; 8 in this system).';
		setup([gb200!, { ...cm384!, whyNoServing: reason }]);
		const why = screen.getAllByTestId('energy-why');
		expect(why.map((p) => p.textContent)).toEqual([
			`B: ${cm384!.name} has no per-token figures: ${reason}`
		]);
	});

	it('gives why a run has no energy or cost as a sentence of its own (helper-153)', () => {
		const [gb200, cm384] = views('ownership');
		// The training view's reason, as whyNoTrainingText words it: a capitalised sentence. It was
		// spliced in after a colon ("…energy or cost: No layout tried…").
		const reason =
			'No layout tried on 8 chips fits in HBM: join more systems or use a smaller model.';
		const systems = [
			{ ...gb200!, trainingNeverFinishes: true },
			{ ...cm384!, whyNoTraining: reason }
		];
		setup(systems);
		expect(screen.getAllByTestId('energy-why-training').map((p) => p.textContent)).toEqual([
			'A: GB200 NVL72 has no training-run energy or cost. With interruptions counted, the run never finishes (they arrive faster than it can checkpoint and restart; see Reliability).',
			`B: CloudMatrix 384 has no training-run energy or cost. ${reason}`
		]);
		cleanup();
		const zhReason = '在 8 颗芯片上尝试的布局都装不进 HBM：请互连更多系统或换用更小的模型。';
		setup([systems[0]!, { ...cm384!, whyNoTraining: zhReason }], SETTINGS, 'zh');
		expect(screen.getAllByTestId('energy-why-training').map((p) => p.textContent)).toEqual([
			'A：GB200 NVL72 没有训练运行的能耗与成本数据。计入中断后，这次运行永远无法完成（中断来得比检查点与重启更快；见“可靠性”）。',
			`B：CloudMatrix 384 没有训练运行的能耗与成本数据。${zhReason}`
		]);
	});

	it('passes input changes on in SI units and USD', async () => {
		const callbacks = setup(views('ownership'));
		const pue = screen.getByLabelText('PUE (facility power ÷ IT power)', {
			selector: 'input[type=text]'
		});
		await fireEvent.focus(pue);
		await fireEvent.input(pue, { target: { value: '1.3' } });
		expect(callbacks.onsetting).toHaveBeenCalledWith('pue', 1.3);

		const budget = screen.getByLabelText('Facility power budget', { selector: 'input[type=text]' });
		await fireEvent.focus(budget);
		await fireEvent.input(budget, { target: { value: '50' } });
		expect(callbacks.onsetting).toHaveBeenCalledWith('facilityBudgetW', 50e6);

		await fireEvent.change(
			screen.getByLabelText('CloudMatrix 384: purchase price per chip (USD)', { exact: false }),
			{
				target: { value: '30000' }
			}
		);
		expect(callbacks.onprice).toHaveBeenCalledWith(1, 'capexPerChipUsd', 30000);
		// Emptied, the field goes back to nothing entered (a link's capex_usd=none: the
		// illustrative figure), not "'' is not a number; kept …".
		await fireEvent.change(
			screen.getByLabelText('CloudMatrix 384: purchase price per chip (USD)', { exact: false }),
			{ target: { value: '  ' } }
		);
		expect(callbacks.onprice).toHaveBeenLastCalledWith(1, 'capexPerChipUsd', null);
		expect(document.body.textContent).not.toContain('kept');
		// The value in use did not change (it was the illustrative one): the box shows it again
		// rather than stay empty beside it (helper-107).
		const capex = screen.getByLabelText('CloudMatrix 384: purchase price per chip (USD)', {
			exact: false
		}) as HTMLInputElement;
		await vi.waitFor(() => expect(capex.value).not.toBe(''));
		// 21,354.17 with the field's 4 significant digits.
		const inUse = views('ownership')[1]!.capexPerChipUsd!;
		expect(Number(capex.value.replace(/,/g, ''))).toBe(Number(inUse.toPrecision(4)));

		await fireEvent.click(screen.getByLabelText('Rent: a price per chip-hour (power included)'));
		expect(callbacks.oncostmode).toHaveBeenCalledWith('rental');
	});

	it('speaks Chinese', () => {
		setup(views('ownership'), SETTINGS, 'zh');
		expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('能耗与成本');
		expect(screen.getByTestId('cost-illustrative').textContent).toContain('示意值');
		// Units too: the power price in 美元/千瓦时, not "USD/kWh".
		expect(document.body.textContent).toContain('美元/千瓦时');
		expect(document.body.textContent).not.toContain('USD/kWh');
	});
});
