import { costPerChipHourUsd, illustrativeCostBasis, usdPerMillionTokens } from '../../model/cost';
import { DEFAULT_PUE, joulesPerToken, tokensPerSPerFacilityMW } from '../../model/energy';
import { DEFAULT_CHECKPOINT } from '../../model/reliability/estimate';
import { DEFAULT_FAILURE_RATES, META_LLAMA3_RUN } from '../../model/reliability/rates';
import { goodputFraction, youngDalyIntervalS } from '../../model/reliability/checkpoint';
import { pipelineBubbleFraction, ringAllReduceS } from '../../model/collectives';
import { DEFAULT_TRAINING_EFFICIENCIES } from '../../model/training/efficiencies';
import { elementwiseBytesPerToken } from '../../model/training/elementwise';
import { trainingFlopsPerToken } from '../../model/training/flops';

import { EXACT, llm, ROUNDED, sheet, src, system, text } from './helpers';
import type { MethodSection } from './types';

/** Meta's run: MTBI of the whole 16,384-GPU job, seconds (1,296 h × 3,600 ÷ 419). */
const META_MTBI_S = (META_LLAMA3_RUN.hours * 3600) / META_LLAMA3_RUN.unexpectedInterruptions;
/** Stated input for the energy and cost examples: a round throughput, not a result. */
const EXAMPLE_TOKENS_PER_S_PER_CHIP = 1000;

function gb200JoulesPerToken(): number {
	const allInW = system('gb200-nvl72').allInPowerPerChipW;
	return joulesPerToken(EXAMPLE_TOKENS_PER_S_PER_CHIP, allInW).value;
}

function gb200ChipHourUsd(): number {
	const basis = illustrativeCostBasis('gb200-nvl72');
	if (!basis) throw new Error('invalid cost basis: gb200-nvl72 has no illustrative price');
	return costPerChipHourUsd(basis, system('gb200-nvl72').allInPowerPerChipW).value;
}

