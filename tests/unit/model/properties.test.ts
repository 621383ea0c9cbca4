import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { ratio } from '../../../src/lib/model/evaluate-hardware';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { valueOf } from '../../../src/lib/model/estimate-types';
import type { SystemSpec } from '../../../src/lib/model/system';
import { arbitraryScenario, arbitrarySystem, scenarioOf } from '../../fixtures/arbitraries';

const aggregates = (spec: SystemSpec) => {
	const [system] = evaluate(normalizeScenario(scenarioOf([spec]))).systems;
	const a = system!.aggregate;
	return [
		a.hbmBytes.value,
		a.hbmBytesPerS.value,
		a.scaleUpBytesPerS.value,
		a.scaleOutBytesPerS.value,
		a.allInPowerW.value,
		...Object.values(a.denseFlopsPerS).map((r) => valueOf(r) ?? 0)
	];
};

describe('model properties', () => {
	it('more chips never lowers an aggregate', () => {
		fc.assert(
			fc.property(arbitrarySystem, fc.integer({ min: 1, max: 1000 }), (spec, extra) => {
				const before = aggregates(spec);
				const after = aggregates({ ...spec, chips: Math.min(100_000, spec.chips + extra) });
				after.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(before[i]!));
			})
		);
	});

	it('more HBM, scale-up or scale-out bandwidth never lowers an aggregate', () => {
		fc.assert(
			fc.property(arbitrarySystem, fc.double({ min: 1, max: 10, noNaN: true }), (spec, factor) => {
				const before = aggregates(spec);
				const after = aggregates({
					...spec,
					hbmBytesPerS: spec.hbmBytesPerS * factor,
					scaleUpBytesPerS: spec.scaleUpBytesPerS * factor,
					scaleOutBytesPerS: spec.scaleOutBytesPerS * factor
				});
				after.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(before[i]!));
			})
		);
	});

	it('a system compared with itself has every defined ratio equal to 1', () => {
		fc.assert(
			fc.property(arbitrarySystem, (spec) => {
				const evaluation = evaluate(normalizeScenario(scenarioOf([spec, spec])));
				for (const row of evaluation.rows) {
					if (row.values[0]!.kind === 'estimate') expect(row.ratios[1]).toBe(1);
					else expect(row.ratios[1]).toBeNull();
				}
			})
		);
	});

	it('every output is finite for any input the UI allows', () => {
		fc.assert(
			fc.property(arbitraryScenario, (scenario) => {
				const evaluation = evaluate(normalizeScenario(scenario));
				for (const row of evaluation.rows) {
					for (const value of row.values)
						if (value.kind === 'estimate') expect(Number.isFinite(value.value)).toBe(true);
					for (const r of row.ratios) if (r !== null) expect(Number.isFinite(r)).toBe(true);
				}
			})
		);
	});

	it('normalisation makes even hostile numbers finite and in bounds', () => {
		// eslint-disable-next-line no-loss-of-precision -- 1e309 overflows to Infinity on purpose
		const hostile = [NaN, Infinity, -Infinity, -1, 0, 1e309, Number.MAX_VALUE, -0];
		fc.assert(
			fc.property(arbitrarySystem, fc.constantFrom(...hostile), (spec, bad) => {
				const evaluation = evaluate(
					normalizeScenario(
						scenarioOf([{ ...spec, chips: bad, hbmBytes: bad, denseFlopsPerS: { bf16: bad } }])
					)
				);
				for (const row of evaluation.rows)
					for (const value of row.values)
						if (value.kind === 'estimate') expect(Number.isFinite(value.value)).toBe(true);
			})
		);
	});

	it('ratio() never returns NaN or Infinity', () => {
		expect(ratio(0, 5)).toBeNull();
		expect(ratio(null, 5)).toBeNull();
		expect(ratio(5, null)).toBeNull();
		expect(ratio(1e-300, 1e300)).toBeNull();
		expect(ratio(2, 3)).toBe(1.5);
	});
});
