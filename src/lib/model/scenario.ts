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
import {
	DEFAULT_DEPLOYMENT,
	DEFAULT_OPERATIONS,
	DEFAULT_TRAINING,
	type Operations,
	type TrainingScenario
} from './deployment';

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
	/** The training run (training view); the model is the workload's. */
	training: TrainingScenario;
	/** Facility, cost and failure assumptions shared by every system. */
	operations: Operations;
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
		allInPowerPerChipW: quantize(preset.allInPowerPerChipW.value),
		deployment: { ...DEFAULT_DEPLOYMENT }
	};
}

const PRESET_SPECS = new Map<string, SystemSpec>();

/**
 * A preset's spec, built once and frozen (links decode many of them; callers copy before editing).
 */
export function specFromPresetId(id: string): SystemSpec | undefined {
	const cached = PRESET_SPECS.get(id);
	if (cached) return cached;
	const preset = findSystemPreset(id);
	if (!preset) return undefined;
	const spec = specFromPreset(preset);
	Object.freeze(spec.denseFlopsPerS);
	if (spec.deployment) Object.freeze(spec.deployment);
	PRESET_SPECS.set(id, Object.freeze(spec));
	return spec;
}

/** The comparison people argue about: NVIDIA's copper rack against Huawei's optical supernode. */
export function defaultScenario(): Scenario {
	return {
		// 16 NVL72 racks against 3 CloudMatrix 384: 1,152 chips each for the training view.
		systems: [
			withJoined(specFromPreset(GB200_NVL72), 16),
			withJoined(specFromPreset(CLOUDMATRIX_384), 3)
		],
		efficiencyPrecision: 'bf16',
		serving: { ...DEFAULT_SERVING },
		efficiencies: { ...DEFAULT_EFFICIENCIES },
		training: { ...DEFAULT_TRAINING },
		operations: structuredClone(DEFAULT_OPERATIONS)
	};
}

function withJoined(spec: SystemSpec, joined: number): SystemSpec {
	return { ...spec, deployment: { ...DEFAULT_DEPLOYMENT, ...spec.deployment, joined } };
}
