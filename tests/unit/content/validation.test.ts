import { describe, expect, it } from 'vitest';
import { MEASURED_CASES } from '../../../src/lib/catalog/measurements';
import { TRAINING_MEASURED_CASES } from '../../../src/lib/catalog/training-measurements';
import { DEFAULT_EFFICIENCIES } from '../../../src/lib/model/inference/efficiencies';
import { runCalibration } from '../../../src/lib/model/inference/calibration';
import { DEFAULT_TRAINING_EFFICIENCIES } from '../../../src/lib/model/training/efficiencies';
import {
	caseKey,
	buildValidationTable,
	TRAINING_EFFICIENCY_NOTES,
	type InferenceValidationRow,
	type TrainingValidationRow
} from '../../../src/lib/content/validation';
import { classify, summarize } from '../../../src/lib/content/validation-class';

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

	it('classifies every row by the one rule, with no per-benchmark tolerance', () => {
		for (const row of rows) {
			expect(row.class, row.id).toBe(classify(row.error));
			expect(row.errorFactor!, row.id).toBeCloseTo(Math.max(row.error!, 1 / row.error!), 12);
			expect(Object.keys(row), row.id).not.toContain('tolerance');
		}
		// A documented training miss is shown as a miss, never as passing.
		for (const row of table.training.filter((r) => r.knownMiss !== null)) {
			expect(row.class, row.id).toBe('miss');
		}
	});

	it('heads the page with class counts, median and maximum, inference and training apart', () => {
		const heldOut = table.inference.filter((r) => r.fittedFor === null);
		const inSample = table.inference.filter((r) => r.fittedFor !== null);
		expect(heldOut.length + inSample.length).toBe(table.inference.length);
		expect(table.summary.inference).toEqual(summarize(heldOut.map((r) => r.error)));
		expect(table.summary.inferenceInSample).toEqual(summarize(inSample.map((r) => r.error)));
		const independent = heldOut.filter((r) => r.sharesSourceWith.length === 0);
		expect(table.summary.inferenceIndependent).toEqual(summarize(independent.map((r) => r.error)));
		expect(table.summary.inferenceAll).toEqual(summarize(table.inference.map((r) => r.error)));
		expect(table.summary.training).toEqual(summarize(table.training.map((r) => r.error)));
		for (const [kind, list] of [
			['inference', heldOut],
			['inferenceIndependent', independent],
			['inferenceInSample', inSample],
			['inferenceAll', table.inference],
			['training', table.training]
		] as const) {
			const s = table.summary[kind];
			expect(s.good + s.fair + s.miss, kind).toBe(list.length);
			const factors = list.map((r) => r.errorFactor!);
			expect(s.maxFactor, kind).toBe(Math.max(...factors));
			expect(factors.filter((f) => f <= s.medianFactor!).length, kind).toBeGreaterThanOrEqual(
				list.length / 2
			);
		}
	});

	it('marks the rows whose case or source a global efficiency was derived from, and only those', () => {
		// efficiency-sources.ts: the MoE imbalance is LMSYS's perfect-EPLB ÷ default prefill
		// (calibration.md case 5, 59,337 ÷ 50,302 = 1.18); the compute and HBM fractions cite the
		// CloudMatrix384 paper's kernel figures (MLA 65.4 %, 84.1 %) and the decode overlap its
		// ablation (calibration-2026.md case 2): every row of those sources names them, 4 LMSYS rows
		// and the 6 CloudMatrix-Infer rows, and no other row.
		const marked = table.inference.filter((r) => r.sharesSourceWith.length > 0);
		const cloudMatrix = ['computeFraction', 'hbmFraction', 'decodeOverlapFraction'];
		expect(marked.map((r) => [r.id, r.sharesSourceWith])).toEqual([
			['lmsys-96xh100-decode', ['moeImbalance']],
			['lmsys-96xh100-prefill-1k', ['moeImbalance']],
			['lmsys-96xh100-prefill-2k', ['moeImbalance']],
			['lmsys-96xh100-prefill-4k', ['moeImbalance']],
			['cm384-infer-prefill-4k', cloudMatrix],
			['cm384-infer-decode-4096-256-tpot50ms', cloudMatrix],
			['cm384-infer-decode-4096-256-tpot30ms', cloudMatrix],
			['cm384-infer-decode-4096-256-tpot15ms', cloudMatrix],
			['cm384-infer-decode-1024-1024-tpot50ms', cloudMatrix],
			['cm384-infer-decode-2048-256-tpot50ms', cloudMatrix]
		]);
		// The same case number in the two sheets is two cases.
		expect(caseKey({ sheet: 'calibration.md', calibrationCase: 2 })).toBe('2');
		expect(caseKey({ sheet: 'calibration-2026.md', calibrationCase: 2 })).toBe('2026-2');
		expect(caseKey({ sheet: null, calibrationCase: null })).toBeNull();
	});

	it('shows the model over 2,000–20,000 prompt tokens where per-prompt lengths are unpublished', () => {
		const unpublished = new Set(
			MEASURED_CASES.filter((c) => c.promptLengthUnpublished).map((c) => c.id)
		);
		expect(unpublished.size).toBeGreaterThan(0);
		for (const row of table.inference) {
			if (!unpublished.has(row.id)) {
				expect(row.modelledRange, row.id).toBeNull();
				continue;
			}
			const range = row.modelledRange!;
			expect(range, row.id).not.toBeNull();
			expect(range).toMatchObject({ longestPromptTokens: 20_000, shortestPromptTokens: 2_000 });
			// Longer prompts cost more prefill per output token: never more output per chip.
			expect(range.atLongest, row.id).toBeLessThanOrEqual(range.atShortest);
		}
	});

	it('lists the published results it cannot check yet, each with its reason', () => {
		// calibration-2026.md cases 28-31, and InferenceX's MTP-off curves cited from their pages.
		expect(table.pending.map((r) => r.calibrationCase ?? r.id)).toEqual([
			28,
			29,
			30,
			'inferencex-dsr1-mtp-off',
			31
		]);
		const measured = new Set(rows.map((r) => r.id));
		for (const row of table.pending) {
			expect(measured.has(row.id), row.id).toBe(false);
			expect(row.reason.length, row.id).toBeGreaterThan(20);
			expect(row.sources.length, row.id).toBeGreaterThan(0);
			for (const s of row.sources) expect(table.sources.map((x) => x.id)).toContain(s.id);
		}
		// Cases 1, 2 and 32 are checked: Huawei's own results and MLPerf v6.0 on GB300 NVL72.
		const cases2026 = table.inference.filter((r) => r.sheet === 'calibration-2026.md');
		expect([...new Set(cases2026.map((r) => r.calibrationCase!))].sort((a, b) => a - b)).toEqual([
			1, 2, 32
		]);
	});

	it('holds the InferenceX rows (in neither sheet) out of the software fit', () => {
		const sourceOnly = table.inference.filter((r) => r.sheet === null);
		expect(sourceOnly.map((r) => r.id)).toEqual(
			MEASURED_CASES.filter((c) => c.id.startsWith('inferencex-dsr1-')).map((c) => c.id)
		);
		for (const row of sourceOnly) {
			expect(row.fittedFor, row.id).toBeNull();
			expect(row.calibrationCase, row.id).toBeNull();
			expect(
				row.sources.map((s) => s.id),
				row.id
			).toContain('INFERENCEX_DSR1');
		}
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
		const fixedKeys = ['overlap', 'elementwiseBackwardFactor', 'activationStorageBytes'];
		expect(table.trainingAssumptions.map((r) => r.key)).toEqual([...trainingKeys, ...fixedKeys]);
		const noted = Object.keys(TRAINING_EFFICIENCY_NOTES).sort();
		expect(noted).toEqual([...trainingKeys, ...fixedKeys].sort());
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
