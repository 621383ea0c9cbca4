import { GIGA, PETA, TERA } from '../model/units';
import { fig, figRange, unknown, unsupported, type Figure } from './figure';
import { CM384_ALL_IN_W, type SystemPreset } from './systems';
import {
	IB_HOP,
	LINKS_NOT_PUBLISHED,
	NON_BLOCKING,
	NVSWITCH_TOPOLOGY,
	type PresetTopology
} from './topology';

/**
 * Systems a 2026 reader compares (issue 13; figures from shared/data/specs-2026.md and specs.md,
 * nature codes kept). Loaded lazily: the first visit lists them from preset-index.ts and fetches
 * this chunk when one is chosen or a link names one (preset-loader.ts).
 */

const GIB = 2 ** 30;
const MICRO = 1e-6;

/**
 * No all-in power is published for these systems. Rackscale's stated rule: the chip's board power
 * times GB200 NVL72's all-in over TDP, (145,000 W ÷ 72) ÷ 1,200 W = 1.678 [S38][S39].
 */
const ALL_IN_OVER_TDP = 145_000 / 72 / 1200;
const allInFromTdp = (tdpW: number, note: string): Figure =>
	fig(tdpW * ALL_IN_OVER_TDP, 'assumption', ['S38', 'S39'], note);

const noFp4OnHopper = unsupported(['S22'], 'Hopper tensor cores have no FP4.');
const int8NotCited = unknown([], 'No INT8 figure in Rackscale’s cited sources for this chip.');
const bf16NotPublished = unknown([], 'No dense BF16 figure is published for this chip.');
const powerNotPublished = unknown([], 'Chip power is not published.');
const CX7_400G = 50 * GIGA;
const CX8_800G = 100 * GIGA;

const fatTree = (oversubscription: Figure = NON_BLOCKING): PresetTopology['scaleOut'] => ({
	kind: 'fat-tree',
	oversubscription,
	hopLatencyS: IB_HOP
});
const unknownHop = fig(
	1 * MICRO,
	'assumption',
	[],
	'Assumption: no hop latency is published; 1 µs, as NVLink and UB.'
);

/** Ascend systems whose scale-out is unpublished: CloudMatrix 384's RDMA plane, stated once. */
const ASCEND_SCALE_OUT_ASSUMED = fig(
	CX7_400G,
	'assumption',
	['S42'],
	'Assumption: not published; taken as CloudMatrix 384’s 400 Gb/s RDMA plane per NPU.'
);

/** Ascend systems whose power is unpublished: CloudMatrix 384's all-in power per NPU. */
const ASCEND_ALL_IN_ASSUMED = fig(
	CM384_ALL_IN_W / 384,
	'assumption',
	['S38'],
	'Assumption: no power is published; taken as CloudMatrix 384’s all-in 1,457 W per NPU.'
);

export const HGX_H800: SystemPreset = {
	id: 'hgx-h800',
	name: 'HGX H800 (8 GPU)',
	vendor: 'NVIDIA',
	chipName: 'H800 SXM',
	chipFamily: 'hopper',
	announced: '2023-03-21',
	status: 'shipping',
	topology: {
		...NVSWITCH_TOPOLOGY,
		scaleUp: {
			...NVSWITCH_TOPOLOGY.scaleUp,
			linksPerChip: fig(8, 'derived', ['H800_WIKI'], '400 GB/s ÷ 50 GB/s per NVLink 4 link.')
		}
	},
	chips: fig(8, 'reported', ['H800_WIKI']),
	denseFlopsPerS: {
		fp4: noFp4OnHopper,
		fp8: fig(1979 * TERA, 'reported', ['H800_WIKI', 'H800_PHILISUN'], 'Same tensor cores as H100.'),
		int8: int8NotCited,
		bf16: fig(989 * TERA, 'reported', ['H800_WIKI', 'H800_PHILISUN'])
	},
	hbmBytes: fig(80 * GIGA, 'reported', ['H800_PHILISUN']),
	hbmBytesPerS: fig(3.35 * TERA, 'reported', ['H800_PHILISUN']),
	scaleUpBytesPerS: fig(
		200 * GIGA,
		'reported',
		['H800_WIKI', 'H800_PHILISUN'],
		'NVLink cut to 400 GB/s bidirectional = 200 GB/s per direction (H100: 450).'
	),
	scaleUpDomainChips: fig(8, 'reported', ['H800_WIKI']),
	scaleOutBytesPerS: fig(
		CX7_400G,
		'assumption',
		['S27'],
		'Assumption: not published; taken as DGX H100’s 400 Gb/s per GPU.'
	),
	chipPowerW: fig(700, 'assumption', ['S22'], 'Assumption: the H100 SXM board’s 700 W.'),
	allInPowerPerChipW: fig(
		10_200 / 8,
		'assumption',
		['S8'],
		'Assumption: same HGX board as DGX H100 (10.2 kW ÷ 8).'
	),
	published: {}
};

