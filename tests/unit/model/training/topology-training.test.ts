import { describe, expect, it } from 'vitest';
import { systemCollective } from '../../../../src/lib/model/collectives';
import type { TopologyShape } from '../../../../src/lib/model/fabric';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';
import {
	DEFAULT_TRAINING_EFFICIENCIES,
	estimateTraining,
	estimateTrainingOnChips,
	type TrainingResult,
	type TrainingSettings
} from '../../../../src/lib/model/training';
import { findLlmPreset } from '../../../../src/lib/catalog/llms';

const US = 1e-6;

function trained(result: TrainingResult) {
	if (result.kind !== 'training') throw new Error(`expected an estimate, got ${result.kind}`);
	return result;
}

/** 64 chips in one domain at 600 GB/s a chip, 50 GB/s NICs, no preset. */
const BASE: SystemSpec = {
	name: 'Toy 64',
	presetId: null,
	chips: 64,
	denseFlopsPerS: { bf16: 1e15 },
	hbmBytes: 96e9,
	hbmBytesPerS: 3e12,
	scaleUpBytesPerS: 600e9,
	scaleUpDomainChips: 64,
	scaleOutBytesPerS: 50e9,
	chipPowerW: 700,
	allInPowerPerChipW: 1000
};

const SWITCHED: TopologyShape = {
	scaleUp: { kind: 'switched', linksPerChip: null, inSwitchReduction: false, hopLatencyS: 1 * US },
	scaleOut: { kind: 'fat-tree', oversubscription: 1, hopLatencyS: 2 * US }
};
const TORUS: TopologyShape = {
	scaleUp: {
		kind: 'torus',
		dims: [4, 4, 4],
		wraparound: true,
		linksPerChip: 6,
		hopLatencyS: 1 * US
	},
	scaleOut: { kind: 'ocs', oversubscription: 1, hopLatencyS: 2 * US }
};

const model = findLlmPreset('llama-3.1-8b')!.spec;
const SETTINGS: TrainingSettings = {
	model,
	tokensToTrain: 1e12,
	globalBatchTokens: 64 * 8192,
	sequenceTokens: 8192,
	precision: 'bf16',
	systems: 1,
	layout: { tp: 4, pp: 1, dp: 16, ep: 1, microbatches: 4 },
	overlap: 0.5
};

describe('training collectives follow the topology', () => {
	const switched = trained(estimateTraining({ ...BASE, topology: SWITCHED }, SETTINGS));
	const torus = trained(estimateTraining({ ...BASE, topology: TORUS }, SETTINGS));

	it('a TP ring of 4 on a 4x4x4 torus uses one axis: 2 of 6 links, 3× the switch’s time', () => {
		// tp 4 along one closed ring: 2 links of 600/6 = 100 GB/s, × 0.8 = 160 GB/s against the
		// switch's 480 GB/s. One pass: 3/4 × S ÷ bw + 3 × 2.5 µs, the same steps on both.
		const eff = DEFAULT_TRAINING_EFFICIENCIES;
		const bytes = switched.breakdown.tensorParallelS.terms.find((t) => t.symbol === 'bytes')!.value;
		const collectives = switched.breakdown.tensorParallelS.terms.find(
			(t) => t.symbol === 'collectives'
		)!.value;
		const pass = (bw: number) => 0.75 * (bytes / bw) + 3 * eff.scaleUpAlphaS;
		expect(switched.breakdown.tensorParallelS.value).toBeCloseTo(collectives * 2 * pass(480e9), 9);
		expect(torus.breakdown.tensorParallelS.value).toBeCloseTo(collectives * 2 * pass(160e9), 9);
	});

	it('the DP group of 16 spans the other two torus axes: 4 links, rings of 4 + 4 steps', () => {
		// 16 ranks: 15/16 × S ÷ (4 × 100 GB/s × 0.8) + (3 + 3) × 2.5 µs per pass, 2 passes.
		const bytes = torus.breakdown.dataParallelS.terms.find((t) => t.symbol === 'bytes')!.value;
		const pass = (15 / 16) * (bytes / 320e9) + 6 * 2.5 * US;
		expect(torus.breakdown.dataParallelS.value).toBeCloseTo(2 * pass, 9);
		expect(torus.placement).toEqual({
			tp: 'scale-up',
			cp: 'none',
			ep: 'none',
			pp: 'none',
			dp: 'scale-up'
		});
	});
});

describe('presets whose topology is one switch tier keep the flat model’s numbers', () => {
	for (const id of ['gb200-nvl72', 'cloudmatrix-384', 'hgx-h100']) {
		it(`${id}: the preset's topology gives the same training estimate as a plain switch`, () => {
			const spec = specFromPresetId(id)!;
			const plain = { ...spec, presetId: null, topology: undefined };
			const settings = { ...SETTINGS, layout: null, globalBatchTokens: 512 * 8192 };
			const a = trained(estimateTrainingOnChips(spec, settings, 2 * spec.scaleUpDomainChips));
			const b = trained(estimateTrainingOnChips(plain, settings, 2 * spec.scaleUpDomainChips));
			expect(a.stepS.value).toBe(b.stepS.value);
			expect(a.layout).toEqual(b.layout);
		});
	}
});

describe('systemCollective (the entry point serving will call)', () => {
	const nvl72 = specFromPresetId('gb200-nvl72')!;

	it('all-reduces 1 GB across an NVL72 in the switch: S/B + 2α, bound by scale-up', () => {
		// NVLS: 1e9 ÷ 900e9 + 2 × 1 µs = 1.1131 ms
		const t = systemCollective(72, 1e9, 'all-reduce', nvl72);
		expect(t.timeS).toBeCloseTo(1e9 / nvl72.scaleUpBytesPerS + 2 * US, 9);
		expect(t.bound).toBe('scale-up');
		expect(t.binding).toBe('in-switch');
	});

	it('past one domain the tier above bounds it; never NaN on bad input', () => {
		expect(systemCollective(144, 1e9, 'all-reduce', nvl72).bound).toBe('scale-out');
		expect(systemCollective(Number.NaN, Infinity, 'all-to-all', nvl72).timeS).toBe(0);
		expect(systemCollective(8, -1, 'all-gather', nvl72).timeS).toBe(0);
	});

	it('scales bandwidth terms by the achieved fraction', () => {
		const full = systemCollective(8, 1e9, 'all-gather', nvl72);
		const half = systemCollective(8, 1e9, 'all-gather', nvl72, 0.5);
		// 7/8 × 1e9 ÷ 900e9 = 0.972 ms of bandwidth, doubled; the 7 µs of hops stay.
		const bandwidthS = (7 / 8) * (1e9 / nvl72.scaleUpBytesPerS);
		expect(half.timeS - full.timeS).toBeCloseTo(bandwidthS, 9);
	});
});
