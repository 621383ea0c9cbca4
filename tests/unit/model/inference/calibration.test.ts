import { describe, expect, it } from 'vitest';
import {
	MEASURED_CASES,
	findMeasuredCase,
	type MeasuredCase
} from '../../../../src/lib/catalog/measurements';
import {
	runCalibration,
	type CalibrationRow
} from '../../../../src/lib/model/inference/calibration';

/**
 * End-to-end checks against published measurements (calibration.md cases 5, 8, 9), with the
 * global DEFAULT_EFFICIENCIES: nothing here is fitted per case. The table is printed so the
 * errors are visible in the test log, not just pass/fail.
 *
 * Tolerances (model ÷ measured):
 * - LMSYS 96×H100 decode and prefill, all conditions published: 0.5–2.
 * - MLPerf Llama 2 70B offline and server (throughput-bound; measured server ≈ offline):
 *   tightened to 2/3–1.5 because the model does better there.
 * - MLPerf interactive: the bounds (TTFT 450 ms / TPOT 40 ms for Llama 2 70B) are 99th
 *   percentiles on aggregated serving, where prefill chunks stall decode steps; the model meets
 *   them on the mean with a separate prefill pool, so it must sit above the measurement: 0.5–2.5.
 * - MLPerf Llama 3.1 405B: the mean prompt length is not published ("mostly several thousand";
 *   NVIDIA's engines accept up to 20,000) and prefill is most of the chip time, so the point
 *   estimate at the assumed 5,000 tokens is printed, and the test asks that the measurement lie
 *   within 2x of the model's range over 2,000–20,000 prompt tokens.
 * - Ratios between systems on the same benchmark (what Rackscale's headline compares) largely
 *   cancel the unknown prompt length: 0.5–2 for every pair.
 */

const rows = runCalibration(MEASURED_CASES);
const byId = new Map(rows.map((r) => [r.id, r]));
const row = (id: string): CalibrationRow => byId.get(id)!;

const line = (id: string, measured: string, model: string, ratio: string) =>
	`${id.padEnd(52)} ${measured.padStart(9)} ${model.padStart(9)} ${ratio.padStart(6)}`;

function printTable(title: string, list: CalibrationRow[]) {
	const lines = list.map((r) => {
		const model = r.modelled === null ? 'none' : r.modelled.toFixed(1);
		const ratio = r.ratio === null ? '–' : r.ratio.toFixed(2);
		return line(r.id, r.measured.toFixed(1), model, ratio);
	});
	console.log([title, line('case', 'measured', 'model', 'ratio'), ...lines].join('\n'));
}

printTable('Calibration: tokens/s per chip, model estimate vs measurement', rows);

const within = (r: CalibrationRow, low: number, high: number) => {
	expect(r.ratio, `${r.id}: no modelled point`).not.toBeNull();
	expect(r.ratio!, r.id).toBeGreaterThanOrEqual(low);
	expect(r.ratio!, r.id).toBeLessThanOrEqual(high);
};

describe('calibration against published measurements', () => {
	it('LMSYS 96×H100 DeepSeek decode and prefill: within 2x', () => {
		for (const r of rows.filter((x) => x.id.startsWith('lmsys'))) within(r, 0.5, 2);
	});

	it('MLPerf Llama 2 70B offline and server: within 1.5x', () => {
		const cases = rows.filter((x) => x.id.includes('llama2-70b') && !x.id.endsWith('interactive'));
		expect(cases.length).toBe(6);
		for (const r of cases) within(r, 2 / 3, 1.5);
	});

	it('MLPerf interactive: above 0.5x and at most 2.5x (p99 bounds on aggregated serving)', () => {
		const cases = rows.filter((x) => x.id.endsWith('interactive') && x.id.includes('llama2-70b'));
		expect(cases.length).toBe(2);
		for (const r of cases) within(r, 0.5, 2.5);
	});

	it('MLPerf Llama 3.1 405B: measured within 2x of the model over 2,000–20,000 prompts', () => {
		const cases = MEASURED_CASES.filter((c) => c.id.includes('405b'));
		expect(cases.length).toBe(8);
		const at = (c: MeasuredCase, inputTokens: number) =>
			runCalibration([{ ...c, inputTokens }])[0]!.modelled;
		const lines = ['Llama 3.1 405B, model at 20,000 → 2,000 prompt tokens:'];
		for (const c of cases) {
			const longest = at(c, 20_000);
			const shortest = at(c, 2_000);
			expect(longest, c.id).not.toBeNull();
			expect(shortest, c.id).not.toBeNull();
			const range = `${longest!.toFixed(1)}–${shortest!.toFixed(1)}`;
			lines.push(line(c.id, c.measuredTokensPerSPerChip.toFixed(1), range, ''));
			expect(c.measuredTokensPerSPerChip, c.id).toBeGreaterThanOrEqual(longest! / 2);
			expect(c.measuredTokensPerSPerChip, c.id).toBeLessThanOrEqual(shortest! * 2);
		}
		console.log(lines.join('\n'));
	});

	it('ratios between systems on the same benchmark: within 2x', () => {
		const l2 = (round: string, system: string) => `mlperf-${round}-llama2-70b-${system}-offline`;
		const l405 = (round: string, system: string, scenario = 'offline') =>
			`mlperf-${round}-llama3.1-405b-${system}-${scenario}`;
		const pairs: [string, string][] = [
			[l2('v5.0', 'hgx-h200'), l2('v5.0', 'hgx-h100')],
			[l2('v5.1', 'hgx-b200'), l2('v5.0', 'hgx-h100')],
			[l405('v5.1', 'hgx-b200'), l405('v5.0', 'hgx-h200')],
			[l405('v5.1', 'gb200-nvl72'), l405('v5.0', 'hgx-h200')],
			[l405('v5.1', 'gb200-nvl72', 'server'), l405('v5.0', 'hgx-h200', 'server')]
		];
		const lines: string[] = [];
		for (const [a, b] of pairs) {
			const measured = row(a).measured / row(b).measured;
			const model = row(a).modelled! / row(b).modelled!;
			lines.push(`${a} ÷ ${b}: measured ${measured.toFixed(2)}x, model ${model.toFixed(2)}x`);
			expect(model / measured, `${a} ÷ ${b}`).toBeGreaterThanOrEqual(0.5);
			expect(model / measured, `${a} ÷ ${b}`).toBeLessThanOrEqual(2);
		}
		console.log(`Per-chip ratios between systems:\n${lines.join('\n')}`);
	});

	it('models the LMSYS decode case on 96 chips in NVLink domains of 8 (12 × 8 over IB)', () => {
		const r = row('lmsys-96xh100-decode').result!;
		expect(r.kind).toBe('ok');
		if (r.kind !== 'ok') return;
		expect(r.system.chips).toBe(96);
		expect(r.system.scaleUpDomainChips).toBe(8);
		// The point meets the derived 91.9 ms TPOT (10.9 tokens/s per user).
		const tpotS = findMeasuredCase('lmsys-96xh100-decode')!.latency.tpotS!;
		expect(r.atTarget!.userTokensPerS).toBeGreaterThanOrEqual(1 / tpotS);
	});
});
