import { LLAMA_405B_TRAINING } from '../../../fixtures/training';
import { describe, expect, it } from 'vitest';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import {
	SCALE_CURVE_MAX_CHIPS,
	nearestSmooth,
	scaleCurveChips,
	trainingScaleCurve
} from '../../../../src/lib/model/training';

describe('scaleCurveChips', () => {
	it('runs log-spaced from one domain to at most 100,000 chips in whole domains', () => {
		const chips = scaleCurveChips(72, SCALE_CURVE_MAX_CHIPS, 20);
		expect(chips[0]).toBe(72);
		expect(chips.length).toBeGreaterThanOrEqual(15);
		expect(chips.length).toBeLessThanOrEqual(20);
		for (const n of chips) {
			expect(n % 72).toBe(0);
			expect(n).toBeLessThanOrEqual(100_000);
		}
		// Last: 72 × 1,296 (2^4 · 3^4, the 3-smooth number nearest ⌊100,000 / 72⌋ = 1,388) = 93,312
		expect(chips[chips.length - 1]).toBe(93_312);
		// Increasing, no step above 3× (20 points over 1,388× is ~1.46× each before snapping).
		for (let i = 1; i < chips.length; i++) {
			const ratio = (chips[i] ?? 0) / (chips[i - 1] ?? 1);
			expect(ratio).toBeGreaterThan(1);
			expect(ratio).toBeLessThanOrEqual(3);
		}
	});

	it('snaps domain counts to the nearest 2^a · 3^b in ratio', () => {
		expect(nearestSmooth(1388, 1388)).toBe(1296);
		// |ln(6/5)| = 0.182 < |ln(4/5)| = 0.223
		expect(nearestSmooth(5, 100)).toBe(6);
	});
});

function preset(id: string): SystemSpec {
	const spec = specFromPresetId(id);
	if (!spec) throw new Error(id);
	return spec;
}

const LLAMA_405B = findLlmPreset('llama-3.1-405b')?.spec;
const LLAMA_70B = findLlmPreset('llama-3.3-70b')?.spec;
if (!LLAMA_405B || !LLAMA_70B) throw new Error('LLM presets');

const SETTINGS = LLAMA_405B_TRAINING;

describe('trainingScaleCurve', () => {
	it('shows traffic leaving the domain past one NVL72, and per-chip efficiency falling', () => {
		const curve = trainingScaleCurve(preset('gb200-nvl72'), SETTINGS);
		const first = curve[0];
		const last = curve[curve.length - 1];
		if (!first || !last) throw new Error('empty curve');
		// One rack: every byte stays on NVLink.
		expect(first.scaleOutShare).toBe(0);
		// Every later point sends part of its traffic over scale-out.
		for (const p of curve.slice(1)) expect(p.scaleOutShare ?? 0).toBeGreaterThan(0);
		// Efficiency is relative to the best point: ≤ 1, and 1 somewhere.
		const effs = curve.map((p) => p.perChipEfficiency).filter((e): e is number => e !== null);
		expect(Math.max(...effs)).toBeCloseTo(1, 12);
		expect(Math.min(...effs)).toBeGreaterThan(0);
		// At a fixed 16M-token batch, 93k chips run far below the best per-chip rate.
		expect(last.perChipEfficiency ?? 1).toBeLessThan(0.8);
		for (const p of curve) {
			if (p.tokensPerS !== null) expect(Number.isFinite(p.tokensPerS)).toBe(true);
		}
	});

	it('on 8-GPU boards, 70B leaves the domain from the second point on', () => {
		const settings = { ...SETTINGS, model: LLAMA_70B };
		const curve = trainingScaleCurve(preset('hgx-h100'), settings, { points: 12 });
		expect(curve[0]?.chips).toBe(8);
		const withNumbers = curve.filter((p) => p.tokensPerS !== null);
		expect(withNumbers.length).toBeGreaterThan(6);
		for (const p of withNumbers.filter((p) => p.chips > 8)) {
			expect(p.scaleOutShare ?? 0).toBeGreaterThan(0);
		}
	});

	it('throughput grows with chips even as per-chip efficiency falls', () => {
		const curve = trainingScaleCurve(preset('cloudmatrix-384'), SETTINGS, { points: 10 });
		const rates = curve.map((p) => p.tokensPerS).filter((r): r is number => r !== null);
		expect(rates.length).toBe(curve.length);
		expect(rates[rates.length - 1] ?? 0).toBeGreaterThan(10 * (rates[0] ?? Infinity));
	});
});
