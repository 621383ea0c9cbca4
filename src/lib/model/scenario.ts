import {
	CLOUDMATRIX_384,
	GB200_NVL72,
	findSystemPreset,
	type SystemPreset
} from '../catalog/systems';
import { quantize } from './bounds';
import { PRECISIONS, type Precision } from './precision';
import type { SystemSpec } from './system';
import { DEFAULT_EFFICIENCIES, type Efficiencies } from './inference/efficiencies';
import { DEFAULT_SERVING, type ServingSettings } from './inference/serving';

/** The whole input of the model: what a scenario link encodes. */
export interface Scenario {
	/** Systems side by side; ratios are taken against the first. */
	systems: SystemSpec[];
	/** Precision the efficiency rows (FLOP/s per W, bytes per FLOP) are computed at. */
	efficiencyPrecision: Precision;
	/** The LLM workload and how it is served (inference view). */
	serving: ServingSettings;
	/** Global achieved-efficiency assumptions, the same for every system. */
	efficiencies: Efficiencies;
}

export const MAX_SYSTEMS = 4;

/** A system as its preset describes it (figures quantised like every input; see `quantize`). */
export function specFromPreset(preset: SystemPreset): SystemSpec {
	const denseFlopsPerS: SystemSpec['denseFlopsPerS'] = {};
	for (const precision of PRECISIONS) {
		const figure = preset.denseFlopsPerS[precision];
		if (figure.value !== null) denseFlopsPerS[precision] = quantize(figure.value);
	}
	return {
		name: preset.name,
		presetId: preset.id,
		chips: preset.chips.value,
		denseFlopsPerS,
		hbmBytes: quantize(preset.hbmBytes.value),
		hbmBytesPerS: quantize(preset.hbmBytesPerS.value),
		scaleUpBytesPerS: quantize(preset.scaleUpBytesPerS.value),
		scaleUpDomainChips: preset.scaleUpDomainChips.value,
		scaleOutBytesPerS: quantize(preset.scaleOutBytesPerS.value),
		chipPowerW: preset.chipPowerW.value === null ? null : quantize(preset.chipPowerW.value),
		allInPowerPerChipW: quantize(preset.allInPowerPerChipW.value)
	};
}

export function specFromPresetId(id: string): SystemSpec | undefined {
	const preset = findSystemPreset(id);
	return preset && specFromPreset(preset);
}

/** The comparison people argue about: NVIDIA's copper rack against Huawei's optical supernode. */
export function defaultScenario(): Scenario {
	return {
		systems: [specFromPreset(GB200_NVL72), specFromPreset(CLOUDMATRIX_384)],
		efficiencyPrecision: 'bf16',
		serving: { ...DEFAULT_SERVING },
		efficiencies: { ...DEFAULT_EFFICIENCIES }
	};
}
