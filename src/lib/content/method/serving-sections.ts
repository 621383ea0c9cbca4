import type { LlmSourceId } from '../../catalog/llm-sources';
import { DEFAULT_EFFICIENCIES } from '../../model/inference/efficiencies';
import {
	collectiveAlphaS,
	LATENCY_FIT,
	MATMUL_KERNEL_FIXED_S,
	MATMUL_KERNELS_PER_LAYER,
	SERVING_LATENCY
} from '../../model/inference/latency';
import { DEFAULT_SERVING } from '../../model/inference/serving';
import { chainDraftedTokens } from '../../model/inference/draft-chain';
import type { LocalText } from '../validation';
import { llm, ROUNDED, sheet, src, text } from './helpers';
import { decodeStepView, defaultServingResult, latencyFitView } from './serving';
import { softwareDate, softwareRounds } from './software';
import {
	SOFTWARE_FRACTION_PRIOR,
	SOFTWARE_FRACTIONS
} from '../../model/inference/software-fractions';
import {
	FITTED_SOFTWARE_FRACTIONS,
	SOFTWARE_FRACTION_OF
} from '../../model/inference/software-values';
import type { MethodSection } from './types';
import { servingLayoutText } from '../../format/serving-layout';

/**
 * The /method sections on the serving model's fixed costs and assumptions (issue 12): the α(G)
 * fit, every serving assumption, one decode step of the default scenario, and what software
 * changes. Their prose quotes the model's current numbers (rounded, formatted here), so it cannot
 * drift from latency.ts; each worked example recomputes a rounded hand value against the model.
 */

/** A number as the prose writes it: at most `digits` decimals, thousands separated. */
const fmt = (x: number, digits: number) =>
	x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
/** The value the prose shows, as a number, for the hand calculation. */
const rounded = (x: number, digits: number) => Number(x.toFixed(digits));
const US = 1e-6;
const MS = 1e-3;
const us = (s: number) => fmt(s / US, 2);
const ms = (s: number) => fmt(s / MS, 2);

/** The calibration point the worked residual example recomputes by hand. */
const RESIDUAL_POINT = 'DeepEP dispatch EP8, H800 (FP8)';

function latencyFitSection(): MethodSection {
	const fit = latencyFitView();
	const a = fit.interceptS;
	const b = fit.usedPerDoublingS;
	const out = fit.curves.find((c) => c.fabric === 'scale-out')!.interceptS;
	const point = LATENCY_FIT.points.find((p) => p.label === RESIDUAL_POINT);
	if (!point) throw new Error(`latency fit has no point “${RESIDUAL_POINT}”`);
	const aR = rounded(a / US, 2);
	const bR = rounded(b / US, 2);
	const rateR = rounded(point.bytesPerS / 1e9, 1);
	const x = Math.log2(point.group);
	return {
		id: 'latency-fit',
		title: text('Inference: collective latency α(G), fitted', '推理：集合通信时延 α(G) 的拟合'),
		paragraphs: [
			text(
				`Every collective pays a fixed time that grows with the number of chips in it: α(G) = a + b·log2(G). The intercept a is each fabric’s latency default (scale-up ${us(a)} µs, from the NCCL all-reduce curves of cases 21–22; scale-out ${us(out)} µs). The slope b is fitted by least squares to ${fit.points.length} small-message collectives (NCCL all-reduce of 1 MB; DeepEP and CloudMatrix dispatch and combine, case 24), each minus the time its bytes take at 0.8 of line rate: b = ${us(b)} µs per doubling of the group.`,
				`每次集合通信都有一段随参与芯片数增长的固定耗时：α(G) = a + b·log2(G)。截距 a 取各互连的时延默认值（纵向扩展 ${us(a)} µs，来自案例 21–22 的 NCCL all-reduce 曲线；横向扩展 ${us(out)} µs）。斜率 b 由 ${fit.points.length} 个小消息集合通信（1 MB 的 NCCL all-reduce；案例 24 中 DeepEP 与 CloudMatrix 的 dispatch 和 combine）按最小二乘拟合，每个点先减去其字节数按线速 0.8 传输所需的时间：b = 每倍增一次组规模 ${us(b)} µs。`
			),
			text(
				`The residuals are large: ${us(fit.rmsResidualS)} µs root mean square, ${us(fit.maxAbsResidualS)} µs at most. Ascend’s dispatch sits above the line and NCCL below it; one slope for every fabric is the simplest fit these points allow, and the table shows how far each point lies from it.`,
				`残差较大：均方根 ${us(fit.rmsResidualS)} µs，最大 ${us(fit.maxAbsResidualS)} µs。昇腾的 dispatch 位于拟合线之上，NCCL 位于其下；对所有互连只用一个斜率，是这些数据点所能支持的最简单拟合，表中列出了每个点与它的偏差。`
			)
		],
		formulas: [
			text(
				'α(G) = interceptS + perDoublingS · log2(G); 0 for G ≤ 1',
				'α(G) = interceptS + perDoublingS · log2(G)；G ≤ 1 时为 0'
			),
			'α_i = measuredS − bytesPerChip ÷ bytesPerS',
			'perDoublingS = Σ x_i (α_i − interceptS) ÷ Σ x_i², x_i = log2(G_i)',
			'residual_i = α_i − α(G_i)'
		],
		examples: [
			{
				id: 'alpha-ep72-nvl72',
				label: text(
					'α of one EP72 dispatch inside GB200 NVL72 (scale-up)',
					'GB200 NVL72 域内一次 EP72 dispatch 的 α（纵向扩展）'
				),
				inputs: text(
					`${fmt(aR, 2)} µs + ${fmt(bR, 2)} µs × log2(72) = {quoted}`,
					`${fmt(aR, 2)} µs + ${fmt(bR, 2)} µs × log2(72) = {quoted}`
				),
				quoted: (aR + bR * Math.log2(72)) * US,
				tolerance: ROUNDED,
				example: () =>
					collectiveAlphaS(DEFAULT_EFFICIENCIES.scaleUpLatencyS, SERVING_LATENCY.perDoublingS, 72),
				format: { kind: 'duration' },
				calls: 'collectiveAlphaS (inference/latency.ts)'
			},
			{
				id: 'residual-deepep-dispatch-ep8',
				label: text(
					'Residual of DeepEP’s EP8 dispatch on H800 (case 24)',
					'H800 上 DeepEP EP8 dispatch 的残差（案例 24）'
				),
				inputs: text(
					`${fmt(point.measuredS / US, 2)} µs − ${fmt(point.bytesPerChip, 0)} B ÷ ${fmt(rateR, 1)} GB/s − (${fmt(aR, 2)} µs + ${fmt(bR, 2)} µs × ${fmt(x, 3)}) = {quoted}`,
					`${fmt(point.measuredS / US, 2)} µs − ${fmt(point.bytesPerChip, 0)} B ÷ ${fmt(rateR, 1)} GB/s − (${fmt(aR, 2)} µs + ${fmt(bR, 2)} µs × ${fmt(x, 3)}) = {quoted}`
				),
				quoted: point.measuredS - point.bytesPerChip / (rateR * 1e9) - (aR + bR * x) * US,
				tolerance: ROUNDED,
				example: () => LATENCY_FIT.points.find((p) => p.label === RESIDUAL_POINT)!.residualS,
				format: { kind: 'duration' },
				calls: 'fitLatency (inference/latency.ts)'
			}
		],
		references: [
			src('llm', 'AZ_BENCH'),
			src('llm', 'AZ_BENCH_7'),
			src('llm', 'DEEPEP'),
			src('llm', 'CM384_PAPER'),
			src('llm', 'SGL_KERNEL_NPU'),
			sheet(text('calibration.md cases 21, 22, 24', 'calibration.md 案例 21、22、24'))
		],
		code: ['model/inference/latency.ts', 'model/inference/stage.ts']
	};
}

