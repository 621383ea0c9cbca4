import type { Precision } from '../model/precision';
import type { SystemNumberField } from '../model/system';
import type { SystemPreset } from './systems';

/** Where a figure sits in a preset: `chips`, `denseFlopsPerS.bf16`, `published.hbmBytes`, … */
export type FigurePath =
	| SystemNumberField
	| `denseFlopsPerS.${Precision}`
	| `published.${keyof SystemPreset['published']}`;

/**
 * How each figure of the presets in systems.ts was read or derived, and where sources disagree:
 * the prose of their source popovers, kept apart from the numbers so it loads with the popover
 * (ui/lazy.svelte.ts) rather than with every visit. Keyed by preset id, then figure path; a test
 * keeps every path pointing at a figure. A missing figure keeps its reason inline (the page
 * shows it at once), and the 2026 presets, loaded later anyway, keep their notes inline.
 */
export const SYSTEM_NOTES: Readonly<Record<string, Partial<Record<FigurePath, string>>>> = {
	'gb200-nvl72': {
		chips: '36 GB200 superchips × 2 GPUs.',
		'denseFlopsPerS.fp4': 'Rack 1,440 PF FP4 is 2:4-sparse: 1,440 ÷ 72 ÷ 2.',
		'denseFlopsPerS.fp8': 'Rack 720 PF FP8 (sparse) ÷ 72 ÷ 2.',
		'denseFlopsPerS.bf16':
			'SemiAnalysis uses 2,500 TFLOP/s, as NVIDIA’s rack totals imply for the 1.2 kW GB200 GPU. Verda’s 2.25 PF is the value of the 1.0 kW HGX B200.',
		hbmBytes:
			'186 GB visible per GPU in an MLPerf system description; 192 GB nominal. SemiAnalysis’s InferenceX GPU table gives nvidia-smi’s 189,471 MiB (198.7 GB in SI units): like most vendors’ HBM figures, these are binary gigabytes, kept as published so that systems compare on one basis.',
		scaleUpBytesPerS: 'NVLink 5: 18 links, 1.8 TB/s bidirectional = 900 GB/s per direction.',
		scaleUpDomainChips: 'One NVLink switch tier joins all 72 GPUs.',
		scaleOutBytesPerS:
			'One ConnectX-7 400 Gb/s per GPU, as in MLPerf system descriptions and SemiAnalysis. Tom’s Hardware lists 800G; that is GB300’s ConnectX-8.',
		chipPowerW: 'GPU TDP.',
		allInPowerPerChipW:
			'SemiAnalysis all-in 145 kW per rack (incl. networking and cooling share) ÷ 72.',
		'published.hbmBytes': '72 × 186 GB usable; 13.8 TB nominal.'
	},
	'cloudmatrix-384': {
		chips: '48 nodes × 8 NPUs, plus 192 Kunpeng CPUs.',
		'denseFlopsPerS.int8':
			'Derived from Huawei’s CloudMatrix384 paper, which normalises throughput by INT8 peak: 6,688 tokens/s ÷ 4.45 tokens/s per TFLOPS ≈ 1,503 TOPS (prefill) and 1,943 ÷ 1.29 ≈ 1,506 (decode), i.e. ~1,504 TOPS, twice the 752 TFLOP/s BF16 the paper gives (the BF16 shown here, 780, is SemiAnalysis’s). Huawei publishes no INT8 spec for the 910C.',
		'denseFlopsPerS.bf16':
			'SemiAnalysis basis (300 PF per system). Huawei’s CM384 paper gives 752 TFLOP/s (289 PF) [S40][S43].',
		hbmBytes: '8 HBM2E stacks; 64 GB per die.',
		scaleUpBytesPerS:
			'Unified Bus, per direction (>392 GB/s). Huawei’s “784–800 GB/s” is the bidirectional sum.',
		scaleUpDomainChips: 'Two-tier non-blocking optical Clos.',
		scaleOutBytesPerS:
			'RDMA plane up to 400 Gb/s per NPU per direction. Huawei Cloud’s 76.8 Tb/s total would be half that.',
		allInPowerPerChipW:
			'SemiAnalysis all-in 559,378 W ÷ 384 ≈ 1,457 W. Another Chinese estimate is ~500 kW.'
	},
	'gb300-nvl72': {
		'denseFlopsPerS.fp4': 'HGX B300 is sometimes quoted at 14 PF dense.',
		'denseFlopsPerS.fp8': 'Rack 720 PF sparse / 360 PF dense ÷ 72.',
		hbmBytes:
			'279 GB visible; 288 GB nominal. SemiAnalysis’s InferenceX GPU table gives nvidia-smi’s 284,208 MiB (298.0 GB in SI units): like most vendors’ HBM figures, these are binary gigabytes, kept as published so that systems compare on one basis.',
		scaleUpBytesPerS:
			'NVLink 5, unchanged from GB200: 1.8 TB/s bidirectional = 900 GB/s per direction.',
		scaleOutBytesPerS: 'ConnectX-8, 800 Gb/s per GPU.',
		allInPowerPerChipW:
			'Assumption: no all-in figure is published. GB200’s 145 kW plus 72 × the 200 W higher TDP = 159.4 kW ÷ 72.'
	},
	'hgx-h100': {
		'denseFlopsPerS.fp8': '3,958 TFLOP/s sparse ÷ 2.',
		'denseFlopsPerS.bf16': '1,979 TFLOP/s sparse ÷ 2.',
		scaleUpBytesPerS:
			'NVLink 4: 18 links × 50 GB/s bidirectional = 900 GB/s bidirectional = 450 GB/s per direction.',
		scaleUpDomainChips: 'Four NVSwitch chips join the 8 GPUs of one board.',
		scaleOutBytesPerS: 'One ConnectX-7 400 Gb/s NDR per GPU (DGX H100).',
		allInPowerPerChipW:
			'DGX H100 10.2 kW ÷ 8. Server power only: unlike the NVL72 and CM384 figures it excludes the network and cooling share.'
	},
	'hgx-h200': {
		'denseFlopsPerS.fp8': 'Same tensor cores as H100.',
		scaleUpBytesPerS: 'NVLink 4, as H100.',
		scaleOutBytesPerS: 'Typically 8 × 400G per node.',
		chipPowerW: 'TGP in the MLPerf system description.',
		allInPowerPerChipW:
			'Assumption: no H200 system figure is cited; same HGX board and 700 W TDP as DGX H100 (10.2 kW ÷ 8).'
	},
	'hgx-h20': {
		'denseFlopsPerS.bf16': 'Dense per most outlets: H100 989 ÷ 148 = 6.68×.',
		scaleUpBytesPerS: 'NVLink 4 kept at 900 GB/s bidirectional.',
		scaleOutBytesPerS: 'Assumption: not published; taken as DGX H100’s 400 Gb/s per GPU.',
		allInPowerPerChipW: 'Assumption: DGX H100 10.2 kW less 8 × the 300 W lower TDP = 7.8 kW ÷ 8.'
	},
	'hgx-b200': {
		'denseFlopsPerS.fp4':
			'HGX B200 is 9 PF FP4 dense at 1.0 kW per GPU, against 10 for the 1.2 kW GB200 GPU.',
		'denseFlopsPerS.fp8':
			'Half the FP4 rate, as on B200 and GB200 (Blackwell Ultra’s FP8 is a third of its FP4).',
		'denseFlopsPerS.bf16':
			'Verda’s 2.25 PF: the HGX B200 value (1.0 kW per GPU), not GB200’s 2.5 PF (1.2 kW).',
		hbmBytes: 'MLPerf system name “B200-SXM-180GB”.',
		hbmBytesPerS: 'Same HBM3e as the B200 in GB200.',
		scaleUpBytesPerS: 'NVLink 5, 900 GB/s per direction.',
		scaleUpDomainChips: 'Two NVSwitch chips; EP > 8 leaves NVLink.',
		scaleOutBytesPerS: 'ConnectX-7 400 Gb/s per GPU.',
		allInPowerPerChipW: 'DGX B200 system power 14.3 kW ÷ 8 (server only).'
	}
};
