import type { ChipFamily } from '../model/chip-family';
import type { Precision } from '../model/precision';
import { GIGA, PETA, TERA } from '../model/units';
import { fig, figRange, unknown, unsupported, type Figure, type FigureOrMissing } from './figure';
import { CM384_TOPOLOGY, NVSWITCH_TOPOLOGY, type PresetTopology } from './topology';

/** Shipping: sold and in service; announced: dated but not yet in volume; roadmap: a plan. */
export const PRESET_STATUSES = ['shipping', 'announced', 'roadmap'] as const;
export type PresetStatus = (typeof PRESET_STATUSES)[number];

/**
 * A system preset: one cited figure per input, per chip, in SI units. One place per fact: the
 * model, the page, the CLI and the tests all read these. Sources: shared/data/specs.md. How each
 * figure was read or derived (its note) is in system-notes.ts, which loads with the source popover.
 */
export interface SystemPreset {
	id: string;
	name: string;
	vendor: string;
	chipName: string;
	/**
	 * Whose serving software the chip runs (model/chip-family.ts): picks its software fraction
	 * (model/inference/software.ts). Rubin parts are "rubin", on Blackwell's CUDA stack and fit.
	 */
	chipFamily: ChipFamily;
	/** Announcement or launch date (ISO). */
	announced: string;
	/** Where the product stands (as of the spec sheet, 2026-12). */
	status: PresetStatus;
	/** How its chips are joined (issue 13). */
	topology: PresetTopology;
	chips: Figure;
	denseFlopsPerS: Record<Precision, FigureOrMissing>;
	hbmBytes: Figure;
	hbmBytesPerS: Figure;
	/** Per chip, per direction. */
	scaleUpBytesPerS: Figure;
	scaleUpDomainChips: Figure;
	/** Per chip, per direction. */
	scaleOutBytesPerS: Figure;
	chipPowerW: FigureOrMissing;
	allInPowerPerChipW: Figure;
	/** Whole-system figures as published, kept to check the model's aggregates against. */
	published: Partial<Record<'bf16FlopsPerS' | 'hbmBytes' | 'hbmBytesPerS' | 'allInPowerW', Figure>>;
}

/** 400 Gb/s per direction (one ConnectX-7 NDR port) = 400e9 / 8 = 50 GB/s. */
const CX7_400G_BYTES_PER_S = 50 * GIGA;
/** 800 Gb/s per direction (ConnectX-8) = 100 GB/s. */
const CX8_800G_BYTES_PER_S = 100 * GIGA;

/** SemiAnalysis all-in power for one GB200 NVL72, incl. its share of networking and cooling [S38][S39]. */
const NVL72_ALL_IN_W = 145_000;
/** SemiAnalysis all-in power for one CloudMatrix 384 [S38]. */
export const CM384_ALL_IN_W = 559_378;
/** DGX H100 system power, 8 GPUs [S8]. */
const DGX_H100_W = 10_200;

const hopperNoFp4 = unsupported(['S22'], 'Hopper tensor cores have no FP4.');
const int8NotCited = unknown([], 'No INT8 figure in Rackscale’s cited sources for this chip.');

export const GB200_NVL72: SystemPreset = {
	id: 'gb200-nvl72',
	name: 'GB200 NVL72',
	vendor: 'NVIDIA',
	chipName: 'B200 (in GB200)',
	chipFamily: 'blackwell',
	announced: '2024-03-18',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(72, 'vendor-secondary', ['S2']),
	denseFlopsPerS: {
		fp4: fig(10 * PETA, 'derived', ['S2', 'S3', 'S14']),
		fp8: fig(5 * PETA, 'derived', ['S2', 'S14']),
		int8: int8NotCited,
		bf16: fig(2.5 * PETA, 'analyst', ['S38', 'S39'])
	},
	hbmBytes: figRange(186 * GIGA, [186 * GIGA, 192 * GIGA], 'measured', ['S11']),
	hbmBytesPerS: fig(8 * TERA, 'vendor-secondary', ['S3', 'S7']),
	scaleUpBytesPerS: fig(900 * GIGA, 'derived', ['S9', 'S12', 'S31']),
	scaleUpDomainChips: fig(72, 'vendor-secondary', ['S4', 'S12']),
	scaleOutBytesPerS: fig(CX7_400G_BYTES_PER_S, 'measured', ['S11', 'S9']),
	chipPowerW: fig(1200, 'vendor-secondary', ['S1', 'S7', 'S21']),
	allInPowerPerChipW: fig(NVL72_ALL_IN_W / 72, 'derived', ['S38', 'S39']),
	published: {
		bf16FlopsPerS: fig(180 * PETA, 'analyst', ['S38', 'S39']),
		hbmBytes: fig(13.4 * TERA, 'derived', ['S2', 'S3']),
		hbmBytesPerS: fig(576 * TERA, 'analyst', ['S38']),
		allInPowerW: fig(NVL72_ALL_IN_W, 'analyst', ['S38', 'S39'])
	}
};

