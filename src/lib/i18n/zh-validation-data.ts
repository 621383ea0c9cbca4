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
	'Decode pool of 9 nodes (EP72): 22,282 tokens/s per node ÷ 8 at batch 256 per GPU, to which the model’s decode batch is held.':
		'解码资源池共 9 个节点（EP72）：每节点 22,282 tokens/s ÷ 8，每 GPU 批大小 256，模型的解码批大小按此封顶。',
	'“1K” prompts read as 1,024 tokens; prefill is measured alone.':
		'“1K”提示词按 1,024 个 token 计；预填充单独测量。',
	'“2K” prompts read as 2,048 tokens; prefill is measured alone.':
		'“2K”提示词按 2,048 个 token 计；预填充单独测量。',
	'“4K” prompts read as 4,096 tokens; prefill is measured alone.':
		'“4K”提示词按 4,096 个 token 计；预填充单独测量。',
	'Prefill pool of 4 nodes (EP32, DP attention): 57,674 tokens/s per node ÷ 8. TTFT bound: the upper end of the 2–5 s stated.':
		'预填充资源池共 4 个节点（EP32，DP attention）：每节点 57,674 tokens/s ÷ 8。TTFT 上限：取来源所述 2–5 s 的上端。',
	'Prefill pool of 4 nodes (EP32, DP attention): 54,543 tokens/s per node ÷ 8. TTFT bound: the upper end of the 2–5 s stated.':
		'预填充资源池共 4 个节点（EP32，DP attention）：每节点 54,543 tokens/s ÷ 8。TTFT 上限：取来源所述 2–5 s 的上端。',
	'Prefill pool of 4 nodes (EP32, DP attention): 50,302 tokens/s per node ÷ 8. TTFT bound: the upper end of the 2–5 s stated.':
		'预填充资源池共 4 个节点（EP32，DP attention）：每节点 50,302 tokens/s ÷ 8。TTFT 上限：取来源所述 2–5 s 的上端。',

	// catalog/measurements.ts, MLPerf (cases 8 and 9): the system as MLPerf names it
	'8×H100-SXM-80GB': '8×H100-SXM-80GB',
	'8×H200-SXM-141GB': '8×H200-SXM-141GB',
	'8×B200-SXM-180GB': '8×B200-SXM-180GB',
	'GB200 NVL72': 'GB200 NVL72',

	// catalog/measurements.ts, MLPerf: model, precision and tokens
	'Llama 2 70B is not in the catalog; Llama 3.3 70B stands in for it. Assumption, as models.md cites no Llama 2 figures: the same layers and widths (80 layers, d 8,192, 64 q / 8 KV heads of 128, FFN 28,672), so the KV cache per token is identical. What differs is Llama 2’s 32k vocabulary, against Llama 3’s 128k (models.md): its output head is ~0.26B instead of 1.05B, so the stand-in reads ~0.8B more weights per token: at FP8, with the head in BF16, ~1.6 GB (2.3%) more bytes.':
		'Llama 2 70B 不在预设模型中，由 Llama 3.3 70B 代替。假设（models.md 未收录 Llama 2 的数据）：层数与各维度相同（80 层，d 8,192，64 个查询头 / 8 个 KV 头，每头 128 维，FFN 28,672），因此每 token 的 KV 缓存完全相同。不同之处在于 Llama 2 的词表为 32k，而 Llama 3 为 128k（models.md）：其输出头约 0.26B 而非 1.05B，因此代替模型每 token 多读取约 0.8B 权重：FP8 下输出头按 BF16 计，约多 1.6 GB（2.3%）字节。',
	'Llama 3 70B is not in the catalog; Llama 3.3 70B stands in for it, with the same shape (models.md, after Meta’s architecture table, C5).':
		'Llama 3 70B 不在预设模型中，由 Llama 3.3 70B 代替，两者结构相同（models.md，依据 Meta 的架构表 C5）。',
	'FP8 on Hopper (calibration.md). Assumption: FP8 KV cache.':
		'Hopper 上使用 FP8（calibration.md）。假设：KV 缓存为 FP8。',
	'NVFP4 on Blackwell in v5.1 (calibration.md), counted at 0.5 B/param. Assumption: FP8 KV cache and attention.':
		'v5.1 中 Blackwell 使用 NVFP4（calibration.md），按每参数 0.5 B 计。假设：KV 缓存与注意力计算为 FP8。',
	'Output: mean ~265 tokens (calibration.md). Assumption: 300 input tokens (“a few hundred”).':
		'输出：平均约 265 个 token（calibration.md）。假设：输入 300 个 token（“几百个”）。',
	'Mean input 9,400 and output 680 tokens, as MLCommons publishes for the dataset (the reference run’s tokens_per_sample is 684.68). Every prompt is modelled at the mean: the spread is published only as a histogram. Attention, the only part growing faster than the prompt, is 5–13% of the prefill time at the mean (H200 to GB300, FP8 attention beside FP4 matrices); with every prompt within NVIDIA’s engine limit of 20,000 input tokens (max_input_len in its v5.0 configs), E[n²] ≤ 20,000 × 9,400 = 2.1 × 9,400², so the spread adds at most ~15% to prefill.':
		'平均输入 9,400、输出 680 个 token，来自 MLCommons 公布的数据集数据（参考运行的 tokens_per_sample 为 684.68）。每个提示均按平均长度建模：长度分布只以直方图公布。注意力是唯一比提示长度增长更快的部分，在平均长度下占预填充时间的 5–13%（H200 至 GB300，FP8 注意力与 FP4 矩阵运算并存）；由于每个提示都在 NVIDIA 引擎 20,000 个输入 token 的上限内（其 v5.0 配置中的 max_input_len），E[n²] ≤ 20,000 × 9,400 = 2.1 × 9,400²，因此长度分布最多使预填充增加约 15%。',

	// catalog/measurements.ts, MLPerf: the measurement, per case
	'31,306.8 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 31,306.8 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'31,106.3 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 31,106.3 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'34,988.2 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 34,988.2 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'33,071.5 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 33,071.5 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'19,424.2 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 19,424.2 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'101,527 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 101,527 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'99,123 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 99,123 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'59,545.4 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 59,545.4 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'560.65 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 560.65 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'291.37 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 291.37 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'1,624.11 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 1,624.11 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'1,240.42 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 1,240.42 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'751.37 tokens/s for the system ÷ 8 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them. Known miss: the model checks the p99 TTFT bound on the mean prompt (9,400 tokens), but the p99 is set by the longest prompts (to ~20,000 tokens); MLCommons publishes the spread only as a histogram, so it is not modelled. Measured interactive is 46% of the same system offline (94 vs 203 per GPU); the model loses 25%.':
		'系统总计 751.37 tokens/s ÷ 8 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。已知偏差：模型按平均提示（9,400 个 token）检验 p99 TTFT 上限，但 p99 由最长的提示（约 20,000 个 token）决定；MLCommons 只以直方图公布长度分布，因此未建模。实测交互场景为同一系统离线场景的 46%（每 GPU 94 对 203）；模型只降低 25%。',
	'14,774.3 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 14,774.3 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'16,104.1 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 16,104.1 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'12,248.4 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 12,248.4 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'11,614.3 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them. Known miss: the model checks the p99 TTFT bound on the mean prompt (9,400 tokens), but the p99 is set by the longest prompts (to ~20,000 tokens); MLCommons publishes the spread only as a histogram, so it is not modelled. NVIDIA’s published NVL72 interactive deployment (v5.1 submission code, run_disagg_405B: 14 TP4 context servers on 56 GPUs, 2 TP8 generation servers on 16 GPUs, 15.2 queries/s) implies 15.2 × 9,400 ÷ 56 ≈ 2,550 prompt tokens/s per prefill GPU (≈ 22% of NVFP4 dense peak) and 9,921 ÷ 16 ≈ 620 output tokens/s per decode GPU, against the model’s ~6,700 (TP1 PP2, 0.6 of peak) and ~1,100: both pools reach 40–55% of the model’s rates.':
		'系统总计 11,614.3 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。已知偏差：模型按平均提示（9,400 个 token）检验 p99 TTFT 上限，但 p99 由最长的提示（约 20,000 个 token）决定；MLCommons 只以直方图公布长度分布，因此未建模。NVIDIA 公布的 NVL72 交互场景部署（v5.1 提交代码 run_disagg_405B：14 个 TP4 上下文服务器共 56 个 GPU，2 个 TP8 生成服务器共 16 个 GPU，15.2 查询/s）意味着每个预填充 GPU 15.2 × 9,400 ÷ 56 ≈ 2,550 提示 tokens/s（约为 NVFP4 稠密峰值的 22%），每个解码 GPU 9,921 ÷ 16 ≈ 620 输出 tokens/s；而模型分别为约 6,700（TP1 PP2，峰值的 0.6）和约 1,100：两个资源池只达到模型速率的 40–55%。',
	'9,921.02 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them. Known miss: the model checks the p99 TTFT bound on the mean prompt (9,400 tokens), but the p99 is set by the longest prompts (to ~20,000 tokens); MLCommons publishes the spread only as a histogram, so it is not modelled. NVIDIA’s published NVL72 interactive deployment (v5.1 submission code, run_disagg_405B: 14 TP4 context servers on 56 GPUs, 2 TP8 generation servers on 16 GPUs, 15.2 queries/s) implies 15.2 × 9,400 ÷ 56 ≈ 2,550 prompt tokens/s per prefill GPU (≈ 22% of NVFP4 dense peak) and 9,921 ÷ 16 ≈ 620 output tokens/s per decode GPU, against the model’s ~6,700 (TP1 PP2, 0.6 of peak) and ~1,100: both pools reach 40–55% of the model’s rates.':
		'系统总计 9,921.02 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。已知偏差：模型按平均提示（9,400 个 token）检验 p99 TTFT 上限，但 p99 由最长的提示（约 20,000 个 token）决定；MLCommons 只以直方图公布长度分布，因此未建模。NVIDIA 公布的 NVL72 交互场景部署（v5.1 提交代码 run_disagg_405B：14 个 TP4 上下文服务器共 56 个 GPU，2 个 TP8 生成服务器共 16 个 GPU，15.2 查询/s）意味着每个预填充 GPU 15.2 × 9,400 ÷ 56 ≈ 2,550 提示 tokens/s（约为 NVFP4 稠密峰值的 22%），每个解码 GPU 9,921 ÷ 16 ≈ 620 输出 tokens/s；而模型分别为约 6,700（TP1 PP2，峰值的 0.6）和约 1,100：两个资源池只达到模型速率的 40–55%。',

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
	'HGX B200 measures at half of GB200 per GPU; the model has them within 15%. It is compute-bound here, with no term for whatever costs B200 the rest (fine-grained FP8-MX expert GEMMs, PP16 over InfiniBand at VP1). The memory-bound kernels between the GEMMs, now charged, take it from 3.2× to 2.9× high.':
		'HGX B200 的每 GPU 实测值只有 GB200 的一半，而模型给出的两者差距在 15% 以内。模型在此判定为算力受限，没有任何一项能体现 B200 其余损失的来源（细粒度的 FP8-MX 专家 GEMM、在 VP1 下经 InfiniBand 运行的 PP16）。现已计入 GEMM 之间的访存受限内核，偏高倍数由 3.2× 降至 2.9×。',
	'The source’s row does not add up: GBS 512 on 16 data-parallel ranks with MBS 4 and GA 2 is 128 sequences. Read here as its GBS and GA (2 microbatches of 16 sequences); read as MBS 4 with GA 8 (8 microbatches, a smaller pipeline bubble), the model gives about 1.4× the measurement, fair.':
		'来源的这一行数字对不上：16 个数据并行组、MBS 4、GA 2 只有 128 个序列，而 GBS 为 512。此处按其 GBS 与 GA 读取（2 个微批次，每个 16 个序列）；若按 MBS 4、GA 8 读取（8 个微批次，流水线气泡更小），模型约为实测的 1.4 倍，属“尚可”。',
	'Measured MFU is 488 ÷ 2,500 = 20%. Charging its norms, SwiGLU and permutes at HBM speed takes the model from 2.4× to 2.2× high; the rest is not in the model: a 2,880-wide model’s GEMMs are far smaller than the 8K-cube shapes the 0.58 fraction was measured on, and its attention (64-wide heads, learned sinks, alternating 128-token windows) runs kernels the model charges at that same fraction. No published kernel breakdown of this run gives a cited term for either. The same model on H100 is within 2× (0.79).':
		'实测 MFU 为 488 ÷ 2,500 = 20%。按 HBM 速度计入其归一化、SwiGLU 与 permute 后，模型的偏高倍数由 2.4× 降至 2.2×；其余部分不在模型之内：隐藏维度 2,880 的模型，其 GEMM 远小于测得 0.58 比例时所用的 8K 立方形状，其注意力（64 维的头、可学习的 sink、交替的 128 token 窗口）所用内核也被模型按同一比例计算。此次运行没有公开的内核级拆分，无法为其中任何一项给出有出处的项。同一模型在 H100 上在 2× 以内（0.79）。',

	// catalog/measurements.ts: calibration-2026.md cases 1, 2, 32 and the cases listed but not checked yet (28-31)
	'GB300 NVL72': 'GB300 NVL72',
	'Assumption: NVFP4 as in NVIDIA’s v5.1 Blackwell results (calibration-2026.md does not state the v6.0 precision), counted at 0.5 B/param; FP8 KV cache and attention.':
		'假设：与 NVIDIA v5.1 Blackwell 结果相同使用 NVFP4（calibration-2026.md 未说明 v6.0 的精度），按每参数 0.5 B 计；KV 缓存与注意力计算为 FP8。',
	'CloudMatrix384: 384 Ascend 910C NPUs in one Unified Bus domain.':
		'CloudMatrix384：384 颗昇腾 910C NPU 位于同一个统一总线（UB）域。',
	'INT8 weights and activations (cases 1-2). Assumption: BF16 KV cache (not stated in the sheet).':
		'INT8 权重与激活（案例 1-2）。假设：BF16 KV 缓存（数据表未说明）。',
	'Prompts of 4,096 tokens, 16,384 tokens per NPU per batch; prefill is measured alone.':
		'提示词 4,096 个 token，每批次每 NPU 16,384 个 token；预填充单独测量。',
	'Prefill instance of 16 NPUs (EP32 over 32 dies) with the real expert distribution: 5,655 tokens/s per NPU (6,688 with simulated perfect balance).':
		'预填充实例共 16 颗 NPU（32 个裸片上 EP32），采用真实专家分布：每 NPU 5,655 tokens/s（模拟完美均衡时为 6,688）。',
	'Prompt 4,096 and output 256 tokens, as published; decode is measured alone.':
		'提示 4,096 个 token、输出 256 个 token，与公开值一致；解码单独测量。',
	'Prompt 1,024 and output 1,024 tokens, as published; decode is measured alone.':
		'提示 1,024 个 token、输出 1,024 个 token，与公开值一致；解码单独测量。',
	'Prompt 2,048 and output 256 tokens, as published; decode is measured alone.':
		'提示 2,048 个 token、输出 256 个 token，与公开值一致；解码单独测量。',
	'xDeepServe on CloudMatrix384 (Huawei Cloud production)':
		'CloudMatrix384 上的 xDeepServe（华为云生产环境）',
	'About 2,400 tokens/s per Ascend 910C at about 50 ms TPOT (peak decode configuration).':
		'TPOT 约 50 ms 时每颗昇腾 910C 约 2,400 tokens/s（峰值解码配置）。',
	'The abstract gives neither the model nor the precision; grade C until the paper is read.':
		'摘要未给出模型与精度；在读完论文之前定为 C 级。',
	'InferenceX: TPU7x vs B200 vs B300, Qwen3.5-397B FP8, 8k/1k':
		'InferenceX：TPU7x 对比 B200 与 B300，Qwen3.5-397B FP8，8k/1k',
	'At 20 tokens/s per user: 9,364 (TPU7x), 8,903 (B200), 8,925 (B300) total tokens/s per chip.':
		'单用户 20 tokens/s 时：单芯片总 tokens/s 为 9,364（TPU7x）、8,903（B200）、8,925（B300）。',
	'Needs Qwen3.5-397B in the model catalog (with its cited config); the TPU7x preset is there.':
		'需要在模型目录中加入 Qwen3.5-397B（附引用的配置）；TPU7x 预设已有。',
	'InferenceX: GB300 vs GB200 NVL72, DeepSeek-V4-Pro FP4, 8k/1k':
		'InferenceX：GB300 对比 GB200 NVL72，DeepSeek-V4-Pro FP4，8k/1k',
	'Peak 11,056 (GB300) vs 8,933 (GB200) tokens/s per GPU; at 27 tokens/s per user 6,182 vs 2,189.':
		'峰值每 GPU 11,056（GB300）对比 8,933（GB200）tokens/s；单用户 27 tokens/s 时为 6,182 对比 2,189。',
	'Needs the DeepSeek-V4-Pro shape in the model catalog (with its cited config).':
		'需要在模型目录中加入 DeepSeek-V4-Pro 的结构（附引用的配置）。',
	'InferenceX: DeepSeek-R1 FP4 1k/1k with MTP off, GB200 NVL72 and B200':
		'InferenceX：关闭 MTP 的 DeepSeek-R1 FP4 1k/1k，GB200 NVL72 与 B200',
	'Total tokens/s per GPU with MTP off, at tokens/s per user: GB200 NVL72 7,173 at 57, 2,954 at 97, 320 at 136; B200 1,518 at 62, 483 at 102, 148 at 142.':
		'关闭 MTP 时每 GPU 总 tokens/s（按单用户 tokens/s）：GB200 NVL72 在 57 时 7,173、97 时 2,954、136 时 320；B200 在 62 时 1,518、102 时 483、142 时 148。',
	'Read off the dashboard’s Pareto curve, which joins deployments whose sizes these pages do not give, so no row can be set to the published conditions. With MTP off the acceptance assumption drops out: these points test the step time alone at high speeds per user. They become rows once the per-concurrency results are read from the run.':
		'数值读自仪表盘的帕累托曲线，该曲线连接了多个部署，而这些页面未给出各部署的规模，因此无法按公开条件设置校验行。关闭 MTP 后接受率假设不再起作用：这些点单独检验高单用户速度下的单步时间。待从该次运行读出各并发度的结果后，它们将成为校验行。',
	'InferenceX power canary: energy per token on 8×H200 and 8×H100':
		'InferenceX 功耗探针：8×H200 与 8×H100 的每 token 能耗',
	'0.588 J per total token (8×H200, 2,381 W); 0.617 J (8×H100, 2,534 W), 8k/1k at concurrency 4.':
		'每个总 token 0.588 J（8×H200，2,381 W）；0.617 J（8×H100，2,534 W），8k/1k，并发 4。',
	'Board power only, on a model the sheet does not name: the energy model charges all-in power per chip, so there is no like-for-like number to compare yet.':
		'仅计板卡功耗，且数据表未说明所用模型：能耗模型按每芯片全口径功耗计算，因此暂无可同口径对比的数值。',
	'1,126,850 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 1,126,850 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'868,278 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 868,278 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'814,128 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 814,128 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'19,512 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 19,512 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'18,628 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 18,628 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'18,365 tokens/s for the system ÷ 72 chips. Latency bounds are 99th percentiles, and the model reads them so: its mean TPOT × 1.2 and mean TTFT × 1.5 must meet them.':
		'系统总计 18,365 tokens/s ÷ 72 颗芯片。时延上限为第 99 百分位，模型亦按此解读：其平均 TPOT × 1.2、平均 TTFT × 1.5 须满足上限。',
	'Decode instance of 160 NPUs (EP320): 1,943 tokens/s per NPU at batch 96 per NPU (no modelled decode instance holds more) and 49.4 ms measured TPOT. MTP was on (DeepSeek-R1’s one MTP module drafts one token per step), and so is the check, at the model’s acceptance assumption.':
		'解码实例共 160 颗 NPU（EP320）：每 NPU 1,943 tokens/s，每 NPU 批大小 96（模型的任何解码实例都不超过此数），实测 TPOT 49.4 ms。测量时开启了 MTP（DeepSeek-R1 的一个 MTP 模块每步起草一个 token），本校验同样开启，采用模型的接受率假设。',
	'Decode instance of 160 NPUs (EP320): 974 tokens/s per NPU at batch 24 per NPU (no modelled decode instance holds more) and 24.6 ms measured TPOT. MTP was on (DeepSeek-R1’s one MTP module drafts one token per step), and so is the check, at the model’s acceptance assumption.':
		'解码实例共 160 颗 NPU（EP320）：每 NPU 974 tokens/s，每 NPU 批大小 24（模型的任何解码实例都不超过此数），实测 TPOT 24.6 ms。测量时开启了 MTP（DeepSeek-R1 的一个 MTP 模块每步起草一个 token），本校验同样开启，采用模型的接受率假设。',
	'Decode instance of 160 NPUs (EP320): 538 tokens/s per NPU at batch 8 per NPU (no modelled decode instance holds more) and 14.9 ms measured TPOT. MTP was on (DeepSeek-R1’s one MTP module drafts one token per step), and so is the check, at the model’s acceptance assumption.':
		'解码实例共 160 颗 NPU（EP320）：每 NPU 538 tokens/s，每 NPU 批大小 8（模型的任何解码实例都不超过此数），实测 TPOT 14.9 ms。测量时开启了 MTP（DeepSeek-R1 的一个 MTP 模块每步起草一个 token），本校验同样开启，采用模型的接受率假设。',
	'Decode instance of 160 NPUs (EP320): 2,733 tokens/s per NPU at batch 128 per NPU (no modelled decode instance holds more) and 46.8 ms measured TPOT. MTP was on (DeepSeek-R1’s one MTP module drafts one token per step), and so is the check, at the model’s acceptance assumption.':
		'解码实例共 160 颗 NPU（EP320）：每 NPU 2,733 tokens/s，每 NPU 批大小 128（模型的任何解码实例都不超过此数），实测 TPOT 46.8 ms。测量时开启了 MTP（DeepSeek-R1 的一个 MTP 模块每步起草一个 token），本校验同样开启，采用模型的接受率假设。',
	'Decode instance of 160 NPUs (EP320): 2,360 tokens/s per NPU at batch 112 per NPU (no modelled decode instance holds more) and 47.4 ms measured TPOT. MTP was on (DeepSeek-R1’s one MTP module drafts one token per step), and so is the check, at the model’s acceptance assumption.':
		'解码实例共 160 颗 NPU（EP320）：每 NPU 2,360 tokens/s，每 NPU 批大小 112（模型的任何解码实例都不超过此数），实测 TPOT 47.4 ms。测量时开启了 MTP（DeepSeek-R1 的一个 MTP 模块每步起草一个 token），本校验同样开启，采用模型的接受率假设。',

	// catalog/measurements-inferencex.ts: InferenceX DeepSeek-R1 GB200 NVL72 vs B200 (model, precision, tokens)
	'DeepSeek R1 0528 (NVIDIA’s NVFP4 checkpoint), which has the DeepSeek-R1 architecture.':
		'DeepSeek R1 0528（NVIDIA 的 NVFP4 权重），其架构与 DeepSeek-R1 相同。',
	'NVFP4 weights and matrices, counted at 0.5 B/param. Assumption: FP8 KV cache and attention, as the recipe family sets (kv_cache_config dtype fp8).':
		'NVFP4 权重与矩阵计算，按每参数 0.5 B 计。假设：FP8 KV 缓存与注意力计算，与该配方系列的设置一致（kv_cache_config dtype fp8）。',
	'ISL 1024 / OSL 1024, as published. InferenceX counts total (input + output) tokens over every GPU of the deployment; with equal input and output lengths, output tokens = total ÷ 2.':
		'ISL 1024 / OSL 1024，与公布值一致。InferenceX 按整个部署的全部 GPU 统计总 token（输入 + 输出）；输入与输出长度相同，故输出 token = 总数 ÷ 2。',
	// …per point: system, measurement
	'32 GPUs of one GB200 NVL72 rack, all in its NVLink domain: 12 prefill and 20 decode (5 × DEP4, as the recipe names it).':
		'同一 GB200 NVL72 机柜中的 32 个 GPU，全部位于其 NVLink 域内：预填充 12 个，解码 20 个（配方命名为 5 × DEP4）。',
	'24 GPUs of one GB200 NVL72 rack, all in its NVLink domain: 8 prefill and 16 decode (DEP16, as the recipe names it).':
		'同一 GB200 NVL72 机柜中的 24 个 GPU，全部位于其 NVLink 域内：预填充 8 个，解码 16 个（配方命名为 DEP16）。',
	'44 GPUs of one GB200 NVL72 rack, all in its NVLink domain: 12 prefill and 32 decode (DEP32, as the recipe names it).':
		'同一 GB200 NVL72 机柜中的 44 个 GPU，全部位于其 NVLink 域内：预填充 12 个，解码 32 个（配方命名为 DEP32）。',
	'36 GPUs of one GB200 NVL72 rack, all in its NVLink domain: 4 prefill and 32 decode (DEP32, as the recipe names it).':
		'同一 GB200 NVL72 机柜中的 36 个 GPU，全部位于其 NVLink 域内：预填充 4 个，解码 32 个（配方命名为 DEP32）。',
	'32 B200 GPUs in 8-GPU HGX nodes joined over ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the preset’s 50 GB/s scale-out): 12 prefill and 20 decode (5 × DEP4, as the recipe names it).':
		'32 个 B200 GPU，位于每节点 8 个 GPU 的 HGX 节点中，节点间经 ConnectX-7 RoCEv2 互连，每 GPU 400 Gb/s（即该预设的 50 GB/s 横向扩展带宽）：预填充 12 个，解码 20 个（配方命名为 5 × DEP4）。',
	'44 B200 GPUs in 8-GPU HGX nodes joined over ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the preset’s 50 GB/s scale-out): 12 prefill and 32 decode (4 × DEP8, as the recipe names it).':
		'44 个 B200 GPU，位于每节点 8 个 GPU 的 HGX 节点中，节点间经 ConnectX-7 RoCEv2 互连，每 GPU 400 Gb/s（即该预设的 50 GB/s 横向扩展带宽）：预填充 12 个，解码 32 个（配方命名为 4 × DEP8）。',
	'20 B200 GPUs in 8-GPU HGX nodes joined over ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the preset’s 50 GB/s scale-out): 4 prefill and 16 decode (2 × DEP8, as the recipe names it).':
		'20 个 B200 GPU，位于每节点 8 个 GPU 的 HGX 节点中，节点间经 ConnectX-7 RoCEv2 互连，每 GPU 400 Gb/s（即该预设的 50 GB/s 横向扩展带宽）：预填充 4 个，解码 16 个（配方命名为 2 × DEP8）。',
	'44 B200 GPUs in 8-GPU HGX nodes joined over ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the preset’s 50 GB/s scale-out): 4 prefill and 40 decode (5 × DEP8, as the recipe names it).':
		'44 个 B200 GPU，位于每节点 8 个 GPU 的 HGX 节点中，节点间经 ConnectX-7 RoCEv2 互连，每 GPU 400 Gb/s（即该预设的 50 GB/s 横向扩展带宽）：预填充 4 个，解码 40 个（配方命名为 5 × DEP8）。',
	'44 B200 GPUs in 8-GPU HGX nodes joined over ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the preset’s 50 GB/s scale-out): 4 prefill and 40 decode (5 × TEP8, as the recipe names it).':
		'44 个 B200 GPU，位于每节点 8 个 GPU 的 HGX 节点中，节点间经 ConnectX-7 RoCEv2 互连，每 GPU 400 Gb/s（即该预设的 50 GB/s 横向扩展带宽）：预填充 4 个，解码 40 个（配方命名为 5 × TEP8）。',
	'Concurrency 16,130: 14,659.4 total tokens/s per GPU over all 32 GPUs ÷ 2 = 7,329.7 output tokens/s per GPU, at 56.11 ms TPOT (17.82 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 768 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 768 per attention rank, one rank per GPU) and the users per decode GPU (16,130 ÷ 20 = 806.5); at the measured speed, 16,130 users take at most 16,130 × 17.82 ÷ 32 = 8,982 output tokens/s per GPU. Recipe gb200-fp4/1k1k/mtp/ctx3_gen5_dep4_batch768_eplb0_mtp1: MTP drafting 1 token per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 16,130：全部 32 个 GPU 平均每 GPU 14,659.4 总 tokens/s ÷ 2 = 每 GPU 7,329.7 输出 tokens/s，TPOT 56.11 ms（单用户 17.82 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 768 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 768，每 GPU 一个 rank）与每个解码 GPU 的用户数（16,130 ÷ 20 = 806.5）中的较小者；按实测速度，16,130 个用户最多使用每 GPU 16,130 × 17.82 ÷ 32 = 8,982 输出 tokens/s。配方 gb200-fp4/1k1k/mtp/ctx3_gen5_dep4_batch768_eplb0_mtp1：MTP 每步草拟 1 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 4,301: 12,659.7 total tokens/s per GPU over all 24 GPUs ÷ 2 = 6,329.85 output tokens/s per GPU, at 23.1 ms TPOT (43.29 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 256 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 256 per attention rank, one rank per GPU) and the users per decode GPU (4,301 ÷ 16 = 268.8); at the measured speed, 4,301 users take at most 4,301 × 43.29 ÷ 24 = 7,758 output tokens/s per GPU. Recipe gb200-fp4/1k1k/mtp/ctx2_gen1_dep16_batch256_eplb256_mtp1: MTP drafting 1 token per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 4,301：全部 24 个 GPU 平均每 GPU 12,659.7 总 tokens/s ÷ 2 = 每 GPU 6,329.85 输出 tokens/s，TPOT 23.1 ms（单用户 43.29 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 256 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 256，每 GPU 一个 rank）与每个解码 GPU 的用户数（4,301 ÷ 16 = 268.8）中的较小者；按实测速度，4,301 个用户最多使用每 GPU 4,301 × 43.29 ÷ 24 = 7,758 输出 tokens/s。配方 gb200-fp4/1k1k/mtp/ctx2_gen1_dep16_batch256_eplb256_mtp1：MTP 每步草拟 1 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 2,253: 7,698 total tokens/s per GPU over all 44 GPUs ÷ 2 = 3,849 output tokens/s per GPU, at 10.99 ms TPOT (90.99 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 64 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 64 per attention rank, one rank per GPU) and the users per decode GPU (2,253 ÷ 32 = 70.4); at the measured speed, 2,253 users take at most 2,253 × 90.99 ÷ 44 = 4,659 output tokens/s per GPU. Recipe gb200-fp4/1k1k/mtp/ctx3_gen1_dep32_batch64_eplb288_mtp1: MTP drafting 1 token per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 2,253：全部 44 个 GPU 平均每 GPU 7,698 总 tokens/s ÷ 2 = 每 GPU 3,849 输出 tokens/s，TPOT 10.99 ms（单用户 90.99 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 64 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 64，每 GPU 一个 rank）与每个解码 GPU 的用户数（2,253 ÷ 32 = 70.4）中的较小者；按实测速度，2,253 个用户最多使用每 GPU 2,253 × 90.99 ÷ 44 = 4,659 输出 tokens/s。配方 gb200-fp4/1k1k/mtp/ctx3_gen1_dep32_batch64_eplb288_mtp1：MTP 每步草拟 1 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 180: 1,149.1 total tokens/s per GPU over all 36 GPUs ÷ 2 = 574.55 output tokens/s per GPU, at 6.08 ms TPOT (164.37 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 4 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 4 per attention rank, one rank per GPU) and the users per decode GPU (180 ÷ 32 = 5.6); at the measured speed, 180 users take at most 180 × 164.37 ÷ 36 = 822 output tokens/s per GPU. Recipe gb200-fp4/1k1k/mtp/ctx1_gen1_dep32_batch4_eplb0_mtp3: MTP drafting 3 tokens per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 180：全部 36 个 GPU 平均每 GPU 1,149.1 总 tokens/s ÷ 2 = 每 GPU 574.55 输出 tokens/s，TPOT 6.08 ms（单用户 164.37 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 4 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 4，每 GPU 一个 rank）与每个解码 GPU 的用户数（180 ÷ 32 = 5.6）中的较小者；按实测速度，180 个用户最多使用每 GPU 180 × 164.37 ÷ 36 = 822 输出 tokens/s。配方 gb200-fp4/1k1k/mtp/ctx1_gen1_dep32_batch4_eplb0_mtp3：MTP 每步草拟 3 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 10,860: 12,515.7 total tokens/s per GPU over all 32 GPUs ÷ 2 = 6,257.85 output tokens/s per GPU, at 46.86 ms TPOT (21.34 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 512 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 512 per attention rank, one rank per GPU) and the users per decode GPU (10,860 ÷ 20 = 543.0); at the measured speed, 10,860 users take at most 10,860 × 21.34 ÷ 32 = 7,242 output tokens/s per GPU. Recipe b200-fp4/1k1k/mtp/ctx3_gen5_dep4_batch512_eplb0_mtp1: MTP drafting 1 token per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 10,860：全部 32 个 GPU 平均每 GPU 12,515.7 总 tokens/s ÷ 2 = 每 GPU 6,257.85 输出 tokens/s，TPOT 46.86 ms（单用户 21.34 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 512 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 512，每 GPU 一个 rank）与每个解码 GPU 的用户数（10,860 ÷ 20 = 543.0）中的较小者；按实测速度，10,860 个用户最多使用每 GPU 10,860 × 21.34 ÷ 32 = 7,242 输出 tokens/s。配方 b200-fp4/1k1k/mtp/ctx3_gen5_dep4_batch512_eplb0_mtp1：MTP 每步草拟 1 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 4,968: 9,660.7 total tokens/s per GPU over all 44 GPUs ÷ 2 = 4,830.35 output tokens/s per GPU, at 17.75 ms TPOT (56.35 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 128 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 128 per attention rank, one rank per GPU) and the users per decode GPU (4,968 ÷ 32 = 155.3); at the measured speed, 4,968 users take at most 4,968 × 56.35 ÷ 44 = 6,362 output tokens/s per GPU. Recipe b200-fp4/1k1k/mtp/ctx3_gen4_dep8_batch128_eplb0_mtp1: MTP drafting 1 token per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 4,968：全部 44 个 GPU 平均每 GPU 9,660.7 总 tokens/s ÷ 2 = 每 GPU 4,830.35 输出 tokens/s，TPOT 17.75 ms（单用户 56.35 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 128 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 128，每 GPU 一个 rank）与每个解码 GPU 的用户数（4,968 ÷ 32 = 155.3）中的较小者；按实测速度，4,968 个用户最多使用每 GPU 4,968 × 56.35 ÷ 44 = 6,362 输出 tokens/s。配方 b200-fp4/1k1k/mtp/ctx3_gen4_dep8_batch128_eplb0_mtp1：MTP 每步草拟 1 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 1,214: 7,111.4 total tokens/s per GPU over all 20 GPUs ÷ 2 = 3,555.7 output tokens/s per GPU, at 13.51 ms TPOT (74.04 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 64 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 64 per attention rank, one rank per GPU) and the users per decode GPU (1,214 ÷ 16 = 75.9); at the measured speed, 1,214 users take at most 1,214 × 74.04 ÷ 20 = 4,494 output tokens/s per GPU. Recipe b200-fp4/1k1k/mtp/ctx1_gen2_dep8_batch64_eplb0_mtp2: MTP drafting 2 tokens per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 1,214：全部 20 个 GPU 平均每 GPU 7,111.4 总 tokens/s ÷ 2 = 每 GPU 3,555.7 输出 tokens/s，TPOT 13.51 ms（单用户 74.04 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 64 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 64，每 GPU 一个 rank）与每个解码 GPU 的用户数（1,214 ÷ 16 = 75.9）中的较小者；按实测速度，1,214 个用户最多使用每 GPU 1,214 × 74.04 ÷ 20 = 4,494 输出 tokens/s。配方 b200-fp4/1k1k/mtp/ctx1_gen2_dep8_batch64_eplb0_mtp2：MTP 每步草拟 2 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 875: 2,832.9 total tokens/s per GPU over all 44 GPUs ÷ 2 = 1,416.45 output tokens/s per GPU, at 9.82 ms TPOT (101.79 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 16 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 16 per attention rank, one rank per GPU) and the users per decode GPU (875 ÷ 40 = 21.9); at the measured speed, 875 users take at most 875 × 101.79 ÷ 44 = 2,024 output tokens/s per GPU. Recipe b200-fp4/1k1k/mtp/ctx1_gen5_dep8_batch16_eplb0_mtp3: MTP drafting 3 tokens per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 875：全部 44 个 GPU 平均每 GPU 2,832.9 总 tokens/s ÷ 2 = 每 GPU 1,416.45 输出 tokens/s，TPOT 9.82 ms（单用户 101.79 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 16 个序列，取配方解码批大小（每个注意力 rank 的 max_batch_size 为 16，每 GPU 一个 rank）与每个解码 GPU 的用户数（875 ÷ 40 = 21.9）中的较小者；按实测速度，875 个用户最多使用每 GPU 875 × 101.79 ÷ 44 = 2,024 输出 tokens/s。配方 b200-fp4/1k1k/mtp/ctx1_gen5_dep8_batch16_eplb0_mtp3：MTP 每步草拟 3 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。',
	'Concurrency 180: 897.9 total tokens/s per GPU over all 44 GPUs ÷ 2 = 448.95 output tokens/s per GPU, at 7.91 ms TPOT (126.42 tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most 4 sequences per decode GPU, the smaller of the recipe’s decode batch (max_batch_size 32 per TEP8 instance, whose 8 GPUs share one batch: 4 per GPU) and the users per decode GPU (180 ÷ 40 = 4.5); at the measured speed, 180 users take at most 180 × 126.42 ÷ 44 = 517 output tokens/s per GPU. Recipe b200-fp4/1k1k/mtp/ctx1_gen5_tep8_batch32_eplb0_mtp3: MTP drafting 3 tokens per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.':
		'并发 180：全部 44 个 GPU 平均每 GPU 897.9 总 tokens/s ÷ 2 = 每 GPU 448.95 输出 tokens/s，TPOT 7.91 ms（单用户 126.42 tokens/s）。InferenceX 报告的是中位数；模型以自身的平均值与之对应（一项假设）。模型的解码实例每个解码 GPU 最多容纳 4 个序列，取配方解码批大小（每个 TEP8 实例的 max_batch_size 为 32，其 8 个 GPU 共用一个批次：即每 GPU 4）与每个解码 GPU 的用户数（180 ÷ 40 = 4.5）中的较小者；按实测速度，180 个用户最多使用每 GPU 180 × 126.42 ÷ 44 = 517 输出 tokens/s。配方 b200-fp4/1k1k/mtp/ctx1_gen5_tep8_batch32_eplb0_mtp3：MTP 每步草拟 3 个 token，按模型唯一的接受率假设以链式接受。留出样本：未在其上拟合任何参数。'
};