function assumptionsSection(): MethodSection {
	const ratio = SERVING_LATENCY.tpotTailRatio;
	const ttftRatio = SERVING_LATENCY.ttftTailRatio;
	const p = SERVING_LATENCY.draftAcceptance;
	const accepted = DEFAULT_SERVING.acceptedTokensPerStep;
	const drafted = chainDraftedTokens(accepted, p);
	const deepseek = llm('deepseek-r1');
	const kernelUs = rounded(MATMUL_KERNEL_FIXED_S / US, 2);
	return {
		id: 'serving-assumptions',
		title: text('Inference: every serving assumption', '推理：全部推理服务假设'),
		paragraphs: [
			text(
				'Besides the achieved fractions, the serving model charges fixed kernel time per layer, the α(G) slope of every collective, a floor on the rows of each expert GEMM, the cost of speculative decoding, and the gap between the tail latency benchmarks bound and the mean step the model computes. The table gives each with its value, unit, nature, calibration cases and sources with their dates; all are global, none is tuned per system.',
				'除实际达成比例外，推理服务模型还计入：每层固定的内核时间、每次集合通信的 α(G) 斜率、每个专家 GEMM 的最少行数、投机解码的开销，以及基准测试所约束的尾时延与模型所算平均步长之间的差距。下表列出每项的数值、单位、性质、校准案例与带日期的来源；它们全部是全局设定，不针对任何系统调参。'
			),
			text(
				`Benchmarks bound the 99th percentile; the model computes a mean. With p99 ÷ mean = ${fmt(ratio, 2)} for the time per output token, a target of ${fmt(DEFAULT_SERVING.targetUserTokensPerS, 0)} tokens/s per user is met by a mean of ${fmt(DEFAULT_SERVING.targetUserTokensPerS * ratio, 1)}; the time to first token uses ${fmt(ttftRatio, 2)}.`,
				`基准测试约束的是第 99 百分位，模型算的是平均值。每输出 token 时间的 p99 ÷ 平均值 = ${fmt(ratio, 2)}，因此单用户 ${fmt(DEFAULT_SERVING.targetUserTokensPerS, 0)} tokens/s 的目标需要平均 ${fmt(DEFAULT_SERVING.targetUserTokensPerS * ratio, 1)}；首 token 时间取 ${fmt(ttftRatio, 2)}。`
			),
			text(
				`Speculative decoding and MTP are not free: accepting a tokens per step at acceptance p = ${fmt(p, 2)} takes the chain of n drafts that accepts 1 + p + … + pⁿ = a tokens, n = ln(1 − a(1 − p)) ÷ ln p − 1, each a one-token pass through ${SERVING_LATENCY.draftLayers} of the model’s layers and then a read of the output head, which the draft shares and reads split over ${SERVING_LATENCY.draftHeadChips} chips, and the verify pass runs 1 + n tokens per sequence. While drafting, each instance also holds the draft layers, as layers of the model, and their own KV cache, and prefill runs them over every prompt too (their cache and the first draft come from it), so a prefill pass takes (layers + draftLayers) ÷ layers as long. The default a = ${fmt(accepted, 2)} drafts ${fmt(drafted, 2)} token per step; no chain reaches 1 ÷ (1 − p) = ${fmt(1 / (1 - p), 2)} tokens.`,
				`投机解码与 MTP 并非免费：在接受率 p = ${fmt(p, 2)} 下，每步接受 a 个 token 需要一条起草 n 个 token 的链，使 1 + p + … + pⁿ = a，即 n = ln(1 − a(1 − p)) ÷ ln p − 1，每个都要单 token 经过模型的 ${SERVING_LATENCY.draftLayers} 层，再读取一次草稿所共享的输出头（切分到 ${SERVING_LATENCY.draftHeadChips} 个芯片上读取），验证时每条序列处理 1 + n 个 token。起草期间，每个实例还按模型的层存放草稿层及其自身的 KV 缓存；预填充也让草稿层处理每个提示词（其缓存与首个草稿由此而来），因此一次预填充耗时为原来的 (layers + draftLayers) ÷ layers 倍。默认 a = ${fmt(accepted, 2)}，每步起草 ${fmt(drafted, 2)} 个 token；没有任何链能达到 1 ÷ (1 − p) = ${fmt(1 / (1 - p), 2)} 个 token。`
			),
			text(
				'Attention runs at the width of the KV cache it reads, never below FP8. A chip that publishes a narrower format but nothing at that width or wider (Vera Rubin, Kyber, MI455X in Helios, Atlas 950, 960 and 350 publish FP8 and FP4, no BF16) is assumed to run it at half the rate per doubling of width, as H100, B200, MI355X and TPU7x do (BF16 = FP8 ÷ 2). Not every chip does: Trainium3 runs BF16 at about a quarter of its FP8 rate (the assumption is then high), TPU v5p FP8 at its BF16 rate. The result says so beside the estimate. Matrix work and training at a precision the reader picks are never assumed: without a figure at that precision or wider, the page names the missing figure for the reader to enter.',
				'注意力计算按其读取的 KV 缓存的位宽进行，且不低于 FP8。若芯片公布了较窄格式、却没有公布该位宽或更宽格式的算力（Vera Rubin、Kyber、Helios 中的 MI455X、昇腾 Atlas 950、960 与 350 公布了 FP8 与 FP4，没有 BF16），则假设位宽每翻一倍算力减半，与 H100、B200、MI355X 和 TPU7x 相同（BF16 = FP8 ÷ 2）。并非所有芯片如此：Trainium3 的 BF16 约为其 FP8 的四分之一（此时假设偏高），TPU v5p 的 FP8 与其 BF16 算力相同。结果旁会注明这一点。读者选定精度的矩阵运算与训练从不做此假设：若该精度及更宽格式均无数据，页面会指明缺少的数值，供读者填写。'
			)
		],
		formulas: [
			'meanUserTokensPerS = targetUserTokensPerS × tpotTailRatio',
			'meanTtftS = targetTtftS ÷ ttftTailRatio',
			text(
				'drafted = ln(1 − acceptedTokensPerStep × (1 − draftAcceptance)) ÷ ln(draftAcceptance) − 1 (acceptedTokensPerStep − 1 when draftAcceptance = 1); verified = 1 + drafted',
				'drafted = ln(1 − acceptedTokensPerStep × (1 − draftAcceptance)) ÷ ln(draftAcceptance) − 1（draftAcceptance = 1 时为 acceptedTokensPerStep − 1）；verified = 1 + drafted'
			),
			text(
				'attention rate, none published at its width or wider = narrower rate × bytes(narrower) ÷ bytes(attention)',
				'注意力算力（其位宽及更宽位宽均无公布值时）= 较窄精度算力 × bytes(较窄) ÷ bytes(注意力)'
			),
			text(
				'draftS = drafted × draftLayers ÷ layers × one-token stepS without the output head + drafted × headS',
				'draftS = drafted × draftLayers ÷ layers × 不含输出头的单 token stepS + drafted × headS'
			),
			text(
				'prefill pass while drafting = passS × (layers + draftLayers) ÷ layers',
				'起草时的预填充 = passS × (layers + draftLayers) ÷ layers'
			),
			text(
				'headS = blend(2 × outputHeadParams × tokens per rank ÷ (tp × headFlopsPerS), outputHeadBytes ÷ (max(tp, min(draftHeadChips, tp × dpAttention, domainChips)) × hbmBytesPerS))',
				'headS = blend(2 × outputHeadParams × 每 rank 的 token 数 ÷ (tp × headFlopsPerS), outputHeadBytes ÷ (max(tp, min(draftHeadChips, tp × dpAttention, domainChips)) × hbmBytesPerS))'
			),
			'fixedS = layers × layerFixedS; layerFixedS = 8 × matmulKernelFixedS',
			text(
				'expert rows = max(token-expert pairs, experts read × minGemmRows)',
				'专家行数 = max(token–专家对数, 读取的专家数 × minGemmRows)'
			)
		],
		examples: [
			{
				id: 'tail-15ms',
				label: text('Mean step that meets a 15 ms p99 TPOT', '满足 p99 TPOT 15 ms 的平均步长'),
				inputs: text(`15 ms ÷ ${fmt(ratio, 2)} = {quoted}`, `15 ms ÷ ${fmt(ratio, 2)} = {quoted}`),
				quoted: 15e-3 / rounded(ratio, 2),
				tolerance: ROUNDED,
				// evaluate-inference.ts: meanUserTokensPerS = target × tpotTailRatio.
				example: () => 1 / ((1 / 15e-3) * SERVING_LATENCY.tpotTailRatio),
				format: { kind: 'duration' },
				calls: 'SERVING_LATENCY.tpotTailRatio (inference/latency.ts)'
			},
			{
				id: 'mtp-verified',
				label: text(
					'Tokens verified per sequence per step, default MTP',
					'默认 MTP 下每条序列每步验证的 token 数'
				),
				// The chain's drafts (draft-chain.ts): ln(1 − 1.8 × 0.2) ÷ ln 0.8 − 1 = 2 − 1 = 1.
				inputs: text(
					`1 + ln(1 − ${fmt(accepted, 2)} × (1 − ${fmt(p, 2)})) ÷ ln ${fmt(p, 2)} − 1 = {quoted}`,
					`1 + ln(1 − ${fmt(accepted, 2)} × (1 − ${fmt(p, 2)})) ÷ ln ${fmt(p, 2)} − 1 = {quoted}`
				),
				quoted: 1 + chainDraftedTokens(rounded(accepted, 2), rounded(p, 2)),
				tolerance: ROUNDED,
				example: () =>
					1 +
					chainDraftedTokens(
						DEFAULT_SERVING.acceptedTokensPerStep,
						SERVING_LATENCY.draftAcceptance
					),
				format: { kind: 'number' },
				calls: 'decodeCurve (inference/sweep.ts)'
			},
			{
				id: 'fixed-deepseek',
				label: text(
					'Fixed kernel time of one DeepSeek-R1 forward pass',
					'DeepSeek-R1 一次前向的固定内核时间'
				),
				inputs: text(
					`${deepseek.layers} layers × ${MATMUL_KERNELS_PER_LAYER} kernels × ${fmt(kernelUs, 2)} µs = {quoted}`,
					`${deepseek.layers} 层 × ${MATMUL_KERNELS_PER_LAYER} 个内核 × ${fmt(kernelUs, 2)} µs = {quoted}`
				),
				quoted: deepseek.layers * MATMUL_KERNELS_PER_LAYER * kernelUs * US,
				tolerance: ROUNDED,
				example: () => deepseek.layers * SERVING_LATENCY.layerFixedS,
				format: { kind: 'duration' },
				calls: 'SERVING_LATENCY.layerFixedS (inference/latency.ts)'
			}
		],
		references: [
			src('llm', 'MLPERF_CONF'),
			src('llm', 'CM384_PAPER'),
			src('llm', 'P1'),
			src('llm', 'LMSYS_EP'),
			src('llm', 'AZ_BENCH'),
			src('llm', 'PTX_WGMMA')
		],
		code: [
			'model/inference/latency.ts',
			'model/inference/efficiencies.ts',
			'model/inference/sweep.ts',
			'model/inference/evaluate-inference.ts'
		]
	};
}

