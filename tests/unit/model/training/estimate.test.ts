import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LLM_PRESETS, findLlmPreset } from '../../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../../src/lib/catalog/systems';
import type { Estimate } from '../../../../src/lib/model/estimate-types';
import type { LlmSpec } from '../../../../src/lib/model/llm';
import { gigabytesText } from '../../../../src/lib/model/prose';
import { PRECISIONS } from '../../../../src/lib/model/precision';
import { specFromPreset, specFromPresetId } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import {
	DEFAULT_TRAINING_EFFICIENCIES as EFF,
	TRAINING_BOUNDS,
	estimateTraining,
	estimateTrainingOnChips,
	type TrainingEstimate,
	type TrainingResult,
	type TrainingSettings
} from '../../../../src/lib/model/training';
import { normalizeTraining, trainingInput } from '../../../../src/lib/inputs/training';

const TOY_MODEL: LlmSpec = {
	id: 'toy',
	name: 'Toy',
	layers: 10,
	hiddenSize: 1000,
	attention: {
		kind: 'gqa',
		queryHeads: 8,
		kvHeads: 2,
		headDim: 125,
		slidingWindowLayers: 0,
		windowTokens: 0
	},
	totalParams: 1e9,
	alwaysReadParams: 1e9,
	moe: null,
	maxContextTokens: 4096
};

/**
 * The toy model split 16 ways: TP must divide the query heads (pinned.ts), so 16 heads of 62.5
 * and 4 KV heads, the same widths (16 × 62.5 = 8 × 125; 4 × 62.5 = 2 × 125), parameters, FLOPs
 * and bytes as TOY_MODEL.
 */
const TOY_MODEL_16_HEADS: LlmSpec = {
	...TOY_MODEL,
	attention: {
		kind: 'gqa',
		queryHeads: 16,
		kvHeads: 4,
		headDim: 62.5,
		slidingWindowLayers: 0,
		windowTokens: 0
	}
};

const TOY_SYSTEM: SystemSpec = {
	name: 'Toy 8',
	presetId: null,
	chips: 8,
	denseFlopsPerS: { bf16: 1e15 },
	hbmBytes: 80e9,
	hbmBytesPerS: 2e12,
	scaleUpBytesPerS: 100e9,
	scaleUpDomainChips: 8,
	scaleOutBytesPerS: 10e9,
	chipPowerW: 700,
	allInPowerPerChipW: 1000
};

const TOY_SETTINGS: TrainingSettings = {
	model: TOY_MODEL,
	tokensToTrain: 1e12,
	globalBatchTokens: 8 * 2048,
	sequenceTokens: 2048,
	precision: 'bf16',
	systems: 1,
	layout: { tp: 2, pp: 2, dp: 2, ep: 1, microbatches: 4 },
	overlap: 0.5
};

function trained(result: TrainingResult): TrainingEstimate {
	if (result.kind !== 'training') throw new Error(result.note);
	return result;
}

