import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLM_PRESETS } from '../../../src/lib/catalog/llms';
import { SYSTEM_INPUTS } from '../../../src/lib/inputs/system';
import { COUNT_KEYS, DEFAULT_OPERATIONS, type Operations } from '../../../src/lib/model/deployment';
import {
	DEFAULT_EFFICIENCIES,
	type Efficiencies
} from '../../../src/lib/model/inference/efficiencies';
import { LLM_EDITABLE_FIELDS } from '../../../src/lib/model/llm-edit';
import { COMPONENT_KINDS } from '../../../src/lib/model/reliability/inventory';
import { DEFAULT_FAILURE_RATES } from '../../../src/lib/model/reliability/rates';
import type { SystemNumberField } from '../../../src/lib/model/system';
import { Comparison } from '../../../src/lib/state/comparison.svelte';
import {
	resetComponents,
	resetEfficiencies,
	resetFailureRates,
	resetModel,
	setCapex,
	setComponentCount,
	setEfficiency,
	setFailureRate,
	setInterruptingFraction,
	setJoined,
	setModel,
	setModelField,
	setOperation,
	setRentalPrice,
	setServingField,
	setServingLengths,
	setServingMode,
	setServingPrecision,
	setTraining,
	setTrainingLayout
} from '../../../src/lib/state/scenario-edits';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/**
 * What the page computes is what its link shows: after any edits made through the page's own
 * setters (hardware, deployment, serving and the served model's shape, training and its layout,
 * operations, failure rates and efficiencies; names; values inside, at and past the limits, zero,
 * negatives; words outside their lists), the link the page writes reads
 * back to the same scenario with no notice. A setter that skips a rule the decoder applies (a
 * domain larger than the system, all-in power below the chip's) fails here: the sender computed
 * one thing and the reader would see another, with a notice the sender never saw.
 */
/** The fields each setter takes, from the project's own declarations: a new one is covered too. */
const SYSTEM_FIELDS = SYSTEM_INPUTS.map((input) => input.path).filter(
	(path): path is SystemNumberField => !path.startsWith('denseFlopsPerS.')
);
const OPERATION_FIELDS = (Object.keys(DEFAULT_OPERATIONS) as (keyof Operations)[]).filter(
	(key): key is Exclude<keyof Operations, 'failureRates' | 'interruptingFractions'> =>
		typeof DEFAULT_OPERATIONS[key] === 'number'
);
const EFFICIENCY_FIELDS = Object.keys(DEFAULT_EFFICIENCIES) as (keyof Efficiencies)[];
const FAILURE_RATE_FIELDS = Object.keys(
	DEFAULT_FAILURE_RATES
) as (keyof typeof DEFAULT_FAILURE_RATES)[];
const MODEL_FIELDS = LLM_EDITABLE_FIELDS.map((f) => f.key);
const PRECISION_WORDS = ['bf16', 'fp8', 'fp4', 'int8', 'auto', 'fp16', ''] as const;

/** Numbers a link holds exactly (at most 4 significant digits), from 1e-3 to 1e13, and 0 or below. */
const value = fc.oneof(
	fc
		.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -3, max: 9 }))
		.map(([mantissa, exponent]) => Number(`${mantissa}e${exponent}`)),
	fc.constantFrom(0, -1, -72, 0.5)
);
// Up to four systems (add and duplicate make them); a slot past the last is ignored.
const slot = fc.integer({ min: 0, max: 3 });

type Edit = (c: Comparison) => void;

/**
 * An edit that calls one setter with generated arguments, printed in a counterexample as the
 * setter's call and its arguments.
 */