/** The operations sections of /method: training, reliability, energy and cost. */
export const OPERATIONS_SECTIONS: readonly MethodSection[] = [
	{
		id: 'training',
		title: text('Training: step time and time to train', '训练：步时间与训练总时长'),
		paragraphs: [
			text(
				'A training token costs 6 FLOPs per active parameter (2 forward, 4 backward) plus attention scores, which grow with sequence length. Full activation recompute adds another forward pass. The compute time is the FLOPs over the chips at the achieved fraction of dense peak, or the time to stream weights and gradients through HBM if that is longer.',
				'每个训练 token 的成本为每个激活参数 6 FLOPs（前向 2、反向 4），再加上随序列长度增长的注意力分数计算。完全激活重计算再加一次前向。计算时间等于 FLOPs 除以芯片数与稠密峰值实际达成比例之积；若经 HBM 流式读取权重和梯度的时间更长，则取后者。'
			),
			text(
				'Between the GEMMs run memory-bound kernels that the FLOP count leaves out: two norms and two residual adds per layer, the SwiGLU activation, and in MoE layers the permute that copies each token once per chosen expert before dispatch and the unpermute that sums them back after combine. They stream their activations (BF16, also in FP8 training) through HBM: forward, backward at 1.5× the forward’s bytes, and the forward again under full recompute. Their time adds to the GEMMs’ and does not shrink with FP8, which is why an MoE layer, with k copies of every token, gains less from FP8 than its FLOPs suggest. The count is a lower bound (RoPE, casts and the router are left out).',
				'GEMM 之间还有 FLOP 计数未包含的访存受限内核：每层两次归一化与两次残差相加、SwiGLU 激活，以及 MoE 层中在 dispatch 前把每个 token 按所选专家复制一份的 permute、在 combine 后把它们加回的 unpermute。它们经 HBM 读写激活值（BF16，FP8 训练中也是如此）：前向一次，反向为前向字节数的 1.5 倍，完全重计算时再加一次前向。这部分时间加在 GEMM 之后，不随 FP8 缩短；因此每个 token 有 k 份副本的 MoE 层，从 FP8 得到的加速小于其 FLOPs 所示。该计数是下界（未计 RoPE、类型转换和路由器）。'
			),
			text(
				'A pipeline of p stages with m microbatches and v interleaved chunks sits idle (p − 1)/(v·m + p − 1) of the time. Tensor, context, pipeline, expert and data parallelism each add traffic, in alpha-beta form on scale-up or scale-out depending on where the group’s ranks sit; data-parallel gradients reduce hierarchically. Compute and communication overlap by the overlap fraction, as for inference.',
				'p 级流水线、m 个微批次、v 个交错块时，空闲占比为 (p − 1)/(v·m + p − 1)。张量、上下文、流水线、专家和数据并行各自带来通信，按 α-β 形式计入纵向扩展或横向扩展网络，取决于该组 rank 所在位置；数据并行梯度分层规约。计算与通信按重叠系数重叠，与推理相同。'
			),
			text(
				'The model searches for the layout with the shortest step that fits in HBM: TP in powers of two inside one scale-up domain that divide the query heads, context parallelism down to 4,096-token chunks, pipeline stages up to the layer count, expert parallelism that divides the routed experts and the TP × CP × DP ranks, interleaving and FSDP. A layout the reader pins is timed as given only if a framework could build it by the same rules and it fits in HBM; otherwise the model says why and gives no time.',
				'模型在能装进 HBM 的布局中搜索步时最短者：TP 取纵向扩展域内能整除查询头数的 2 的幂，上下文并行的分块不少于 4,096 个 token，流水线级数不超过层数，专家并行须能整除路由专家数以及 TP × CP × DP 的 rank 数，另含交错与 FSDP。读者固定的布局只有在框架按同样规则能够构建、且装得进 HBM 时，才按给定方式计时；否则模型说明原因，不给出时间。'
			)
		],
		formulas: [
			'modelFlopsPerToken = 6 × activeParams + 3 × Σ_layers 2 × queryHeads × (d_qk + d_v) × attendedTokens',
			text(
				'attendedTokens = seq/2 (causal), min(window, seq/2) on sliding-window layers',
				'attendedTokens = seq/2（因果），滑动窗口层为 min(window, seq/2)'
			),
			'computeS = max(flopsS, hbmS) + tokens × elementwiseBytesPerToken ÷ (chips × hbmBytesPerS × hbmBwFraction)',
			text(
				'hbmS = microbatches × paramsPerChip × (3 × bytesPerWeight + 2 × 2 B gradients, read and written at BF16 as held) ÷ (hbmBytesPerS × hbmBwFraction)',
				'hbmS = microbatches × paramsPerChip × (3 × bytesPerWeight + 2 × 2 B 梯度，按所存的 BF16 读写) ÷ (hbmBytesPerS × hbmBwFraction)'
			),
			text(
				'paramsPerChip = denseParams ÷ (tp × pp) + expertParams ÷ (pp × ep), before any data-parallel sharding',
				'paramsPerChip = denseParams ÷ (tp × pp) + expertParams ÷ (pp × ep)，未计数据并行切分'
			),
			'elementwiseBytesPerToken = [layers × 10d + (alwaysReadParams − attentionParams) ÷ d + (routedActiveParams ÷ d + moeLayers × (3k + 1) × d) × expertLoad] × (1 + 1.5 + recompute) × 2 B',
			text(
				'bubble fraction = (p − 1) ÷ (v·m + p − 1); bubbleS = computeS × (pp − 1) ÷ (virtualStages × microbatches)',
				'气泡比例 = (p − 1) ÷ (v·m + p − 1)；bubbleS = computeS × (pp − 1) ÷ (virtualStages × microbatches)'
			),
			text(
				'ring all-reduce = 2(n − 1)/n × bytes ÷ bw + 2(n − 1) × α',
				'环形 all-reduce = 2(n − 1)/n × bytes ÷ bw + 2(n − 1) × α'
			),
			'max(computePathS, scaleUpS, scaleOutS) + (1 − overlap) × (sum − max)',
			'MFU = modelFlopsPerToken × tokensPerS ÷ (chips × densePeakFlopsPerS); timeToTrain = tokensToTrain ÷ tokensPerS'
		],
		examples: [
			{
				id: 'flops-llama-405b-8k',
				label: text(
					'FLOPs per trained token, Llama 3.1 405B at 8,192 tokens',
					'每个训练 token 的 FLOPs：Llama 3.1 405B，序列 8,192'
				),
				inputs: text(
					'6 × 403.75 B + 6 × 126 layers × 128 heads × (128 + 128) × 4,096 = {quoted}',
					'6 × 403.75 B + 6 × 126 层 × 128 个头 × (128 + 128) × 4,096 = {quoted}'
				),
				quoted: 6 * 403.75e9 + 6 * 126 * 128 * (128 + 128) * 4096,
				tolerance: EXACT,
				example: () => trainingFlopsPerToken(llm('llama-3.1-405b'), 8192),
				format: { kind: 'si', unit: 'FLOP' },
				calls: 'trainingFlopsPerToken (training/flops.ts)'
			},
			{
				id: 'elementwise-llama-405b',
				label: text(
					'Memory-bound kernel bytes per trained token, Llama 3.1 405B',
					'每个训练 token 的访存受限内核字节数：Llama 3.1 405B'
				),
				inputs: text(
					'[126 × 10 × 16,384 + (403.75 B − 126 × 16,384 × 128 × 272) ÷ 16,384] × 2.5 × 2 B = {quoted}',
					'[126 × 10 × 16,384 + (403.75 B − 126 × 16,384 × 128 × 272) ÷ 16,384] × 2.5 × 2 B = {quoted}'
				),
				quoted: (126 * 10 * 16384 + (403.75e9 - 126 * 16384 * 128 * 272) / 16384) * 2.5 * 2,
				tolerance: EXACT,
				example: () => elementwiseBytesPerToken(llm('llama-3.1-405b'), false, 1),
				format: { kind: 'si', unit: 'B' },
				calls: 'elementwiseBytesPerToken (training/elementwise.ts)'
			},
			{
				id: 'bubble-8-64',
				label: text('Pipeline bubble, 8 stages, 64 microbatches', '流水线气泡：8 级、64 个微批次'),
				inputs: text('(8 − 1) ÷ (64 + 8 − 1) = {quoted}', '(8 − 1) ÷ (64 + 8 − 1) = {quoted}'),
				quoted: 7 / 71,
				tolerance: EXACT,
				example: () => pipelineBubbleFraction(8, 64),
				format: { kind: 'percent' },
				calls: 'pipelineBubbleFraction (collectives.ts)'
			},
			{
				id: 'bubble-8-64-v8',
				label: text('The same with 8 interleaved chunks per stage', '同上，每级 8 个交错块'),
				inputs: text(
					'(8 − 1) ÷ (8 × 64 + 8 − 1) = {quoted}',
					'(8 − 1) ÷ (8 × 64 + 8 − 1) = {quoted}'
				),
				quoted: 7 / 519,
				tolerance: EXACT,
				example: () => pipelineBubbleFraction(8, 64, 8),
				format: { kind: 'percent' },
				calls: 'pipelineBubbleFraction (collectives.ts)'
			},
			{
				id: 'ring-1gb-h100',
				label: text(
					'Ring all-reduce of 1 GB over 8 H100s (NVLink)',
					'8 颗 H100 上 1 GB 的环形 all-reduce（NVLink）'
				),
				inputs: text(
					'2 × 7/8 × 1 GB ÷ (450 GB/s × 0.8) + 2 × 7 × 2.5 µs = {quoted}',
					'2 × 7/8 × 1 GB ÷ (450 GB/s × 0.8) + 2 × 7 × 2.5 µs = {quoted}'
				),
				quoted: ((2 * 7) / 8) * (1e9 / (450e9 * 0.8)) + 2 * 7 * 2.5e-6,
				tolerance: EXACT,
				example: () =>
					ringAllReduceS(1e9, 8, {
						bytesPerS:
							system('hgx-h100').scaleUpBytesPerS *
							DEFAULT_TRAINING_EFFICIENCIES.collectiveBwFraction,
						alphaS: DEFAULT_TRAINING_EFFICIENCIES.scaleUpAlphaS
					}),
				format: { kind: 'duration' },
				calls: 'ringAllReduceS (collectives.ts)'
			}
		],
		references: [
			src('training', 'MBRIDGE_PERF'),
			src('training', 'MCORE_MOE'),
			src('llm', 'C5'),
			src('llm', 'NCCL_212'),
			sheet(text('calibration.md cases 17, 21, 23', 'calibration.md 案例 17、21、23'))
		],
		code: [
			'model/training/flops.ts',
			'model/training/elementwise.ts',
			'model/training/step.ts',
			'model/collectives.ts',
			'model/training/layout.ts',
			'model/training/estimate.ts'
		]
	},
	{
		id: 'reliability',
		title: text(
			'Reliability: interruptions, checkpoints and goodput',
			'可靠性：中断、检查点与有效训练时间占比'
		),
		paragraphs: [
			text(
				'Failure rates per component come from the one public base rate: Meta’s Llama 3 405B pre-training run, 419 unexpected interruptions in 54 days on 16,384 H100s, split by cause. Where no public figure exists (switch chips, optics, copper links) the rate is a labelled assumption. A system’s interruption rate is the sum over its parts of count × rate × the share of failures that stop the job.',
				'各部件的故障率来自唯一公开的基准：Meta 的 Llama 3 405B 预训练，在 16,384 颗 H100 上 54 天内发生 419 次意外中断，并按原因拆分。没有公开数据的部件（交换芯片、光模块、铜缆）使用标注为假设的故障率。系统中断率等于各部件“数量 × 故障率 × 会中止作业的故障占比”之和。'
			),
			text(
				'A synchronous job checkpoints every τ seconds. The Young/Daly interval τ = √(2·C·MTBI) balances time spent writing checkpoints against work lost at each interruption, and goodput is the fraction of wall time that advances training.',
				'同步训练作业每 τ 秒写一次检查点。Young/Daly 间隔 τ = √(2·C·MTBI) 在写检查点的耗时与每次中断损失的工作之间取得平衡；有效训练时间占比（goodput）是推进训练的时间占墙钟时间的比例。'
			)
		],
		formulas: [
			'interruptionsPerHour = systems × (accelerator + hbmStack + switchChip + opticalTransceiver + copperLink + hostCpu + other)',
			'part = count × ratePerHour × interruptingFraction',
			'mtbiS = 3,600 ÷ interruptionsPerHour',
			'√(2 × checkpointWriteS × mtbiS)',
			'clamp(1 − (checkpointWriteS/intervalS + (intervalS/2 + restartS)/mtbiS), 0, 1)',
			'timeToTrainS ÷ goodput'
		],
		examples: [
			{
				id: 'meta-mtbi',
				label: text('MTBI of Meta’s 16,384-GPU run', 'Meta 16,384 GPU 训练的平均中断间隔'),
				inputs: text(
					'54 days × 24 h ÷ 419 interruptions = {quoted}',
					'54 天 × 24 h ÷ 419 次中断 = {quoted}'
				),
				quoted: (54 * 24 * 3600) / 419,
				tolerance: EXACT,
				example: () => META_MTBI_S,
				format: { kind: 'duration' },
				calls: 'META_LLAMA3_RUN (reliability/rates.ts)'
			},
			{
				id: 'accelerator-rate',
				label: text('Default accelerator failure rate', '默认加速器故障率'),
				inputs: text(
					'148 ÷ ((16,384 + 8,192) × 1,296 h) + (19 + 17) ÷ (16,384 × 1,296 h) = {quoted}',
					'148 ÷ ((16,384 + 8,192) × 1,296 h) + (19 + 17) ÷ (16,384 × 1,296 h) = {quoted}'
				),
				quoted: 148 / ((16_384 + 8_192) * 1296) + (19 + 17) / (16_384 * 1296),
				tolerance: EXACT,
				example: () => DEFAULT_FAILURE_RATES.acceleratorPerHour,
				format: {
					kind: 'number',
					scale: 1e6,
					unit: text('per million chip-hours', '每百万芯片小时')
				},
				calls: 'DEFAULT_FAILURE_RATES (reliability/rates.ts)'
			},
			{
				id: 'young-daly-meta',
				label: text(
					'Young/Daly interval at that MTBI, 10 s checkpoint write',
					'该 MTBI 下的 Young/Daly 间隔，检查点写入 10 s'
				),
				inputs: text('√(2 × 10 s × 11,135 s) = {quoted}', '√(2 × 10 s × 11,135 s) = {quoted}'),
				quoted: 472,
				tolerance: ROUNDED,
				example: () => youngDalyIntervalS(DEFAULT_CHECKPOINT.checkpointWriteS, META_MTBI_S),
				format: { kind: 'duration' },
				calls: 'youngDalyIntervalS (reliability/checkpoint.ts)'
			},
			{
				id: 'goodput-meta',
				label: text(
					'Goodput at that interval, 600 s restart',
					'该间隔下的有效训练时间占比，重启 600 s'
				),
				inputs: text(
					'1 − (10/472 + (472/2 + 600)/11,135) = {quoted}',
					'1 − (10/472 + (472/2 + 600)/11,135) = {quoted}'
				),
				quoted: 0.904,
				tolerance: ROUNDED,
				example: () => {
					const { checkpointWriteS, restartS } = DEFAULT_CHECKPOINT;
					const tau = youngDalyIntervalS(checkpointWriteS, META_MTBI_S);
					return goodputFraction(checkpointWriteS, tau, restartS, META_MTBI_S);
				},
				format: { kind: 'percent' },
				calls: 'goodputFraction (reliability/checkpoint.ts)'
			}
		],
		references: [
			src('reliability', 'S95'),
			src('reliability', 'S99'),
			src('reliability', 'S50'),
			src('reliability', 'S97'),
			sheet('specs.md §11.4')
		],
		code: [
			'model/reliability/rates.ts',
			'model/reliability/inventory.ts',
			'model/reliability/checkpoint.ts',
			'model/reliability/estimate.ts'
		]
	},
	{
		id: 'energy',
		title: text('Energy: joules per token and PUE', '能耗：每 token 焦耳数与 PUE'),
		paragraphs: [
			text(
				'Chips are taken to draw their all-in power whenever they serve or train, so energy per token is all-in watts per chip over tokens/s per chip: an upper bound, since decode and idle draw less. Facility power multiplies by PUE, a labelled assumption because no cited source gives one.',
				'假设芯片在推理或训练时始终以全口径功耗运行，因此每 token 能耗 = 单芯片全口径瓦数 ÷ 单芯片 tokens/s：这是上界，因为解码和空闲时功耗更低。设施功耗再乘以 PUE；由于没有可引用的来源，PUE 标注为假设。'
			)
		],
		formulas: [
			text(
				'allInPowerPerChipW ÷ tokensPerSPerChip, at the operating point each phase’s own rate: allInPowerPerChipW ÷ decodeChipTokensPerS per output token, allInPowerPerChipW ÷ prefillChipTokensPerS per input token',
				'allInPowerPerChipW ÷ tokensPerSPerChip，在工作点上取各阶段自身的速率：每个输出 token 为 allInPowerPerChipW ÷ decodeChipTokensPerS，每个输入 token 为 allInPowerPerChipW ÷ prefillChipTokensPerS'
			),
			'wattsPerMW ÷ (pue × jPerToken)',
			'chips × allInPowerPerChipW × pue × wallTimeS (wallTimeS = timeToTrainS ÷ goodput)'
		],
		examples: [
			{
				id: 'j-per-token-gb200',
				label: text(
					'GB200 NVL72 at a stated 1,000 tokens/s per chip',
					'GB200 NVL72，设定单芯片 1,000 tokens/s'
				),
				inputs: text(
					'(145 kW ÷ 72) ÷ 1,000 tokens/s = {quoted}',
					'(145 kW ÷ 72) ÷ 1,000 tokens/s = {quoted}'
				),
				quoted: 145_000 / 72 / 1000,
				tolerance: ROUNDED,
				example: () => gb200JoulesPerToken(),
				format: { kind: 'si', unit: 'J' },
				calls: 'joulesPerToken (energy.ts)'
			},
			{
				id: 'tokens-per-mw',
				label: text(
					'Tokens/s one facility megawatt sustains there',
					'每兆瓦设施功率可支撑的 tokens/s'
				),
				inputs: text('1e6 W ÷ (1.2 × 2.014 J) = {quoted}', '1e6 W ÷ (1.2 × 2.014 J) = {quoted}'),
				quoted: 1e6 / (1.2 * 2.014),
				tolerance: ROUNDED,
				example: () => tokensPerSPerFacilityMW(gb200JoulesPerToken(), DEFAULT_PUE.value).value,
				format: { kind: 'number', unit: text('tokens/s per MW', 'tokens/s 每兆瓦') },
				calls: 'tokensPerSPerFacilityMW (energy.ts)'
			}
		],
		references: [
			src('specs', 'S38'),
			src('specs', 'S39'),
			src('specs', 'S8'),
			sheet(text('calibration.md case 27', 'calibration.md 案例 27'))
		],
		code: ['model/energy.ts']
	},
	{
		id: 'cost',
		title: text('Cost: per chip-hour and per million tokens', '成本：每芯片小时与每百万 token'),
		paragraphs: [
			text(
				'Cost is whatever price the reader enters: a rental price per chip-hour, or ownership as straight-line capex plus facility power. The defaults are illustrative placeholders, not quotes: press figures for rack prices, a four-year life and a round electricity price.',
				'成本取决于读者输入的价格：每芯片小时的租用价，或按直线折旧的购置成本加设施电费。默认值只是示意性占位数，不是报价：机柜价格取自媒体报道，使用寿命四年，电价取整值。'
			)
		],
		formulas: [
			'capexPerChipUsd ÷ (amortisationYears × 8,766) + allInPowerPerChipW × pue ÷ 1,000 × powerPriceUsdPerKWh',
			text(
				'costPerChipHourUsd ÷ (tokensPerSPerChip × 3,600) × 1e6, with decodeChipTokensPerS per output token and prefillChipTokensPerS per input token',
				'costPerChipHourUsd ÷ (tokensPerSPerChip × 3,600) × 1e6，输出 token 取 decodeChipTokensPerS，输入 token 取 prefillChipTokensPerS'
			),
			'paidChipHours × costPerChipHourUsd'
		],
		examples: [
			{
				id: 'gb200-chip-hour',
				label: text(
					'GB200 NVL72, illustrative ownership cost per chip-hour',
					'GB200 NVL72 示意性持有成本（每芯片小时）'
				),
				inputs: text(
					'$2.5M ÷ 72 ÷ (4 × 8,766 h) + 2,014 W × 1.2 ÷ 1,000 × $0.08 = {quoted}',
					'$2.5M ÷ 72 ÷ (4 × 8,766 h) + 2,014 W × 1.2 ÷ 1,000 × $0.08 = {quoted}'
				),
				quoted: 2.5e6 / 72 / (4 * 8766) + (2014 * 1.2 * 0.08) / 1000,
				tolerance: ROUNDED,
				example: gb200ChipHourUsd,
				format: { kind: 'usd' },
				calls: 'costPerChipHourUsd, illustrativeCostBasis (cost.ts)'
			},
			{
				id: 'usd-per-mtok',
				label: text(
					'Per million tokens at a stated 1,000 tokens/s per chip',
					'设定单芯片 1,000 tokens/s 时每百万 token 成本'
				),
				inputs: text(
					'$1.1836 ÷ (1,000 × 3,600) × 1e6 = {quoted}',
					'$1.1836 ÷ (1,000 × 3,600) × 1e6 = {quoted}'
				),
				quoted: (1.1836 / (1000 * 3600)) * 1e6,
				tolerance: ROUNDED,
				example: () => usdPerMillionTokens(gb200ChipHourUsd(), EXAMPLE_TOKENS_PER_S_PER_CHIP).value,
				format: { kind: 'usd' },
				calls: 'usdPerMillionTokens (cost.ts)'
			}
		],
		references: [src('specs', 'S3'), src('reliability', 'S5'), sheet('specs.md §1.2, §5.2')],
		code: ['model/cost.ts']
	}
];
