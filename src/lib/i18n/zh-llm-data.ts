/**
 * Simplified Chinese for the notes on each preset model's figures (catalog/llm-citations.ts: how each
 * shape figure and the released checkpoint are known), keyed by the exact English text as in
 * zh-data.ts. Kept out of zh-data.ts so the main page's Chinese chunk does not carry it: the model's
 * sources list (ui/inference/ModelSources.svelte) registers it. tests/unit/i18n/zh-llm-data.test.ts
 * keeps it complete, free of stale entries and faithful to the English numbers.
 */
export const zhLlmData: Record<string, string> = {
	'61 transformer layers; the MTP layer is not counted.': '共 61 个 Transformer 层；MTP 层不计入。',
	'MLA: 128 query heads, kv-LoRA 512, RoPE 64, nope 128, v 128 (C1 config_671B.json).':
		'MLA：128 个查询头，kv-LoRA 512，RoPE 64，nope 128，v 128（C1 config_671B.json）。',
	'Total = always-read + MoE layers × experts × parameters per expert; embedding table excluded. 670.1B + 0.93B embedding = 671.0B.':
		'总量 = 始终读取的参数 + MoE 层数 × 专家数 × 每专家参数量；不含词嵌入表。670.1B + 0.93B 词嵌入 = 671.0B。',
	'Attention 11.41 + dense FFN 1.19 + shared experts 2.55 + router 0.11 + head 0.93 = 16.19B.':
		'注意力 11.41 + 稠密 FFN 1.19 + 共享专家 2.55 + 路由器 0.11 + 输出头 0.93 = 16.19B。',
	'256 routed + 1 shared (in always-read), top-8, expert FFN 2048; first 3 layers dense.':
		'256 个路由专家 + 1 个共享专家（计入始终读取的参数），top-8，专家 FFN 2048；前 3 层为稠密层。',
	'128K; the config lists 163,840 positions (YaRN 40 × 4,096).':
		'128K；配置中列出 163,840 个位置（YaRN 40 × 4,096）。',
	'FP8 e4m3 with 128×128 block scales; embedding, head, norms and router BF16 (C1).':
		'FP8 e4m3，采用 128×128 分块缩放；词嵌入、输出头、归一化层和路由器为 BF16（C1）。',
	'MLA with DeepSeek-V3 dims and 64 query heads.': 'MLA，维度同 DeepSeek-V3，64 个查询头。',
	'Total = always-read + MoE layers × experts × parameters per expert; embedding table excluded. 1,025.2B + 1.17B embedding = 1.026T; the README says 1T.':
		'总量 = 始终读取的参数 + MoE 层数 × 专家数 × 每专家参数量；不含词嵌入表。1,025.2B + 1.17B 词嵌入 = 1.026T；README 称 1T。',
	'Attention 6.17 + dense FFN 0.40 + shared 2.64 + router 0.17 + head 1.17 = 10.55B.':
		'注意力 6.17 + 稠密 FFN 0.40 + 共享专家 2.64 + 路由器 0.17 + 输出头 1.17 = 10.55B。',
	'384 routed + 1 shared, top-8, expert FFN 2048; the first layer is dense.':
		'384 个路由专家 + 1 个共享专家，top-8，专家 FFN 2048；第一层为稠密层。',
	'128K (131,072); later variants list 256K.': '128K（131,072）；后续版本标为 256K。',
	'Block-FP8 checkpoints (M3 §4).': '分块 FP8 检查点（M3 §4）。',
	'64 q / 4 KV heads (P3 Table 2); head dim 128 ≠ d/heads (C2).':
		'64 个 q 头 / 4 个 KV 头（P3 Table 2）；头维度 128 ≠ d/heads（C2）。',
	'Total = always-read + MoE layers × experts × parameters per expert; embedding table excluded. 234.5B + 0.62B embedding = 235.1B.':
		'总量 = 始终读取的参数 + MoE 层数 × 专家数 × 每专家参数量；不含词嵌入表。234.5B + 0.62B 词嵌入 = 235.1B。',
	'Attention 6.70 + router 0.05 + head 0.62 = 7.37B.':
		'注意力 6.70 + 路由器 0.05 + 输出头 0.62 = 7.37B。',
	'128 routed, no shared, top-8, expert FFN 1536; every layer is MoE.':
		'128 个路由专家，无共享专家，top-8，专家 FFN 1536；每层都是 MoE 层。',
	'131,072 with YaRN; 32,768 native.': '131,072（需 YaRN）；原生 32,768。',
	'BF16; Qwen also publishes block-wise FP8 variants (M4).':
		'BF16；Qwen 另外发布了分块 FP8 版本（M4）。',
	'GQA with 8 KV heads of 128 (C5 arch_args).': 'GQA，8 个 128 维 KV 头（C5 arch_args）。',
	'Dense: total = always-read. 405.85B derived total − 2.10B embedding table = 403.75B.':
		'稠密：总量 = 始终读取的参数。推算总量 405.85B − 2.10B 词嵌入表 = 403.75B。',
	'405.85B derived total − 2.10B embedding table = 403.75B.':
		'推算总量 405.85B − 2.10B 词嵌入表 = 403.75B。',
	'Dense model: no experts.': '稠密模型：无专家。',
	'128K = 131,072.': '128K，即 131,072。',
	'BF16; Meta also ships an FP8 “fp8_mixed” checkpoint, FFN weights only (C5).':
		'BF16；Meta 另提供 FP8 “fp8_mixed” 检查点，仅对 FFN 权重做了量化（C5）。',
	'Dense: total = always-read. 70.55B derived total − 1.05B embedding table = 69.50B.':
		'稠密：总量 = 始终读取的参数。推算总量 70.55B − 1.05B 词嵌入表 = 69.50B。',
	'70.55B derived total − 1.05B embedding table = 69.50B.':
		'推算总量 70.55B − 1.05B 词嵌入表 = 69.50B。',
	'BF16.': 'BF16 权重。',
	'Dense: total = always-read. 8.03B derived total − 0.53B embedding table = 7.50B.':
		'稠密：总量 = 始终读取的参数。推算总量 8.03B − 0.53B 词嵌入表 = 7.50B。',
	'8.03B derived total − 0.53B embedding table = 7.50B.':
		'推算总量 8.03B − 0.53B 词嵌入表 = 7.50B。',
	'GQA 64 q / 8 KV heads of 64; even layers use a 128-token sliding window (18 of 36).':
		'GQA，64 个 q 头 / 8 个 64 维 KV 头；偶数层使用 128 token 的滑动窗口（36 层中的 18 层）。',
	'Total = always-read + MoE layers × experts × parameters per expert; embedding table excluded. Expert biases (~0.04B) omitted.':
		'总量 = 始终读取的参数 + MoE 层数 × 专家数 × 每专家参数量；不含词嵌入表。专家偏置（约 0.04B）忽略不计。',
	'Attention 0.96 + router 0.013 + head 0.58 ≈ 1.55B.':
		'注意力 0.96 + 路由器 0.013 + 输出头 0.58 ≈ 1.55B。',
	'128 routed, no shared, top-4, expert FFN 2880 (3 · 2880 · 2880 per expert).':
		'128 个路由专家，无共享专家，top-4，专家 FFN 2880（每个专家 3 · 2880 · 2880）。',
	'131,072 (YaRN factor 32 on 4,096).': '131,072（在 4,096 基础上以 YaRN 扩展，因子 32）。',
	'MoE weights MXFP4 (4.25 bits with scales), the rest BF16; the model counts FP4 as 0.5 B.':
		'MoE 权重为 MXFP4（计入缩放因子为 4.25 bit），其余为 BF16；本模型将 FP4 按 0.5 B 计。',
	'Assumption: 120 layers from the GPT-4 leak; NVIDIA has not said.':
		'假设：120 层取自 GPT-4 泄露信息；NVIDIA 未作说明。',
	'Assumption: d ≈ 10,752 (84 × 128), where 55B/120 attention (4d²) and 111B/120 per expert (8d²) agree. An NVIDIA tool reportedly lists 15,360 (second-hand, unconfirmed).':
		'假设：d ≈ 10,752（84 × 128），此时每层注意力 55B/120（4d²）与每层每专家 111B/120（8d²）相互吻合。据称某 NVIDIA 工具列出的是 15,360（二手信息，未经证实）。',
	'Assumption: GQA with 8 KV heads of 128 and 84 query heads: 491,520 B/token of KV at BF16, the low end of the 10× spread (full MHA would be 5.16 MB/token).':
		'假设：GQA，8 个 128 维 KV 头、84 个查询头：BF16 下 KV 为 491,520 B/token，处于 10× 差距区间的低端（完整 MHA 则为 5.16 MB/token）。',
	'Assumption: Total = always-read + MoE layers × experts × parameters per expert; embedding table excluded. 55B + 16 × 111B = 1.83T ≈ 1.8T.':
		'假设：总量 = 始终读取的参数 + MoE 层数 × 专家数 × 每专家参数量；不含词嵌入表。55B + 16 × 111B = 1.83T ≈ 1.8T。',
	'Assumption: the leak’s ~55B shared (attention) parameters as stated; GQA-8 at d = 10,752 would need only ~30B, and the output head is unknown.':
		'假设：按泄露信息所述取约 55B 共享（注意力）参数；在 d = 10,752 时 GQA-8 只需约 30B，且输出头未知。',
	'Assumption: 16 experts (NVIDIA blog via a summary, S) in all 120 layers; top-2 and ~111B per expert from the leak.':
		'假设：全部 120 层均有 16 个专家（NVIDIA 博客，经摘要转述，S）；top-2 与每专家约 111B 取自泄露信息。',
	'Assumption: 131,072; a summary of NVIDIA’s blog says context windows “exceed 128,000 tokens”.':
		'假设：131,072；一篇 NVIDIA 博客的摘要称上下文窗口“超过 128,000 tokens”。',
	'Never released; the architecture is unpublished.': '从未发布；架构未公开。'
};