function modeParagraph(): LocalText {
	const v = decodeStepView();
	const co = v.alternatives.coLocated;
	const dis = v.alternatives.disaggregated;
	const total = v.pools.prefillChips + v.pools.decodeChips;
	const per = (x: number | null | undefined) => (x === null || x === undefined ? '—' : fmt(x, 0));
	if (v.mode === 'disaggregated') {
		const ratio = v.pools.decodeChips / Math.max(v.pools.prefillChips, 1e-9);
		return text(
			`Why disaggregated: at the target, separate pools give ${per(dis)} tokens/s per chip of the whole deployment against ${per(co)} co-located. Co-located chips also prefill the prompts they decode, so every decode step is stretched by the prefill share and the batch must shrink to keep users at the target; separate pools keep decode steps short. The pools are whole instances in proportion to their work as nearly as whole instances allow, P:D = ${fmt(v.pools.prefillChips, 1)} : ${fmt(v.pools.decodeChips, 1)} chips (1 : ${fmt(ratio, 1)}), ${fmt(total, 0)} of the system’s ${fmt(v.systemChips, 0)}${total < v.systemChips ? ' (chips outside both pools are not counted, as for co-located instances)' : ''}, and the prompt’s KV cache moves between them within the ${fmt(v.ttftS, 2)} s time to first token.`,
			`为何采用分离部署：在目标速度下，独立资源池使整个部署的单芯片吞吐达 ${per(dis)} tokens/s，合并部署为 ${per(co)}。合并部署的芯片还要为自己解码的请求做预填充，每个解码步都会被预填充所占的时间拉长，只能缩小批次来保证用户速度；独立资源池则让解码步保持短小。两个资源池由整数个实例组成，在实例取整允许的范围内按各自的工作量配比：P:D = ${fmt(v.pools.prefillChips, 1)} : ${fmt(v.pools.decodeChips, 1)} 颗芯片（1 : ${fmt(ratio, 1)}），占系统 ${fmt(v.systemChips, 0)} 颗中的 ${fmt(total, 0)} 颗${total < v.systemChips ? '（两个资源池之外的芯片不计入，与合并部署的实例相同）' : ''}；提示的 KV 缓存在两池之间传输，计入 ${fmt(v.ttftS, 2)} s 的首 token 时间。`
		);
	}
	return text(
		`Why co-located: at the target, co-located instances give ${per(co)} tokens/s per chip of the whole deployment against ${per(dis)} with separate pools. Here a prefill and a decode instance side by side, or the KV transfer between them, cost more than the prefill share that co-located decode steps carry.`,
		`为何采用合并部署：在目标速度下，合并部署使整个部署的单芯片吞吐达 ${per(co)} tokens/s，独立资源池为 ${per(dis)}。此场景中并排放置预填充与解码实例或两者之间的 KV 传输，比合并部署中解码步分担的预填充时间代价更高。`
	);
}

