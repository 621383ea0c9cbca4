import { describe, expect, it } from 'vitest';
import { MEASURED_CASES } from '../../../src/lib/catalog/measurements';
import { TRAINING_MEASURED_CASES } from '../../../src/lib/catalog/training-measurements';
import { DEFAULT_EFFICIENCIES } from '../../../src/lib/model/inference/efficiencies';
import { runCalibration } from '../../../src/lib/model/inference/calibration';
import { DEFAULT_TRAINING_EFFICIENCIES } from '../../../src/lib/model/training/efficiencies';
import {
	buildValidationTable,
	TRAINING_EFFICIENCY_NOTES,
	type InferenceValidationRow,
	type Tolerance,
	type TrainingValidationRow
} from '../../../src/lib/content/validation';

const table = buildValidationTable();
type Row = InferenceValidationRow | TrainingValidationRow;
const rows: Row[] = [...table.inference, ...table.training];

/**
 * Fractional numbers to 3 significant digits, recursively, so the snapshot shows model drift, not
 * float noise. Integers (token counts, chips, layouts, published tok/s) stay exact.
 */
function round3(value: unknown): unknown {
	if (typeof value === 'number') {
		return Number.isInteger(value) ? value : Number(value.toPrecision(3));
	}
	if (Array.isArray(value)) return value.map(round3);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round3(v)]));
	}
	return value;
}

/** The numbers and verdicts of a row; cited prose stays in the catalogs, not in the fixture. */
function pinned(row: Row) {
	if (row.kind === 'inference') {
		const { note: _n, tokensNote: _t, sources, system, model, precision, ...rest } = row;
		return {
			...rest,
			system: { presetId: system.presetId, chips: system.chips, domain: system.scaleUpDomainChips },
			model: model.id,
			precision: `${precision.weight}/${precision.kv}/${precision.compute}`,
			sources: sources.map((s) => s.id)
		};
	}
	const { knownMiss, sources, system, model, ...rest } = row;
	return {
		...rest,
		system: system.presetId,
		model: model.id,
		knownMiss: knownMiss !== null,
		sources: sources.map((s) => s.id)
	};
}

function inside(error: number, t: Tolerance): boolean {
	return t.kind === 'ratio' && error >= t.low && error <= t.high;
}

