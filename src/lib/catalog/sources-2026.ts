import type { Source } from './sources';

/** Months specs.md (S ids) and specs-2026.md (named ids) were compiled and their pages read. */
const SPECS_SHEET = '2026-11';
const SHEET = '2026-12';

/** Sources of the 2026 presets (systems-2026.ts; shared/data/specs-2026.md), loaded with them. */
export const SOURCES_2026 = {
	S32: {
		title: 'GTC 2025 Vera Rubin NVL144 report',
		url: 'https://aitide.news/article/16401',
		published: '2025-03-18',
		accessed: SPECS_SHEET
	},
	S33: {
		title: 'TIMEWELL, “NVIDIA GPU: January 2026 specs” (CES 2026)',
		url: 'https://timewell.jp/en/columns/nvidia-gpu',
		published: '2026-01',
		accessed: SPECS_SHEET
	},
	S35: {
		title: 'GTC DC (29 Oct 2025) Vera Rubin superchip report (Chinese)',
		url: 'https://www.0318hs.cn/News/server/20251030-39339.html',
		published: '2025-10-30',
		accessed: SPECS_SHEET
	},
	S52: {
		title: 'Gizmochina, Atlas 950 / 960 SuperPoDs at Huawei Connect 2025',
		url: 'https://www.gizmochina.com/?p=707365',
		published: '2025-09-18',
		accessed: SPECS_SHEET
	},
	S54: {
		title: '“New paradigms for AI infrastructure” (copy of a Huawei executive’s post)',
		url: 'https://pc.schihei.de/new-paradigms-for-ai-infrastructure',
		accessed: SPECS_SHEET
	},
	S55: {
		title: 'Mezha, “Huawei new AI products and chips announced”',
		url: 'https://mezha.media/en/news/huawei-new-ai-products-chips-announced-304934',
		published: '2025-09-18',
		accessed: SPECS_SHEET
	},
	S56: {
		title:
			'Liao et al., “UB-Mesh: a Hierarchically Localized nD-FullMesh Datacenter Network Architecture”',
		url: 'https://arxiv.org/abs/2503.20377',
		published: '2025-03',
		accessed: SPECS_SHEET
	},
	S59: {
		title: 'Google Cloud, “TPU v5p”',
		url: 'https://docs.cloud.google.com/tpu/docs/v5p-training',
		accessed: SPECS_SHEET
	},
	TPU_V6E_DOC: {
		title: 'Google Cloud, “TPU v6e” (Trillium: system architecture)',
		url: 'https://docs.cloud.google.com/tpu/docs/v6e',
		accessed: SHEET
	},
	TPU_V5E_DOC: {
		title: 'Google Cloud, “TPU v5e” (system architecture, per-host NICs)',
		url: 'https://docs.cloud.google.com/tpu/docs/v5e',
		accessed: SHEET
	},
	TPU_V4_DOC: {
		title:
			'Google Cloud, “TPU v4” (3D mesh and 3D torus: slices of whole 4x4x4 cubes have wraparound links, smaller slices are a mesh)',
		url: 'https://docs.cloud.google.com/tpu/docs/v4',
		accessed: SHEET
	},
	S61: {
		title: 'Google Cloud, “TPU7x (Ironwood)”',
		url: 'https://docs.cloud.google.com/tpu/docs/tpu7x',
		accessed: SPECS_SHEET
	},
	S63: {
		title: 'Google Cloud, “About Ironwood (TPU7x) in GKE”',
		url: 'https://docs.cloud.google.com/kubernetes-engine/docs/concepts/tpu-ironwood',
		accessed: SPECS_SHEET
	},
	S66: {
		title: 'Particle, “Google Details Ironwood TPU Superpods”',
		url: 'https://particle.news/story/google-details-ironwood-tpu-superpods-built-for-inference-at-cloud-scale',
		published: '2025-08',
		accessed: SPECS_SHEET
	},
	S67: {
		title:
			'Summary of HPCwire, “Google Aims to Flip the Script on AI Inference with New Ironwood TPUs”',
		url: 'https://ainews247.org/story/64656',
		published: '2025-04',
		accessed: SPECS_SHEET
	},
	S70: {
		title:
			'FiberMall, “Unveiling Google’s TPU Architecture: OCS … 4x4x4 Cube to 9216-Chip Ironwood”',
		url: 'https://www.fibermall.com/blog/?p=18416',
		accessed: SPECS_SHEET
	},
	S73: {
		title:
			'Tom’s Hardware, “AMD’s Instinct MI355X accelerator will reportedly consume 1,400 watts”',
		url: 'https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts',
		published: '2025-06',
		accessed: SPECS_SHEET
	},
	S74: {
		title: 'Svět hardware, “AMD uvádí akcelerátory Instinct MI350X a MI355X”',
		url: 'https://www.svethardware.cz/amd-uvadi-akceleratory-instinct-mi350x-a-mi355x-s-288gb-pameti-hbm3e/61870',
		published: '2025-06',
		accessed: SPECS_SHEET
	},
	S79: {
		title:
			'The Register, “AMD preps rack-scale Helios systems to contend with Nvidia’s Vera Rubin NVL144”',
		url: 'https://www.theregister.com/2025/06/12/amd_helios_dc/',
		published: '2025-06-12',
		accessed: SPECS_SHEET
	},
	S80: {
		title: '“AMD Helios: 72-GPU Rack for AI at Scale”',
		url: 'https://awesomeagents.ai/hardware/amd-helios/',
		accessed: SPECS_SHEET
	},
	S81: {
		title: '“AMD Instinct MI400 Series & Helios Rack”',
		url: 'https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi400-helios/',
		accessed: SPECS_SHEET
	},
	S82: {
		title: '“AMD Instinct MI325X Accelerators” (reseller page: 8-GPU full mesh)',
		url: 'https://wiaix.com/amd-instincttm-mi325x-accelerators',
		accessed: SPECS_SHEET
	},
	S85: {
		title: 'AWS Neuron docs, “Trainium2 architecture”',
		url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/v2.21.0.beta/general/arch/neuron-hardware/trainium2.html',
		accessed: SPECS_SHEET
	},
	S86: {
		title: 'AWS Neuron docs, “Amazon EC2 Trn2 Architecture”',
		url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn2-arch.html',
		accessed: SPECS_SHEET
	},
	S88: {
		title:
			'Summary of SemiAnalysis, “Amazon’s AI Self Sufficiency: Trainium2 Architecture & Networking”',
		url: 'https://tengele.com/news/004e498c-7f1c-4a14-9d0d-4d415e093d34/amazons-ai-self-sufficiency-trainium2-architecture-networking',
		accessed: SPECS_SHEET
	},
	S112: {
		title: '“NVIDIA supernode evolution: NVL72 to NVL576”',
		url: 'https://locsic.com/thinking/nvidia-supernode-evolution-nvl72-to-nvl576/',
		accessed: SPECS_SHEET
	},
	TRN3_ARCH: {
		title: 'AWS Neuron docs, “Amazon EC2 Trn3 Architecture” (Gen1 64 and Gen2 144 UltraServers)',
		url: 'https://github.com/aws-neuron/aws-neuron-sdk/blob/master/about-neuron/arch/neuron-hardware/trn3-arch.rst',
		published: '2025-12',
		accessed: SHEET
	},
	// Where specs-2026.md reads HGX B300's 270 GB usable and 1,100 W (with MLPerf v6.0's NVIDIA
	// system descriptions).
	NETBOX_4508: {
		title: 'netbox-community devicetype-library PR #4508, citing a Supermicro B300 datasheet',
		url: 'https://github.com/netbox-community/devicetype-library/pull/4508',
		accessed: SHEET
	},
	IFX_GPU_SPECS: {
		title: 'SemiAnalysis InferenceX-app, `packages/app/src/lib/gpu-specs.ts` (dense per-GPU specs)',
		url: 'https://github.com/SemiAnalysisAI/InferenceX-app/blob/master/packages/app/src/lib/gpu-specs.ts',
		accessed: SHEET
	},
	MLPERF61_VR: {
		title: 'MLPerf Inference v6.1 system description, NVIDIA VR-NVL72 (preview; 2,300 W TGP)',
		url: 'https://github.com/mlcommons/inference_results_v6.1/blob/main/closed/NVIDIA/systems/VR-NVL72_VR-288GB_aarch64x72_TRT.json',
		published: '2026',
		accessed: SHEET
	},
	IFX_VR_BLOG: {
		title: 'SemiAnalysis InferenceX blog, “Vera Rubin NVL72 agentic inference”',
		url: 'https://github.com/SemiAnalysisAI/InferenceX-app/blob/master/packages/app/content/blog/vera-rubin-nvl72-agentic-inference.mdx',
		published: '2026-09-14',
		accessed: SHEET
	},
	KYBER_GTC26: {
		title: 'techand.space citing Tom’s Hardware, GTC 2026: Rubin Ultra and the Kyber NVL144 rack',
		url: 'https://test2.techand.space/article/technology/2026-03-17-nvidia-gura-ai-hardver-prema-terabajtnom-pragu',
		published: '2026-03-17',
		accessed: SHEET
	},
	KYBER_600KW: {
		title: 'Tom’s Hardware, “Nvidia shows off Rubin Ultra with 600,000-watt Kyber racks”',
		url: 'https://tomshardware.com/pc-components/gpus/nvidia-shows-off-rubin-ultra-with-600-000-watt-kyber-racks-and-infrastructure-coming-in-2027',
		published: '2025-03',
		accessed: SHEET
	},
	HELIOS_NEXTPLATFORM: {
		title: 'The Next Platform, “AMD says Helios racks and MI400-series GPUs on track for 2H 2026”',
		url: 'https://www.nextplatform.com/compute/2026/02/23/amd-says-helios-racks-and-mi400-series-gpus-on-track-for-2h-2026/4092199',
		published: '2026-02-23',
		accessed: SHEET
	},
	ASCEND950PR_MO: {
		title:
			'Morning Overview, “Huawei’s Ascend 950PR claims 2.8 times the inference performance of Nvidia’s H20” (Huawei China Partner Conference, via IT之家)',
		url: 'https://morningoverview.com/huaweis-ascend-950pr-claims-2-8-times-the-inference-performance-of-nvidias-h20-bytedance-is-spending-5-6-billion-on-it/',
		published: '2026-03-20',
		accessed: SHEET
	},
	ASCEND950PR_ATG: {
		title: 'allthingsgeek, Atlas 350 / Ascend 950PR launch figures',
		url: 'https://allthingsgeek.me/?p=6100',
		published: '2026-03',
		accessed: SHEET
	},
	H800_WIKI: {
		title: 'AI Wiki, “NVIDIA H800” (H100 silicon; NVLink cut to 400 GB/s bidirectional)',
		url: 'https://aiwiki.ai/wiki/nvidia_h800',
		published: '2026-06-03',
		accessed: SHEET
	},
	H800_PHILISUN: {
		title: 'Philisun, “NVIDIA H800 vs H100: a technical deep dive”',
		url: 'https://www.philisun.com/technical-analysis/nvidia-h800-vs-h100-a-technical-deep-dive-into-politically-defined-ai-chips/',
		accessed: SHEET
	}
} as const satisfies Record<string, Source>;