export const HGX_B300: SystemPreset = {
	id: 'hgx-b300',
	name: 'HGX B300 (8 GPU)',
	vendor: 'NVIDIA',
	chipName: 'B300 (HGX)',
	chipFamily: 'blackwell',
	announced: '2025-03-18',
	status: 'shipping',
	topology: NVSWITCH_TOPOLOGY,
	chips: fig(8, 'analyst', ['IFX_GPU_SPECS']),
	denseFlopsPerS: {
		fp4: fig(13.5 * PETA, 'analyst', ['IFX_GPU_SPECS']),
		fp8: fig(4.5 * PETA, 'analyst', ['IFX_GPU_SPECS']),
		int8: int8NotCited,
		bf16: fig(2.25 * PETA, 'analyst', ['IFX_GPU_SPECS'])
	},
	hbmBytes: figRange(
		270 * GIGA,
		[270 * GIGA, 288 * GIGA],
		'reported',
		['NETBOX_4508', 'IFX_GPU_SPECS'],
		'270 GB usable on HGX B300 (reported from a Supermicro datasheet); 288 GB physical (InferenceX’s GPU table).'
	),
	hbmBytesPerS: fig(8 * TERA, 'analyst', ['IFX_GPU_SPECS']),
	scaleUpBytesPerS: fig(
		900 * GIGA,
		'analyst',
		['IFX_GPU_SPECS'],
		'NVLink 5, 900 GB/s per direction.'
	),
	scaleUpDomainChips: fig(8, 'analyst', ['IFX_GPU_SPECS']),
	scaleOutBytesPerS: fig(CX8_800G, 'analyst', ['IFX_GPU_SPECS'], 'ConnectX-8, 800 Gb/s per GPU.'),
	chipPowerW: fig(1100, 'reported', ['NETBOX_4508'], 'HGX B300 TGP (GB300: 1,400 W).'),
	allInPowerPerChipW: fig(
		14_500 / 8,
		'derived',
		['S21'],
		'DGX B300 system power 14.5 kW ÷ 8 (server only).'
	),
	published: {}
};

/** Vera Rubin: NVIDIA gives 50 PF NVFP4 "inference" and 35 PF "training" per GPU, dense or not unstated. */
export const VR_NVL72: SystemPreset = {
	id: 'vr-nvl72',
	name: 'Vera Rubin NVL72',
	vendor: 'NVIDIA',
	chipName: 'Rubin (2 dies)',
	chipFamily: 'rubin',
	// First shown at GTC 2025 (as "Vera Rubin NVL144", counting dies; S32), as Kyber is dated from
	// its first showing; CES 2026 (2026-01-05) said it was in production and renamed it NVL72.
	announced: '2025-03-18',
	status: 'announced',
	topology: {
		...NVSWITCH_TOPOLOGY,
		scaleUp: { ...NVSWITCH_TOPOLOGY.scaleUp, linksPerChip: LINKS_NOT_PUBLISHED }
	},
	chips: fig(72, 'vendor-secondary', ['S33'], '72 packages; called “NVL144” at GTC 2025 (dies).'),
	denseFlopsPerS: {
		fp4: figRange(
			35 * PETA,
			[25 * PETA, 50 * PETA],
			'vendor-secondary',
			['S33'],
			'35 PF NVFP4 “training” taken as dense; 50 PF is the “inference” figure. Dense or sparse is not stated.'
		),
		fp8: fig(
			1.2e18 / 72,
			'derived',
			['S32'],
			'Rack 1.2 EF FP8 “training” (GTC 2025) ÷ 72; dense or sparse not stated.'
		),
		int8: int8NotCited,
		bf16: bf16NotPublished
	},
	hbmBytes: fig(288 * GIGA, 'vendor-secondary', ['S33', 'S35']),
	hbmBytesPerS: fig(22 * TERA, 'vendor-secondary', ['S33'], 'CES 2026; 13 TB/s at GTC 2025.'),
	scaleUpBytesPerS: fig(
		1.8 * TERA,
		'vendor-secondary',
		['S32'],
		'NVLink 6: 3.6 TB/s bidirectional per GPU = 1.8 TB/s per direction.'
	),
	scaleUpDomainChips: fig(72, 'vendor-secondary', ['S32']),
	scaleOutBytesPerS: fig(
		200 * GIGA,
		'derived',
		['S32', 'MLPERF61_VR'],
		'ConnectX-9, 1.6 Tb/s per GPU (28.8 TB/s per rack ÷ 72 ÷ 2).'
	),
	chipPowerW: fig(
		2300,
		'vendor',
		['MLPERF61_VR', 'IFX_VR_BLOG'],
		'TGP in NVIDIA’s MLPerf system description (preview).'
	),
	allInPowerPerChipW: allInFromTdp(
		2300,
		'Assumption: no rack power from NVIDIA. 2,300 W TGP × 1.678 (GB200 NVL72 all-in ÷ TDP) = 3,860 W, 278 kW a rack: above the rack figures that uncited, low-authority reports give.'
	),
	published: {}
};