function call<Ts extends unknown[]>(
	apply: (c: Comparison, ...values: Ts) => void,
	...args: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }
): fc.Arbitrary<Edit> {
	return fc.tuple(...args).map((values) =>
		Object.assign((c: Comparison) => apply(c, ...(values as Ts)), {
			[fc.toStringMethod]: () => `${apply} with ${fc.stringify(values)}`
		})
	);
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
	call((c, i, field, v) => c.setField(i, field, v), slot, fc.constantFrom(...SYSTEM_FIELDS), value),
	call(
		(c, i, precision, v) => c.setFlops(i, precision, v),
		slot,
		fc.constantFrom('bf16', 'fp8', 'fp4', 'int8' as const),
		value
	),
	call((c, i, v) => setJoined(c, i, v), slot, value),
	call(
		(c, i, key, v) => setComponentCount(c, i, key, v),
		slot,
		fc.constantFrom(...COUNT_KEYS),
		value
	),
	call((c, i, v) => c.setSoftwareFraction(i, v), slot, fc.oneof(fc.constant(null), value)),
	call((c, i, v) => setCapex(c, i, v), slot, fc.oneof(fc.constant(null), value)),
	call(
		(c, field, v) => setServingField(c, field, v),
		fc.constantFrom(
			'inputTokens',
			'outputTokens',
			'targetUserTokensPerS',
			'targetTtftS',
			'acceptedTokensPerStep' as const
		),
		value
	),
	call((c, i, id) => c.setPreset(i, id), slot, fc.string({ unit: 'grapheme', maxLength: 8 })),
	call(
		(c, field, v) => setTraining(c, field, v),
		fc.constantFrom('tokensToTrain', 'globalBatchTokens', 'sequenceTokens', 'overlap' as const),
		value
	),
	call((c, field, v) => setOperation(c, field, v), fc.constantFrom(...OPERATION_FIELDS), value),
	call((c, field, v) => setEfficiency(c, field, v), fc.constantFrom(...EFFICIENCY_FIELDS), value),
	// The served model: a catalog choice, then its shape's fields (an edited model travels as
	// llm.* keys), its lengths, precisions and mode, words outside the lists included.
	call((c, id) => setModel(c, id), fc.constantFrom(...LLM_PRESETS.map((p) => p.id), 'nonsense')),
	call((c, key, v) => setModelField(c, key, v), fc.constantFrom(...MODEL_FIELDS), value),
	call((c, input, output) => setServingLengths(c, input, output), value, value),
	call(
		(c, field, word) => setServingPrecision(c, field, word),
		fc.constantFrom('weightPrecision', 'kvPrecision', 'computePrecision' as const),
		fc.constantFrom(...PRECISION_WORDS)
	),
	call(
		(c, mode) => setServingMode(c, mode),
		fc.constantFrom('auto', 'co-located', 'disaggregated', 'both')
	),
	call((c, i, word) => c.setSystemPrecision(i, word), slot, fc.constantFrom(...PRECISION_WORDS)),
	call((c, i, v) => setRentalPrice(c, i, v), slot, fc.oneof(fc.constant(null), value)),
	call(
		(c, field, v) => setFailureRate(c, field, v / 1e9),
		fc.constantFrom(...FAILURE_RATE_FIELDS),
		value
	),
	call(
		(c, kind, v) => setInterruptingFraction(c, kind, v / 1000),
		fc.constantFrom(...COMPONENT_KINDS),
		value
	),
	call(
		(c, i, layout) => setTrainingLayout(c, i, layout),
		slot,
		fc.record({
			tp: value,
			pp: value,
			ep: value,
			dp: value,
			microbatches: value
		})
	),
	call((c, i, name) => c.rename(i, name), slot, fc.string({ unit: 'grapheme', maxLength: 12 })),
	fc.constantFrom<Edit>(
		(c) => c.setEfficiencyPrecision('fp8'),
		(c) => c.setEfficiencyPrecision('int8'),
		(c) => c.move(1, -1),
		(c) => c.remove(0),
		(c) => resetModel(c),
		(c) => setTrainingLayout(c, 0, null),
		(c) => resetComponents(c, 0),
		(c) => resetFailureRates(c),
		(c) => resetEfficiencies(c),
		(c) => c.setPreset(1, 'hgx-b200'),
		(c) => c.setPreset(0, 'cloudmatrix-384'),
		(c) => c.makeCustom(1, 'Mine'),
		(c) => c.addSystem(),
		(c) => c.duplicate(0),
		(c) => c.reset(0)
	)
);

describe('the page and its link agree', () => {
	it('any edits read back from the link as the same scenario, without a notice', () => {
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
				const page = new Comparison();
				for (const apply of edits) apply(page);
				const reader = new Comparison();
				reader.load(`?${page.query}`);
				expect(reader.notices).toEqual([]);
				expect(reader.scenario).toEqual(page.scenario);
			}),
			{ numRuns: RUNS, seed: 2026 }
		);
	});
});
