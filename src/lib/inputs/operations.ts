import type { Bounds } from '../model/bounds';
import { DEFAULT_OPERATIONS, type Operations } from '../model/deployment';
import { COMPONENT_KINDS, type ComponentKind } from '../model/reliability/inventory';
import type { FailureRates } from '../model/reliability/rates';
import { MEGA } from '../model/units';
import { normalizeInputs, numberInput, type InputUnit, type NumberInput } from './schema';

/**
 * Facility, money and failure inputs shared by every system (link keys `o.*`). Where the link
 * and the sliders once had different limits, the slider's won: every link the app wrote came
 * from a slider, and the reliability model is tested finite inside them.
 */
const FAILURE_RATE: Bounds = {
	/** Per component-hour: from one failure per 1e12 h to one per 100 h. */
	min: 1e-12,
	max: 1e-2,
	log: true
};
/** At least 1 %: Huawei's ">99 % of optical faults tolerated" claim is the lower end. */
const INTERRUPTING_FRACTION: Bounds = { min: 0.01, max: 1, log: false };

const RATE_FIELDS = Object.keys(DEFAULT_OPERATIONS.failureRates) as (keyof FailureRates)[];

const operation = (
	key: string,
	field: keyof Operations,
	label: string,
	unit: InputUnit,
	bounds: Bounds,
	scale = 1
): NumberInput =>
	numberInput({
		key,
		path: `operations.${field}`,
		unit,
		scale,
		bounds,
		label,
		default: DEFAULT_OPERATIONS[field] as number
	});

/** In link order. */
export const OPERATION_INPUTS: readonly NumberInput[] = [
	operation('o.pue', 'pue', 'energy.pue', '', { min: 1, max: 3, log: false }),
	operation(
		'o.budget_mw',
		'facilityBudgetW',
		'energy.budget',
		'MW',
		{
			min: 1e3,
			max: 1e10,
			log: true
		},
		MEGA
	),
	operation('o.usd_kwh', 'powerPriceUsdPerKWh', 'cost.field.powerPriceUsdPerKWh', 'USD/kWh', {
		min: 0,
		max: 2,
		log: false
	}),
	operation('o.amort_y', 'amortisationYears', 'cost.field.amortisationYears', 'years', {
		min: 0.5,
		max: 15,
		log: false
	}),
	operation('o.ckpt_s', 'checkpointWriteS', 'reliability.field.checkpointWriteS', 's', {
		min: 1,
		max: 3_600,
		log: true
	}),
	operation('o.restart_s', 'restartS', 'reliability.field.restartS', 's', {
		min: 0,
		max: 86_400,
		log: false
	}),
	...RATE_FIELDS.map((field) =>
		numberInput({
			key: `o.rate.${field}`,
			path: `operations.failureRates.${field}`,
			unit: '/h',
			bounds: FAILURE_RATE,
			label: `reliability.rate.${field}`,
			default: DEFAULT_OPERATIONS.failureRates[field]
		})
	),
	...COMPONENT_KINDS.map((kind) =>
		numberInput({
			key: `o.frac.${kind}`,
			path: `operations.interruptingFractions.${kind}`,
			unit: '',
			bounds: INTERRUPTING_FRACTION,
			label: `reliability.fraction.${kind}`,
			default: DEFAULT_OPERATIONS.interruptingFractions[kind]
		})
	)
];

const byPath = new Map(OPERATION_INPUTS.map((input) => [input.path, input]));

/** The declaration of one operations input, e.g. `operationInput('checkpointWriteS')`. */
export function operationInput(
	field: Exclude<keyof Operations, 'failureRates' | 'interruptingFractions'>
): NumberInput {
	return byPath.get(`operations.${field}`)!;
}
export const failureRateInput = (field: keyof FailureRates): NumberInput =>
	byPath.get(`operations.failureRates.${field}`)!;
export const interruptingFractionInput = (kind: ComponentKind): NumberInput =>
	byPath.get(`operations.interruptingFractions.${kind}`)!;

/** Every operations input clamped into its declaration; anything missing takes its default. */
export function normalizeOperations(o: Partial<Operations> | undefined): Operations {
	const src = { ...DEFAULT_OPERATIONS, ...o };
	// Only declared fields: a damaged import's extra keys would travel in every saved scenario.
	const operations = pick(src, Object.keys(DEFAULT_OPERATIONS) as (keyof Operations)[]);
	operations.failureRates = pick(
		{ ...DEFAULT_OPERATIONS.failureRates, ...src.failureRates },
		RATE_FIELDS
	);
	operations.interruptingFractions = pick(
		{ ...DEFAULT_OPERATIONS.interruptingFractions, ...src.interruptingFractions },
		COMPONENT_KINDS
	);
	return normalizeInputs({ operations }, OPERATION_INPUTS).operations;
}

function pick<T extends object>(o: T, keys: readonly (keyof T)[]): T {
	return Object.fromEntries(keys.map((k) => [k, o[k]])) as T;
}