export const CLOUDMATRIX_384: SystemPreset = {
	id: 'cloudmatrix-384',
	name: 'CloudMatrix 384',
	vendor: 'Huawei',
	chipName: 'Ascend 910C',
	chipFamily: 'ascend',
	announced: '2025-04',
	status: 'shipping',
	topology: CM384_TOPOLOGY,
	chips: fig(384, 'vendor-secondary', ['S41', 'S43', 'S48']),
	denseFlopsPerS: {
		fp4: unsupported(['S53'], 'No FP4 on Ascend 910C; the 950 series adds MXFP4.'),
		fp8: unsupported(['S53'], 'No FP8 on Ascend 910C; the 950 series adds FP8.'),
		// 6,688 tok/s ÷ 4.45 tok/s per TFLOPS = 1,503 and 1,943 ÷ 1.29 = 1,506: the paper's INT8 peak.
		int8: fig(1504 * TERA, 'derived', ['S41']),
		bf16: figRange(780 * TERA, [752 * TERA, 780 * TERA], 'analyst', ['S37', 'S38', 'S39', 'S49'])
	},
	hbmBytes: fig(128 * GIGA, 'vendor-secondary', ['S40', 'S49']),
	hbmBytesPerS: fig(3.2 * TERA, 'vendor-secondary', ['S40', 'S43', 'S49']),
	scaleUpBytesPerS: fig(392 * GIGA, 'vendor-secondary', ['S42', 'S45', 'S41']),
	scaleUpDomainChips: fig(384, 'vendor-secondary', ['S41', 'S43']),
	scaleOutBytesPerS: figRange(
		CX7_400G_BYTES_PER_S,
		// 76.8 Tb/s ÷ 384 NPUs ÷ 8 = 25 GB/s per NPU (specs.md §12.12)
		[25 * GIGA, CX7_400G_BYTES_PER_S],
		'vendor-secondary',
		['S42']
	),
	chipPowerW: unknown([], 'Ascend 910C power is not published.'),
	allInPowerPerChipW: figRange(
		CM384_ALL_IN_W / 384,
		// another Chinese estimate: ~500 kW per system (specs.md §5.2) ÷ 384 = 1,302 W
		[500_000 / 384, CM384_ALL_IN_W / 384],
		'derived',
		['S38']
	),
	published: {
		bf16FlopsPerS: fig(300 * PETA, 'analyst', ['S37', 'S38']),
		hbmBytes: fig(49.2 * TERA, 'analyst', ['S38']),
		hbmBytesPerS: fig(1229 * TERA, 'analyst', ['S38']),
		allInPowerW: fig(CM384_ALL_IN_W, 'analyst', ['S38'])
	}
};

export const GB300_NVL72: SystemPreset = {
	id: 'gb300-nvl72',
	name: 'GB300 NVL72',
	vendor: 'NVIDIA',
	chipName: 'B300 (Blackwell Ultra)',
	chipFamily: 'blackwell',
	announced: '2025-03-18',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(72, 'vendor-secondary', ['S16', 'S17']),
	denseFlopsPerS: {
		fp4: figRange(15 * PETA, [14 * PETA, 15 * PETA], 'reported', ['S1', 'S105']),
		fp8: fig(5 * PETA, 'derived', ['S16', 'S17']),
		int8: int8NotCited,
		bf16: fig(2.5 * PETA, 'reported', ['S1'])
	},
	hbmBytes: figRange(279 * GIGA, [279 * GIGA, 288 * GIGA], 'measured', ['S16', 'S1']),
	hbmBytesPerS: fig(8 * TERA, 'vendor-secondary', ['S16', 'S17']),
	scaleUpBytesPerS: fig(900 * GIGA, 'derived', ['S1']),
	scaleUpDomainChips: fig(72, 'vendor-secondary', ['S16']),
	scaleOutBytesPerS: fig(CX8_800G_BYTES_PER_S, 'vendor-secondary', ['S16', 'S17']),
	chipPowerW: fig(1400, 'vendor-secondary', ['S16', 'S20']),
	allInPowerPerChipW: fig((NVL72_ALL_IN_W + 72 * (1400 - 1200)) / 72, 'assumption', ['S38', 'S16']),
	published: {
		hbmBytesPerS: fig(576 * TERA, 'vendor-secondary', ['S16', 'S17'])
	}
};

export const HGX_H100: SystemPreset = {
	id: 'hgx-h100',
	name: 'HGX H100 (8 GPU)',
	vendor: 'NVIDIA',
	chipName: 'H100 SXM',
	chipFamily: 'hopper',
	announced: '2022-03-22',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(8, 'vendor', ['S113']),
	denseFlopsPerS: {
		fp4: hopperNoFp4,
		fp8: fig(1979 * TERA, 'vendor-secondary', ['S22']),
		int8: int8NotCited,
		bf16: fig(989 * TERA, 'vendor-secondary', ['S22'])
	},
	hbmBytes: fig(80 * GIGA, 'vendor-secondary', ['S22']),
	hbmBytesPerS: fig(3.35 * TERA, 'vendor-secondary', ['S22', 'S25']),
	scaleUpBytesPerS: fig(450 * GIGA, 'vendor-secondary', ['S31', 'S113']),
	scaleUpDomainChips: fig(8, 'vendor', ['S113']),
	scaleOutBytesPerS: fig(CX7_400G_BYTES_PER_S, 'measured', ['S27']),
	chipPowerW: fig(700, 'vendor-secondary', ['S22']),
	allInPowerPerChipW: fig(DGX_H100_W / 8, 'derived', ['S8']),
	published: {}
};

