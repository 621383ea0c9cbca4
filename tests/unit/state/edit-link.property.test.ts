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
const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.tuple(slot, fc.constantFrom(...SYSTEM_FIELDS), value).map(
		([i, field, v]): Edit =>
			(c) =>
				c.setField(i, field, v)
	),
	fc.tuple(slot, fc.constantFrom('bf16', 'fp8', 'fp4', 'int8' as const), value).map(
		([i, precision, v]): Edit =>
			(c) =>
				c.setFlops(i, precision, v)
	),
	fc.tuple(slot, value).map(
		([i, v]): Edit =>
			(c) =>
				c.setJoined(i, v)
	),
	fc.tuple(slot, fc.constantFrom(...COUNT_KEYS), value).map(
		([i, key, v]): Edit =>
			(c) =>
				c.setComponentCount(i, key, v)
	),
	fc.tuple(slot, fc.oneof(fc.constant(null), value)).map(
		([i, v]): Edit =>
			(c) =>
				c.setSoftwareFraction(i, v)
	),
	fc.tuple(slot, fc.oneof(fc.constant(null), value)).map(
		([i, v]): Edit =>
			(c) =>
				c.setCapex(i, v)
	),
	fc
		.tuple(
			fc.constantFrom(
				'inputTokens',
				'outputTokens',
				'targetUserTokensPerS',
				'targetTtftS',
				'acceptedTokensPerStep' as const
			),
			value
		)
		.map(
			([field, v]): Edit =>
				(c) =>
					c.setServingField(field, v)
		),
	fc.tuple(slot, fc.string({ unit: 'grapheme', maxLength: 8 })).map(
		([i, id]): Edit =>
			(c) =>
				c.setPreset(i, id)
	),
	fc
		.tuple(
			fc.constantFrom('tokensToTrain', 'globalBatchTokens', 'sequenceTokens', 'overlap' as const),
			value
		)
		.map(
			([field, v]): Edit =>
				(c) =>
					c.setTraining(field, v)
		),
	fc.tuple(fc.constantFrom(...OPERATION_FIELDS), value).map(
		([field, v]): Edit =>
			(c) =>
				c.setOperation(field, v)
	),
	fc.tuple(fc.constantFrom(...EFFICIENCY_FIELDS), value).map(
		([field, v]): Edit =>
			(c) =>
				c.setEfficiency(field, v)
	),
	// The served model: a catalog choice, then its shape's fields (an edited model travels as
	// llm.* keys), its lengths, precisions and mode, words outside the lists included.
	fc.constantFrom(...LLM_PRESETS.map((p) => p.id), 'nonsense').map(
		(id): Edit =>
			(c) =>
				c.setModel(id)
	),
	fc.tuple(fc.constantFrom(...MODEL_FIELDS), value).map(
		([key, v]): Edit =>
			(c) =>
				c.setModelField(key, v)
	),
	fc.tuple(value, value).map(
		([input, output]): Edit =>
			(c) =>
				c.setServingLengths(input, output)
	),
	fc
		.tuple(
			fc.constantFrom('weightPrecision', 'kvPrecision', 'computePrecision' as const),
			fc.constantFrom(...PRECISION_WORDS)
		)
		.map(
			([field, word]): Edit =>
				(c) =>
					c.setServingPrecision(field, word)
		),
	fc.constantFrom('auto', 'co-located', 'disaggregated', 'both').map(
		(mode): Edit =>
			(c) =>
				c.setServingMode(mode)
	),
	fc.tuple(slot, fc.constantFrom(...PRECISION_WORDS)).map(
		([i, word]): Edit =>
			(c) =>
				c.setSystemPrecision(i, word)
	),
	fc.tuple(slot, fc.oneof(fc.constant(null), value)).map(
		([i, v]): Edit =>
			(c) =>
				c.setRentalPrice(i, v)
	),
	fc.tuple(fc.constantFrom(...FAILURE_RATE_FIELDS), value).map(
		([field, v]): Edit =>
			(c) =>
				c.setFailureRate(field, v / 1e9)
	),
	fc.tuple(fc.constantFrom(...COMPONENT_KINDS), value).map(
		([kind, v]): Edit =>
			(c) =>
				c.setInterruptingFraction(kind, v / 1000)
	),
	fc
		.tuple(
			slot,
			fc.record({
				tp: value,
				pp: value,
				ep: value,
				dp: value,
				microbatches: value
			})
		)
		.map(
			([i, layout]): Edit =>
				(c) =>
					c.setTrainingLayout(i, layout)
		),
	fc.tuple(slot, fc.string({ unit: 'grapheme', maxLength: 12 })).map(
		([i, name]): Edit =>
			(c) =>
				c.rename(i, name)
	),
	fc.constantFrom<Edit>(
		(c) => c.setEfficiencyPrecision('fp8'),
		(c) => c.setEfficiencyPrecision('int8'),
		(c) => c.move(1, -1),
		(c) => c.remove(0),
		(c) => c.resetModel(),
		(c) => c.setTrainingLayout(0, null),
		(c) => c.resetComponents(0),
		(c) => c.resetFailureRates(),
		(c) => c.resetEfficiencies(),
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