function decodeStepSection(): MethodSection {
	const v = decodeStepView();
	const layout = servingLayoutText(v.layout);
	const perChip = v.batch / v.layout.chips;
	const lowR = rounded(v.lowS / MS, 2);
	const highR = rounded(v.highS / MS, 2);
	const stepR = rounded(v.stepS / MS, 2);
	const estimate = defaultServingResult().atTarget.estimates;
	return {
		id: 'decode-step',
		title: text(
			'Inference: one decode step of the default scenario',
			'推理：默认场景下的一个解码步'
		),
		paragraphs: [
			text(
				`${v.modelName} on ${v.systemName} at ${fmt(v.targetUserTokensPerS, 0)} tokens/s per user (a p99 bound, so a mean of ${fmt(v.meanUserTokensPerS, 1)}), ${fmt(v.inputTokens, 0)} tokens in and ${fmt(v.outputTokens, 0)} out, MTP accepting ${fmt(v.acceptedTokensPerStep, 2)} tokens per step. The model picks ${layout} with ${fmt(v.batch, 0)} sequences per instance (${fmt(perChip, 1)} per chip), served ${v.mode}.`,
				`${v.modelName} 运行于 ${v.systemName}，单用户 ${fmt(v.targetUserTokensPerS, 0)} tokens/s（p99 约束；均值 ${fmt(v.meanUserTokensPerS, 1)}），输入 ${fmt(v.inputTokens, 0)} 个 token、输出 ${fmt(v.outputTokens, 0)} 个，MTP 每步接受 ${fmt(v.acceptedTokensPerStep, 2)} 个 token。模型选择 ${layout}，每个实例 ${fmt(v.batch, 0)} 条序列（每芯片 ${fmt(perChip, 1)} 条），采用${v.mode === 'disaggregated' ? '分离' : '合并'}部署。`
			),
			text(
				`On the busiest chip one step computes for ${ms(v.computeS)} ms, reads ${fmt(v.hbmBytes / 1e9, 1)} GB from HBM (${ms(v.memoryS)} ms at ${fmt(v.hbmBytesPerS / 1e12, 2)} TB/s achieved), communicates for ${ms(v.communicationS)} ms (each EP dispatch or combine pays α(${v.layout.ep}) = ${us(v.epAlphaS)} µs), and spends ${ms(v.overheadS)} ms on host overhead (${ms(v.hostOverheadS)} ms), fixed kernel time (${ms(v.kernelFixedS)} ms) and the MTP draft pass (${ms(v.draftS)} ms). Decode overlaps little (${fmt(v.decodeOverlap, 2)}), so the step is ${ms(v.stepS)} ms, between ${ms(v.lowS)} ms (perfect overlap) and ${ms(v.highS)} ms (none).`,
				`在最忙的芯片上，一步的计算耗时 ${ms(v.computeS)} ms，从 HBM 读取 ${fmt(v.hbmBytes / 1e9, 1)} GB（按实际 ${fmt(v.hbmBytesPerS / 1e12, 2)} TB/s 计 ${ms(v.memoryS)} ms），通信 ${ms(v.communicationS)} ms（每次 EP dispatch 或 combine 付出 α(${v.layout.ep}) = ${us(v.epAlphaS)} µs），开销 ${ms(v.overheadS)} ms：主机开销 ${ms(v.hostOverheadS)} ms、固定内核时间 ${ms(v.kernelFixedS)} ms 与 MTP 起草 ${ms(v.draftS)} ms。解码阶段重叠很少（${fmt(v.decodeOverlap, 2)}），因此一步为 ${ms(v.stepS)} ms，介于完全重叠的 ${ms(v.lowS)} ms 与完全不重叠的 ${ms(v.highS)} ms 之间。`
			),
			modeParagraph()
		],
		formulas: [
			estimate.stepS.formula,
			estimate.userTokensPerS.formula,
			estimate.decodeChipTokensPerS.formula,
			'P:D = inputTokens ÷ prefillChipTokensPerS : outputTokens ÷ decodeChipTokensPerS'
		],
		examples: [
			{
				id: 'default-decode-step',
				label: text(
					'Decode step, DeepSeek-R1 on GB200 NVL72 at the default target',
					'解码步：DeepSeek-R1 于 GB200 NVL72，默认目标'
				),
				inputs: text(
					`${fmt(lowR, 2)} ms + (1 − ${fmt(v.decodeOverlap, 2)}) × (${fmt(highR, 2)} ms − ${fmt(lowR, 2)} ms) = {quoted}`,
					`${fmt(lowR, 2)} ms + (1 − ${fmt(v.decodeOverlap, 2)}) × (${fmt(highR, 2)} ms − ${fmt(lowR, 2)} ms) = {quoted}`
				),
				quoted: (lowR + (1 - v.decodeOverlap) * (highR - lowR)) * MS,
				tolerance: ROUNDED,
				example: () => defaultServingResult().atTarget.stepS,
				format: { kind: 'duration' },
				calls: 'evaluateInference (inference/evaluate-inference.ts)'
			},
			{
				id: 'default-decode-chip-tokens',
				label: text(
					'Decode tokens/s per decode chip at that step',
					'该步长下每颗解码芯片的解码 tokens/s'
				),
				inputs: text(
					`${fmt(v.batch, 0)} × ${fmt(v.acceptedTokensPerStep, 2)} ÷ (${fmt(stepR, 2)} ms × ${v.layout.chips}) = {quoted}`,
					`${fmt(v.batch, 0)} × ${fmt(v.acceptedTokensPerStep, 2)} ÷ (${fmt(stepR, 2)} ms × ${v.layout.chips}) = {quoted}`
				),
				quoted: (v.batch * v.acceptedTokensPerStep) / (stepR * MS * v.layout.chips),
				tolerance: ROUNDED,
				example: () => defaultServingResult().atTarget.decodeChipTokensPerS,
				format: { kind: 'number', unit: text('tokens/s per chip', 'tokens/s/芯片') },
				calls: 'searchDecode (inference/decode-search.ts)'
			}
		],
		references: [
			src('llm', 'LMSYS_EP'),
			src('llm', 'CM384_PAPER'),
			src('llm', 'MLPERF_CONF'),
			sheet(text('specs.md §1.3 (the 1K / 1K shape)', 'specs.md §1.3（1K / 1K 形状）'))
		],
		code: [
			'model/inference/decode-search.ts',
			'model/inference/pools.ts',
			'model/inference/sweep.ts',
			'model/inference/pass.ts'
		]
	};
}