describe('estimateTraining: step time from first principles (toy system, hand arithmetic)', () => {
	const r = trained(estimateTraining(TOY_SYSTEM, TOY_SETTINGS));
	// FLOPs: 16,384 tokens × 6.12288e9 FLOP/token ÷ (8 chips × 1e15 × 0.58) = 0.0216201 s
	const flopsS = (16_384 * 6.12288e9) / (8 * 1e15 * 0.58);
	// Memory-bound kernels: norms and residuals 10 layers × 10 × 1,000 = 1e5 values; attention
	// 10 × 1,000 × 125 × 2 × (8 + 2) = 2.5e7 params, so SwiGLU (1e9 − 2.5e7) ÷ 1,000 = 975,000;
	// × (1 + 1.5 backward) × 2 B = 5.375e6 B per token, over 8 chips at 2 TB/s × 0.83.
	const elementwiseS = (16_384 * 1.075e6 * 2.5 * 2) / (8 * 2e12 * 0.83); // 0.0066313 s
	const computeS = flopsS + elementwiseS;
	// Bubble: computeS × (2 − 1) ÷ (1 × 4)
	const bubbleS = computeS / 4;
	// TP: 4 microbatches × 5 layers × 4 all-reduces of 2,048 × 1,000 × 2 B = 4.096e6 B on
	// 100 GB/s × 0.8; each 2 × (1/2 × 4.096e6 / 80e9 + 2.5 µs) = 5.62e-5 s
	const tpS = 80 * 2 * (0.5 * (4.096e6 / 80e9) + 2.5e-6);
	// PP: 4 microbatches × 1 chunk × 2 sends of 2,048 × 1,000 × 2 / 2 = 2.048e6 B, in the domain
	const ppS = 8 * (2.048e6 / 80e9 + 2.5e-6);
	// DP: 2 ring passes over 2 ranks of 2.5e8 params × 2 B = 5e8 B, both ranks in one domain
	const dpS = 2 * (0.5 * (5e8 / 80e9) + 2.5e-6);
	const upS = tpS + ppS + dpS;

	it('splits the step into compute, bubble and scale-up traffic', () => {
		expect(r.breakdown.computeS.value).toBeCloseTo(computeS, 12);
		expect(r.breakdown.bubbleS.value).toBeCloseTo(bubbleS, 12);
		expect(r.breakdown.tensorParallelS.value).toBeCloseTo(tpS, 12);
		expect(r.breakdown.pipelineS.value).toBeCloseTo(ppS, 12);
		expect(r.breakdown.dataParallelS.value).toBeCloseTo(dpS, 12);
		expect(r.breakdown.scaleUpS.value).toBeCloseTo(upS, 12);
		expect(r.breakdown.scaleOutS.value).toBe(0);
	});

	it('is max + (1 − overlap) × (sum − max), with the range max … sum', () => {
		const low = Math.max(computeS + bubbleS, upS);
		const high = computeS + bubbleS + upS;
		expect(r.stepS.range?.low).toBeCloseTo(low, 12);
		expect(r.stepS.range?.high).toBeCloseTo(high, 12);
		expect(r.stepS.value).toBeCloseTo(low + 0.5 * (high - low), 12);
		expect(r.stepS.bound).toBe('compute');
	});

	it('derives tokens/s, MFU, time to train and chip-seconds from the step', () => {
		const stepS = r.stepS.value;
		expect(r.tokensPerS.value).toBeCloseTo(16_384 / stepS, 6);
		expect(r.tokensPerSPerChip.value).toBeCloseTo(16_384 / stepS / 8, 6);
		// MFU = 6.12288e9 × tokens/s ÷ (8 × 1e15)
		expect(r.mfu.value).toBeCloseTo((6.12288e9 * (16_384 / stepS)) / 8e15, 12);
		// 1e12 tokens ÷ 16,384 per step = 61,035,156.25 steps
		expect(r.timeToTrainS.value).toBeCloseTo((1e12 / 16_384) * stepS, 3);
		expect(r.chipSeconds.value).toBeCloseTo(8 * r.timeToTrainS.value, 3);
	});

	it('overlap 1 gives the max of the terms, overlap 0 their sum', () => {
		const perfect = trained(estimateTraining(TOY_SYSTEM, { ...TOY_SETTINGS, overlap: 1 }));
		const none = trained(estimateTraining(TOY_SYSTEM, { ...TOY_SETTINGS, overlap: 0 }));
		expect(perfect.stepS.value).toBeCloseTo(computeS + bubbleS, 12);
		expect(none.stepS.value).toBeCloseTo(computeS + bubbleS + upS, 12);
	});

	it('interleaving divides the bubble by the virtual stages', () => {
		// v = 2: computeS × (2 − 1) ÷ (2 × 4) = computeS / 8; the PP sends double (8 → 16).
		const v2 = trained(
			estimateTraining(TOY_SYSTEM, {
				...TOY_SETTINGS,
				layout: { ...TOY_SETTINGS.layout!, virtualStages: 2 }
			})
		);
		expect(v2.breakdown.bubbleS.value).toBeCloseTo(computeS / 8, 12);
		expect(v2.bubbleFraction.value).toBeCloseTo(1 / 9, 12); // (2 − 1) / (2 × 4 + 2 − 1)
		expect(v2.breakdown.pipelineS.value).toBeCloseTo(2 * ppS, 12);
	});

	it('a TP group larger than the domain runs its collectives hierarchically across the tiers', () => {
		// tp 16 over two 8-chip systems: 8 microbatches × 10 layers × 4 all-reduce equivalents
		// (each a reduce-scatter + an all-gather) of 2,048 × 1,000 × 2 = 4.096e6 B.
		// One pass: a ring of 8 in the domain at 100 GB/s × 0.8 over the whole buffer,
		//   7/8 × 4.096e6 / 80e9 + 7 × 2.5 µs = 6.23e-5 s,
		// then a ring of 2 domains at 10 GB/s × 0.8 over the 1/8 shard each chip owns,
		//   1/2 × 5.12e5 / 8e9 + 1 × 5 µs = 3.7e-5 s.
		// Two passes each: up 320 × 2 × 6.23e-5 = 0.03987 s, out 320 × 2 × 3.7e-5 = 0.02368 s.
		const wide = trained(
			estimateTraining(TOY_SYSTEM, {
				...TOY_SETTINGS,
				model: TOY_MODEL_16_HEADS,
				systems: 2,
				layout: { tp: 16, pp: 1, dp: 1, ep: 1, microbatches: 8 }
			})
		);
		const inside = (7 / 8) * (4.096e6 / 80e9) + 7 * 2.5e-6;
		const across = 0.5 * (4.096e6 / 8 / 8e9) + 5e-6;
		const collectives = 8 * 10 * 4;
		expect(wide.breakdown.tensorParallelS.value).toBeCloseTo(
			collectives * 2 * (inside + across),
			9
		);
		// dp = 1 and pp = 1: TP is the only traffic.
		expect(wide.breakdown.scaleUpS.value).toBeCloseTo(collectives * 2 * inside, 9);
		expect(wide.breakdown.scaleOutS.value).toBeCloseTo(collectives * 2 * across, 9);
		expect(wide.placement.tp).toBe('scale-out');
		expect(wide.warnings).toContain('tensor-parallel-leaves-scale-up-domain');
	});

	it('FSDP gathers weights every microbatch: 2m + 1 ring passes instead of 2', () => {
		// tp 1, dp 8, m = 8 sequences ÷ 8 = 1. Grad/weight buffer 1e9 params × 2 B = 2e9 B;
		// one pass over 8 ranks in one domain: 7/8 × 2e9 / 80e9 + 7 × 2.5 µs = 0.0218925 s
		const pass = (7 / 8) * (2e9 / 80e9) + 7 * 2.5e-6;
		const layout = { tp: 1, pp: 1, dp: 8, ep: 1, microbatches: 1 };
		const ddp = trained(estimateTraining(TOY_SYSTEM, { ...TOY_SETTINGS, layout }));
		const fsdp = trained(
			estimateTraining(TOY_SYSTEM, { ...TOY_SETTINGS, layout: { ...layout, fsdp: true } })
		);
		expect(ddp.breakdown.dataParallelS.value).toBeCloseTo(2 * pass, 12);
		expect(fsdp.breakdown.dataParallelS.value).toBeCloseTo(3 * pass, 12);
	});

	it('is memory-bandwidth bound when streaming weights outruns the FLOPs (roofline)', () => {
		// HBM at 1 GB/s: 4 microbatches × 2.5e8 params × (3 × 2 B weights + 2 × 2 B gradients, in
		// and out at the memory model's BF16; it read 8 B of FP32 gradients memory.ts never held)
		// = 1e10 B ÷ (1e9 × 0.83) = 12.048 s, far above the 0.0216 s of FLOPs; then the memory-bound
		// kernels, 16,384 tokens × 5.375e6 B ÷ 8 chips = 1.1008e10 B per chip at the same rate.
		const slow = trained(estimateTraining({ ...TOY_SYSTEM, hbmBytesPerS: 1e9 }, TOY_SETTINGS));
		expect(slow.breakdown.computeS.value).toBeCloseTo((1e10 + 1.1008e10) / 0.83e9, 9);
		expect(slow.breakdown.computeS.bound).toBe('memory-bandwidth');
		expect(slow.stepS.bound).toBe('memory-bandwidth');
	});

	it('a pipeline spanning two 8-chip systems pays scale-out for its sends', () => {
		const twoBoards = trained(
			estimateTraining(TOY_SYSTEM, {
				...TOY_SETTINGS,
				systems: 2,
				layout: { tp: 8, pp: 2, dp: 1, ep: 1, microbatches: 8 }
			})
		);
		// 8 microbatches × 2 sends of 2,048 × 1,000 × 2 / 8 = 512,000 B on 10 GB/s × 0.8, + 5 µs each
		expect(twoBoards.breakdown.pipelineS.value).toBeCloseTo(16 * (512_000 / 8e9 + 5e-6), 12);
		expect(twoBoards.breakdown.scaleOutS.value).toBeGreaterThan(0);
	});
});