/** Rubin Ultra in the Kyber rack: 144 packages of 4 dies (formerly "NVL576"). A plan for 2027. */
export const KYBER_NVL144: SystemPreset = {
	id: 'kyber-nvl144',
	name: 'Rubin Ultra Kyber NVL144',
	vendor: 'NVIDIA',
	chipName: 'Rubin Ultra (4 dies)',
	chipFamily: 'rubin',
	// Rubin Ultra in Kyber racks was first shown at GTC 2025 (as "NVL576"); GTC 2026 renamed it.
	announced: '2025-03-18',
	status: 'roadmap',
	topology: {
		...NVSWITCH_TOPOLOGY,
		scaleUp: { ...NVSWITCH_TOPOLOGY.scaleUp, linksPerChip: LINKS_NOT_PUBLISHED }
	},
	chips: fig(144, 'reported', ['KYBER_GTC26']),
	denseFlopsPerS: {
		// On Vera Rubin's basis: its 35 PF is NVIDIA's NVFP4 "training" figure, beside 50 PF for
		// "inference"; Kyber's 15 EF is an inference figure, so taken as is it compared 3.0x Vera
		// Rubin where its FP8 (5 EF, a training figure, as Vera Rubin's 1.2 EF) gives 2.1x.
		fp4: figRange(
			((15e18 / 144) * 35) / 50,
			[15e18 / 144 / 2, 15e18 / 144],
			'assumption',
			['S105', 'KYBER_GTC26', 'S33'],
			'Assumption: Rubin Ultra keeps Vera Rubin’s ratio of NVFP4 “training” to “inference” (35/50), which no source gives for it: rack 15 EF FP4 “inference” ÷ 144 packages = 104 PF, × 35/50 = 72.9 PF, on the basis of Vera Rubin’s 35 PF. Dense or sparse is not stated: 52–104 PF, as Vera Rubin’s 25–50.'
		),
		fp8: fig(5e18 / 144, 'derived', ['KYBER_600KW'], 'Rack 5 EF FP8 ÷ 144 packages.'),
		int8: int8NotCited,
		bf16: bf16NotPublished
	},
	hbmBytes: fig(1000 * GIGA, 'reported', ['KYBER_GTC26'], '~1 TB HBM4E per package.'),
	hbmBytesPerS: fig(
		44 * TERA,
		'assumption',
		['S33'],
		'Assumption: not published; twice Rubin’s 22 TB/s (twice the compute dies).'
	),
	scaleUpBytesPerS: fig(
		1.8 * TERA,
		'assumption',
		['S32'],
		'Assumption: not published; taken as Rubin’s NVLink 6, 1.8 TB/s per direction.'
	),
	scaleUpDomainChips: fig(144, 'reported', ['KYBER_GTC26', 'S112']),
	scaleOutBytesPerS: fig(
		200 * GIGA,
		'assumption',
		['S32'],
		'Assumption: not published; taken as Rubin’s ConnectX-9, 1.6 Tb/s per package.'
	),
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: fig(
		600_000 / 144,
		'derived',
		['KYBER_600KW'],
		'Rack ~600 kW (Jensen Huang, reported) ÷ 144.'
	),
	published: {}
};

/** 8-GPU UBB: seven Infinity Fabric links per GPU, one to each peer, no switch. */
export const MI355X_8: SystemPreset = {
	id: 'mi355x-8',
	name: 'MI355X (8 GPU)',
	vendor: 'AMD',
	chipName: 'Instinct MI355X',
	chipFamily: 'amd',
	announced: '2025-06-12',
	status: 'shipping',
	topology: {
		scaleUp: {
			kind: 'full-mesh',
			linksPerChip: fig(
				7,
				'vendor-secondary',
				['S82', 'IFX_GPU_SPECS'],
				'One link to each of the 7 peers.'
			),
			hopLatencyS: unknownHop
		},
		scaleOut: fatTree()
	},
	chips: fig(8, 'vendor-secondary', ['S74']),
	denseFlopsPerS: {
		fp4: fig(10.066 * PETA, 'analyst', ['IFX_GPU_SPECS', 'S74']),
		fp8: fig(5.033 * PETA, 'analyst', ['IFX_GPU_SPECS', 'S74']),
		int8: fig(5 * PETA, 'vendor-secondary', ['S74'], '5 POPS dense, 10.1 with sparsity.'),
		bf16: fig(2.516 * PETA, 'analyst', ['IFX_GPU_SPECS'])
	},
	hbmBytes: fig(288 * GIGA, 'vendor-secondary', ['S73', 'S74']),
	hbmBytesPerS: fig(8 * TERA, 'vendor-secondary', ['S73', 'S74']),
	scaleUpBytesPerS: fig(
		538 * GIGA,
		'analyst',
		['IFX_GPU_SPECS'],
		'Infinity Fabric, per direction, summed over 7 links (about 76.8 GB/s each).'
	),
	scaleUpDomainChips: fig(8, 'vendor-secondary', ['S82', 'S73']),
	scaleOutBytesPerS: fig(CX7_400G, 'analyst', ['IFX_GPU_SPECS'], 'One Pollara 400 GbE per GPU.'),
	chipPowerW: fig(1400, 'vendor-secondary', ['S73']),
	allInPowerPerChipW: allInFromTdp(
		1400,
		'Assumption: no system power cited. 1,400 W × 1.678 (GB200 NVL72 all-in ÷ TDP).'
	),
	published: {}
};