export const HGX_H200: SystemPreset = {
	id: 'hgx-h200',
	name: 'HGX H200 (8 GPU)',
	vendor: 'NVIDIA',
	chipName: 'H200 SXM',
	chipFamily: 'hopper',
	announced: '2023-11-13',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(8, 'measured', ['S26']),
	denseFlopsPerS: {
		fp4: hopperNoFp4,
		fp8: fig(1979 * TERA, 'vendor-secondary', ['S24']),
		int8: int8NotCited,
		bf16: fig(989 * TERA, 'vendor-secondary', ['S24'])
	},
	hbmBytes: fig(141 * GIGA, 'vendor-secondary', ['S24']),
	hbmBytesPerS: fig(4.8 * TERA, 'vendor-secondary', ['S24', 'S25']),
	scaleUpBytesPerS: fig(450 * GIGA, 'vendor-secondary', ['S31', 'S113']),
	scaleUpDomainChips: fig(8, 'vendor', ['S113']),
	scaleOutBytesPerS: fig(CX7_400G_BYTES_PER_S, 'measured', ['S26']),
	chipPowerW: fig(700, 'measured', ['S26']),
	allInPowerPerChipW: fig(DGX_H100_W / 8, 'assumption', ['S8']),
	published: {}
};

export const HGX_H20: SystemPreset = {
	id: 'hgx-h20',
	name: 'HGX H20 (8 GPU)',
	vendor: 'NVIDIA',
	chipName: 'H20',
	chipFamily: 'hopper',
	announced: '2023-11',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(8, 'reported', ['S28']),
	denseFlopsPerS: {
		fp4: hopperNoFp4,
		fp8: fig(296 * TERA, 'reported', ['S28', 'S29']),
		int8: int8NotCited,
		bf16: fig(148 * TERA, 'reported', ['S28', 'S29'])
	},
	hbmBytes: fig(96 * GIGA, 'reported', ['S28']),
	hbmBytesPerS: fig(4.0 * TERA, 'reported', ['S28']),
	scaleUpBytesPerS: fig(450 * GIGA, 'reported', ['S29']),
	scaleUpDomainChips: fig(8, 'reported', ['S28']),
	scaleOutBytesPerS: fig(CX7_400G_BYTES_PER_S, 'assumption', ['S27']),
	chipPowerW: fig(400, 'reported', ['S29']),
	allInPowerPerChipW: fig((DGX_H100_W - 8 * (700 - 400)) / 8, 'assumption', ['S8', 'S29']),
	published: {}
};

export const HGX_B200: SystemPreset = {
	id: 'hgx-b200',
	name: 'HGX B200 (8 GPU)',
	vendor: 'NVIDIA',
	chipName: 'B200 (HGX)',
	chipFamily: 'blackwell',
	announced: '2024-03-18',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(8, 'measured', ['MLPERF50']),
	denseFlopsPerS: {
		fp4: fig(9 * PETA, 'reported', ['S1']),
		fp8: fig(4.5 * PETA, 'derived', ['S1']),
		int8: int8NotCited,
		bf16: fig(2.25 * PETA, 'reported', ['S1'])
	},
	hbmBytes: fig(180 * GIGA, 'measured', ['MLPERF50']),
	hbmBytesPerS: fig(8 * TERA, 'vendor-secondary', ['S3', 'S7']),
	scaleUpBytesPerS: fig(900 * GIGA, 'analyst', ['S9']),
	scaleUpDomainChips: fig(8, 'analyst', ['S9', 'S114']),
	scaleOutBytesPerS: fig(CX7_400G_BYTES_PER_S, 'analyst', ['S9']),
	chipPowerW: fig(1000, 'vendor-secondary', ['S1', 'S7', 'S21']),
	allInPowerPerChipW: fig(14_300 / 8, 'derived', ['S21']),
	published: {}
};

/**
 * Every preset loaded so far, in the order the picker shows them. The first-visit presets are here
 * from the start; the 2026 presets (systems-2026.ts) are appended by `registerSystemPresets` when
 * their chunk loads (catalog/preset-loader.ts), so their data stays out of the first visit.
 */
const LOADED_PRESETS: SystemPreset[] = [
	GB200_NVL72,
	CLOUDMATRIX_384,
	GB300_NVL72,
	HGX_H100,
	HGX_H200,
	HGX_H20,
	HGX_B200
];
export const SYSTEM_PRESETS: readonly SystemPreset[] = LOADED_PRESETS;

/** Append presets (idempotent: an id already loaded is skipped). */
export function registerSystemPresets(presets: readonly SystemPreset[]): void {
	for (const preset of presets) if (!findSystemPreset(preset.id)) LOADED_PRESETS.push(preset);
}

export function findSystemPreset(id: string): SystemPreset | undefined {
	return LOADED_PRESETS.find((preset) => preset.id === id);
}
