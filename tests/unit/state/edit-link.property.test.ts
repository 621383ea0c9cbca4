import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYSTEM_INPUTS } from '../../../src/lib/inputs/system';
import { COUNT_KEYS, DEFAULT_OPERATIONS, type Operations } from '../../../src/lib/model/deployment';
import {
	DEFAULT_EFFICIENCIES,
	type Efficiencies
} from '../../../src/lib/model/inference/efficiencies';
import type { SystemNumberField } from '../../../src/lib/model/system';
import { Comparison } from '../../../src/lib/state/comparison.svelte';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/**
 * What the page computes is what its link shows: after any edits made through the page's own
 * setters (hardware, deployment, serving, training, operations and efficiencies; values inside, at
 * and past the limits, zero, negatives), the link the page writes reads
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

/** Numbers a link holds exactly (at most 4 significant digits), from 1e-3 to 1e13, and 0 or below. */
const value = fc.oneof(
	fc
		.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -3, max: 9 }))
		.map(([mantissa, exponent]) => Number(`${mantissa}e${exponent}`)),
	fc.constantFrom(0, -1, -72, 0.5)
);
const slot = fc.integer({ min: 0, max: 1 });

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
	fc.tuple(slot, fc.string({ maxLength: 8 })).map(
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
	fc.constantFrom<Edit>(
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
