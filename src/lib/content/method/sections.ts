import { aggregate, efficiency } from '../../model/aggregate';
import { valueOf } from '../../model/estimate-types';
import { activeParams } from '../../model/llm';
import { BYTES_PER_VALUE } from '../../model/precision';
import { DEFAULT_EFFICIENCIES } from '../../model/inference/efficiencies';
import { deploymentTokensPerS } from '../../model/inference/frontier';
import { layoutsFor, MAX_INSTANCE_CHIPS } from '../../model/inference/layouts';
import { memoryFigures } from '../../model/inference/memory';
import { blend } from '../../model/inference/pass';
import { ratesFor } from '../../model/inference/rates';
import {
	attentionFlopsPerPair,
	expectedExpertsTouched,
	kvBytesPerToken,
	prefillAttentionFlops,
	storedWeightBytes
} from '../../model/inference/shape';
import { BATCH_GRID_POINTS, MAX_SEQUENCES_PER_CHIP } from '../../model/inference/sweep';

import { EXACT, llm, MIB, ROUNDED, sheet, SI_B, src, system, text } from './helpers';
import type { MethodSection } from './types';

/** The model sections of /method: aggregates to the serving frontier. */
export const MODEL_SECTIONS: readonly MethodSection[] = [
	{
		id: 'aggregates',
		title: text('Aggregates: chips × per-chip figures', '总量：芯片数 × 单芯片指标'),
		paragraphs: [
			text(
				'A system’s totals are its chip count times each per-chip figure: dense compute at each precision, HBM capacity and bandwidth, scale-up and scale-out bandwidth (per direction) and all-in power. Nothing is added for the system as a whole; a preset’s published whole-system figures are kept only to check these products.',
				'系统总量等于芯片数乘以各项单芯片指标：各精度的稠密算力、HBM 容量与带宽、纵向扩展与横向扩展带宽（单向）以及全口径功耗。系统层面不额外加项；预设中公布的整系统数值只用于核对这些乘积。'
			),
			text(
				'Per-chip inputs are cited figures labelled by nature (vendor spec, analyst estimate, measured, derived or assumption). A figure no source gives is left out and shown as unknown, never guessed.',
				'单芯片输入均为带出处的数值，并标注性质（厂商规格、分析机构估算、实测、推算或假设）。没有来源的数值不填，显示为“无出处数据”，绝不臆测。'
			)
		],
		formulas: [
			'aggregate = chips × perChipFigure',
			text(
				'scaleUpBytesPerS = chips × scaleUpBytesPerSPerChip (per direction)',
				'scaleUpBytesPerS = chips × scaleUpBytesPerSPerChip（单向）'
			)
		],
		examples: [
			{
				id: 'gb200-bf16-aggregate',
				label: text('GB200 NVL72, dense BF16 compute', 'GB200 NVL72 稠密 BF16 算力'),
				inputs: text('72 chips × 2.5 PFLOP/s = {quoted}', '72 颗芯片 × 2.5 PFLOP/s = {quoted}'),
				quoted: 72 * 2.5e15,
				tolerance: EXACT,
				example: () => valueOf(aggregate(system('gb200-nvl72')).denseFlopsPerS.bf16) ?? NaN,
				format: { kind: 'si', unit: 'FLOP/s' },
				calls: 'aggregate (aggregate.ts)'
			},
			{
				id: 'cm384-hbm-aggregate',
				label: text('CloudMatrix 384, HBM capacity', 'CloudMatrix 384 HBM 容量'),
				inputs: text('384 chips × 128 GB = {quoted}', '384 颗芯片 × 128 GB = {quoted}'),
				quoted: 384 * 128e9,
				tolerance: EXACT,
				example: () => aggregate(system('cloudmatrix-384')).hbmBytes.value,
				format: SI_B,
				calls: 'aggregate (aggregate.ts)'
			}
		],
		references: [
			src('specs', 'S2'),
			src('specs', 'S38'),
			src('specs', 'S40'),
			sheet('specs.md §0, §1, §5')
		],
		code: ['model/aggregate.ts', 'model/system.ts', 'catalog/systems.ts']
	},
	{
		id: 'efficiency',
		title: text('Figures of merit that do not grow with size', '不随规模增长的效率指标'),
		paragraphs: [
			text(
				'Per-chip ratios compare designs regardless of how many chips a system has: dense FLOP/s per all-in watt (and its inverse), and HBM bytes per second per dense FLOP/s, the balance of memory to compute that decides whether decode is memory-bound.',
				'单芯片比值可以在不看芯片数量的情况下比较设计：每全口径瓦特的稠密 FLOP/s（及其倒数），以及每稠密 FLOP/s 对应的 HBM 字节/秒，即决定解码是否受内存带宽限制的存算比。'
			),
			text(
				'All-in power is the chip’s share of the whole system: CPUs, switches, optics and, for NVL72 and CloudMatrix 384, in-rack cooling. HGX figures are server power only and say so.',
				'全口径功耗是芯片分摊的整系统功耗：CPU、交换机、光模块，对 NVL72 和 CloudMatrix 384 还包括机柜内散热。HGX 数值仅为服务器功耗，并已注明。'
			)
		],
		formulas: [
			'flopsPerSPerW = <precision>FlopsPerSPerChip ÷ allInPowerPerChipW',
			'wattsPerFlopsPerS = allInPowerPerChipW ÷ <precision>FlopsPerSPerChip',
			'hbmBytesPerFlop = hbmBytesPerSPerChip ÷ <precision>FlopsPerSPerChip'
		],
		examples: [
			{
				id: 'gb200-flops-per-w',
				label: text(
					'GB200 NVL72, BF16 FLOP/s per all-in watt',
					'GB200 NVL72 每全口径瓦特 BF16 FLOP/s'
				),
				inputs: text(
					'2.5 PFLOP/s ÷ (145 kW ÷ 72) = {quoted}',
					'2.5 PFLOP/s ÷ (145 kW ÷ 72) = {quoted}'
				),
				quoted: 2.5e15 / (145_000 / 72),
				tolerance: ROUNDED,
				example: () => valueOf(efficiency(system('gb200-nvl72'), 'bf16').flopsPerSPerW) ?? NaN,
				format: { kind: 'si', unit: 'FLOP/s', per: text('per W', '/ W') },
				calls: 'efficiency (aggregate.ts)'
			},
			{
				id: 'gb200-bytes-per-flop',
				label: text(
					'GB200 NVL72, HBM bytes per BF16 FLOP',
					'GB200 NVL72 每 BF16 FLOP 的 HBM 字节数'
				),
				inputs: text('8 TB/s ÷ 2.5 PFLOP/s = {quoted}', '8 TB/s ÷ 2.5 PFLOP/s = {quoted}'),
				quoted: 8e12 / 2.5e15,
				tolerance: EXACT,
				example: () => valueOf(efficiency(system('gb200-nvl72'), 'bf16').hbmBytesPerFlop) ?? NaN,
				format: { kind: 'number', unit: text('B/FLOP', 'B/FLOP') },
				calls: 'efficiency (aggregate.ts)'
			}
		],
		references: [src('specs', 'S38'), src('specs', 'S39'), src('specs', 'S3')],
		code: ['model/aggregate.ts']
	},
	{
		id: 'assumptions',
		title: text('Global efficiency assumptions', '全局效率假设'),
		paragraphs: [
			text(
				'Chips never run at peak. One visible set of achieved fractions (compute, HBM, scale-up, scale-out), fixed latencies, MoE imbalance, per-step overhead, memory reserve and overlap applies to every system and scenario. Each is traced to an operator-level measurement or labelled an assumption, and none is tuned per system.',
				'芯片从不以峰值运行。一组公开的效率参数——算力、HBM、纵向扩展与横向扩展带宽的实际达成比例，固定时延，MoE 负载不均，每步开销，显存预留与重叠度——适用于所有系统和场景。每一项都追溯到算子级实测，或标注为假设，且从不针对单个系统调参。'
			),
			text(
				'The system-level measurements on the Validation page are kept out of the fitting: they check the model rather than set it. The full table of values, sources and arithmetic is on that page.',
				'验证页中的系统级实测不参与拟合：它们用来检验模型，而不是设定模型。完整的数值、来源与推算见该页。'
			)
		],
		formulas: [
			'achieved = peak × fraction',
			text(
				'time of a transfer = α + bytes ÷ (bandwidth × fraction)',
				'一次传输的时间 = α + 字节数 ÷ (带宽 × 比例)'
			)
		],
		examples: [
			{
				id: 'gb200-achieved-hbm',
				label: text('GB200 achieved HBM bandwidth', 'GB200 实际 HBM 带宽'),
				inputs: text('8 TB/s × 0.85 = {quoted}', '8 TB/s × 0.85 = {quoted}'),
				quoted: 8e12 * 0.85,
				tolerance: EXACT,
				example: () => ratesFor(system('gb200-nvl72'), DEFAULT_EFFICIENCIES, 1, 1).hbmBytesPerS,
				format: { kind: 'si', unit: 'B/s' },
				calls: 'ratesFor (inference/rates.ts)'
			},
			{
				id: 'h100-achieved-fp8',
				label: text('H100 achieved FP8 matrix throughput', 'H100 实际 FP8 矩阵吞吐'),
				inputs: text('1,979 TFLOP/s × 0.6 = {quoted}', '1,979 TFLOP/s × 0.6 = {quoted}'),
				quoted: 1979e12 * 0.6,
				tolerance: EXACT,
				example: () => {
					const h100 = system('hgx-h100');
					const peak = h100.denseFlopsPerS.fp8 ?? NaN;
					return ratesFor(h100, DEFAULT_EFFICIENCIES, peak, peak).matmulFlopsPerS;
				},
				format: { kind: 'si', unit: 'FLOP/s' },
				calls: 'ratesFor (inference/rates.ts)'
			}
		],
		references: [
			src('llm', 'AZ_BENCH'),
			src('llm', 'NCCL_212'),
			src('llm', 'DEEPEP'),
			src('llm', 'LMSYS_EP'),
			src('llm', 'CM384_PAPER'),
			sheet(text('calibration.md cases 3, 5, 21–24', 'calibration.md 案例 3、5、21–24'))
		],
		code: ['model/inference/efficiencies.ts', 'model/training/efficiencies.ts']
	},
	{
		id: 'memory',
		title: text('Inference: does it fit in memory?', '推理：显存装得下吗？'),
		paragraphs: [
			text(
				'A layout fits when each chip holds its share of the weights plus the KV cache of its sequences, inside the HBM left after a reserve for activations, runtime and fragmentation. Always-read weights (attention, dense FFN, shared experts, router, output head) split over tensor and pipeline parallelism, and so does the input embedding table, held though a token reads only its row; routed experts split over expert parallelism. The output head and the table are held in BF16 whatever the weight precision, as DeepSeek’s FP8 release, NVIDIA’s FP4 exports and TensorRT-LLM keep them, and so are the routers where the release is cited so (DeepSeek-R1, gpt-oss). While speculative decoding drafts, each instance also holds its draft layers as layers of the model: per draft layer, a 1/layers share of the always-read weights without the output head it shares and one MoE layer’s routed experts, split the same way, and their own KV cache of every token.',
				'当每颗芯片在扣除预留（激活、运行时与碎片）后的 HBM 中，能容纳自己那份权重加上其序列的 KV 缓存时，该并行布局即可装下。常驻权重（注意力、稠密 FFN、共享专家、路由器、输出头）按张量并行和流水线并行切分，输入嵌入表也如此切分存放，尽管每个 token 只读取其中一行；路由专家按专家并行切分。输出头与嵌入表无论权重精度如何都按 BF16 存放，与 DeepSeek 的 FP8 发布、NVIDIA 的 FP4 导出以及 TensorRT-LLM 的做法一致；有出处表明发布如此时（DeepSeek-R1、gpt-oss），路由器也如此。投机解码起草期间，每个实例还按模型的层存放草稿层：每个草稿层为常驻权重中不含其共享输出头的 1/layers 份额加一个 MoE 层的路由专家，按同样方式切分，另有其自身对每个 token 的 KV 缓存。'
			),
			text(
				'The KV cache per token depends on the attention type. Grouped-query attention stores a key and a value per KV head per layer; sliding-window layers stop growing once their window is full. Multi-head latent attention (DeepSeek) stores one shared latent plus a RoPE key per layer, which every tensor-parallel rank holds whole.',
				'每个 token 的 KV 缓存取决于注意力类型。分组查询注意力（GQA）每层每个 KV 头存一个 key 和一个 value；滑动窗口层增长到窗口大小即止。多头潜在注意力（MLA，DeepSeek）每层存一个共享潜向量加一个 RoPE key，每个张量并行 rank 都要保存完整一份。'
			)
		],
		formulas: [
			'weightBytes = storedParams × bytesPerWeight + bf16Params × (max(bytesPerWeight, 2) − bytesPerWeight) + embeddingParams × max(bytesPerWeight, 2)',
			'bf16Params = outputHeadParams + bf16RouterParams; outputHeadParams = embeddingParams = vocab × d; bf16RouterParams = moeLayers × routedExperts × d (DeepSeek-R1, gpt-oss)',
			'GQA: kvBytesPerToken = 2 × growingLayers × kvHeads × headDim × bytesPerValue',
			'MLA: kvBytesPerToken = layers × (kvLoraRank + ropeDim) × bytesPerValue',
			'usable = hbmBytes × (1 − reserve)',
			'maxSequences = (usable − weightBytesPerChip) × dpAttention × kvShards × pp ÷ kvBytesPerSequence',
			text(
				'drafting: maxSequences = (usable − weightBytesPerChip − draftWeightBytesPerChip) × dpAttention × kvShards × pp ÷ (kvBytesPerSequence × (1 + draftLayers ÷ layers))',
				'起草时：maxSequences = (usable − weightBytesPerChip − draftWeightBytesPerChip) × dpAttention × kvShards × pp ÷ (kvBytesPerSequence × (1 + draftLayers ÷ layers))'
			),
			'draftWeightBytesPerChip = draftLayers × ((alwaysReadBytes − outputHeadBytes) ÷ layers ÷ tp + routedExperts × paramsPerExpert × bytesPerWeight ÷ ep) ÷ pp'
		],
		examples: [
			{
				id: 'kv-deepseek-r1',
				label: text(
					'KV cache per token, DeepSeek-R1 (MLA), BF16',
					'每 token KV 缓存：DeepSeek-R1（MLA），BF16'
				),
				inputs: text(
					'61 layers × (512 + 64) × 2 B = {quoted}',
					'61 层 × (512 + 64) × 2 B = {quoted}'
				),
				quoted: 61 * (512 + 64) * 2,
				tolerance: EXACT,
				example: () => kvBytesPerToken(llm('deepseek-r1'), BYTES_PER_VALUE.bf16),
				format: SI_B,
				calls: 'kvBytesPerToken (inference/shape.ts)'
			},
			{
				id: 'kv-llama-70b',
				label: text(
					'KV cache per token, Llama 3.3 70B (GQA), BF16',
					'每 token KV 缓存：Llama 3.3 70B（GQA），BF16'
				),
				inputs: text(
					'2 × 80 layers × 8 KV heads × 128 × 2 B = {quoted}',
					'2 × 80 层 × 8 个 KV 头 × 128 × 2 B = {quoted}'
				),
				quoted: 2 * 80 * 8 * 128 * 2,
				tolerance: EXACT,
				example: () => kvBytesPerToken(llm('llama-3.3-70b'), BYTES_PER_VALUE.bf16),
				format: SI_B,
				calls: 'kvBytesPerToken (inference/shape.ts)'
			},
			{
				id: 'weights-deepseek-r1-fp8',
				label: text('Weights of DeepSeek-R1 at FP8', 'DeepSeek-R1 的 FP8 权重'),
				inputs: text(
					'(16.19 B always-read + 58 MoE layers × 256 experts × 3 × 7,168 × 2,048) × 1 B + (129,280 × 7,168 head + 58 × 256 × 7,168 routers) × (2 − 1) B + 129,280 × 7,168 embedding × 2 B = {quoted}',
					'(常驻 16.19 B + 58 个 MoE 层 × 256 个专家 × 3 × 7,168 × 2,048) × 1 B + (输出头 129,280 × 7,168 + 路由器 58 × 256 × 7,168) × (2 − 1) B + 嵌入表 129,280 × 7,168 × 2 B = {quoted}'
				),
				quoted:
					(16.19e9 + 58 * 256 * 3 * 7168 * 2048) * 1 +
					(129_280 * 7168 + 58 * 256 * 7168) * (2 - 1) +
					129_280 * 7168 * 2,
				tolerance: EXACT,
				example: () => storedWeightBytes(llm('deepseek-r1'), BYTES_PER_VALUE.fp8),
				format: SI_B,
				calls: 'storedWeightBytes (inference/shape.ts)'
			},
			{
				id: 'usable-gb200',
				label: text('Usable HBM per GB200 chip', '每颗 GB200 的可用 HBM'),
				inputs: text('186 GB × (1 − 0.1) = {quoted}', '186 GB × (1 − 0.1) = {quoted}'),
				quoted: 186e9 * (1 - 0.1),
				tolerance: EXACT,
				example: () => {
					const gb200 = system('gb200-nvl72');
					const reserve = DEFAULT_EFFICIENCIES.memoryReserveFraction;
					return memoryFigures(llm('deepseek-r1'), 1, 2, 1, gb200.hbmBytes, reserve)
						.usableHbmBytesPerChip.value;
				},
				format: SI_B,
				calls: 'memoryFigures (inference/memory.ts)'
			}
		],
		references: [
			src('llm', 'C1'),
			src('llm', 'P1'),
			src('llm', 'C5'),
			src('llm', 'ENGINE_MEM'),
			sheet('models.md §3')
		],
		code: ['model/inference/shape.ts', 'model/inference/memory.ts', 'model/inference/capacity.ts']
	},
	{
		id: 'decode',
		title: text('Inference: one decode step', '推理：一个解码步'),
		paragraphs: [
			text(
				'Each decode step reads every weight a chip holds that its tokens need, reads the KV cache of its sequences, does two FLOPs per active parameter per token plus attention over the context, and exchanges activations with other chips. Each term is a time at the achieved rate of its resource.',
				'每个解码步中，芯片读取其 token 用到的本地权重，读取其序列的 KV 缓存，每个 token 对每个激活参数做两次 FLOP 外加对上下文的注意力计算，并与其他芯片交换激活值。每一项都按对应资源的实际速率折算为时间。'
			),
			text(
				'For a mixture of experts, a batch of tokens touches fewer distinct experts than tokens × k: with uniform routing the expected number per layer is E·(1 − (1 − k/E)^tokens). Small batches read a few experts; large ones read all of them, which is why MoE decode gets cheaper per token as the batch grows. The busiest expert-parallel rank carries the imbalance factor times the mean.',
				'对混合专家模型，一批 token 触及的不同专家数少于 token 数 × k：在均匀路由下，每层的期望值为 E·(1 − (1 − k/E)^tokens)。小批次只读少数专家，大批次则读全部专家，因此 MoE 解码的每 token 成本随批次增大而下降。最忙的专家并行 rank 承担均值乘以不均衡系数的负载。'
			)
		],
		formulas: [
			'flopsPerChip = 2·alwaysRead·tokens/(pp·S) + attentionFlops/(pp·S) + 2·(moeLayers/pp)·k·expertParams·tokens·imbalance/ep',
			'bytesPerChip = alwaysReadBytes/(tp·pp) + (moeLayers/pp)·min(E, imbalance·touched)·expertBytes/ep + (sequences/dpAttention)·kvBytes/(kvShards·pp)',
			'alwaysReadBytes = (alwaysReadParams − bf16Params) × bytesPerWeight + bf16Params × max(bytesPerWeight, 2)',
			'touched = E·(1 − (1 − k/E)^tokens)',
			'computeS = FLOPs ÷ (peak × computeFraction); memoryS = bytes ÷ (hbmBytesPerS × hbmFraction)',
			text(
				'the output head’s 2·outputHeadParams per token at the BF16 peak (held in BF16; assumed from FP8 where unpublished), the rest at the matrix work’s',
				'输出头每 token 的 2·outputHeadParams 按 BF16 峰值计算（以 BF16 存放；未公布时由 FP8 推定），其余按矩阵运算的峰值'
			),
			'acceptedTokensPerStep ÷ stepS',
			'batch × acceptedTokensPerStep ÷ (stepS × chips)'
		],
		examples: [
			{
				id: 'flops-per-token-deepseek',
				label: text(
					'Matrix FLOPs per decoded token, DeepSeek-R1',
					'每个解码 token 的矩阵 FLOPs：DeepSeek-R1'
				),
				inputs: text(
					'2 × (16.19 B + 58 layers × 8 experts × 3 × 7,168 × 2,048) = {quoted}',
					'2 × (16.19 B + 58 层 × 8 个专家 × 3 × 7,168 × 2,048) = {quoted}'
				),
				quoted: 2 * (16.19e9 + 58 * 8 * 3 * 7168 * 2048),
				tolerance: EXACT,
				example: () => 2 * activeParams(llm('deepseek-r1')),
				format: { kind: 'si', unit: 'FLOP' },
				calls: 'activeParams (llm.ts)'
			},
			{
				id: 'attention-pair-deepseek',
				label: text(
					'Decode attention FLOPs per cached token per layer, DeepSeek-R1 (absorbed MLA)',
					'每层每个缓存 token 的解码注意力 FLOPs：DeepSeek-R1（吸收式 MLA）'
				),
				inputs: text(
					'2 × 128 heads × (512 + 64 + 512) = {quoted}',
					'2 × 128 个头 × (512 + 64 + 512) = {quoted}'
				),
				quoted: 2 * 128 * (512 + 64 + 512),
				tolerance: EXACT,
				example: () => attentionFlopsPerPair(llm('deepseek-r1'), 'decode'),
				format: { kind: 'number', unit: text('FLOP', 'FLOP') },
				calls: 'attentionFlopsPerPair (inference/shape.ts)'
			},
			{
				id: 'experts-touched-8',
				label: text(
					'Distinct experts 8 tokens touch (E = 256, k = 8)',
					'8 个 token 触及的不同专家数（E = 256，k = 8）'
				),
				inputs: text(
					'256 × (1 − (1 − 8/256)^8) = {quoted}',
					'256 × (1 − (1 − 8/256)^8) = {quoted}'
				),
				quoted: 57.4,
				tolerance: ROUNDED,
				example: () => expectedExpertsTouched(256, 8, 8),
				format: { kind: 'number' },
				calls: 'expectedExpertsTouched (inference/shape.ts)'
			},
			{
				id: 'experts-touched-64',
				label: text(
					'Distinct experts 64 tokens touch (E = 256, k = 8)',
					'64 个 token 触及的不同专家数（E = 256，k = 8）'
				),
				inputs: text(
					'256 × (1 − (1 − 8/256)^64) = {quoted}',
					'256 × (1 − (1 − 8/256)^64) = {quoted}'
				),
				quoted: 222.4,
				tolerance: ROUNDED,
				example: () => expectedExpertsTouched(256, 8, 64),
				format: { kind: 'number' },
				calls: 'expectedExpertsTouched (inference/shape.ts)'
			}
		],
		references: [
			src('llm', 'C1'),
			src('llm', 'LMSYS_EP'),
			sheet(text('models.md §3.1 note 4', 'models.md §3.1 注 4')),
			sheet(text('calibration.md case 5', 'calibration.md 案例 5'))
		],
		code: [
			'model/inference/stage.ts',
			'model/inference/busiest.ts',
			'model/inference/shape.ts',
			'model/inference/sweep.ts'
		]
	},
	{
		id: 'communication',
		title: text('Inference: communication, alpha-beta', '推理：通信的 α-β 模型'),
		paragraphs: [
			text(
				'Every collective costs a fixed latency α plus its bytes over the achieved bandwidth. Traffic that stays inside a scale-up domain (NVLink, Unified Bus) uses scale-up rates; traffic that crosses domains uses the scale-out network (InfiniBand, RoCE) at its own, usually much lower, rate and higher α.',
				'每次集合通信的耗时为固定时延 α 加上字节数除以实际带宽。留在纵向扩展域内（NVLink、灵衢总线 UB）的流量按纵向扩展速率计；跨域流量走横向扩展网络（InfiniBand、RoCE），速率通常低得多，α 也更高。'
			),
			text(
				'Tensor parallelism all-reduces activations each layer (a ring moves 2(n − 1)/n of the message per chip). Expert parallelism dispatches each token to its k experts and combines the results, hierarchically as DeepEP does: a token crosses scale-out once per remote domain it needs, then fans out on scale-up. Pipeline stages hand hidden states on. A larger scale-up domain turns scale-out copies into scale-up copies, so it never slows a layout.',
				'张量并行每层对激活值做 all-reduce（环形算法每芯片传输消息的 2(n − 1)/n）。专家并行把每个 token 分发到它的 k 个专家再合并结果，与 DeepEP 一样分层进行：token 对每个需要的远端域只经横向扩展网络跨域一次，再在纵向扩展域内扇出。流水线各级之间传递隐藏状态。更大的纵向扩展域把横向扩展副本变成纵向扩展副本，因此绝不会让某个布局变慢。'
			)
		],
		formulas: [
			't = α + bytes ÷ (bandwidth × fraction)',
			text(
				'TP ring all-reduce: 2(tp − 1)/tp × bytes per chip, scale-up if tp ≤ domain, else scale-out',
				'TP 环形 all-reduce：每芯片 2(tp − 1)/tp × 字节数，tp ≤ 域时走纵向扩展，否则走横向扩展'
			),
			text(
				'EP out copies = (S/r − 1)·(1 − (1 − r/S)^k); up copies = k·(S − 1)/S − out copies',
				'EP 跨域副本数 = (S/r − 1)·(1 − (1 − r/S)^k)；域内副本数 = k·(S − 1)/S − 跨域副本数'
			),
			text(
				'PP hand-off: the stage’s hidden states, once per stage boundary',
				'PP 交接：该级的隐藏状态，每个级边界一次'
			)
		],
		examples: [
			{
				id: 'alpha-beta-gb200-up',
				label: text('1 MiB inside a GB200 NVL72 (NVLink)', 'GB200 NVL72 域内传输 1 MiB（NVLink）'),
				inputs: text(
					'20 µs + 1,048,576 B ÷ (900 GB/s × 0.8) = {quoted}',
					'20 µs + 1,048,576 B ÷ (900 GB/s × 0.8) = {quoted}'
				),
				quoted: 20e-6 + MIB / (900e9 * 0.8),
				tolerance: EXACT,
				example: () => {
					const r = ratesFor(system('gb200-nvl72'), DEFAULT_EFFICIENCIES, 1, 1);
					return r.upLatencyS + MIB / r.upBytesPerS;
				},
				format: { kind: 'duration' },
				calls: 'ratesFor (inference/rates.ts)'
			},
			{
				id: 'alpha-beta-h100-out',
				label: text(
					'1 MiB between HGX H100 boards (400 Gb/s)',
					'HGX H100 板间传输 1 MiB（400 Gb/s）'
				),
				inputs: text(
					'30 µs + 1,048,576 B ÷ (50 GB/s × 0.8) = {quoted}',
					'30 µs + 1,048,576 B ÷ (50 GB/s × 0.8) = {quoted}'
				),
				quoted: 30e-6 + MIB / (50e9 * 0.8),
				tolerance: EXACT,
				example: () => {
					const r = ratesFor(system('hgx-h100'), DEFAULT_EFFICIENCIES, 1, 1);
					return r.outLatencyS + MIB / r.outBytesPerS;
				},
				format: { kind: 'duration' },
				calls: 'ratesFor (inference/rates.ts)'
			}
		],
		references: [
			src('llm', 'AZ_BENCH'),
			src('llm', 'AZ_BENCH_7'),
			src('llm', 'NCCL_212'),
			src('llm', 'DEEPEP'),
			sheet('specs.md §11.2'),
			sheet(text('calibration.md cases 21, 22, 24', 'calibration.md 案例 21、22、24'))
		],
		code: ['model/inference/stage.ts', 'model/inference/rates.ts']
	},
	{
		id: 'overlap',
		title: text('Overlap: a point between max and sum', '重叠：介于最大值与总和之间的点估计'),
		paragraphs: [
			text(
				`Compute, HBM reads, communication and host overhead can overlap. Perfect overlap gives the largest term (the lower bound); none gives their sum (the upper bound). The point estimate sits between them by the overlap fraction: ${DEFAULT_EFFICIENCIES.overlapFraction} for prefill passes, ${DEFAULT_EFFICIENCIES.decodeOverlapFraction} for decode steps, whose small per-layer kernels leave little to hide. Fixed kernel time is added outside the blend. The page always shows the range and names the largest term as the binding resource.`,
				`计算、HBM 读取、通信和主机开销可以相互重叠。完全重叠时取最大项（下界）；完全不重叠时取总和（上界）。点估计按重叠系数落在两者之间：预填充取 ${DEFAULT_EFFICIENCIES.overlapFraction}，解码取 ${DEFAULT_EFFICIENCIES.decodeOverlapFraction}，因为解码每层的内核很小，几乎无可隐藏。固定内核时间在混合之外另加。页面始终显示该区间，并把最大项标为瓶颈资源。`
			)
		],
		formulas: [
			text(
				'stepS = low + (1 − overlap) × (high − low); low = max(compute, memory, communication, overhead), high = their sum',
				'stepS = low + (1 − overlap) × (high − low)；low = max(compute, memory, communication, overhead)，high = 四者之和'
			)
		],
		examples: [
			{
				id: 'blend-example',
				label: text(
					'Compute 3 ms, HBM 2 ms, communication 1 ms, overhead 1 ms, default overlap',
					'计算 3 ms、HBM 2 ms、通信 1 ms、开销 1 ms，默认重叠系数'
				),
				inputs: text(
					'3 ms + (1 − 0.5) × (7 ms − 3 ms) = {quoted}',
					'3 ms + (1 − 0.5) × (7 ms − 3 ms) = {quoted}'
				),
				quoted: 3e-3 + (1 - 0.5) * (7e-3 - 3e-3),
				tolerance: 1e-12,
				example: () => blend(3e-3, 2e-3, 1e-3, 1e-3, DEFAULT_EFFICIENCIES.overlapFraction),
				format: { kind: 'duration' },
				calls: 'blend (inference/pass.ts)'
			}
		],
		references: [
			src('llm', 'LMSYS_EP'),
			sheet(
				text('calibration.md case 5 (two-batch overlap)', 'calibration.md 案例 5（双批次重叠）')
			)
		],
		code: ['model/inference/pass.ts', 'model/training/step.ts']
	},
	{
		id: 'prefill',
		title: text('Inference: prefill and time to first token', '推理：预填充与首 token 时间'),
		paragraphs: [
			text(
				'Prefill runs the whole prompt in one pass: the same terms as a decode step with every prompt token at once, and attention over all earlier positions, which grows with the square of the prompt; the output head runs on each prompt’s last token only, the one whose logits an engine computes (decode and the verify pass need them at every position). The model picks, over layouts and prompts per pass, the highest prompt tokens/s per chip whose pass meets the time-to-first-token target.',
				'预填充一次处理整个提示：各项与解码步相同，只是所有提示 token 同时计算，注意力覆盖此前全部位置，随提示长度平方增长；输出头只对每个提示的最后一个 token 计算，即推理引擎计算 logits 的那一个（解码与验证需要每个位置的 logits）。模型在各种布局和每轮提示数中，选出单轮满足首 token 时间目标、且单芯片提示 tokens/s 最高的方案。'
			),
			text(
				'Prefill and decode share the chips one of two ways: co-located, each instance prefills the prompts it decodes between decode steps; disaggregated, whole prefill instances beside whole decode instances within the system, with the KV cache moved between them, and the pools serve as many requests per second as the slower of them (on 8 chips a 4-chip decode instance and two 2-chip prefill instances can fall well short of the split in proportion to the work). Either way the throughput per chip of the deployment charges each request its prefill chip-seconds as well as its decode chip-seconds; the operating point takes whichever gives more at the target (see the worked decode step below). Disaggregated, a prompt’s first token also waits for its KV cache to reach the decode pool: every prompt of a pass leaves when the pass ends, from its own attention group’s chips over their links, one prompt after another, so the last of the fullest group arrives after max(prompts, dpAttention) prompts’ caches over the whole instance’s links. A prefill pool’s pass is sized so that it and that transfer meet the target.',
				'预填充与解码以两种方式之一共享芯片：合并部署时，每个实例在解码步之间为自己解码的请求做预填充；分离部署时，系统内是整数个预填充实例与整数个解码实例并列，KV 缓存在两池间传输，两个资源池每秒服务的请求数取决于较慢的一方（在 8 颗芯片上，一个 4 芯片解码实例加两个 2 芯片预填充实例，可能远达不到按工作量比例划分的吞吐）。无论哪种方式，部署的单芯片吞吐都同时计入每个请求的预填充芯片秒和解码芯片秒；工作点取在目标速度下吞吐更高的方式（见下文的解码步算例）。分离部署时，提示的首 token 还要等其 KV 缓存传到解码池：一轮中的每个提示在该轮结束时，从其所属注意力组的芯片经这些芯片的链路依次发出，因此最满的组中最后一个提示要等 max(prompts, dpAttention) 个提示的缓存经整个实例的链路传完。预填充池每轮的提示数按该轮与这次传输合计满足目标来选取。'
			)
		],
		formulas: [
			'prompts × inputTokens × pp ÷ (passS × chips)',
			text(
				'causal pairs per layer = n(n + 1)/2 (window-capped on sliding-window layers)',
				'每层因果对数 = n(n + 1)/2（滑动窗口层以窗口为上限）'
			),
			'outputTokens ÷ (inputTokens ÷ prefillChipTokensPerS + outputTokens ÷ decodeChipTokensPerS)',
			'outputTokens × min(prefillChips × prefillChipTokensPerS ÷ inputTokens, decodeChips × decodeChipTokensPerS ÷ outputTokens) ÷ (prefillChips + decodeChips)',
			text(
				'disaggregated: ttftS = passS + max(prompts, dpAttention) × kvBytesPrompt ÷ (instanceChips × linkBytesPerS) + α',
				'分离部署：ttftS = passS + max(prompts, dpAttention) × kvBytesPrompt ÷ (instanceChips × linkBytesPerS) + α'
			)
		],
		examples: [
			{
				id: 'prefill-attention-llama-70b',
				label: text(
					'Attention FLOPs of an 8,192-token prompt, Llama 3.3 70B',
					'8,192 token 提示的注意力 FLOPs：Llama 3.3 70B'
				),
				inputs: text(
					'2 × 64 heads × 2 × 128 × 80 layers × 8,192 × 8,193 ÷ 2 = {quoted}',
					'2 × 64 个头 × 2 × 128 × 80 层 × 8,192 × 8,193 ÷ 2 = {quoted}'
				),
				quoted: (2 * 64 * 2 * 128 * 80 * 8192 * 8193) / 2,
				tolerance: EXACT,
				example: () => prefillAttentionFlops(llm('llama-3.3-70b'), 8192),
				format: { kind: 'si', unit: 'FLOP' },
				calls: 'prefillAttentionFlops (inference/shape.ts)'
			},
			{
				id: 'deployment-tokens',
				label: text(
					'1,000 in / 1,000 out; prefill 10,000 and decode 1,000 tokens/s per chip',
					'输入 1,000 / 输出 1,000；预填充单芯片 10,000、解码单芯片 1,000 tokens/s'
				),
				inputs: text(
					'1,000 ÷ (1,000 ÷ 10,000 + 1,000 ÷ 1,000) = {quoted}',
					'1,000 ÷ (1,000 ÷ 10,000 + 1,000 ÷ 1,000) = {quoted}'
				),
				quoted: 1000 / (1000 / 10_000 + 1000 / 1000),
				tolerance: EXACT,
				example: () => deploymentTokensPerS(1000, 1000, 10_000, 1000),
				format: { kind: 'number', unit: text('tokens/s per chip', 'tokens/s/芯片') },
				calls: 'deploymentTokensPerS (inference/frontier.ts)'
			}
		],
		references: [src('llm', 'LMSYS_EP'), src('llm', 'MLPERF_CONF'), sheet('models.md §3.1')],
		code: [
			'model/inference/prefill-search.ts',
			'model/inference/shape.ts',
			'model/inference/frontier.ts'
		]
	},
	{
		id: 'frontier',
		title: text('Inference: the frontier sweep', '推理：前沿扫描'),
		paragraphs: [
			text(
				'Serving trades speed per user against throughput per chip. The model tries every layout (instance size, pipeline depth, tensor and expert parallelism, data-parallel attention) and, for each, a grid of batch sizes up to what fits in HBM. It keeps the Pareto frontier: the points no other point beats on both tokens/s per user and tokens/s per chip.',
				'推理服务要在单用户速度与单芯片吞吐之间权衡。模型遍历每种布局（实例规模、流水线深度、张量与专家并行、数据并行注意力），并对每种布局尝试一组直到 HBM 装满为止的批大小，保留帕累托前沿：在单用户 tokens/s 和单芯片 tokens/s 两方面都不被其他点同时超越的点。'
			),
			text(
				'The headline is the point on the frontier with the highest tokens/s per chip among those whose every user gets at least the target speed and whose prefill meets the time-to-first-token target.',
				'标题数值取前沿上、每个用户都不低于目标速度且预填充满足首 token 时间目标的各点中，单芯片 tokens/s 最高的那个点。'
			)
		],
		formulas: [
			text(
				`instance sizes: powers of two up to min(chips, ${MAX_INSTANCE_CHIPS}), plus the whole system`,
				`实例规模：不超过 min(chips, ${MAX_INSTANCE_CHIPS}) 的 2 的幂，外加整个系统`
			),
			text(
				`batches: ${BATCH_GRID_POINTS} log-spaced sizes from 1 to min(capacity, ${MAX_SEQUENCES_PER_CHIP} × chips)`,
				`批大小：从 1 到 min(capacity, ${MAX_SEQUENCES_PER_CHIP} × chips) 按对数间隔取 ${BATCH_GRID_POINTS} 个`
			),
			text(
				'validation rows that publish their load: min(capacity, max(1, ⌊sequences per decode chip as run × chips⌋))',
				'公布了负载的验证行：min(capacity, max(1, ⌊实测每解码芯片序列数 × chips⌋))'
			),
			text(
				'frontier: no other point has both higher tokens/s per user and higher tokens/s per chip',
				'前沿：没有其他点在单用户 tokens/s 与单芯片 tokens/s 上同时更高'
			),
			text(
				'atTarget: max tokens/s per chip with tokens/s per user ≥ target and TTFT ≤ target',
				'atTarget：在单用户 tokens/s ≥ 目标且 TTFT ≤ 目标的点中，单芯片 tokens/s 最大者'
			)
		],
		examples: [
			{
				id: 'layouts-deepseek-72',
				label: text(
					'Layouts tried for DeepSeek-R1 on 72 chips',
					'72 颗芯片上 DeepSeek-R1 尝试的布局数'
				),
				inputs: text(
					'sizes 1, 2, 4, …, 64, 72 × pipeline depths ≤ 4 × attention TP 1, 2, 4, 8 that divide a stage: 1 + 3 + 6 + 9 + 11 + 12 + 12 + 9 = {quoted}',
					'规模 1、2、4、…、64、72 × 不超过 4 的流水线深度 × 能整除一级的注意力 TP 1、2、4、8：1 + 3 + 6 + 9 + 11 + 12 + 12 + 9 = {quoted}'
				),
				quoted: 1 + 3 + 6 + 9 + 11 + 12 + 12 + 9,
				tolerance: EXACT,
				example: () => layoutsFor(llm('deepseek-r1'), 72).length,
				format: { kind: 'number' },
				calls: 'layoutsFor (inference/layouts.ts)'
			}
		],
		references: [
			src('llm', 'LMSYS_EP'),
			src('llm', 'CM384_PAPER'),
			sheet(text('calibration.md, notes for fitting', 'calibration.md，拟合说明'))
		],
		code: [
			'model/inference/layouts.ts',
			'model/inference/sweep.ts',
			'model/inference/frontier.ts',
			'model/inference/evaluate-inference.ts'
		]
	}
];