/** The software table as prose: "Hopper 1 (fitted on MLPerf v5.0 …, 2025-04); …". */
function fractionList(lang: 'en' | 'zh'): string {
	const name = {
		hopper: ['Hopper', 'Hopper'],
		blackwell: ['Blackwell', 'Blackwell'],
		rubin: ['Rubin', 'Rubin'],
		ascend: ['Ascend', '昇腾'],
		amd: ['AMD Instinct', 'AMD Instinct'],
		tpu: ['TPU', 'TPU'],
		trainium: ['Trainium', 'Trainium'],
		other: ['other chips', '其他芯片']
	} as const;
	const i = lang === 'en' ? 0 : 1;
	return (Object.keys(SOFTWARE_FRACTIONS) as (keyof typeof SOFTWARE_FRACTIONS)[])
		.map((family) => {
			const row = SOFTWARE_FRACTIONS[family];
			const value = fmt(row.fraction, 2);
			const how =
				row.basis === 'fitted'
					? lang === 'en'
						? `fitted on ${row.fitRows.length} rows at ${row.measuredAt!.toUpperCase()} run on ${row.stack}, ${row.asOf}`
						: `由 ${row.stack} 的 ${row.fitRows.length} 行 ${row.measuredAt!.toUpperCase()} 结果拟合，${row.asOf}`
					: row.carriedFrom
						? lang === 'en'
							? `no fit: ${name[row.carriedFrom][0]}’s value, the same ${row.stack} stack, an assumption`
							: `无拟合值：沿用 ${name[row.carriedFrom][1]} 的数值，同为 ${row.stack} 软件栈，属假设`
						: lang === 'en'
							? 'no fit: the geometric mean of the fitted values, an assumption'
							: '无拟合值：取已拟合数值的几何平均，属假设';
			return lang === 'en'
				? `${name[family][i]} ${value} (${how})`
				: `${name[family][i]} ${value}（${how}）`;
		})
		.join(lang === 'en' ? '; ' : '；');
}