describe('estimateTraining: layouts', () => {
	it('searches for a layout no slower than a valid pinned one', () => {
		const pinned = trained(estimateTraining(TOY_SYSTEM, TOY_SETTINGS));
		const auto = trained(estimateTraining(TOY_SYSTEM, { ...TOY_SETTINGS, layout: null }));
		expect(auto.layoutSource).toBe('auto');
		expect(auto.layoutsConsidered).toBeGreaterThan(1);
		expect(auto.memory.fits).toBe(true);
		expect(auto.stepS.value).toBeLessThanOrEqual(pinned.stepS.value);
	});

	it('costs the layout it finds exactly as the same layout pinned', () => {
		// The search works out the system's fabrics, the model's FLOPs and the elementwise bytes once
		// per search (step.ts, StepContext); a pinned layout works them out for itself. They must
		// agree with and without expert parallelism, and with either recompute.
		const cases = [
			// [system, model, sequence tokens, systems, what the search picks]
			['gb200-nvl72', 'deepseek-r1', 4096, 4, 'EP, selective'],
			['cloudmatrix-384', 'deepseek-r1', 4096, 1, 'EP, selective'],
			['hgx-b200', 'kimi-k2', 32_768, 16, 'EP, full'],
			['hgx-h100', 'llama-3.3-70b', 4096, 2, 'no EP, full'],
			['gb200-nvl72', 'llama-3.1-405b', 4096, 4, 'no EP, selective']
		] as const;
		for (const [presetId, llm, sequenceTokens, systems, picks] of cases) {
			const system = specFromPresetId(presetId)!;
			const settings: TrainingSettings = {
				...TOY_SETTINGS,
				model: findLlmPreset(llm)!.spec,
				sequenceTokens,
				globalBatchTokens: sequenceTokens * 1024,
				layout: null,
				precision: 'bf16',
				systems
			};
			const found = trained(estimateTraining(system, settings));
			const label = `${presetId} ${llm}`;
			const { ep, recompute } = found.layout;
			expect(`${ep > 1 ? 'EP' : 'no EP'}, ${recompute}`, label).toBe(picks);
			const pinned = trained(estimateTraining(system, { ...settings, layout: found.layout }));
			expect(pinned.layout, label).toEqual(found.layout);
			expect(pinned.breakdown, label).toEqual(found.breakdown);
			expect(pinned.stepS, label).toEqual(found.stepS);
		}
	});

	it('splits the batch into whole microbatches even when dp does not divide the sequences', () => {
		// CloudMatrix 384 on DeepSeek-R1 (4,096 sequences of 4,096 tokens): the search picks dp = 96,
		// and 4,096 ÷ 96 = 42.7, so each replica runs ⌈42.7⌉ = 43 microbatches, not a fraction.
		for (const presetId of ['cloudmatrix-384', 'gb200-nvl72', 'gb300-nvl72']) {
			const result = trained(
				estimateTraining(specFromPresetId(presetId)!, {
					...TOY_SETTINGS,
					model: findLlmPreset('deepseek-r1')!.spec,
					sequenceTokens: 4096,
					globalBatchTokens: 4096 * 4096,
					layout: null,
					precision: 'bf16'
				})
			);
			expect(Number.isInteger(result.layout.microbatches), presetId).toBe(true);
			expect(result.layout.microbatches).toBe(Math.ceil(4096 / result.layout.dp));
		}
	});

	it('idles a few chips to keep expert parallelism when the chip count does not factor', () => {
		// 216 chips = 3 NVL72 racks. With tp 1 and pp 8, dp 27 would leave a width of 27 that no
		// power-of-two EP divides; the search now also tries a smaller dp for each EP degree.
		const settings: TrainingSettings = {
			...TOY_SETTINGS,
			model: findLlmPreset('deepseek-r1')!.spec,
			sequenceTokens: 4096,
			globalBatchTokens: 4096 * 4096,
			layout: null,
			precision: 'fp8'
		};
		const gb200 = specFromPresetId('gb200-nvl72')!;
		const perChip = (chips: number) => {
			const r = trained(estimateTrainingOnChips(gb200, settings, chips));
			return { layout: r.layout, tokensPerSPerChip: r.tokensPerS.value / chips };
		};
		const three = perChip(216);
		expect(three.layout.ep).toBeGreaterThan(1);
		// Before, 216 and 432 chips fell to ~0.8× the per-chip rate of 144 and 288 (a jagged curve).
		expect(three.tokensPerSPerChip).toBeGreaterThan(0.95 * perChip(144).tokensPerSPerChip);
		expect(perChip(432).tokensPerSPerChip).toBeGreaterThan(0.9 * perChip(288).tokensPerSPerChip);
	});

	it('finds nothing for Llama 3.1 405B on one 8 × 80 GB board (16 B/param alone is 6.5 TB)', () => {
		const model = findLlmPreset('llama-3.1-405b')?.spec;
		const h100 = specFromPresetId('hgx-h100');
		if (!model || !h100) throw new Error('presets');
		const r = estimateTraining(h100, {
			...TOY_SETTINGS,
			model,
			sequenceTokens: 8192,
			globalBatchTokens: 8192 * 512,
			layout: null
		});
		expect(r.kind).toBe('unavailable');
	});

	it('refuses a pinned layout that overflows HBM, keeping its memory to say by how much', () => {
		// 1e9 parameters over TP16 still hold 1/16 of the weights, gradients and optimizer state
		// each, plus activations: more than a 1 GB chip. A layout that cannot run has no time.
		const tiny = { ...TOY_SYSTEM, hbmBytes: 1e9 };
		const pinned = {
			tp: 16,
			pp: 1,
			dp: 1,
			ep: 1,
			microbatches: 8,
			recompute: 'selective' as const
		};
		const settings = { ...TOY_SETTINGS, model: TOY_MODEL_16_HEADS, systems: 4, layout: pinned };
		const r = estimateTraining(tiny, settings);
		expect(r.kind).toBe('unavailable');
		if (r.kind !== 'unavailable' || !('memory' in r)) throw new Error('expected its memory');
		const m = r.memory;
		expect(m.fits).toBe(false);
		expect(m.totalBytes.bound).toBe('memory-capacity');
		expect(m.totalBytes.value).toBeGreaterThan(1e9);
		expect(m.totalBytes.value).toBeCloseTo(
			m.weightsBytes.value + m.gradsBytes.value + m.optimizerBytes.value + m.activationBytes.value
		);
		expect(m.hbmBytes.value).toBe(1e9);
		expect(r.note).toBe(
			`The pinned layout needs ${gigabytesText(m.totalBytes.value)} of HBM per chip and a chip ` +
				'has 1 GB: it cannot run. Add tensor or pipeline parallelism (or expert parallelism for ' +
				'a mixture of experts), shard with FSDP, or let the model choose the layout.'
		);
		// The same layout on chips that hold it runs.
		expect(estimateTraining(TOY_SYSTEM, settings).kind).toBe('training');
	});

	it('warns when a pinned layout idles chips or puts TP off the domain', () => {
		const r = trained(
			estimateTraining(TOY_SYSTEM, {
				...TOY_SETTINGS,
				model: TOY_MODEL_16_HEADS,
				systems: 4,
				layout: { tp: 16, pp: 1, dp: 1, ep: 1, microbatches: 8, recompute: 'selective' }
			})
		);
		expect(r.warnings).toEqual([
			'layout-leaves-chips-idle',
			'tensor-parallel-leaves-scale-up-domain'
		]);
		expect(r.idleChips).toBe(16);
		expect(r.memory.fits).toBe(true);
		expect(r.memory.totalBytes.bound).toBeUndefined();
	});

	it('counts idle chips in tokens/s per chip, as the scale curve does, but not in MFU', () => {
		// 4 systems of 8 = 32 chips; TP16 uses 16 of them.
		const settings = {
			...TOY_SETTINGS,
			model: TOY_MODEL_16_HEADS,
			systems: 4,
			layout: { tp: 16, pp: 1, dp: 1, ep: 1, microbatches: 8 }
		};
		const r = trained(estimateTraining(TOY_SYSTEM, settings));
		expect(r.chips).toBe(16);
		expect(r.tokensPerSPerChip.value).toBeCloseTo(r.tokensPerS.value / 32, 9);
		expect(r.chipSeconds.value).toBeCloseTo(16 * r.timeToTrainS.value, 3);
		// MFU stays over the 16 chips that work.
		expect(r.mfu.terms.find((t) => t.symbol === 'chips')?.value).toBe(16);
	});

	it('refuses a pinned layout that needs more chips than the systems have', () => {
		const r = estimateTraining(TOY_SYSTEM, {
			...TOY_SETTINGS,
			layout: { tp: 8, pp: 2, dp: 1, ep: 1, microbatches: 8 }
		});
		expect(r.kind).toBe('unavailable');
	});

	it('has no estimate at a precision the chip has no figure for, and says why as the table does', () => {
		// A custom chip's missing figure is not given; Hopper's FP4 does not exist.
		const r = estimateTraining(TOY_SYSTEM, { ...TOY_SETTINGS, precision: 'fp4' });
		expect(r.kind === 'unavailable' && r.reason).toBe('unknown');
		const h100 = estimateTraining(specFromPresetId('hgx-h100')!, {
			...TOY_SETTINGS,
			precision: 'fp4'
		});
		expect(h100.kind === 'unavailable' && h100.reason).toBe('unsupported');
	});

	it('charges the busiest expert when experts are spread (MoE imbalance)', () => {
		const model = findLlmPreset('deepseek-r1')?.spec;
		const gb200 = specFromPresetId('gb200-nvl72');
		if (!model || !gb200) throw new Error('presets');
		const settings: TrainingSettings = {
			...TOY_SETTINGS,
			model,
			sequenceTokens: 4096,
			globalBatchTokens: 4096 * 4096,
			layout: { tp: 1, pp: 4, dp: 64, ep: 64, virtualStages: 4, microbatches: 64 }
		};
		const even = { ...EFF, moeImbalance: 1 };
		const balanced = trained(estimateTrainingOnChips(gb200, settings, 256, even));
		const skewed = trained(estimateTrainingOnChips(gb200, settings, 256, EFF));
		// Extra FLOPs = 6 × 20.43e9 routed-active params × 0.18 per token
		expect(skewed.breakdown.computeS.value).toBeGreaterThan(balanced.breakdown.computeS.value);
		const expert = 6 * 58 * 8 * 3 * 7168 * 2048 * 0.18;
		const termOf = (r: TrainingEstimate, symbol: string) =>
			r.breakdown.computeS.terms.find((t) => t.symbol === symbol)?.value ?? NaN;
		const ratio = termOf(skewed, 'flopsS') / termOf(balanced, 'flopsS');
		// Attention runs at the same (BF16) rate here, so the ratio is exactly (F + extra) ÷ F.
		const f = balanced.mfu.terms.find((t) => t.symbol === 'modelFlopsPerToken')?.value ?? NaN;
		expect(ratio).toBeCloseTo((f + expert) / f, 9);
		// The routed share of the memory-bound kernels grows by the same 0.18: SwiGLU 58 × 8 ×
		// 3 × 2,048 = 2,850,816 values, permutes 58 × (3 × 8 + 1) × 7,168 = 10,393,600, each
		// × (1 + 1.5) × 2 B per token.
		const extraBytes = 0.18 * (2_850_816 + 10_393_600) * 2.5 * 2;
		const bytes = (r: TrainingEstimate) => termOf(r, 'elementwiseBytesPerToken');
		expect(bytes(skewed) - bytes(balanced)).toBeCloseTo(extraBytes, 3);
	});
});