/** Helios: 72 MI455X joined by UALink over Ethernet switches. */
export const HELIOS: SystemPreset = {
	id: 'helios',
	name: 'AMD Helios (72 GPU)',
	vendor: 'AMD',
	chipName: 'Instinct MI455X',
	chipFamily: 'amd',
	announced: '2025-06-12',
	status: 'announced',
	topology: {
		scaleUp: {
			kind: 'switched',
			linksPerChip: LINKS_NOT_PUBLISHED,
			inSwitchReduction: false,
			hopLatencyS: unknownHop
		},
		scaleOut: fatTree()
	},
	chips: fig(72, 'vendor-secondary', ['S79', 'S80']),
	denseFlopsPerS: {
		fp4: figRange(
			40 * PETA,
			[20 * PETA, 40 * PETA],
			'vendor-secondary',
			['S79', 'S81', 'S34'],
			'40 PF FP4 per GPU; whether it assumes sparsity is unclear (Tom’s Hardware’s table implies 20 PF dense).'
		),
		fp8: figRange(
			20 * PETA,
			[10 * PETA, 20 * PETA],
			'vendor-secondary',
			['S79', 'S81', 'S34'],
			'20 PF FP8 per GPU; as for FP4, it may assume sparsity (10 PF dense).'
		),
		int8: int8NotCited,
		bf16: bf16NotPublished
	},
	hbmBytes: fig(432 * GIGA, 'vendor-secondary', ['S79', 'S81']),
	hbmBytesPerS: fig(19.6 * TERA, 'vendor-secondary', ['S79', 'S81']),
	scaleUpBytesPerS: fig(
		1.8 * TERA,
		'derived',
		['S79'],
		'UALink 3.6 TB/s per GPU is bidirectional (3.6 × 72 = 259 TB/s per rack): 1.8 TB/s per direction.'
	),
	scaleUpDomainChips: fig(72, 'vendor-secondary', ['S79']),
	scaleOutBytesPerS: fig(300 * GIGA, 'vendor-secondary', ['S79', 'S80']),
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: allInFromTdp(
		2300,
		'Assumption: no MI455X power is published; taken as Rubin’s 2,300 W × 1.678 (GB200 NVL72 all-in ÷ TDP).'
	),
	published: {}
};

const TRN2_TORUS: PresetTopology = {
	scaleUp: {
		kind: 'torus',
		dims: [4, 4, 4],
		wraparound: true,
		linksPerChip: fig(
			6,
			'derived',
			['S86', 'S88'],
			'A 3D torus: one link to each of 6 neighbours.'
		),
		hopLatencyS: unknownHop
	},
	scaleOut: fatTree()
};

/** Four Trn2 instances (2D 4x4 torus each) joined in rings: a 4x4x4 torus (SemiAnalysis). */
export const TRN2_ULTRASERVER: SystemPreset = {
	id: 'trn2-ultraserver',
	name: 'Trn2 UltraServer (64)',
	vendor: 'AWS',
	chipName: 'Trainium2',
	chipFamily: 'trainium',
	announced: '2024-12-03',
	status: 'shipping',
	topology: TRN2_TORUS,
	chips: fig(64, 'vendor', ['S86']),
	denseFlopsPerS: {
		fp4: unsupported(['S85'], 'Trainium2 has no FP4.'),
		fp8: fig(1287 * TERA, 'vendor', ['S85']),
		int8: int8NotCited,
		bf16: fig(655 * TERA, 'vendor', ['S85'])
	},
	hbmBytes: fig(
		96 * GIGA,
		'vendor',
		['S85'],
		'96 GiB, taken as 96 GB: vendors’ HBM capacities are binary gigabytes (nvidia-smi shows GB200’s “186 GB” as 189,471 MiB), taken as published, so that systems compare on one basis.'
	),
	hbmBytesPerS: fig(2.9 * TERA, 'vendor', ['S85']),
	scaleUpBytesPerS: fig(
		640 * GIGA,
		'assumption',
		['S85'],
		'Assumption: NeuronLink-v3’s 1.28 TB/s per chip, direction not stated, is taken as bidirectional: 640 GB/s per direction.'
	),
	scaleUpDomainChips: fig(64, 'vendor', ['S86']),
	scaleOutBytesPerS: fig(25 * GIGA, 'derived', ['S86'], 'EFA 12.8 Tb/s ÷ 64 chips = 200 Gb/s.'),
	chipPowerW: fig(500, 'analyst', ['S88']),
	allInPowerPerChipW: allInFromTdp(
		500,
		'Assumption: no system power cited. 500 W × 1.678 (GB200 NVL72 all-in ÷ TDP).'
	),
	// 42.8 PF BF16 is 2% above 64 × 655 TF: kept out, explained in systems-2026.test.ts.
	published: {
		hbmBytes: fig(
			6144 * GIGA,
			'vendor',
			['S86'],
			'6 TiB, taken as 6,144 GB on the same basis as its chips.'
		)
	}
};

