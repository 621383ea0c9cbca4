import type { Source } from './sources';

/**
 * Sources behind the LLM catalog, the calibration cases and the inference efficiencies. Keys are
 * those of shared/data/models.md §6 (model architecture) and short names for the cases of
 * shared/data/calibration.md. Kept apart from SOURCES: models.md reuses some of specs.md's keys
 * (e.g. S14) for different pages, so the two key spaces must not be merged.
 */

/** Month models.md and calibration.md were compiled and their pages read. */
const SHEET = '2026-11';
/** Read from shared/data/calibration-2026.md. */
const SHEET_2026 = '2026-12';
/** Read at the source itself (not through a sheet), 2026-12. */
const READ_2026_12 = '2026-12';

export const LLM_SOURCES = {
	C1: {
		title:
			'deepseek-ai/DeepSeek-V3: inference/configs/config_671B.json, model.py, README, README_WEIGHTS',
		url: 'https://github.com/deepseek-ai/DeepSeek-V3/tree/9b4e9788e4a3a731f7567338ed15d3ec549ce03b',
		accessed: SHEET
	},
	P1: {
		title: 'DeepSeek-AI, “DeepSeek-V3 Technical Report” (§2.1.1 MLA, §4.2 hyper-parameters)',
		url: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/98e67a71f437a70dfa1a9fc2b4dcc416b2effe94/DeepSeek_V3.pdf',
		accessed: SHEET
	},
	M2: {
		title: 'deepseek-ai/DeepSeek-R1 README (671B / 37B / 128K; trained from DeepSeek-V3-Base)',
		url: 'https://github.com/deepseek-ai/DeepSeek-R1/tree/0cf78561f1d51c84a21b2190626b21116d5c68bb',
		accessed: SHEET
	},
	C2: {
		title: 'Google MaxText model configs (third-party mirrors of the makers’ config.json)',
		url: 'https://github.com/AI-Hypercomputer/maxtext/tree/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models',
		accessed: SHEET
	},
	M3: {
		title: 'MoonshotAI/Kimi-K2 README (model summary table, block-fp8 checkpoints)',
		url: 'https://github.com/MoonshotAI/Kimi-K2/tree/c6157be8531e1c52f5dfd3bb91a1275b089eac50',
		accessed: SHEET
	},
	P3: {
		title: 'Qwen Team, “Qwen3 Technical Report” (§2, Tables 1–2, §3)',
		url: 'https://github.com/QwenLM/Qwen3/blob/7a2f61ffc7a20d47efcd2bf97f6f2bf52729042e/Qwen3_Technical_Report.pdf',
		published: '2025-05-14',
		accessed: SHEET
	},
	M4: {
		title: 'QwenLM/Qwen3 README and docs/source/deployment/vllm.md',
		url: 'https://github.com/QwenLM/Qwen3/tree/7a2f61ffc7a20d47efcd2bf97f6f2bf52729042e',
		accessed: SHEET
	},
	S4a: {
		title: 'Ascend MindSpeed-RL model configs qwen3_235b_a22b.yaml, qwen3_32b.yaml (third party)',
		url: 'https://gitee.com/ascend/MindSpeed-RL',
		accessed: SHEET
	},
	C5: {
		title: 'meta-llama/llama-models: models/sku_list.py (arch_args for Llama 3.1 / 3.3)',
		url: 'https://github.com/meta-llama/llama-models/blob/8c88b8c0d75dbd136b6895220c4f56ccbe2f2d24/models/sku_list.py',
		accessed: SHEET
	},
	M5: {
		title: 'meta-llama/llama-models: Llama 3.1 and 3.3 MODEL_CARD.md',
		url: 'https://github.com/meta-llama/llama-models/tree/main/models/llama3_1',
		accessed: SHEET
	},
	S6: {
		title:
			'huggingface/transformers: convert_llama_weights_to_hf.py (context length per Llama version)',
		url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/models/llama/convert_llama_weights_to_hf.py',
		accessed: SHEET
	},
	C7: {
		title: 'openai/gpt-oss: gpt_oss/torch/model.py (ModelConfig), weights.py (MXFP4), README',
		url: 'https://github.com/openai/gpt-oss/tree/7b583341fe16729127f6d5b94a7b09ccae97e1a1',
		accessed: SHEET
	},
	S7: {
		title: 'OpenAI, “gpt-oss-120b & gpt-oss-20b Model Card”, arXiv 2508.10925 (read via summaries)',
		url: 'https://arxiv.org/abs/2508.10925',
		accessed: SHEET
	},
	N10: {
		title:
			'NVIDIA Technical Blog, “Demystifying AI Inference Deployments for Trillion Parameter LLMs” (via summaries)',
		url: 'https://developer.nvidia.com/blog/demystifying-ai-inference-deployments-for-trillion-parameter-large-language-models/',
		published: '2024-06',
		accessed: SHEET
	},
	S11: {
		title:
			'SemiAnalysis, “GPT-4 Architecture, Infrastructure, …” (paywalled leak, as restated; unconfirmed)',
		url: 'https://www.semianalysis.com/p/gpt-4-architecture-infrastructure',
		published: '2023-07',
		accessed: SHEET
	},
	S12: {
		title: 'vLLM pull request #48439, “Fix fp8 KV cache crash on MLA models” (656 B/token/layer)',
		url: 'https://github.com/vllm-project/vllm/pull/48439',
		accessed: SHEET
	},
	LMSYS_EP: {
		title: 'LMSYS, “Deploying DeepSeek with PD Disaggregation and Large-scale EP on 96 H100 GPUs”',
		url: 'https://lmsys.org/blog/2025-05-05-large-scale-ep/',
		published: '2025-05-05',
		accessed: SHEET
	},
	SGLANG_6017: {
		title: 'sgl-project/sglang issue #6017 (reproduction of the 96×H100 large-scale EP results)',
		url: 'https://github.com/sgl-project/sglang/issues/6017',
		accessed: SHEET
	},
	MLPERF_INF_50: {
		title: 'MLPerf Inference v5.0 results, closed/NVIDIA (Llama 2 70B, Llama 3.1 405B)',
		url: 'https://github.com/mlcommons/inference_results_v5.0/tree/main/closed/NVIDIA/results',
		published: '2025-04',
		accessed: SHEET
	},
	MLPERF_INF_51: {
		title: 'MLPerf Inference v5.1 results, closed/NVIDIA (NVFP4 on Blackwell)',
		url: 'https://github.com/mlcommons/submissions_inference_v5.1',
		published: '2025-09',
		accessed: SHEET
	},
	MLCOMMONS_LLM_V5: {
		title:
			'MLCommons, “MLPerf Inference v5.0 Advances Language Model Capabilities for GenAI” (Llama 3.1 405B dataset: mean input 9,400, output 680 tokens)',
		url: 'https://mlcommons.org/2025/04/llm-inference-v5/',
		published: '2025-04',
		accessed: '2026-12'
	},
	MLPERF_CONF: {
		title: 'mlcommons/inference loadgen/mlperf.conf (TTFT / TPOT 99th-percentile bounds)',
		url: 'https://github.com/mlcommons/inference/blob/master/loadgen/mlperf.conf',
		accessed: SHEET
	},
	NCCL_212: {
		title: 'NVIDIA/nccl-tests issue #212 (8×H100 all-reduce busBW with and without NVLS)',
		url: 'https://github.com/NVIDIA/nccl-tests/issues/212',
		accessed: SHEET
	},
	AZ_BENCH: {
		title: 'Azure/AI-benchmarking-guide (ND H200 v5 / ND GB200 v6 NCCL, GEMM and HBM results)',
		url: 'https://github.com/Azure/AI-benchmarking-guide',
		accessed: SHEET
	},
	AZ_BENCH_7: {
		title: 'Azure/AI-benchmarking-guide issue #7 (GB200 tray all-reduce curve, nvbandwidth P2P)',
		url: 'https://github.com/Azure/AI-benchmarking-guide/issues/7',
		accessed: SHEET
	},
	CW_NCCL_43: {
		title: 'coreweave/nccl-tests pull request #43 (GB200 NVL72 72-GPU all_reduce_perf output)',
		url: 'https://github.com/coreweave/nccl-tests/pull/43',
		accessed: SHEET
	},
	DEEPEP: {
		title:
			'deepseek-ai/DeepEP README and docs/legacy.md (dispatch / combine bandwidth and latency)',
		url: 'https://github.com/deepseek-ai/DeepEP',
		accessed: SHEET
	},
	PTX_WGMMA: {
		title:
			'NVIDIA PTX ISA, warpgroup-level matrix multiply (wgmma.mma_async): shapes m64nNk*, M = 64 rows per instruction',
		url: 'https://docs.nvidia.com/cuda/parallel-thread-execution/#asynchronous-warpgroup-level-matrix-instructions',
		accessed: SHEET
	},
	SGL_KERNEL_NPU: {
		title:
			'sgl-project/sgl-kernel-npu README (DeepEP-Ascend on an A3 384 SuperPOD: dispatch / combine latency)',
		url: 'https://github.com/sgl-project/sgl-kernel-npu',
		accessed: SHEET
	},
	CM384_PAPER: {
		title: 'Zuo et al., “Serving Large Language Models on Huawei CloudMatrix384”, arXiv 2506.12708',
		url: 'https://arxiv.org/html/2506.12708v2',
		published: '2025-06',
		accessed: SHEET
	},
	MLPERF_INF_60: {
		title: 'MLPerf Inference v6.0 results, NVIDIA GB300 NVL72 (summary_results.json)',
		url: 'https://github.com/mlcommons/inference_results_v6.0',
		published: '2026-04',
		accessed: SHEET_2026
	},
	XDEEPSERVE: {
		title: 'xDeepServe: serving on Huawei CloudMatrix384, arXiv 2508.02520 (v6 abstract)',
		url: 'https://arxiv.org/abs/2508.02520',
		accessed: SHEET_2026
	},
	INFERENCEX_TPU: {
		title:
			'SemiAnalysis InferenceX, “TPU Inference Externalization” (InferenceX-app, tpu-inferencex-full-steam.mdx)',
		url: 'https://github.com/SemiAnalysisAI/InferenceX-app/blob/main/packages/app/content/blog/tpu-inferencex-full-steam.mdx',
		published: '2026-09-07',
		accessed: SHEET_2026
	},
	INFERENCEX_DSV4: {
		title:
			'SemiAnalysis InferenceX, GB300 NVL72 vs GB200 NVL72 on DeepSeek-V4-Pro FP4 (InferenceX-app blog)',
		url: 'https://github.com/SemiAnalysisAI/InferenceX-app/blob/main/packages/app/content/blog/gb300-nvl72-vs-gb200-nvl72-dsv4-pro-vllm-fp4.mdx',
		published: '2026-05-26',
		accessed: SHEET_2026
	},
	INFERENCEX_DSR1: {
		title:
			'SemiAnalysis InferenceX, “GB200 NVL72 vs B200 on DeepSeek R1 670B: Up to 4.4x Throughput per GPU at 125 tok/s/user” (InferenceX-app blog; run 26306422380, 2026-05-22)',
		url: 'https://github.com/SemiAnalysisAI/InferenceX-app/blob/0e0425cb6df620768ebb9bf730dae4482868135c/packages/app/content/blog/gb200-nvl72-vs-b200-disagg-deepseek-r1-fp4-dynamo-trt.mdx',
		published: '2026-05-23',
		accessed: READ_2026_12
	},
	INFERENCEX_NV_MASTER: {
		title:
			'SemiAnalysisAI/InferenceX .github/configs/nvidia-master.yaml: dsr1-fp4-gb200-dynamo-trt and dsr1-fp4-b200-dynamo-trt 1k/1k recipes (pool sizes, MTP depth per concurrency)',
		url: 'https://github.com/SemiAnalysisAI/InferenceX/blob/0004cf5f2577a1c1007a9bed7cc7d55656519507/.github/configs/nvidia-master.yaml',
		accessed: READ_2026_12
	},
	SRT_MTP_RECIPE: {
		title:
			'NVIDIA/srt-slurm recipes/trtllm/gb300-fp8/1k1k/mtp/ctx1_gen1_dep32_batch4_eplb0_mtp3_180.yaml (the recipe family’s naming: mtp3 = MTP, num_nextn_predict_layers 3; KV cache dtype fp8)',
		url: 'https://github.com/NVIDIA/srt-slurm/blob/527855c1a944a2e925ced6cf27f5ff538aa4b51a/recipes/trtllm/gb300-fp8/1k1k/mtp/ctx1_gen1_dep32_batch4_eplb0_mtp3_180.yaml',
		accessed: READ_2026_12
	},
	TRTLLM_LM_HEAD_TP: {
		title:
			'NVIDIA/TensorRT-LLM tensorrt_llm/_torch/utils.py create_lm_head_tp_mapping (lm-head TP in attention DP, enable_lm_head_tp_in_adp: the head split over nearest_in_buckets(256 // tokens on the rank, [1, GPUs per node]) GPUs)',
		url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/a678b91aafbeff265cd0b764abb59d7def624ac2/tensorrt_llm/_torch/utils.py',
		accessed: READ_2026_12
	},
	SPEC_DECODING: {
		title:
			'Leviathan, Kalman, Matias, “Fast Inference from Transformers via Speculative Decoding”, arXiv 2211.17192 (expected tokens per step, (1 − α^(γ+1)) ÷ (1 − α))',
		url: 'https://arxiv.org/abs/2211.17192',
		published: '2022-11',
		accessed: READ_2026_12
	},
	INFERENCEX_MTP_OFF_GB200: {
		title:
			'SemiAnalysis InferenceX, “GB200 NVL72 FP4: MTP vs Off Speculative Decoding”, DeepSeek R1 1k/1k (dashboard comparison page)',
		url: 'https://inferencex.semianalysis.com/compare-spec-decode/deepseek-r1-gb200-fp4-mtp-vs-none',
		accessed: READ_2026_12
	},
	INFERENCEX_MTP_OFF_B200: {
		title:
			'SemiAnalysis InferenceX, “B200 FP4: MTP vs Off Speculative Decoding”, DeepSeek R1 1k/1k (dashboard comparison page)',
		url: 'https://inferencex.semianalysis.com/compare-spec-decode/deepseek-r1-b200-fp4-mtp-vs-none',
		accessed: READ_2026_12
	},
	INFERENCEX_POWER: {
		title: 'SemiAnalysisAI/InferenceX pull request #2323 (8-GPU Hopper power canary, J per token)',
		url: 'https://github.com/SemiAnalysisAI/InferenceX/pull/2323',
		accessed: SHEET_2026
	},
	ENGINE_MEM: {
		title:
			'vLLM gpu_memory_utilization (default 0.90, Anyscale docs); TensorRT-LLM free_gpu_memory_fraction 0.9',
		url: 'https://nvidia.github.io/TensorRT-LLM/examples/kvcacheconfig.html',
		accessed: SHEET
	}
} as const satisfies Record<string, Source>;

export type LlmSourceId = keyof typeof LLM_SOURCES;