// ------------------------------------------------------------------------------ properties

const dense = LLM_PRESETS.filter((p) => p.spec.moe === null && p.id !== 'llama-3.1-405b').map(
	(p) => p.spec
);
const presets = SYSTEM_PRESETS.map(specFromPreset);

describe('estimateTraining: properties', () => {
	it('more chips never increase time to train while compute binds (fixed batch)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...dense),
				fc.constantFrom(...presets),
				fc.integer({ min: 1, max: 16 }),
				(model, system, domains) => {
					const settings: TrainingSettings = {
						...TOY_SETTINGS,
						model,
						sequenceTokens: 8192,
						globalBatchTokens: 8192 * 2048,
						layout: null,
						precision: 'bf16'
					};
					const chips = domains * system.scaleUpDomainChips;
					const a = estimateTrainingOnChips(system, settings, chips);
					const b = estimateTrainingOnChips(system, settings, 2 * chips);
					if (a.kind !== 'training' || b.kind !== 'training') return true;
					if (a.stepS.bound !== 'compute' || b.stepS.bound !== 'compute') return true;
					return b.timeToTrainS.value <= a.timeToTrainS.value * (1 + 1e-9);
				}
			),
			{ numRuns: 40 }
		);
	});

	const logUniform = (min: number, max: number) =>
		fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
	const b = TRAINING_BOUNDS;
	const tokensBounds = trainingInput('tokensToTrain').bounds;
	const batchBounds = trainingInput('globalBatchTokens').bounds;
	const sequenceBounds = trainingInput('sequenceTokens').bounds;

	it('every output is finite for in-bounds inputs (auto and pinned layouts)', () => {
		const finite = (e: Estimate) =>
			Number.isFinite(e.value) &&
			e.terms.every((t) => Number.isFinite(t.value)) &&
			(e.range === undefined || (Number.isFinite(e.range.low) && Number.isFinite(e.range.high)));
		let estimated = 0;
		fc.assert(
			fc.property(
				fc.constantFrom(...LLM_PRESETS.map((p) => p.spec)),
				fc.constantFrom(...presets),
				// Weighted towards precisions every preset supports, so most runs reach an estimate.
				fc.oneof(
					{ arbitrary: fc.constantFrom(...PRECISIONS), weight: 1 },
					{ arbitrary: fc.constant('bf16' as const), weight: 3 }
				),
				logUniform(tokensBounds.min, tokensBounds.max),
				logUniform(batchBounds.min, batchBounds.max),
				logUniform(sequenceBounds.min, sequenceBounds.max),
				logUniform(b.systems.min, 64),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.option(
					fc.record({
						tp: fc.integer({ min: 1, max: 16 }),
						pp: fc.integer({ min: 1, max: 16 }),
						ep: fc.integer({ min: 1, max: 16 }),
						dp: fc.integer({ min: 1, max: 16 }),
						microbatches: fc.double({ min: 1, max: 1000, noNaN: true }),
						cp: fc.integer({ min: 1, max: 4 }),
						virtualStages: fc.integer({ min: 1, max: 4 }),
						fsdp: fc.boolean()
					}),
					{ nil: null, freq: 2 }
				),
				(model, system, precision, tokens, batch, seq, systems, overlap, layout) => {
					// Clamped as the scenario's training inputs are (whole tokens, a batch >= a sequence).
					const run = normalizeTraining({
						tokensToTrain: tokens,
						globalBatchTokens: batch,
						sequenceTokens: seq,
						precision,
						overlap
					});
					const settings: TrainingSettings = {
						...run,
						model,
						systems: Math.round(systems),
						layout
					};
					const r = estimateTraining(system, settings);
					if (r.kind === 'unavailable') return r.note.length > 0;
					estimated++;
					const estimates: Estimate[] = [
						r.stepS,
						r.tokensPerS,
						r.tokensPerSPerChip,
						r.mfu,
						r.timeToTrainS,
						r.chipSeconds,
						r.bubbleFraction,
						...Object.values(r.breakdown),
						r.memory.totalBytes,
						r.memory.activationBytes
					];
					return estimates.every(finite) && r.stepS.value > 0;
				}
			),
			{ numRuns: 200 }
		);
		// The property must exercise real estimates, not only refusals.
		expect(estimated).toBeGreaterThan(25);
	});
});