/** Trn3: NeuronSwitch-v1 gives all-to-all within the UltraServer (one tier in Gen1, two in Gen2). */
const trn3 = (chips: 64 | 144): SystemPreset => ({
	id: `trn3-ultraserver-${chips}`,
	name: `Trn3 UltraServer (${chips})`,
	vendor: 'AWS',
	chipName: 'Trainium3',
	chipFamily: 'trainium',
	announced: '2025-12-02',
	status: 'shipping',
	topology: {
		scaleUp: {
			kind: 'switched',
			linksPerChip: LINKS_NOT_PUBLISHED,
			inSwitchReduction: false,
			hopLatencyS: unknownHop
		},
		scaleOut: fatTree()
	},
	chips: fig(chips, 'vendor', ['TRN3_ARCH']),
	denseFlopsPerS: {
		fp4: fig(
			2517 * TERA,
			'vendor',
			['TRN3_ARCH'],
			'MXFP4 runs at the MXFP8 rate: no FP4 speed-up.'
		),
		fp8: fig(2517 * TERA, 'vendor', ['TRN3_ARCH'], 'MXFP8 format.'),
		int8: int8NotCited,
		bf16: fig(671 * TERA, 'vendor', ['TRN3_ARCH'])
	},
	hbmBytes: fig(
		144 * GIGA,
		'vendor',
		['TRN3_ARCH'],
		'144 GiB, taken as 144 GB: vendors’ HBM capacities are binary gigabytes (nvidia-smi shows GB200’s “186 GB” as 189,471 MiB), taken as published, so that systems compare on one basis.'
	),
	hbmBytesPerS: fig(4.9 * TERA, 'vendor', ['TRN3_ARCH']),
	scaleUpBytesPerS: fig(
		1024 * GIB,
		'assumption',
		['TRN3_ARCH'],
		'Assumption: NeuronLink-v4’s 2,048 GiB/s per chip, direction not stated, is taken as bidirectional: 1,024 GiB/s per direction.'
	),
	scaleUpDomainChips: fig(chips, 'vendor', ['TRN3_ARCH']),
	scaleOutBytesPerS: fig(25 * GIGA, 'derived', ['TRN3_ARCH'], 'EFA 200 Gb/s per chip.'),
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: allInFromTdp(
		1000,
		'Assumption: no power is published; “up to ~1 kW” per chip (reported) × 1.678 (GB200 NVL72 all-in ÷ TDP).'
	),
	published: {
		hbmBytesPerS: fig((chips === 64 ? 313.6 : 705.6) * TERA, 'vendor', ['TRN3_ARCH'])
	}
});
export const TRN3_ULTRASERVER_64 = trn3(64);
export const TRN3_ULTRASERVER_144 = trn3(144);

/** TPU7x: ICI 1.2 TB/s bidirectional per chip over a 3D torus, cubes of 4x4x4 joined by OCS. */
const tpu7x = (
	id: string,
	name: string,
	chips: Figure,
	topology: PresetTopology,
	scaleOutBytesPerS: Figure,
	published: SystemPreset['published']
): SystemPreset => ({
	id,
	name,
	vendor: 'Google',
	chipName: 'TPU7x Ironwood',
	chipFamily: 'tpu',
	announced: '2025-04-09',
	status: 'shipping',
	topology,
	chips,
	denseFlopsPerS: {
		fp4: unsupported(['S61'], 'No FP4 on TPU7x.'),
		fp8: fig(4614 * TERA, 'vendor', ['S61']),
		int8: int8NotCited,
		bf16: fig(2307 * TERA, 'vendor', ['S61'])
	},
	hbmBytes: fig(
		192 * GIGA,
		'vendor',
		['S61'],
		'192 GiB, taken as 192 GB, as Google’s 1.77 PB per 9,216-chip pod does (9,216 × 192 GB): vendors’ HBM capacities are binary gigabytes taken as published, so that systems compare on one basis.'
	),
	hbmBytesPerS: fig(7.37 * TERA, 'vendor', ['S61']),
	scaleUpBytesPerS: fig(600 * GIGA, 'vendor', ['S61'], 'ICI 1.2 TB/s bidirectional per chip.'),
	scaleUpDomainChips: chips,
	scaleOutBytesPerS,
	chipPowerW: unknown(['S67'], 'Not published; ~1 kW per chip is reported.'),
	allInPowerPerChipW: fig(10e6 / 9216, 'derived', ['S67'], 'Pod ~10 MW (reported) ÷ 9,216 chips.'),
	published
});

