import { describe, expect, it } from 'vitest';
import { LLM_SOURCES } from '../../../src/lib/catalog/llm-sources';
import { findMeasuredCase } from '../../../src/lib/catalog/measurements';
import {
	decodeStepView,
	latencyFitView,
	servingAssumptionRows
} from '../../../src/lib/content/method/serving';
import { softwareDate, softwareRounds } from '../../../src/lib/content/method/software';
import { DEFAULT_EFFICIENCIES } from '../../../src/lib/model/inference/efficiencies';
import { EFFICIENCY_SOURCES } from '../../../src/lib/model/inference/efficiency-sources';
import { evaluateInference } from '../../../src/lib/model/inference/evaluate-inference';
import {
	collectiveAlphaS,
	LATENCY_FIT,
	SERVING_LATENCY
} from '../../../src/lib/model/inference/latency';
import { SERVING_LATENCY_SOURCES } from '../../../src/lib/model/inference/latency-sources';
import { DEFAULT_SERVING } from '../../../src/lib/model/inference/serving';
import { specFromPresetId } from '../../../src/lib/model/scenario';

const close = (a: number, b: number, rel = 1e-9) =>
	expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b), 1e-30));

describe('latencyFitView()', () => {
	const fit = latencyFitView();

	it('shows the fit latency.ts computes: its points, slope, intercept and residuals', () => {
		expect(fit.points).toHaveLength(LATENCY_FIT.points.length);
		expect(fit.interceptS).toBe(LATENCY_FIT.interceptS);
		expect(fit.perDoublingS).toBe(LATENCY_FIT.perDoublingS);
		expect(fit.usedPerDoublingS).toBe(SERVING_LATENCY.perDoublingS);
		fit.points.forEach((p, i) => {
			const q = LATENCY_FIT.points[i]!;
			expect(p.label).toBe(q.label);
			expect(p.residualS).toBe(q.residualS);
			close(p.measuredS - p.bandwidthS, p.alphaS);
			close(p.alphaS - p.fittedS, p.residualS);
		});
		const rms = Math.sqrt(fit.points.reduce((s, p) => s + p.residualS ** 2, 0) / fit.points.length);
		close(fit.rmsResidualS, rms);
		expect(fit.maxAbsResidualS).toBe(Math.max(...fit.points.map((p) => Math.abs(p.residualS))));
	});

	it('recomputes one residual by hand: DeepEP’s EP8 dispatch on H800', () => {
		// bytes = 128 tokens × top-8 × 7,168 × 1 B (FP8) × 7/8 off-chip = 6,422,528 B;
		// bandwidth share = 6,422,528 B ÷ (200 GB/s × 0.8) = 40.1408 µs; α = 77 − 40.1408 = 36.8592 µs;
		// fitted = 20 µs + b × log2(8) = 20 + 3b; residual = 36.8592 − 20 − 3b = 16.8592 µs − 3b
		// (b ≈ 9.48 µs per doubling: ≈ −11.58 µs).
		const p = fit.points.find((q) => q.label === 'DeepEP dispatch EP8, H800 (FP8)')!;
		close(p.bandwidthS, 40.1408e-6);
		close(p.alphaS, 36.8592e-6);
		close(p.residualS, 16.8592e-6 - 3 * fit.perDoublingS);
		expect(p.fabric).toBe('nvlink');
		expect(p.source.id).toBe('DEEPEP');
	});

	it('marks the CloudMatrix and DeepEP-Ascend points as Unified Bus, the rest as NVLink', () => {
		for (const p of fit.points) {
			const ascend = /CloudMatrix|Ascend/.test(p.label);
			expect(p.fabric, p.label).toBe(ascend ? 'ub' : 'nvlink');
		}
	});

	it('gives α(G) per fabric as the model computes it, scale-out never below scale-up', () => {
		const [up, out] = fit.curves;
		expect(up!.fabric).toBe('scale-up');
		expect(out!.fabric).toBe('scale-out');
		for (const curve of fit.curves)
			for (const at of [...curve.alphaAt, ...curve.lineAt])
				expect(at.alphaS).toBe(
					collectiveAlphaS(curve.interceptS, SERVING_LATENCY.perDoublingS, at.group)
				);
		expect(up!.interceptS).toBe(DEFAULT_EFFICIENCIES.scaleUpLatencyS);
		expect(out!.interceptS).toBeGreaterThanOrEqual(up!.interceptS);
		expect(up!.alphaAt.map((a) => a.group)).toEqual([8, 72, 384]);
	});
});