describe('buildValidationTable()', () => {
	it('pins every row (3 significant digits) in tests/fixtures/validation-table.json', async () => {
		const fixture = {
			inference: table.inference.map(pinned),
			training: table.training.map(pinned)
		};
		await expect(`${JSON.stringify(round3(fixture), null, '\t')}\n`).toMatchFileSnapshot(
			'../../fixtures/validation-table.json'
		);
	});

	it('has one row per published measurement, with unique ids', () => {
		expect(table.inference.map((r) => r.id)).toEqual(MEASURED_CASES.map((c) => c.id));
		expect(table.training.map((r) => r.id)).toEqual(TRAINING_MEASURED_CASES.map((c) => c.id));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('gives every row a finite, positive error model ÷ measured', () => {
		for (const row of rows) {
			expect(row.modelled, row.id).not.toBeNull();
			expect(Number.isFinite(row.error), row.id).toBe(true);
			expect(row.error!, row.id).toBeGreaterThan(0);
			expect(row.error!, row.id).toBeCloseTo(row.modelled! / row.measured, 12);
		}
	});

	it('puts every row within its calibration test’s tolerance, or lists it as a known miss', () => {
		for (const row of rows) expect(row.status, row.id).not.toBe('outside');
		// Known misses really are outside (the training test runs them with it.fails).
		for (const row of table.training.filter((r) => r.status === 'known-miss')) {
			expect(row.knownMiss, row.id).toBeTruthy();
			expect(inside(row.error, row.tolerance), row.id).toBe(false);
		}
		expect(table.training.filter((r) => r.status === 'known-miss').map((r) => r.id)).toEqual(
			TRAINING_MEASURED_CASES.filter((c) => c.knownMiss).map((c) => c.id)
		);
	});

	it('states the same tolerances as the calibration tests', () => {
		const byRule = (rule: string) => rows.filter((r) => r.tolerance.rule === rule);
		// inference/calibration.test.ts: LMSYS 0.5–2; Llama 2 70B offline/server 2/3–1.5,
		// interactive 0.5–2.5; Llama 3.1 405B measured within 2× of the model over 2,000–20,000
		// prompt tokens.
		expect(byRule('lmsys')).toHaveLength(4);
		expect(byRule('llama2-throughput')).toHaveLength(6);
		expect(byRule('llama2-interactive')).toHaveLength(2);
		expect(byRule('llama405-prompt-range')).toHaveLength(8);
		for (const row of byRule('llama405-prompt-range')) {
			expect(row.tolerance).toMatchObject({
				factor: 2,
				longestPromptTokens: 20_000,
				shortestPromptTokens: 2_000
			});
			const r = row as InferenceValidationRow;
			expect(r.measured).toBeGreaterThanOrEqual(r.modelledRange!.atLongest / 2);
			expect(r.measured).toBeLessThanOrEqual(r.modelledRange!.atShortest * 2);
		}
		expect(byRule('lmsys')[0]!.tolerance).toMatchObject({ low: 0.5, high: 2 });
		expect(byRule('llama2-throughput')[0]!.tolerance).toMatchObject({ low: 2 / 3, high: 1.5 });
		expect(byRule('llama2-interactive')[0]!.tolerance).toMatchObject({ low: 0.5, high: 2.5 });
		// training/calibration.test.ts: 2× for every case, 1.4× for the dense ones.
		expect(byRule('training-moe')[0]!.tolerance).toMatchObject({ low: 0.5, high: 2 });
		expect(byRule('training-dense')[0]!.tolerance).toMatchObject({ low: 1 / 1.4, high: 1.4 });
		const training = byRule('training-dense').length + byRule('training-moe').length;
		expect(training).toBe(table.training.length);
	});

	it('computes the inference rows exactly as the calibration test does', () => {
		const calibration = runCalibration(MEASURED_CASES);
		table.inference.forEach((row, i) => expect(row.modelled).toBe(calibration[i]!.modelled));
	});

	it('lists every global efficiency with its basis, and the case 17 override', () => {
		expect(table.inferenceAssumptions.map((r) => r.key)).toEqual(Object.keys(DEFAULT_EFFICIENCIES));
		for (const row of table.inferenceAssumptions) {
			expect(row.value).toBe(DEFAULT_EFFICIENCIES[row.key]);
			expect(row.note.length, row.key).toBeGreaterThan(20);
		}
		const trainingKeys = Object.keys(DEFAULT_TRAINING_EFFICIENCIES);
		expect(table.trainingAssumptions.map((r) => r.key)).toEqual([...trainingKeys, 'overlap']);
		const noted = Object.keys(TRAINING_EFFICIENCY_NOTES).sort();
		expect(noted).toEqual([...trainingKeys, 'overlap'].sort());
		for (const row of table.trainingAssumptions) {
			expect(row.note.en.length, row.key).toBeGreaterThan(20);
			expect(row.note.zh.length, row.key).toBeGreaterThan(10);
		}
		// Case 17 force-balances MoE tokens: imbalance 1 in its check, 1.18 everywhere else.
		const moe = table.trainingAssumptions.find((r) => r.key === 'moeImbalance')!;
		expect(moe.value).toBe(DEFAULT_TRAINING_EFFICIENCIES.moeImbalance);
		expect(moe.validationValue).toBe(1);
		for (const row of table.trainingAssumptions.filter((r) => r.key !== 'moeImbalance')) {
			expect(row.validationValue, row.key).toBeNull();
		}
	});

	it('links every row and assumption to a cited https source', () => {
		const all = [
			...rows.flatMap((r) => r.sources),
			...table.inferenceAssumptions.flatMap((r) => r.sources)
		];
		for (const s of all) expect(s.url, s.id).toMatch(/^https:\/\//);
		for (const row of rows) expect(row.sources.length, row.id).toBeGreaterThan(0);
		expect(new Set(table.sources.map((s) => s.id)).size).toBe(table.sources.length);
		for (const s of all) expect(table.sources.map((x) => x.id)).toContain(s.id);
	});
});