/**
 * Cubes of 4x4x4 chips joined by optical circuit switches, which close a slice of whole cubes into
 * a torus [S70]; the rule, from Google's TPU v4 docs, holds for v5p and Ironwood, built the same way
 * [S59][S61].
 */
const OCS_CUBE: PresetTopology['scaleUp']['cube'] = {
	dims: [4, 4, 4],
	sources: ['TPU_V4_DOC', 'S70', 'S59', 'S61']
};

const ICI_LINKS = fig(
	6,
	'derived',
	['S61', 'S70'],
	'A 3D torus: one link to each of 6 neighbours.'
);

/** One 4x4x4 cube: its wraparound links leave through the optical circuit switches. */
export const TPU7X_CUBE = tpu7x(
	'tpu7x-cube-64',
	'TPU7x cube (64)',
	fig(64, 'vendor', ['S61', 'S70']),
	{
		scaleUp: {
			kind: 'torus',
			dims: [4, 4, 4],
			wraparound: true,
			cube: OCS_CUBE,
			linksPerChip: ICI_LINKS,
			hopLatencyS: unknownHop
		},
		scaleOut: {
			kind: 'ocs',
			oversubscription: fig(1, 'derived', ['S70'], 'OCS circuits are point to point: no sharing.'),
			hopLatencyS: unknownHop
		}
	},
	fig(
		150 * GIGA,
		'derived',
		['S61', 'S70'],
		'The 96 face links of a 4×4×4 cube at 100 GB/s each (600 ÷ 6) ÷ 64 chips, through the OCS.'
	),
	{}
);

/** The 9,216-chip pod: 144 cubes in one ICI domain; DCN above it. */
export const TPU7X_POD = tpu7x(
	'tpu7x-pod',
	'TPU7x pod (9,216)',
	fig(9216, 'vendor', ['S61']),
	{
		scaleUp: {
			kind: 'torus',
			dims: [16, 24, 24],
			wraparound: true,
			cube: OCS_CUBE,
			linksPerChip: ICI_LINKS,
			hopLatencyS: unknownHop
		},
		scaleOut: { kind: 'dcn', oversubscription: NON_BLOCKING, hopLatencyS: IB_HOP }
	},
	fig(
		6.25 * GIGA,
		'assumption',
		['S59', 'S63'],
		'Assumption: TPU7x DCN is not published; taken as TPU v5p’s 50 Gb/s per chip.'
	),
	{}
);

/** TPU7x's all-in per chip (pod ~10 MW ÷ 9,216), the one TPU power figure cited. */
const TPU_ALL_IN_ASSUMED = (chip: string) =>
	fig(
		10e6 / 9216,
		'assumption',
		['S67'],
		`Assumption: no ${chip} power is published; taken as TPU7x’s all-in ~10 MW ÷ 9,216 chips (likely high for a smaller chip).`
	);

/**
 * TPU v6e (Trillium): 256 chips in a 16x16 2D torus, 4 ICI ports per chip, 800 GB/s bidirectional.
 * Google publishes the pod's 234.9 PF BF16 and 3.2 TB/s bisection (systems-2026.test.ts checks both).
 */
export const TPU_V6E_POD: SystemPreset = {
	id: 'tpu-v6e-256',
	name: 'TPU v6e pod (256)',
	vendor: 'Google',
	chipName: 'TPU v6e Trillium',
	chipFamily: 'tpu',
	announced: '2024-05-14',
	status: 'shipping',
	topology: {
		scaleUp: {
			kind: 'torus',
			dims: [16, 16],
			wraparound: true,
			linksPerChip: fig(4, 'vendor', ['TPU_V6E_DOC'], 'ICI ports per chip.'),
			hopLatencyS: unknownHop
		},
		scaleOut: { kind: 'dcn', oversubscription: NON_BLOCKING, hopLatencyS: IB_HOP }
	},
	chips: fig(256, 'vendor', ['TPU_V6E_DOC']),
	denseFlopsPerS: {
		fp4: unsupported(['TPU_V6E_DOC'], 'No FP4 figure: v6e lists BF16 and INT8 only.'),
		fp8: fig(
			918 * TERA,
			'assumption',
			['TPU_V6E_DOC'],
			'Assumption: FP8 at the BF16 rate, 918 TFLOP/s, as on v5p: v6e publishes BF16 and INT8 (1,836 TOPS) only, and an FP8 model’s matrix work is taken to run in BF16, not requantized to INT8.'
		),
		int8: fig(1836 * TERA, 'vendor', ['TPU_V6E_DOC']),
		bf16: fig(918 * TERA, 'vendor', ['TPU_V6E_DOC'])
	},
	hbmBytes: fig(32 * GIGA, 'vendor', ['TPU_V6E_DOC']),
	hbmBytesPerS: fig(1638 * GIGA, 'vendor', ['TPU_V6E_DOC']),
	scaleUpBytesPerS: fig(400 * GIGA, 'vendor', ['TPU_V6E_DOC'], 'ICI 800 GB/s bidirectional.'),
	scaleUpDomainChips: fig(256, 'vendor', ['TPU_V6E_DOC'], 'One 16×16 pod.'),
	scaleOutBytesPerS: fig(
		(2 * 100e9) / 8 / 8,
		'assumption',
		['TPU_V5E_DOC'],
		'Assumption: v6e’s NICs are not published; taken as v5e’s 2 × 100 Gb/s per 8-chip host = 25 Gb/s per chip.'
	),
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: TPU_ALL_IN_ASSUMED('v6e'),
	published: {
		bf16FlopsPerS: fig(234.9 * PETA, 'vendor', ['TPU_V6E_DOC'], 'BF16 peak per pod.')
	}
};