describe('servingAssumptionRows()', () => {
	const rows = servingAssumptionRows();

	it('lists every serving-latency assumption and every efficiency, with the model’s values', () => {
		const latencyKeys = Object.keys(SERVING_LATENCY_SOURCES);
		const efficiencyKeys = Object.keys(DEFAULT_EFFICIENCIES);
		expect(rows.map((r) => r.id)).toEqual([
			...latencyKeys.map((k) => `latency.${k}`),
			...efficiencyKeys.map((k) => `efficiency.${k}`)
		]);
		for (const row of rows) {
			const [kind, key] = row.id.split('.') as [string, string];
			const value =
				kind === 'latency'
					? SERVING_LATENCY[key as keyof typeof SERVING_LATENCY]
					: DEFAULT_EFFICIENCIES[key as keyof typeof DEFAULT_EFFICIENCIES];
			expect(row.value, row.id).toBe(value);
			const source =
				kind === 'latency'
					? SERVING_LATENCY_SOURCES[key as keyof typeof SERVING_LATENCY_SOURCES]
					: EFFICIENCY_SOURCES[key as keyof typeof EFFICIENCY_SOURCES];
			expect(row.note).toBe(source.note);
			expect(row.nature).toBe(source.nature);
			expect(row.sources.map((s) => s.id)).toEqual([...new Set(source.sources)]);
		}
	});

	it('includes MTP acceptance, the decode overlap and the tail ratios, with units', () => {
		const byId = new Map(rows.map((r) => [r.id, r]));
		expect(byId.get('latency.draftAcceptance')!.value).toBe(SERVING_LATENCY.draftAcceptance);
		expect(byId.get('efficiency.decodeOverlapFraction')!.value).toBe(
			DEFAULT_EFFICIENCIES.decodeOverlapFraction
		);
		expect(byId.get('latency.tpotTailRatio')!.unit).toBe('1');
		expect(byId.get('latency.layerFixedS')!.unit).toBe('s');
		expect(byId.get('efficiency.stepOverheadS')!.unit).toBe('s');
		expect(byId.get('efficiency.hbmFraction')!.unit).toBe('1');
		expect(byId.get('latency.minGemmRows')!.unit).toBe('rows');
	});

	it('dates every source: published where the catalog has it, else when it was read', () => {
		for (const source of rows.flatMap((r) => r.sources)) {
			const entry = LLM_SOURCES[source.id as keyof typeof LLM_SOURCES] as {
				published?: string;
				accessed: string;
			};
			expect(source.date).toBe(entry.published ?? entry.accessed);
			expect(source.published).toBe(entry.published !== undefined);
			expect(source.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
		}
	});
});

describe('decodeStepView()', () => {
	const view = decodeStepView();
	const result = evaluateInference(specFromPresetId('gb200-nvl72')!, DEFAULT_SERVING);
	if (result.kind !== 'ok' || !result.atTarget) throw new Error('default scenario has no point');
	const point = result.atTarget;

	it('is the default scenario’s operating point as evaluateInference returns it', () => {
		expect(view.stepS).toBe(point.stepS);
		expect(view.batch).toBe(point.batch);
		expect(view.layout).toEqual(point.layout);
		expect(view.mode).toBe(point.mode);
		expect(view.userTokensPerS).toBe(point.userTokensPerS);
		expect(view.chipTokensPerS).toBe(point.chipTokensPerS);
		expect(view.decodeChipTokensPerS).toBe(point.decodeChipTokensPerS);
		expect(view.pools).toEqual(point.pools);
		expect(view.alternatives).toEqual(point.alternatives);
		expect([view.computeS, view.memoryS, view.communicationS, view.overheadS]).toEqual([
			point.time.computeS,
			point.time.memoryS,
			point.time.communicationS,
			point.time.overheadS
		]);
	});

	it('blends the terms with the decode overlap, and splits the overhead into its parts', () => {
		// step = low + (1 − overlap) × (high − low), as pass.ts blends (fixed and draft time in both).
		close(view.stepS, view.lowS + (1 - view.decodeOverlap) * (view.highS - view.lowS), 1e-12);
		expect(view.decodeOverlap).toBe(DEFAULT_EFFICIENCIES.decodeOverlapFraction);
		expect(view.draftS).toBeGreaterThan(0); // the default serves with MTP (1.8 tokens per step)
		close(view.hostOverheadS + view.kernelFixedS + view.draftS, view.overheadS, 1e-12);
		close(view.hbmBytes / view.hbmBytesPerS, view.memoryS, 1e-12);
		// The rate the step was timed at: GB200's 8 TB/s × HBM fraction 0.85 × Blackwell's serving
		// software fraction 0.58 = 3.944 TB/s (without the last, the page read 6.8 TB/s and 74 GB).
		close(view.hbmBytesPerS, 8e12 * 0.85 * 0.58, 1e-12);
		// 50 tokens/s per user at the 99th percentile is a mean of 50 × 1.2 = 60.
		close(view.meanUserTokensPerS, 50 * SERVING_LATENCY.tpotTailRatio);
		expect(view.userTokensPerS).toBeGreaterThanOrEqual(view.meanUserTokensPerS * (1 - 1e-9));
	});

	it('serves the way that gives more tokens per chip, with pools of whole instances in the system', () => {
		const { coLocated, disaggregated } = view.alternatives;
		const best = Math.max(coLocated ?? 0, disaggregated ?? 0);
		close(view.chipTokensPerS, best);
		expect(view.mode).toBe(
			(disaggregated ?? 0) >= (coLocated ?? 0) ? 'disaggregated' : 'co-located'
		);
		if (view.mode === 'disaggregated') {
			expect(view.pools.decodeChips % view.layout.chips).toBe(0);
			expect(Number.isInteger(view.pools.prefillChips)).toBe(true);
			expect(view.pools.prefillChips).toBeGreaterThan(0);
			expect(view.pools.prefillChips + view.pools.decodeChips).toBeLessThanOrEqual(
				view.systemChips
			);
			expect(view.systemChips).toBe(72);
		}
	});
});

describe('softwareRounds() and softwareDate()', () => {
	it('pairs each later MLPerf result of the validation table with the round before', () => {
		const rows = softwareRounds();
		expect(rows).toHaveLength(6);
		for (const row of rows) {
			const id = `mlperf-${row.after.round}-${row.id}`;
			const later = findMeasuredCase(id)!;
			expect(later, id).toBeDefined();
			close(row.after.tokensPerS, later.measuredTokensPerSPerChip * later.chipsMeasured);
			close(row.gain, row.after.tokensPerS / row.before.tokensPerS);
			// The page says the same hardware improves: every pair does.
			expect(row.gain, id).toBeGreaterThan(1);
		}
		// GB200 NVL72 server, v5.0 → v5.1: 11,614.3 ÷ 8,850.1 = 1.3123.
		const gb200 = rows.find((r) => r.system === 'GB200 NVL72' && r.scenario === 'server')!;
		close(gb200.gain, 1.3123, 1e-4);
	});

	it('dates the software the efficiencies assume by their newest dated source', () => {
		const date = softwareDate();
		// LMSYS_EP (2025-05-05) and CM384_PAPER (2025-06) date the global efficiencies; the software
		// table's fit rows add MLPERF_INF_50 (2025-04) and MLPERF_INF_51 (2025-09), the newest.
		expect(date.asOf).toBe('2025-09');
		expect(date.newest.id).toBe('MLPERF_INF_51');
		expect(date.undated.every((s) => !s.published)).toBe(true);
		// TensorRT-LLM's lm-head split and the MTP recipe (draftHeadChips, version 21) were read in
		// 2026-12.
		expect(date.undatedReadOn).toBe('2026-12');
	});
});
