import type { SourceId } from './sources';

/**
 * Vendor claims Rackscale can check in one click: the claim as made, where it was made, and the
 * scenario that tests it (a v1 link query). The check reports what the model says; it is a model
 * estimate, and the claims are vendor projections or analyst readings, not measurements.
 */
export interface Claim {
	id: string;
	/** The claim as the vendor or press stated it. */
	statement: { en: string; zh: string };
	who: { en: string; zh: string };
	nature: 'vendor-projection' | 'vendor-claim' | 'analyst-reading';
	sources: SourceId[];
	/** The scenario that checks it, as a link query (format v1). */
	query: string;
	/**
	 * What the model is asked: B ÷ A per chip at the target, or a hardware ratio row; `steps` for a
	 * claim about every step of a series (each generation better than the last), which the card
	 * then checks system by system, not only end to end.
	 */
	check:
		| { kind: 'inference-per-chip'; system: number }
		| { kind: 'hardware-ratio'; metric: string; system: number; steps?: true };
	/** The claimed ratio, for the side-by-side. */
	claimed: number | null;
	/** Conditions and caveats the reader must see. */
	conditions: { en: string; zh: string };
}

export const CLAIMS: readonly Claim[] = [
	{
		id: 'nvidia-30x',
		statement: {
			en: 'GB200 NVL72 delivers 30x faster real-time inference on a 1.8-trillion-parameter MoE model than the same number of H100 GPUs.',
			zh: 'GB200 NVL72 在 1.8 万亿参数 MoE 模型上的实时推理速度是同等数量 H100 GPU 的 30 倍。'
		},
		who: { en: 'NVIDIA (GTC 2024)', zh: 'NVIDIA（GTC 2024）' },
		nature: 'vendor-projection',
		sources: ['S2', 'S13', 'S14', 'S100'],
		// calibration.md case 26: 50 ms token-to-token (20 tokens/s per user), 5 s first token,
		// 32,768 in / 1,024 out, 72 H100 as nine HGX boards over InfiniBand vs one NVL72, FP4 on
		// Blackwell (Hopper falls back to FP8 compute: it has no FP4), GPT-MoE-1.8T (shape assumed).
		// No speculative decoding (accepted=1): the claim's comparison has none, and the model has
		// no draft module of its own to draft with.
		query:
			'v=1&a=hgx-h100&a.chips=72&b=gb200-nvl72&llm=gpt-moe-1.8t&in_tokens=32768&out_tokens=1024&weights=fp4&kv=fp8&compute=fp4&user_tps=20&ttft_s=5&accepted=1&view=inference',
		check: { kind: 'inference-per-chip', system: 1 },
		claimed: 30,
		conditions: {
			en: 'Conditions as recalled in Rackscale’s calibration notes (case 26; not verified at the source): 50 ms per token, 5 s to first token, 32K in / 1K out, FP4 on Blackwell vs FP8 on Hopper, per GPU. GPT-MoE-1.8T’s shape is unpublished; Rackscale assumes the leaked GPT-4 shape. Weights are modelled in FP4 on both sides (Hopper computes in FP8), which flatters Hopper’s memory.',
			zh: '条件依 Rackscale 校准笔记（案例 26）的回忆（未在原始出处核实）：每 token 50 ms，首 token 5 s，输入 32K / 输出 1K，Blackwell 用 FP4、Hopper 用 FP8，按单 GPU 比较。GPT-MoE-1.8T 结构未公开，Rackscale 假设为泄露的 GPT-4 结构。两侧权重均按 FP4 建模（Hopper 以 FP8 计算），这对 Hopper 的显存较为有利。'
		}
	},
	{
		id: 'huawei-beats-nvl72',
		statement: {
			en: 'CloudMatrix 384 beats GB200 NVL72: 300 vs 180 PFLOP/s BF16 (1.7x), 3.6x the HBM capacity and 2.1x the HBM bandwidth.',
			zh: 'CloudMatrix 384 超越 GB200 NVL72：BF16 算力 300 对 180 PFLOP/s（1.7 倍），HBM 容量 3.6 倍，HBM 带宽 2.1 倍。'
		},
		who: {
			en: 'Huawei at WAIC; STAR Market Daily via SCMP; SemiAnalysis',
			zh: '华为（WAIC）；科创板日报经南华早报转述；SemiAnalysis'
		},
		nature: 'vendor-claim',
		sources: ['S37', 'S51', 'S48'],
		query: 'v=1&a=gb200-nvl72&b=cloudmatrix-384',
		check: { kind: 'hardware-ratio', metric: 'denseFlopsPerS.bf16', system: 1 },
		claimed: 1.7,
		conditions: {
			en: 'Whole-system aggregates at 780 TFLOP/s per Ascend 910C (SemiAnalysis; Huawei’s paper gives 752). The same table shows the other side of the argument: about 3.9× the power and 2.3× the power per FLOP.',
			zh: '按每颗昇腾 910C 780 TFLOP/s（SemiAnalysis；华为论文为 752）计算的整系统总量。同一张表也给出另一面：功耗约 3.9 倍，每 FLOP 功耗约 2.3 倍。'
		}
	},
	{
		id: 'efficiency-by-design',
		statement: {
			en: 'Efficiency comes from hardware design: each NVIDIA generation delivers more compute per watt.',
			zh: '效率来自硬件设计：NVIDIA 每一代都提供更高的每瓦算力。'
		},
		who: {
			en: 'NVIDIA’s chief scientist (as paraphrased in the debate)',
			zh: 'NVIDIA 首席科学家（据相关辩论中的转述）'
		},
		nature: 'vendor-claim',
		sources: ['S14', 'S16'],
		// One system per generation: GB200 NVL72 after HGX B200 was the same chip in a rack, a step
		// of format that the "each generation" check counted as a generation falling (helper-95).
		query: 'v=1&a=hgx-h100&b=hgx-b200&c=gb300-nvl72&basis=fp8',
		check: { kind: 'hardware-ratio', metric: 'flopsPerSPerW', system: 2, steps: true },
		claimed: null,
		conditions: {
			en: 'FP8 dense compute per all-in watt, one system per generation: Hopper (HGX H100), Blackwell (HGX B200) and Blackwell Ultra (GB300 NVL72). The HGX all-in figures are server power only, the NVL72 figures include network and cooling shares, so the last step is charged more overhead (the same Blackwell chip gives 0.986× in a GB200 NVL72 rack against an HGX B200 board). Blackwell Ultra adds FP4, not FP8, compute.',
			zh: '每全口径瓦 FP8 稠密算力，每代一个系统：Hopper（HGX H100）、Blackwell（HGX B200）与 Blackwell Ultra（GB300 NVL72）。HGX 的全口径功耗仅含服务器，NVL72 含网络与散热分摊，因此最后一步承担了更多开销（同一 Blackwell 芯片装在 GB200 NVL72 机柜中相对 HGX B200 为 0.986×）。Blackwell Ultra 增加的是 FP4 而非 FP8 算力。'
		}
	}
];