/**
 * TPU v5p: the largest slice a job can use is 16x16x24 = 6,144 chips (96 cubes) of the 8,960-chip
 * pod, a 3D torus; ICI 1,200 GB/s bidirectional per chip over 6 neighbours; DCN 50 Gb/s per chip.
 */
export const TPU_V5P_SLICE: SystemPreset = {
	id: 'tpu-v5p-6144',
	name: 'TPU v5p slice (6,144)',
	vendor: 'Google',
	chipName: 'TPU v5p',
	chipFamily: 'tpu',
	announced: '2023-12-06',
	status: 'shipping',
	topology: {
		scaleUp: {
			kind: 'torus',
			dims: [16, 16, 24],
			wraparound: true,
			cube: OCS_CUBE,
			linksPerChip: fig(6, 'derived', ['S59'], 'A 3D torus: one link to each of 6 neighbours.'),
			hopLatencyS: unknownHop
		},
		scaleOut: { kind: 'dcn', oversubscription: NON_BLOCKING, hopLatencyS: IB_HOP }
	},
	chips: fig(6144, 'vendor', ['S59'], 'The largest v5p slice, 16×16×24 (96 cubes).'),
	denseFlopsPerS: {
		fp4: unsupported(['S59'], 'No FP4 figure for v5p.'),
		fp8: fig(459 * TERA, 'vendor', ['S59'], 'FP8 at the BF16 rate.'),
		int8: int8NotCited,
		bf16: fig(459 * TERA, 'vendor', ['S59'])
	},
	hbmBytes: fig(
		95 * GIGA,
		'vendor',
		['S59'],
		'95 GB; one version of the page says 95 GiB (102 GB): the lower taken.'
	),
	hbmBytesPerS: fig(2765 * GIGA, 'vendor', ['S59']),
	scaleUpBytesPerS: fig(600 * GIGA, 'vendor', ['S59'], 'ICI 1,200 GB/s bidirectional per chip.'),
	scaleUpDomainChips: fig(6144, 'vendor', ['S59']),
	scaleOutBytesPerS: fig(50e9 / 8, 'vendor', ['S59'], 'DCN 50 Gb/s per chip.'),
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: TPU_ALL_IN_ASSUMED('v5p'),
	published: {}
};

const UB_MESH: PresetTopology = {
	scaleUp: {
		kind: 'optical-mesh',
		linksPerChip: LINKS_NOT_PUBLISHED,
		hopLatencyS: fig(
			1 * MICRO,
			'assumption',
			['S42'],
			'Assumption: as CloudMatrix 384’s UB (<1 µs); a 2.1 µs figure for UB 2.0 circulates without a primary source.'
		)
	},
	scaleOut: fatTree()
};

/** 8,192 Ascend 950DT in 160 cabinets over UnifiedBus 2.0 (UB-Mesh lineage), all-optical. */
export const ATLAS_950_SUPERPOD: SystemPreset = {
	id: 'atlas-950-superpod',
	name: 'Atlas 950 SuperPoD',
	vendor: 'Huawei',
	chipName: 'Ascend 950DT',
	chipFamily: 'ascend',
	announced: '2025-09-18',
	status: 'announced',
	topology: UB_MESH,
	chips: fig(8192, 'vendor-secondary', ['S52', 'S55']),
	denseFlopsPerS: {
		fp4: fig(2 * PETA, 'vendor-secondary', ['S53', 'S54'], 'MXFP4 format.'),
		fp8: fig(1 * PETA, 'vendor-secondary', ['S53', 'S54'], 'FP8, MXFP8 and HiF8.'),
		int8: int8NotCited,
		bf16: bf16NotPublished
	},
	hbmBytes: fig(144 * GIGA, 'vendor-secondary', ['S53', 'S54'], 'HiZQ 2.0.'),
	hbmBytesPerS: fig(4 * TERA, 'vendor-secondary', ['S53', 'S54']),
	scaleUpBytesPerS: fig(
		1 * TERA,
		'assumption',
		['S53', 'S54'],
		'Assumption: 2 TB/s per chip (16.3 PB/s ÷ 8,192), direction not stated, is taken as bidirectional: 1 TB/s per direction.'
	),
	scaleUpDomainChips: fig(8192, 'vendor-secondary', ['S52', 'S56']),
	scaleOutBytesPerS: ASCEND_SCALE_OUT_ASSUMED,
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: ASCEND_ALL_IN_ASSUMED,
	published: {}
};