/** The geometric mean of the fitted values, written out: "√(1 × 0.58)". */
function priorExpression(): string {
	const fitted = Object.values(FITTED_SOFTWARE_FRACTIONS).map((f) => fmt(f, 2));
	const product = fitted.join(' × ');
	return fitted.length === 2 ? `√(${product})` : `(${product})^(1/${fitted.length})`;
}

/** The prior's arithmetic: "√(1 × 0.58) = 0.76". */
const priorArithmetic = () => `${priorExpression()} = ${fmt(SOFTWARE_FRACTION_PRIOR, 2)}`;

function softwareSection(): MethodSection {
	const rows = softwareRounds();
	const date = softwareDate();
	const rounds: LlmSourceId[] = ['MLPERF_INF_50', 'MLPERF_INF_51', 'MLPERF_INF_60'];
	const newest = date.newest.id as LlmSourceId;
	const server = rows.filter((r) => r.scenario === 'server');
	const offline = rows.filter((r) => r.scenario === 'offline');
	const gains = offline.map((r) => r.gain);
	const [low, high] = [Math.min(...gains), Math.max(...gains)];
	const list = (lang: 'en' | 'zh') =>
		server
			.map((r) =>
				lang === 'en'
					? `${r.system} ${fmt(r.before.tokensPerS, 1)} → ${fmt(r.after.tokensPerS, 1)} tokens/s (${r.before.round} → ${r.after.round}, ×${fmt(r.gain, 2)})`
					: `${r.system} ${fmt(r.before.tokensPerS, 1)} → ${fmt(r.after.tokensPerS, 1)} tokens/s（${r.before.round} → ${r.after.round}，×${fmt(r.gain, 2)}）`
			)
			.join(lang === 'en' ? '; ' : '；');
	const example = server.find((r) => r.system === 'GB200 NVL72')!;
	return {
		id: 'software',
		title: text('Software changes the answer', '软件会改变答案'),
		paragraphs: [
			text(
				`The same hardware gets faster with software. In MLPerf Inference, Llama 3.1 405B in the server scenario went from ${list('en')}. Offline results, bound by throughput rather than latency, moved less (×${fmt(low, 2)}–×${fmt(high, 2)}). Part of the v5.0 → v5.1 gain may be the NVFP4 quantisation v5.1 states for Blackwell: the data sheet does not give v5.0’s Blackwell precision.`,
				`同样的硬件会随软件进步而变快。在 MLPerf Inference 中，Llama 3.1 405B 服务器场景的结果为：${list('zh')}。离线场景受吞吐而非时延约束，提升较小（×${fmt(low, 2)}–×${fmt(high, 2)}）。v5.0 → v5.1 的部分提升可能来自 v5.1 注明的 Blackwell NVFP4 量化：数据表未给出 v5.0 Blackwell 结果的精度。`
			),
			text(
				`Every efficiency in the model is fitted to published measurements, so it stands for the software they ran: the newest dated one is [${date.newest.id}] (${date.asOf}); the undated repositories and documents were read in ${date.undatedReadOn}. Results therefore assume software as of ${date.asOf}; newer engines, kernels and quantisation may do better on the same chips, which is why the efficiencies are editable on the main page.`,
				`模型中的每项效率都由公开实测拟合而来，因此代表这些实测所用的软件：其中日期最新的是 [${date.newest.id}]（${date.asOf}）；未注明日期的代码库与文档访问于 ${date.undatedReadOn}。因此结果假设软件版本截至 ${date.asOf}；更新的推理引擎、内核与量化可能在同样的芯片上表现更好，这也是主页上效率参数可编辑的原因。`
			),
			text(
				`The global efficiencies are kernel-level ceilings (GEMM and HBM microbenchmarks, calibration.md case 23). End-to-end serving (schedulers, small kernels, attention, runtime) reaches a share of them that differs by platform, so each chip family has a software fraction that multiplies the achieved compute and HBM rates: ${fractionList('en')}. It is an efficiency, at most 1: serving never beats the kernels it is made of. A family without its own fit takes a neutral prior, the geometric mean of the fitted families’ values (${priorArithmetic()}, rounded to 0.01 as the fits are), not 1: 1 would favour exactly the platforms without a fit over those whose software gap was measured. One value per family, not per precision: GB200’s FP4 GEMMs reach ~76% of peak, so the gap is in the serving stack, and no family has serving results at two precisions to fit two values from; one value for prefill and decode alike.`,
				`全局效率参数是内核级上限（GEMM 与 HBM 微基准，calibration.md 案例 23）。端到端推理服务（调度器、小内核、注意力、运行时）只能达到其中一部分，且因平台而异，因此每个芯片系列有一个软件效率系数，乘在实际可达的算力与 HBM 速率上：${fractionList('zh')}。它是一项效率，最大为 1：推理服务不会快过构成它的内核。没有自身拟合值的系列取一个中性先验值，即已拟合系列数值的几何平均（${priorArithmetic()}，与拟合值一样保留两位小数），而不是 1：取 1 会使恰好没有拟合值的平台比软件差距已被测出的平台占优。每个系列一个数值，不分精度：GB200 的 FP4 GEMM 可达峰值约 76%，差距在服务软件栈；且没有哪个系列有两种精度的服务结果可供分别拟合；预填充与解码共用同一数值。`
			),
			text(
				`A fitted value is set on named validation rows only (bisection until the median of log(model ÷ measured) over them is 0, rounded to 0.01; a test checks the table equals the fit), and those rows are in-sample: /validation marks them and leaves them out of the headline, which counts held-out rows only (LMSYS on 96×H100, MLPerf v5.1 and v6.0 on GB300 NVL72, every CloudMatrix-Infer row, and InferenceX’s DeepSeek-R1 rows on GB200 NVL72 and B200, which test the fitted Blackwell value). Ascend is not fitted on the CloudMatrix-Infer rows: they stay held out and test the prior. Each system’s fraction can be set in its panel (link key a.sw, 0.05–1); empty means the table’s value.`,
				`拟合值只在指定的验证行上确定（二分求解，使这些行的 log(模型 ÷ 实测) 中位数为 0，保留两位小数；有测试检查表中数值与拟合结果一致），这些行属于样本内：/validation 页面会标出它们，并且不计入总览，总览只统计留出的行（96×H100 上的 LMSYS、GB300 NVL72 上的 MLPerf v5.1 与 v6.0、全部 CloudMatrix-Infer 行，以及 InferenceX 在 GB200 NVL72 与 B200 上的 DeepSeek-R1 行，用来检验拟合得到的 Blackwell 数值）。昇腾不在 CloudMatrix-Infer 行上拟合：这些行保持留出，用来检验该先验值。每个系统的系数可在其面板中设置（链接键 a.sw，0.05–1）；留空即取表中数值。`
			)
		],
		formulas: [
			text(
				'gain = tokensPerS(later round) ÷ tokensPerS(earlier round); same system, benchmark and scenario',
				'增益 = tokensPerS(较晚一轮) ÷ tokensPerS(较早一轮)；同一系统、基准与场景'
			),
			'computeRate = peak × computeFraction × softwareFraction; hbmRate = hbmBytesPerS × hbmFraction × softwareFraction',
			text(
				'softwareFraction(family): median over its fit rows of log(model ÷ measured) = 0, within 0.05–1',
				'softwareFraction(family)：使其拟合行上 log(模型 ÷ 实测) 的中位数 = 0，取值在 0.05–1 之间'
			),
			text(
				'softwareFraction(family without a fit) = (∏ fitted softwareFraction)^(1 ÷ fitted families), rounded to 0.01',
				'softwareFraction(无拟合的芯片家族) = (∏ 已拟合的 softwareFraction)^(1 ÷ 已拟合家族数)，取整到 0.01'
			)
		],
		examples: [
			{
				id: 'mlperf-gb200-server-gain',
				label: text(
					'GB200 NVL72, Llama 3.1 405B server, v5.0 → v5.1',
					'GB200 NVL72，Llama 3.1 405B 服务器场景，v5.0 → v5.1'
				),
				inputs: text(
					`${fmt(example.after.tokensPerS, 1)} ÷ ${fmt(example.before.tokensPerS, 1)} = {quoted}`,
					`${fmt(example.after.tokensPerS, 1)} ÷ ${fmt(example.before.tokensPerS, 1)} = {quoted}`
				),
				quoted: rounded(example.after.tokensPerS, 1) / rounded(example.before.tokensPerS, 1),
				tolerance: ROUNDED,
				example: () =>
					softwareRounds().find((r) => r.system === 'GB200 NVL72' && r.scenario === 'server')!.gain,
				format: { kind: 'number', unit: text('×', '×') },
				calls: 'softwareRounds (content/method/software.ts)'
			},
			{
				id: 'software-prior',
				label: text(
					'Software fraction of a family without a fit (Ascend, AMD, TPU, Trainium, custom)',
					'没有拟合值的芯片系列（昇腾、AMD、TPU、Trainium、自定义）的软件效率系数'
				),
				inputs: text(`${priorExpression()} = {quoted}`, `${priorExpression()} = {quoted}`),
				quoted: Math.sqrt(SOFTWARE_FRACTION_OF.hopper * SOFTWARE_FRACTION_OF.blackwell),
				tolerance: ROUNDED,
				example: () => SOFTWARE_FRACTION_OF.ascend,
				format: { kind: 'number' },
				calls: 'softwareFractionPrior (model/inference/software-values.ts)'
			}
		],
		references: [
			...rounds.map((id) => src('llm', id)),
			// The newest source the paragraph names, unless it is one of the rounds (v5.1 is): once.
			...(rounds.includes(newest) ? [] : [src('llm', newest)]),
			sheet(
				text(
					'calibration.md case 9; calibration-2026.md case 32',
					'calibration.md 案例 9；calibration-2026.md 案例 32'
				)
			)
		],
		code: [
			'content/method/software.ts',
			'catalog/measurements.ts',
			'model/inference/software-fractions.ts',
			'content/software-fit.ts'
		]
	};
}

/** The serving sections of /method, in page order. */
export const SERVING_SECTIONS: readonly MethodSection[] = [
	latencyFitSection(),
	assumptionsSection(),
	decodeStepSection(),
	softwareSection()
];
