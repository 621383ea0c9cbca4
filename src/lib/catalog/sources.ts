/**
 * Sources behind every preset figure, keyed by the IDs of Rackscale's spec sheet
 * (shared/data/specs.md §14, models.md §6, calibration.md). `published` is the source's own date
 * where known; otherwise `accessed` is when the spec sheet read it.
 */
export interface Source {
	title: string;
	url: string;
	published?: string;
	accessed: string;
}

import type { SOURCES_2026 } from './sources-2026';

/** Month the spec sheet (specs.md) was compiled and its pages read. */
const SHEET = '2026-11';

const FIRST_VISIT_SOURCES = {
	S1: {
		title: 'Verda, “NVIDIA GB300 NVL72: GPU Architecture & Performance”',
		url: 'https://verda.com/blog/gb300-nvl72-architecture',
		accessed: SHEET
	},
	S2: {
		title: 'AI Wiki, “NVIDIA GB200 NVL72” (GTC launch figures, 18 Mar 2024)',
		url: 'https://aiwiki.ai/wiki/nvidia_gb200_nvl72',
		accessed: SHEET
	},
	S3: {
		title: 'awesomeagents.ai, “NVIDIA GB200 NVL72 – Rack-Scale Blackwell”',
		url: 'https://awesomeagents.ai/hardware/nvidia-gb200-nvl72',
		accessed: SHEET
	},
	S4: {
		title: 'setloop.io, “NVIDIA GB200 NVL72: Blackwell at rack scale”',
		url: 'https://setloop.io/blog/gb200-nvl72-architecture',
		accessed: SHEET
	},
	S7: {
		title: 'FiberMall, “In-depth analysis for NVIDIA GB200”',
		url: 'https://www.fibermall.com/blog/in-depth-analysis-for-nvidia-gb200.htm',
		accessed: SHEET
	},
	S8: {
		title: 'learnAI, “Training clusters” notes (low authority)',
		url: 'https://kshirol-dev.github.io/learnAI/AIInfrastructure/08-training-clusters.html',
		accessed: SHEET
	},
	S9: {
		title: 'SemiAnalysis InferenceX, GB200 NVL72 vs B200 disaggregated DeepSeek-R1 FP4',
		url: 'https://inferencex.semianalysis.com/blog/gb200-nvl72-vs-b200-disagg-deepseek-r1-fp4-dynamo-trt',
		accessed: SHEET
	},
	S11: {
		title: 'MLPerf Inference v6.1 system description, Crusoe GB200 NVL72 (186 GB per GPU)',
		url: 'https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json',
		accessed: SHEET
	},
	S12: {
		title: 'NVIDIA Base Command Manager, “NVLink Technology”',
		url: 'https://docs.nvidia.com/base-command-manager/product-manuals/nvidia-mission-control/nvlinkinfo',
		accessed: SHEET
	},
	S14: {
		title: 'The Verge GTC 2024 report (copy), “Nvidia reveals Blackwell B200 GPU”',
		url: 'https://autopilotr.com/nvidia-reveals-blackwell-b200-gpu-the-worlds-most-powerful-chip-for-ai',
		published: '2024-03-18',
		accessed: SHEET
	},
	S13: {
		title:
			'NVIDIA Technical Blog, “NVIDIA GB200 NVL72 Delivers Trillion-Parameter LLM Training and Real-Time Inference”',
		url: 'https://developer.nvidia.com/blog/nvidia-gb200-nvl72-delivers-trillion-parameter-llm-training-and-real-time-inference/',
		accessed: SHEET
	},
	S16: {
		title: 'Glenn Lockwood, “B300”',
		url: 'https://glennklockwood.com/garden/processors/B300',
		accessed: SHEET
	},
	S17: {
		title: 'vendordeep, “NVIDIA Blackwell Ultra GB300 NVL72”',
		url: 'https://vendordeep.com/report/nvidia-launches-blackwell-ultra-gb300',
		accessed: SHEET
	},
	S20: {
		title: 'Epium (Morgan Stanley model), GB300 NVL72 liquid cooling costs',
		url: 'https://epium.com/news/nvidia-gb300-blackwell-ultra-nvl72-liquid-cooling-costs-nearly-usd-50000',
		accessed: SHEET
	},
	S21: {
		title: 'thedailyscout, “NVIDIA GPUs push 1,200W power draw” (citing NVIDIA DGX docs)',
		url: 'https://thedailyscout.com/s/mS-qfkbCluI',
		accessed: SHEET
	},
	S22: {
		title: 'Glenn Lockwood, “H100”',
		url: 'https://glennklockwood.com/garden/processors/h100',
		accessed: SHEET
	},
	S24: {
		title: '“NVIDIA H200 GPU Specifications and Features”',
		url: 'https://lzwjava.github.io/nvidia-h200-gpu-specs-en',
		accessed: SHEET
	},
	S25: {
		title: 'OpenMetal, “How the H200 is built for memory-bound AI workloads”',
		url: 'https://openmetal.io/resources/blog/how-the-h200-is-built-for-memory-bound-ai-workloads/',
		accessed: SHEET
	},
	S26: {
		title: 'MLPerf Inference v4.1 system description, H200-SXM-141GBx8',
		url: 'https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/main/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT_MaxQ.json',
		accessed: SHEET
	},
	S27: {
		title: 'MLPerf Inference v3.1, “DGX-H100 System Architecture”',
		url: 'https://github.com/mlcommons/inference_results_v3.1/blob/main/closed/NVIDIA/documentation/start_from_device/dgx-h100.md',
		accessed: SHEET
	},
	S28: {
		title:
			'Tom’s Hardware, “New Nvidia AI GPUs designed to get around US export bans come to China: H20, L20 and L2”',
		url: 'https://www.tomshardware.com/pc-components/gpus/new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-restricted-models',
		accessed: SHEET
	},
	S29: {
		title: 'TweakTown, “NVIDIA’s tweaked H20 AI GPU enters mass production in Q2 2024”',
		url: 'https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html',
		accessed: SHEET
	},
	S31: {
		title:
			'fridayswithfaraday, “NVSwitch Fabric Topology: How 72 GPUs Share a Single Memory Address Space”',
		url: 'https://fridayswithfaraday.com/posts/gpu-hw-nvswitch-fabric-topology',
		accessed: SHEET
	},
	S34: {
		title: 'Tom’s Hardware, “AMD says Instinct MI400X GPU is 10X faster than MI300X”',
		url: 'https://www.tomshardware.com/pc-components/gpus/amd-says-instinct-mi400x-gpu-is-10x-faster-than-mi300x-will-power-helios-rack-scale-system-with-epyc-venice-cpus',
		accessed: SHEET
	},
	S37: {
		title: 'SemiAnalysis, “Huawei AI CloudMatrix 384 – China’s Answer to Nvidia GB200 NVL72”',
		url: 'https://semianalysis.com/2025/04/16/huawei-ai-cloudmatrix-384-chinas-answer-to-nvidia-gb200-nvl72',
		published: '2025-04-16',
		accessed: SHEET
	},
	S38: {
		title: 'Chinese transcript of the SemiAnalysis CloudMatrix 384 article (reportify.cn)',
		url: 'https://reportify.cn/transcripts/1153673346911703040',
		accessed: SHEET
	},
	S39: {
		title: 'Avalanche Notícias, summary of the SemiAnalysis/TechPowerUp CM384 comparison',
		url: 'https://avalanchenoticias.com.br/mercado-de-tecnologia-e-ti-noticia/o-huawei-cloudmatrix-384-super-accelerator-e-mais-rapido-que-o-nvidia-gb200-nvl72-mas-consome-muito-mais-energia',
		accessed: SHEET
	},
	S40: {
		title: 'The Register, “Stacking up Huawei’s rack-scale boogeyman against Nvidia’s best”',
		url: 'http://gopher.nikiroo.be/news/REGISTER/1753823360.php',
		published: '2025-07-29',
		accessed: SHEET
	},
	S41: {
		title: 'Zuo et al., “Serving Large Language Models on Huawei CloudMatrix384”, arXiv 2506.12708',
		url: 'https://arxiv.org/html/2506.12708v2',
		published: '2025-06',
		accessed: SHEET
	},
	S42: {
		title: 'Architects’ Tech Alliance, “Inside Huawei’s CloudMatrix384”',
		url: 'https://www.besthub.dev/articles/inside-huawei-s-cloudmatrix384-how-a-384-npu-ai-supernode-achieves-sub-microsecond-latency-2e19b4f44110',
		accessed: SHEET
	},
	S43: {
		title: 'emergentmind, “CloudMatrix Datacenter Architecture” (summary of the paper)',
		url: 'https://www.emergentmind.com/topics/cloudmatrix-datacenter-architecture',
		accessed: SHEET
	},
	S45: {
		title: '傅里叶的猫, “How many optical modules does Huawei Cloud Matrix 384 need?”',
		url: 'https://reportify.ai/social-media/711244532271168',
		published: '2025-08-21',
		accessed: SHEET
	},
	S48: {
		title: 'valleynewz, “Huawei Debuts CloudMatrix 384 at WAIC 2025”',
		url: 'https://valleynewz.com/huawei-debuts-cloudmatrix-384-at-waic-2025',
		published: '2025-07-26',
		accessed: SHEET
	},
	S49: {
		title: 'TechPowerUp, “Huawei Prepares 6 nm Ascend 920C Accelerator”',
		url: 'https://techpowerup.com/335749/huawei-prepares-6-nm-ascend-920c-accelerator-900-teraflops-4000-gb-s-hbm3',
		published: '2025-04-21',
		accessed: SHEET
	},
	S51: {
		title: 'TechForge (citing STAR Market Daily / SCMP) on CloudMatrix 384 vs GB200 NVL72',
		url: 'http://clef1.com/index-139.html',
		published: '2025-04-16',
		accessed: SHEET
	},
	S53: {
		title: 'Luca Berton, “Huawei Atlas 950 AI SuperPoD: 8,192 NPUs as One Machine”',
		url: 'https://lucaberton.com/blog/huawei-atlas-950-superpod-ai-infrastructure/',
		accessed: SHEET
	},
	S100: {
		title: 'Windows Report, “The 1.8T (trillion) parameters GPT-MoE might be GPT-4”',
		url: 'https://windowsreport.com/the-1-8t-trillion-parameters-gpt-moe-might-be-gpt-4/',
		accessed: SHEET
	},
	S105: {
		title: 'Andy Sun, “optical_io: NVIDIA System”',
		url: 'https://achoenix.github.io/optical_io/nvidia_system.html',
		accessed: SHEET
	},
	S113: {
		title: 'NVIDIA Technical Blog, “Introducing NVIDIA HGX H100”',
		url: 'https://developer.nvidia.com/blog/introducing-nvidia-hgx-h100-an-accelerated-server-platform-for-ai-and-high-performance-computing/',
		accessed: SHEET
	},
	S114: {
		title: 'kontronn, “Ingrasys shows big NVIDIA NVLink switch chips change to the HGX B200/B100”',
		url: 'http://kontronn.com/post/ai/ingrasys-shows-big-nvidia-nvlink-switch-chips-change-to-the-hgx-b200-b100.html',
		accessed: SHEET
	},
	S116: {
		title: '“NVLink, NVSwitch, and GPU Interconnect” (latency orders of magnitude, low authority)',
		url: 'https://fridayswithfaraday.com/posts/gpu-hw-nvlink-nvswitch-interconnect',
		accessed: SHEET
	},
	MLPERF50: {
		title: 'MLPerf Inference v5.0 results, NVIDIA “8x B200-SXM-180GB” system',
		url: 'https://github.com/mlcommons/inference_results_v5.0/tree/main/closed/NVIDIA',
		published: '2025-04',
		accessed: SHEET
	}
} as const satisfies Record<string, Source>;

/**
 * Every source id: the first-visit ones above and the 2026 presets' (sources-2026.ts), which
 * `registerSources` adds to SOURCES when their chunk loads (only presets from that chunk cite them).
 */
export type SourceId = keyof typeof FIRST_VISIT_SOURCES | keyof typeof SOURCES_2026;
export const SOURCES = FIRST_VISIT_SOURCES as Record<SourceId, Source>;

export function registerSources(extra: Partial<Record<SourceId, Source>>): void {
	Object.assign(SOURCES, extra);
}