/** Atlas 960 SuperPoD: 15,488 Ascend 960, Huawei's plan for Q4 2027 (“double the 950 each generation”). */
export const ATLAS_960_SUPERPOD: SystemPreset = {
	id: 'atlas-960-superpod',
	name: 'Atlas 960 SuperPoD',
	vendor: 'Huawei',
	chipName: 'Ascend 960',
	chipFamily: 'ascend',
	announced: '2025-09-18',
	status: 'roadmap',
	topology: UB_MESH,
	chips: fig(15_488, 'vendor-secondary', ['S52', 'S55']),
	denseFlopsPerS: {
		fp4: fig(4 * PETA, 'derived', ['S53', 'S54'], 'Twice the 950’s 2 PF (HiF4 added).'),
		fp8: fig(2 * PETA, 'vendor-secondary', ['S53', 'S54'], 'Twice the 950’s 1 PF.'),
		int8: int8NotCited,
		bf16: bf16NotPublished
	},
	hbmBytes: fig(
		288 * GIGA,
		'derived',
		['S53', 'S54'],
		'Huawei: capacity doubled over the 950DT’s 144 GB.'
	),
	hbmBytesPerS: fig(
		8 * TERA,
		'derived',
		['S53', 'S54'],
		'Huawei: bandwidth doubled over the 950DT’s 4 TB/s.'
	),
	scaleUpBytesPerS: fig(
		34e15 / 15_488 / 2,
		'assumption',
		['S52'],
		'Assumption: 34 PB/s per SuperPoD ÷ 15,488, direction not stated, is taken as bidirectional: about 1.1 TB/s per direction.'
	),
	scaleUpDomainChips: fig(15_488, 'vendor-secondary', ['S52']),
	scaleOutBytesPerS: ASCEND_SCALE_OUT_ASSUMED,
	chipPowerW: powerNotPublished,
	allInPowerPerChipW: ASCEND_ALL_IN_ASSUMED,
	published: {}
};

/** The Atlas 350 accelerator card: one Ascend 950PR. */
export const ATLAS_350: SystemPreset = {
	id: 'atlas-350',
	name: 'Atlas 350 card',
	vendor: 'Huawei',
	chipName: 'Ascend 950PR',
	chipFamily: 'ascend',
	announced: '2026-03-20',
	status: 'shipping',
	topology: { ...UB_MESH, scaleUp: { ...UB_MESH.scaleUp, kind: 'switched' } },
	chips: fig(1, 'vendor-secondary', ['ASCEND950PR_MO']),
	denseFlopsPerS: {
		fp4: fig(
			1.56 * PETA,
			'vendor-secondary',
			['ASCEND950PR_MO', 'ASCEND950PR_ATG'],
			'As shipped; the roadmap said 2 PF MXFP4.'
		),
		fp8: fig(1 * PETA, 'vendor-secondary', ['S53'], 'Roadmap figure; not restated at launch.'),
		int8: int8NotCited,
		bf16: bf16NotPublished
	},
	hbmBytes: fig(112 * GIGA, 'vendor-secondary', ['ASCEND950PR_MO', 'ASCEND950PR_ATG']),
	hbmBytesPerS: fig(1.4 * TERA, 'vendor-secondary', ['ASCEND950PR_MO', 'ASCEND950PR_ATG']),
	scaleUpBytesPerS: fig(
		1 * TERA,
		'assumption',
		['ASCEND950PR_ATG'],
		'Assumption: “2 TB/s class”, direction not stated, is taken as bidirectional; unused within one card.'
	),
	scaleUpDomainChips: fig(1, 'derived', ['ASCEND950PR_MO'], 'One chip per card.'),
	scaleOutBytesPerS: ASCEND_SCALE_OUT_ASSUMED,
	chipPowerW: fig(600, 'vendor-secondary', ['ASCEND950PR_MO', 'ASCEND950PR_ATG']),
	allInPowerPerChipW: allInFromTdp(
		600,
		'Assumption: no server power cited. 600 W × 1.678 (GB200 NVL72 all-in ÷ TDP).'
	),
	published: {}
};

/** Every 2026 preset, in picker order within its vendor. */
export const SYSTEMS_2026: readonly SystemPreset[] = [
	HGX_H800,
	HGX_B300,
	VR_NVL72,
	KYBER_NVL144,
	ATLAS_950_SUPERPOD,
	ATLAS_960_SUPERPOD,
	ATLAS_350,
	TPU7X_CUBE,
	TPU7X_POD,
	TPU_V6E_POD,
	TPU_V5P_SLICE,
	MI355X_8,
	HELIOS,
	TRN2_ULTRASERVER,
	TRN3_ULTRASERVER_64,
	TRN3_ULTRASERVER_144
];
