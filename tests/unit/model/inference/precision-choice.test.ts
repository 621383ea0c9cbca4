import { describe, expect, it } from 'vitest';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import {
	chooseAttentionPrecision,
	choosePrecision
} from '../../../../src/lib/model/inference/precision-choice';
import { DEFAULT_SERVING } from '../../../../src/lib/model/inference/serving';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import { trainingJobs } from '../../../../src/lib/model/operations';
import { defaultScenario } from '../../../../src/lib/model/scenario';
import { register2026 } from '../../../../src/lib/catalog/register-2026';
import type { SystemSpec } from '../../../../src/lib/model/system';

register2026(); // Vera Rubin is a lazily loaded preset
const PETA = 1e15;
const rubin = specFromPresetId('vr-nvl72')!;
const cm384 = specFromPresetId('cloudmatrix-384')!;

describe('choosePrecision', () => {
	it('uses the published rate when the chip has one', () => {
		const gb200 = specFromPresetId('gb200-nvl72')!;
		expect(choosePrecision(gb200, 'bf16', 'attention')).toEqual({
			wanted: 'bf16',
			used: 'bf16',
			denseFlopsPerS: gb200.denseFlopsPerS.bf16,
			warning: null,
			assumedFrom: null
		});
	});

	it('falls back to a wider published format before assuming anything (Ascend 910C: no FP8)', () => {
		const chosen = choosePrecision(cm384, 'fp8', 'matrix work')!;
		expect(chosen.used).toBe('int8'); // same width first
		expect(chosen.assumedFrom).toBeNull();
	});

	it('gives no BF16 rate for matrix work or training on a chip that publishes none', () => {
		// The reader picked that precision: the page names the unknown figure, to be entered.
		expect(choosePrecision(rubin, 'bf16', 'matrix work')).toBeNull();
	});
});

describe('chooseAttentionPrecision', () => {
	it('assumes half the FP8 rate for BF16 on a chip publishing FP8 but no BF16 (Vera Rubin)', () => {
		expect(rubin.denseFlopsPerS.bf16).toBeUndefined();
		const chosen = chooseAttentionPrecision(rubin, 'bf16')!;
		// 1.2 EF FP8 ÷ 72 = 16.67 PF; BF16 assumed at half: 8.33 PF.
		expect(rubin.denseFlopsPerS.fp8! / PETA).toBeCloseTo(1.2e18 / 72 / PETA, 3);
		expect(chosen.denseFlopsPerS).toBe(rubin.denseFlopsPerS.fp8! / 2);
		expect(chosen).toMatchObject({ wanted: 'bf16', used: 'bf16', assumedFrom: 'fp8' });
		expect(chosen.warning).toBe(
			'Vera Rubin NVL72 publishes no BF16 figure: attention is assumed to run at 1/2 of its FP8 rate.'
		);
	});

	it('scales from the widest narrower format: FP4 alone gives a quarter for BF16', () => {
		const fp4Only: SystemSpec = { ...rubin, denseFlopsPerS: { fp4: 40 * PETA } };
		const chosen = chooseAttentionPrecision(fp4Only, 'bf16')!;
		expect(chosen.denseFlopsPerS).toBe(10 * PETA);
		expect(chosen.assumedFrom).toBe('fp4');
	});

	it('never assumes a narrower format from a wider one (no FP4 invented for BF16-only chips)', () => {
		const bf16Only: SystemSpec = { ...rubin, denseFlopsPerS: { bf16: 1 * PETA } };
		expect(chooseAttentionPrecision(bf16Only, 'fp8')).toMatchObject({
			used: 'bf16',
			assumedFrom: null
		});
		expect(chooseAttentionPrecision({ ...rubin, denseFlopsPerS: {} }, 'bf16')).toBeNull();
	});
});

describe('a chip without a BF16 figure', () => {
	it('is served at the default workload (BF16 cache) and says its attention rate is assumed', () => {
		const result = evaluateInference(rubin, DEFAULT_SERVING);
		expect(result.kind).toBe('ok');
		if (result.kind !== 'ok') return;
		expect(result.atTarget).not.toBeNull();
		expect(result.precision.attention.assumedFrom).toBe('fp8');
		expect(result.warnings.some((w) => w.includes('publishes no BF16 figure'))).toBe(true);
	});

	it('is not served with BF16 matrix work, nor trained in BF16: that figure is the reader’s to enter', () => {
		const bf16 = evaluateInference(rubin, { ...DEFAULT_SERVING, computePrecision: 'bf16' });
		expect(bf16.kind).toBe('unsupported');
		const base = defaultScenario();
		const scenario = {
			...base,
			systems: [rubin],
			training: { ...base.training, precision: 'bf16' as const }
		};
		expect(trainingJobs(scenario)[0]!.precision).toBeNull();
	});
});
