/**
 * Simplified Chinese for the data prose only /method shows: the bases of the serving model's
 * latency assumptions (model/inference/latency.ts SERVING_LATENCY_SOURCES) and the names of the
 * α(G) fit's calibration points (LATENCY_POINTS) and the bases named beside the cases, keyed by the exact English text as in
 * zh-data.ts. The method page registers it (addDataTranslations). The efficiency bases it also
 * shows are in zh-data.ts. tests/unit/i18n/zh-method-data.test.ts keeps it complete, free of
 * stale keys, and faithful to the English numbers.
 */
export const zhMethodData: Record<string, string> = {
	// SERVING_LATENCY_SOURCES notes
	'Slope of the least-squares fit α(G) = a + b · log2(G) over the 14 small-message collectives of the calibration points table above (each minus its bytes at 0.8 of line rate), the intercept a held at the scale-up latency default (20 µs, from the NCCL curves): b ≈ 9.5 µs per doubling. α(8) ≈ 48 µs, α(72) ≈ 78 µs, α(256) ≈ 96 µs per dispatch or combine; residuals −40 to +43 µs (Ascend dispatch slower, NCCL faster).':
		'对上方校准数据点表中的 14 个小消息集合通信（每个减去其字节数按线速 0.8 传输的时间）做 α(G) = a + b · log2(G) 的最小二乘拟合所得斜率，截距 a 固定为纵向扩展时延默认值（20 µs，来自 NCCL 曲线）：b ≈ 每倍增一次 9.5 µs。每次 dispatch 或 combine 的 α(8) ≈ 48 µs，α(72) ≈ 78 µs，α(256) ≈ 96 µs；残差 −40 至 +43 µs（昇腾 dispatch 偏慢，NCCL 偏快）。',
	'Derived per kernel: FP8 1K³ at 489 TFLOP/s takes 4.39 µs, of which 0.75 µs is work at the 8K³ rate (2,876.6 TFLOP/s) on GB200: 3.65 µs fixed. Assumption: 8 matrix kernels per decoder layer, so 29 µs per layer per forward pass (1.8 ms for DeepSeek-R1’s 61 layers), serial with the rest of the step.':
		'按单个内核推导：GB200 上 FP8 1K³ 以 489 TFLOP/s 运行需 4.39 µs，其中按 8K³ 速率（2,876.6 TFLOP/s）计算的工作只占 0.75 µs：固定部分 3.65 µs。假设：每个解码器层 8 个矩阵内核，因此每层每次前向 29 µs（DeepSeek-R1 的 61 层共 1.8 ms），与步内其余部分串行。',
	'Hopper and Blackwell tensor-core instructions compute 64 rows at a time (wgmma m64nNk*), so an expert GEMM over fewer tokens pays for 64: expert FLOPs on the busiest chip are max(token-expert pairs, experts read × 64) × 2 × params.':
		'Hopper 与 Blackwell 的张量核心指令一次计算 64 行（wgmma m64nNk*），因此 token 数更少的专家 GEMM 也要按 64 行计：最忙芯片上的专家 FLOPs 为 max(token-专家对数, 读取的专家数 × 64) × 2 × 参数量。',
	'MLPerf’s TPOT bounds are 99th percentiles (mlperf.conf); the model computes a mean step. Assumption: p99 TPOT = 1.2 × mean, near the upper end (1.22×) of how far CloudMatrix-Infer’s measured TPOT sits under its bounds (50 ms: 46.8-49.4; 30 ms: 24.6 = 1.22×; 15 ms: 14.9). A 15 ms p99 target is read as a 12.5 ms mean. No case measures the distribution itself.':
		'MLPerf 的 TPOT 上限是第 99 百分位（mlperf.conf）；模型计算的是平均步长。假设：p99 TPOT = 1.2 × 平均值，接近 CloudMatrix-Infer 实测 TPOT 低于其上限幅度的上端（1.22×；50 ms：46.8-49.4；30 ms：24.6 = 1.22×；15 ms：14.9）。15 ms 的 p99 目标按 12.5 ms 平均值处理。没有案例直接测量该分布。',
	'MLPerf’s TTFT bounds are 99th percentiles; prompts also queue behind each other under random arrivals, so the tail is wider than for TPOT. Assumption: p99 TTFT = 1.5 × mean (a 2 s bound is met by a 1.33 s mean pass). No calibration case isolates it.':
		'MLPerf 的 TTFT 上限是第 99 百分位；在随机到达下提示还会相互排队，因此尾部比 TPOT 更宽。假设：p99 TTFT = 1.5 × 平均值（2 s 上限需要平均 1.33 s 的一轮）。没有校准案例单独测量它。',
	'Speculative decoding drafts a chain of tokens and verifies all of them. Each draft is accepted with p once the earlier ones are, and the first rejection ends the chain (Leviathan et al.), so n drafts accept 1 + p + … + pⁿ tokens per step. A setting of a tokens accepted per step is charged the chain that accepts that many, n = ln(1 − a(1 − p)) ÷ ln p − 1 drafts: 1 for a = 1.8, 3 for 2.952 (InferenceX’s MTP 3, as measured), and the verify pass runs 1 + n tokens per sequence. No chain accepts 1 ÷ (1 − p) = 5 tokens, so the setting stops at 4.5 (9.3 drafts). DeepSeek-V3 reports 85-90% acceptance of its MTP token; LMSYS assumed 60% for its simulated MTP (case 5). Assumption: 0.8, between them, not falling with a draft’s depth.':
		'投机解码按链式起草 token 并全部验证。每个草稿在前面的草稿均被接受时以 p 被接受，遇到第一个拒绝即停止（Leviathan 等），因此起草 n 个 token 时每步接受 1 + p + … + pⁿ 个 token。设定每步接受 a 个 token 时，计入恰好接受这么多的那条链：n = ln(1 − a(1 − p)) ÷ ln p − 1 次起草；a = 1.8 时为 1，a = 2.952（InferenceX 的 MTP 3，按实测）时为 3，验证时每条序列处理 1 + n 个 token。没有任何链能接受 1 ÷ (1 − p) = 5 个 token，因此该设定上限为 4.5（9.3 次起草）。DeepSeek-V3 报告其 MTP token 的接受率为 85-90%；LMSYS 在模拟 MTP 时假设 60%（案例 5）。假设：取两者之间的 0.8，且不随草稿深度下降。',
	'DeepSeek-V3’s MTP module is one transformer layer plus the shared output head. Assumption: every model drafts with one such layer, each drafted token costing a one-token pass through 1/layers of the model (its weights without the output head, FLOPs and fixed time) and then a read of the whole output head (draftHeadChips), in sequence before the verify pass. While drafting, every instance also holds that layer as one more layer of the model: its 1/layers share of the always-read weights without the head it shares, one MoE layer’s routed experts and its own KV cache.':
		'DeepSeek-V3 的 MTP 模块是一层 Transformer 加共享的输出头。假设：每个模型都用这样的一层起草，每个草稿 token 的代价是单 token 经过模型 1/layers 的一次前向（其不含输出头的权重、FLOPs 与固定时间），再读取一次完整的输出头（draftHeadChips），在验证前依次进行。起草期间，每个实例还按模型多一层的方式存放该层：常驻权重中不含其共享输出头的 1/layers 份额、一个 MoE 层的路由专家及其自身的 KV 缓存。',
	'The draft layer has no output head of its own, so each drafted token reads the model’s head again (in BF16, as the model holds it). With attention data-parallel, every rank holds the whole head (split only over its TP group). TensorRT-LLM’s lm-head TP in attention DP (enable_lm_head_tp_in_adp, set in the DEP32 MTP recipe cited for the GB200 rows) splits the draft’s head over nearest_in_buckets(256 ÷ tokens on the rank, [1, GPUs per node]) GPUs: the 4 GPUs of a GB200 tray while a rank holds at most 85 tokens, 2 up to 128, 1 beyond; SGLang reads it whole (split 1). No system here states its node size, so the rule cannot follow it. Assumption: 4 chips on every system at every batch, never fewer than the TP group nor more than the stage: each chip reads 1/4 of the head per drafted token and computes 1/4 of the vocabulary for 4 ranks’ tokens, the same FLOPs as a whole head for its own.':
		'草稿层没有自己的输出头，因此每个草稿 token 都要再读一次模型的输出头（按模型存放的 BF16）。在注意力数据并行下，每个 rank 都存放完整的输出头（只在其 TP 组内切分）。TensorRT-LLM 的注意力 DP 内 lm-head TP（enable_lm_head_tp_in_adp，GB200 各行所引用的 DEP32 MTP 配方中已开启）把草稿的输出头切分到 nearest_in_buckets(256 ÷ 该 rank 上的 token 数, [1, 每节点 GPU 数]) 个 GPU 上：一个 rank 最多持有 85 个 token 时为 GB200 托盘的 4 个 GPU，最多 128 个时为 2 个，更多时为 1 个；SGLang 则整体读取（切分为 1）。这里没有任何系统给出其节点规模，因此无法按该规则逐系统取值。假设：所有系统、所有批量均为 4 个芯片，不少于 TP 组、不多于该级：每个芯片每个草稿 token 读取输出头的 1/4，并为 4 个 rank 的 token 计算 1/4 的词表，FLOPs 与为自身 token 计算完整输出头相同。',

	// A basis named beside the calibration cases (ServingAssumptions, text.ts caseReferences)
	'MLPerf rules': 'MLPerf 规则',

	// LATENCY_POINTS labels
	'NCCL all-reduce 1 MB, 8×H200 (53.0 GB/s busBW)':
		'NCCL all-reduce 1 MB，8×H200（busBW 53.0 GB/s）',
	'NCCL all-reduce 1 MB, one GB200 tray of 4 (80.5 GB/s busBW)':
		'NCCL all-reduce 1 MB，单个 4 GPU 的 GB200 托盘（busBW 80.5 GB/s）',
	'DeepEP dispatch EP8, H800 (FP8)': 'DeepEP dispatch EP8，H800（FP8）',
	'DeepEP combine EP8, H800 (BF16)': 'DeepEP combine EP8，H800（BF16）',
	'CloudMatrix dispatch EP8 (INT8)': 'CloudMatrix dispatch EP8（INT8）',
	'CloudMatrix dispatch EP256 (INT8)': 'CloudMatrix dispatch EP256（INT8）',
	'CloudMatrix combine EP8 (BF16)': 'CloudMatrix combine EP8（BF16）',
	'CloudMatrix combine EP256 (BF16)': 'CloudMatrix combine EP256（BF16）',
	'DeepEP-Ascend dispatch EP8': 'DeepEP-Ascend（昇腾）dispatch EP8',
	'DeepEP-Ascend dispatch EP16': 'DeepEP-Ascend（昇腾）dispatch EP16',
	'DeepEP-Ascend dispatch EP32': 'DeepEP-Ascend（昇腾）dispatch EP32',
	'DeepEP-Ascend combine EP8': 'DeepEP-Ascend（昇腾）combine EP8',
	'DeepEP-Ascend combine EP16': 'DeepEP-Ascend（昇腾）combine EP16',
	'DeepEP-Ascend combine EP32': 'DeepEP-Ascend（昇腾）combine EP32'
};
