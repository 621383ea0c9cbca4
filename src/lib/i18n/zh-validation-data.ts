/**
 * Simplified Chinese for the measurement prose only the validation page shows (conditions, notes,
 * training case names, known misses), keyed by the exact English text as in zh-data.ts. Kept out of
 * zh-data.ts so the main page's Chinese chunk does not carry it; the validation page registers it
 * (addDataTranslations). Inference case names are in zh-data.ts: the main page shows them as
 * evidence. tests/unit/i18n/zh-validation-data.test.ts keeps this table complete, free of stale
 * keys, and faithful to the English numbers. A bare product name reads the same in Chinese.
 */
export const zhValidationData: Record<string, string> = {
	// catalog/measurements.ts, LMSYS (calibration.md case 5): system, model, precision, tokens, measurement
	'12 HGX H100 nodes joined over InfiniBand (400 Gb/s per GPU): NVLink domains of 8.':
		'12 个 HGX H100 节点经 InfiniBand 互连（每 GPU 400 Gb/s）：每个 NVLink 域 8 个 GPU。',
	'Measured on DeepSeek-V3, which has the DeepSeek-R1 architecture (models.md §2.1).':
		'实测模型为 DeepSeek-V3，其架构与 DeepSeek-R1 相同（models.md §2.1）。',
	'FP8 weights and DeepGEMM FP8 (case 5). Assumption: BF16 MLA cache (SGLang’s default).':
		'FP8 权重，DeepGEMM FP8 计算（案例 5）。假设：BF16 MLA 缓存（SGLang 的默认设置）。',
	'KV cache length 2,000 (the blog’s decode table); output 1 keeps the context there.':
		'KV 缓存长度 2,000（博客中的解码数据表）；输出取 1 个 token，使上下文保持在该长度。',
	'Decode pool of 9 nodes (EP72): 22,282 tokens/s per node ÷ 8 at batch 256 per GPU.':
		'解码资源池共 9 个节点（EP72）：每节点 22,282 tokens/s ÷ 8，每 GPU 批大小 256。',
	'“1K” prompts read as 1024 tokens; prefill is measured alone.':
		'“1K”提示词按 1024 个 token 计；预填充单独测量。',
	'“2K” prompts read as 2048 tokens; prefill is measured alone.':
		'“2K”提示词按 2048 个 token 计；预填充单独测量。',
	'“4K” prompts read as 4096 tokens; prefill is measured alone.':
		'“4K”提示词按 4096 个 token 计；预填充单独测量。',
	'Prefill pool of 4 nodes (EP32, DP attention): 57674 tokens/s per node ÷ 8. TTFT bound: the upper end of the 2–5 s stated.':
		'预填充资源池共 4 个节点（EP32，DP attention）：每节点 57674 tokens/s ÷ 8。TTFT 上限：取来源所述 2–5 s 的上端。',
	'Prefill pool of 4 nodes (EP32, DP attention): 54543 tokens/s per node ÷ 8. TTFT bound: the upper end of the 2–5 s stated.':
		'预填充资源池共 4 个节点（EP32，DP attention）：每节点 54543 tokens/s ÷ 8。TTFT 上限：取来源所述 2–5 s 的上端。',
	'Prefill pool of 4 nodes (EP32, DP attention): 50302 tokens/s per node ÷ 8. TTFT bound: the upper end of the 2–5 s stated.':
		'预填充资源池共 4 个节点（EP32，DP attention）：每节点 50302 tokens/s ÷ 8。TTFT 上限：取来源所述 2–5 s 的上端。',

	// catalog/measurements.ts, MLPerf (cases 8 and 9): the system as MLPerf names it
	'8×H100-SXM-80GB': '8×H100-SXM-80GB',
	'8×H200-SXM-141GB': '8×H200-SXM-141GB',
	'8×B200-SXM-180GB': '8×B200-SXM-180GB',
	'GB200 NVL72': 'GB200 NVL72',

	// catalog/measurements.ts, MLPerf: model, precision and tokens
	'Llama 2 70B is not in the catalog; mapped to Llama 3.x 70B. Assumption: the same layer shape (80 layers, d 8,192, 64 q / 8 KV heads of 128, FFN 28,672; not in models.md). Llama 2’s 32k vocabulary makes its output head ~0.26B instead of 1.05B, so the mapped model reads ~0.8B (1.1 %) more weights per token; the KV cache is identical.':
		'Llama 2 70B 不在预设模型中，映射为 Llama 3.x 70B。假设：层结构相同（80 层，d 8,192，64 个查询头 / 8 个 KV 头，每头 128 维，FFN 28,672；models.md 未收录）。Llama 2 的词表为 32k，输出头约 0.26B 而非 1.05B，因此映射后的模型每 token 多读取约 0.8B（1.1 %）权重；KV 缓存完全相同。',
	'FP8 on Hopper (calibration.md). Assumption: FP8 KV cache.':
		'Hopper 上使用 FP8（calibration.md）。假设：KV 缓存为 FP8。',
	'NVFP4 on Blackwell in v5.1 (calibration.md), counted at 0.5 B/param. Assumption: FP8 KV cache and attention.':
		'v5.1 中 Blackwell 使用 NVFP4（calibration.md），按每参数 0.5 B 计。假设：KV 缓存与注意力计算为 FP8。',
	'Output: mean ~265 tokens (calibration.md). Assumption: 300 input tokens (“a few hundred”).':
		'输出：平均约 265 个 token（calibration.md）。假设：输入 300 个 token（“几百个”）。',
	'Output: mean ~616 tokens (calibration.md). Assumption: 5,000 input tokens (“mostly several thousand”; NVIDIA’s engines accept up to 20,000). Prefill dominates, so the result is sensitive to it.':
		'输出：平均约 616 个 token（calibration.md）。假设：输入 5,000 个 token（“大多为数千个”；NVIDIA 的引擎最多接受 20,000 个）。预填充占主导，因此结果对这一假设很敏感。',

	// catalog/measurements.ts, MLPerf: the measurement, per case
	'31306.8 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 31306.8 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'31106.3 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 31106.3 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'34988.2 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 34988.2 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'33071.5 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 33071.5 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'19424.2 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 19424.2 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'101527 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 101527 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'99123 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 99123 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'59545.4 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 59545.4 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'560.65 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 560.65 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'291.37 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 291.37 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'1624.11 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 1624.11 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'1240.42 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 1240.42 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'751.37 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 751.37 tokens/s ÷ 8 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'14774.3 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 14774.3 tokens/s ÷ 72 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'11614.3 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 11614.3 tokens/s ÷ 72 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',
	'9921.02 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles; the model meets them on the mean.':
		'系统总计 9921.02 tokens/s ÷ 72 颗芯片。延迟上限为第 99 百分位；模型以均值满足上限。',

	// catalog/training-measurements.ts (calibration.md case 17): case names
	'Llama 3.1 405B, GB300 ×256, FP8': 'Llama 3.1 405B，GB300 ×256，FP8',
	'Llama 3.1 405B, GB200 ×256, FP8': 'Llama 3.1 405B，GB200 ×256，FP8',
	'Llama 3.1 405B, B200 ×128, FP8': 'Llama 3.1 405B，B200 ×128，FP8',
	'Llama 3.1 405B, H100 ×1024, FP8': 'Llama 3.1 405B，H100 ×1024，FP8',
	'Llama 3 70B, GB300 ×64, FP8, FSDP': 'Llama 3 70B，GB300 ×64，FP8，FSDP',
	'Llama 3 70B, GB200 ×64, FP8, FSDP': 'Llama 3 70B，GB200 ×64，FP8，FSDP',
	'Llama 3 70B, H100 ×64, FP8': 'Llama 3 70B，H100 ×64，FP8',
	'DeepSeek-V3, GB300 ×256, BF16': 'DeepSeek-V3，GB300 ×256，BF16',
	'DeepSeek-V3, GB200 ×256, BF16': 'DeepSeek-V3，GB200 ×256，BF16',
	'DeepSeek-V3, GB300 ×256, FP8-MX': 'DeepSeek-V3，GB300 ×256，FP8-MX',
	'DeepSeek-V3, GB200 ×256, FP8-MX': 'DeepSeek-V3，GB200 ×256，FP8-MX',
	'DeepSeek-V3, B200 ×256, FP8-MX, EP8': 'DeepSeek-V3，B200 ×256，FP8-MX，EP8',
	'gpt-oss-120b, GB200 ×64, BF16': 'gpt-oss-120b，GB200 ×64，BF16',
	'gpt-oss-120b, H100 ×64, BF16': 'gpt-oss-120b，H100 ×64，BF16',
	'Qwen3-235B-A22B, GB200 ×256, BF16': 'Qwen3-235B-A22B，GB200 ×256，BF16',

	// catalog/training-measurements.ts: known misses
	'HGX B200 measures at half of GB200 per GPU; the model has them within 15 %. It is compute-bound here, with no term for whatever costs B200 the rest (fine-grained FP8-MX expert GEMMs, PP16 over InfiniBand at VP1).':
		'HGX B200 的每 GPU 实测值只有 GB200 的一半，而模型给出的两者差距在 15 % 以内。模型在此判定为算力受限，没有任何一项能体现 B200 其余损失的来源（细粒度的 FP8-MX 专家 GEMM、在 VP1 下经 InfiniBand 运行的 PP16）。',
	'Measured MFU is 488 ÷ 2,500 = 20 %. A 2,880-wide model has small GEMMs and a large non-GEMM share; the model runs every FLOP at the large-GEMM fraction.':
		'实测 MFU 为 488 ÷ 2,500 = 20 %。隐藏维度为 2,880 的模型 GEMM 规模小、非 GEMM 占比大；而模型对每一个 FLOP 都按大尺寸 GEMM 的峰值达成比例计算。'
};
