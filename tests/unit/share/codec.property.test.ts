import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { MAX_NAME_LENGTH, normalizeScenario } from '../../../src/lib/model/normalize';
import { defaultScenario } from '../../../src/lib/model/scenario';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';
import { arbitraryScenario } from '../../fixtures/arbitraries';
import { ROUND_TRIP_RUNS } from '../../fixtures/runs';

/**
 * Property tests of the link codec (the `property` Vitest project: fixed run counts, generous
 * timeouts). Decoding hostile links at volume: hostile-links.fuzz.test.ts. Released link formats,
 * frozen: link-fixtures.test.ts.
 */

describe('round trip', () => {
	// Once also run 2,000 times in codec.test.ts with the same property: that copy is gone.
	it(`${ROUND_TRIP_RUNS} random scenarios encode and decode exactly, without notices`, () => {
		fc.assert(
			fc.property(arbitraryScenario, (raw) => {
				const scenario = normalizeScenario(raw);
				const decoded = decodeScenario(encodeScenario(scenario));
				// isDeepStrictEqual is the fast path; expect() words the difference when there is one.
				if (decoded.notices.length === 0 && isDeepStrictEqual(decoded.scenario, scenario)) return;
				expect(decoded.notices).toEqual([]);
				expect(decoded.scenario).toEqual(scenario);
			}),
			{ numRuns: ROUND_TRIP_RUNS }
		);
	});

	it('round-trips any well-formed Unicode name that fits the cap', () => {
		const name = fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
			.filter((text) => text.trim().length > 0 && text.length <= MAX_NAME_LENGTH);
		fc.assert(
			fc.property(arbitraryScenario, name, name, (raw, system, model) => {
				raw.systems[0]!.name = system;
				if (raw.serving.customModel) raw.serving.customModel.name = model;
				const scenario = normalizeScenario(raw);
				expect(decodeScenario(encodeScenario(scenario)).scenario).toEqual(scenario);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('decodeScenario() on damaged links', () => {
	it('never throws and never yields a non-finite result for random and mutated links', () => {
		const valid =
			encodeScenario(normalizeScenario(defaultScenario())) + '&b.chips=400&a.hbm_gb=192';
		const mutated = fc
			.tuple(
				fc.integer({ min: 0, max: valid.length }),
				fc.integer({ min: 0, max: 8 }),
				fc.string({ maxLength: 12 })
			)
			.map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), mutated), (query) => {
				const { scenario } = decodeScenario(query);
				for (const row of evaluate(scenario).rows)
					for (const value of row.values)
						if (value.kind === 'estimate') expect(Number.isFinite(value.value)).toBe(true);
			}),
			// Each run includes the inference sweep (~2 ms); the 30,000-link decode-only property
			// lives in hostile-links.fuzz.test.ts.
			{ numRuns: 1000 }
		);
	});
});

describe('reading the query', () => {
	// The codec splits the pairs itself and decodes only those with `%`, `+` or a lone surrogate
	// (iterating URLSearchParams was ~100 ms for 20,000 keys): it must read what URLSearchParams
	// reads. Re-serialising a query through URLSearchParams encodes every pair (`%xx`, `+`), so
	// the two spellings take different paths and must decode alike.
	const piece = fc.constantFrom(
		'a',
		'b',
		'v',
		'm',
		'.',
		'name',
		'chips',
		'%',
		'%2',
		'%26',
		'%3D',
		'%zz',
		'+',
		'=',
		'&',
		' ',
		'é',
		'\ud800',
		'view',
		'lang',
		'zh',
		'training',
		'custom',
		'gb200-nvl72',
		'hbm_gb',
		'1',
		'0'
	);
	it('a query and its URLSearchParams spelling decode alike (1,000 queries)', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const query = pieces.join('');
				const respelled = new URLSearchParams(query).toString();
				expect(decodeScenario(query)).toEqual(decodeScenario(respelled));
			}),
			{ numRuns: 1000 }
		);
	});
});
