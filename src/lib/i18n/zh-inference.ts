import type { enInference } from './en-inference';

/** Simplified Chinese for the inference and claims views; must have exactly the keys of en-inference.ts. */
export const zhInference: Record<keyof typeof enInference, string> = {
	'workload.title': '负载',
	'workload.model': '模型',
	'workload.params': '{total} 参数（不含词嵌入表），每 token 激活 {active}',
	'workload.dense': '稠密模型',
	'workload.moe': 'MoE：{experts} 个专家，每 token 激活 {k} 个',
	'workload.kvPerToken': '每 token KV 缓存 {bytes}（{precision}）',
	'workload.lengths': '输入 / 输出长度',
	'workload.lengthsLong': '长上下文（{input} / 1k）',
	'workload.lengthsCustom': '自定义（见下方输入）',
	'workload.inputTokens': '输入（提示词）token 数',
	'workload.outputTokens': '输出 token 数',
	'workload.targetUserTokensPerS': '目标单用户速度',
	'workload.targetTtftS': '目标首 token 时延（TTFT）',
	'workload.acceptedTokensPerStep': '每解码步接受的 token 数（投机解码；1 = 关闭；最多 4.5）',
	'workload.weightPrecision': '权重',
	'workload.kvPrecision': 'KV 缓存',
	'workload.computePrecision': '计算',
	'workload.servingMode': '服务方式',
	'inference.pools': '预填充 {prefill} 颗芯片，解码 {decode} 颗芯片',
	'inference.chipsInUse':
		'系统 {chips} 颗芯片中有 {used} 颗投入使用（仅计完整副本）；单芯片 tokens/s 按这 {used} 颗计算',
	'inference.otherMode.co-located': '改用合并部署时单芯片为 {rate} tokens/s',
	'inference.otherMode.disaggregated': '改用分离部署时单芯片为 {rate} tokens/s',
	'inference.otherModeNone.co-located': '合并部署在此达不到目标',
	'inference.otherModeNone.disaggregated': '分离部署在此达不到目标',
	'servingMode.auto': '合并与分离部署中较优者',
	'servingMode.co-located': '合并部署（预填充与解码共用芯片）',
	'servingMode.disaggregated': '分离部署（预填充与解码分池）',
	'workload.editShape': '编辑模型结构',
	'workload.editShapeHint': '修改任一数值即可自定义模型；链接会保留修改。',
	'workload.resetModel': '恢复为预设模型',
	'workload.edited': '已修改：自定义模型',
	'workload.notes': '出处与备注',
	'modelSources.edited': '以下是预设模型的数值与出处；你修改过的数值没有出处。',
	'modelSources.sources': '出处',
	'modelSources.field.layers': '层数',
	'modelSources.field.hiddenSize': '隐藏层维度',
	'modelSources.field.attention': '注意力',
	'modelSources.field.totalParams': '总参数量',
	'modelSources.field.alwaysReadParams': '始终读取的参数',
	'modelSources.field.moe': '专家',
	'modelSources.field.maxContextTokens': '最大上下文',
	'modelSources.field.released': '发布的权重',
	'modelSources.nature.config': '官方配置',
	'modelSources.nature.config-mirror': '官方配置的第三方副本',
	'modelSources.nature.paper': '官方论文',
	'modelSources.nature.model-card': '模型卡',
	'modelSources.nature.secondary': '二手来源',
	'modelSources.nature.derived': '推导',
	'modelSources.nature.assumption': '假设',
	'llmField.layers': '层数',
	'llmField.hidden': '隐藏层维度',
	'llmField.always_b': '始终读取的参数（十亿）',
	'llmField.q_heads': '查询头数',
	'llmField.kv_heads': 'KV 头数',
	'llmField.head_dim': '头维度',
	'llmField.kv_lora': 'MLA 潜向量维度（kv_lora_rank）',
	'llmField.rope': 'MLA RoPE 维度',
	'llmField.experts': '路由专家数',
	'llmField.top_k': '每 token 激活专家数',
	'llmField.expert_m': '单专家参数量（百万）',
	'llmField.moe_layers': 'MoE 层数',
	'llmField.ctx': '最大上下文（tokens）',
	'inference.title': '大模型推理：单芯片吞吐与单用户速度的权衡',
	'inference.headline':
		'单用户 {target} tokens/s 时，{system} 的单芯片吞吐估算为 {reference} 的 {perChip}（按系统每瓦计为 {perWatt}）。',
	'inference.headlineNoWatt':
		'单用户 {target} tokens/s 时，{system} 的单芯片吞吐估算为 {reference} 的 {perChip}。',
	'inference.headlineMissing':
		'单用户 {target} tokens/s 时，{system} 无法与 {reference} 比较：{why}',
	'inference.headlinePrecisions':
		'两者的计算精度不同：{system} 为 {used}，{reference} 为 {referenceUsed}。',
	// 权重以另一精度存储时的系统精度（各系统的推理服务精度）。
	'inference.precisionWithWeights': '{compute}（权重 {weight}）',
	'inference.sentenceGap': '',
	'inference.fp4Quality':
		'FP4 的 tokens/s 不反映回答质量，后者取决于模型的量化方法：某团队的模型量化为 NVFP4 后，数学测试得分从 61% 降至 30%（使用 GPTQ 为 41%；GPTQ INT4 为 54%）；在 Qwen3-30B-A3B 上测试的各种 NVFP4 方案，在 GSM8K Platinum 上保留了 BF16 得分的 92–101%。',
	'inference.fp4QualitySources': '来源：',
	'inference.chartTitle': '各系统的帕累托前沿',
	'inference.chartDescription':
		'每个点是该速度下最优的批大小与并行布局；越靠右上越好。虚线为达到目标所需的平均单用户速度。点击某点或用方向键查看读数。',
	'inference.xLabel': '单用户输出 tokens/s（对数）',
	'inference.targetLine': '目标 p99 {target} tokens/s ≈ 均值 {mean}',
	'inference.targetNote':
		'曲线为单用户平均速度。单用户 {target} tokens/s 的目标是第 99 百分位界限：每输出 token 时间的 p99 按平均值的 {ratio} 倍计，需要单用户平均 {mean} tokens/s。虚线画在此处，运行点也在此处选取。',
	'inference.yLabel': '单芯片输出 tokens/s（对数）',
	'inference.atTarget': '目标速度下',
	'inference.atTargetCaption': '目标速度：单用户 {target} tokens/s（p99；均值 {mean}）。',
	'inference.system': '系统',
	'inference.chipTokensPerS': '单芯片 tokens/s',
	'inference.decodeChipTokensPerS': '每颗解码芯片的输出 tokens/s（不含预填充芯片）',
	'inference.meanUserTokensPerS': '单用户平均 tokens/s',
	'inference.tokensPerJ': '每焦耳 tokens（全口径）',
	'inference.ratioPerChip': '单芯片 ÷\u00a0{reference}',
	'inference.ratioPerWatt': '每瓦 ÷\u00a0{reference}',
	'inference.ttft': '平均首 token 时延（TTFT）',
	'inference.ttftAlone':
		'单个 {tokens} token 提示词单独处理时的首 token 时延（最快布局：{layout}）',
	'inference.prefill': '单芯片预填充（Prefill）tokens/s',
	'inference.layout': '并行布局',
	'inference.batch': '批大小',
	'inference.oneChip': '1 颗芯片',
	'inference.doesNotFit': '放不下（至少需要 {min} 颗芯片；本系统 {chips} 颗）。',
	'inference.doesNotFitAny': '无论用多少颗此类芯片都放不下。',
	'inference.noPrecision': '没有 {precision} 或任何更高精度的算力数据。',
	'inference.ttftMissed': '没有并行布局能达到 {target} 的首 token 时延目标（最快 {fastest}）。',
	'inference.targetTooFast':
		'目标单用户速度 {target} tokens/s（p99；均值 {mean}）高于模型估算的最快均值速度 {top} tokens/s。',
	'inference.precisionFallback': '{system} 没有 {wanted} 数据：其矩阵运算按 {used} 建模。',
	'inference.attentionRateAssumed':
		'{system} 未公布 {wanted} 算力：其对 {wanted} 缓存的注意力计算假设按 {from} 算力的 1/{ratio} 运行，与同时公布两者的芯片相同（假设）。',
	'inference.contextExceeded':
		'输入 + 输出（{tokens} tokens）超过了模型的上下文长度（{context}）。',
	'inference.readout': '选中的点',
	'inference.readoutNone': '请在图中选择一个点。',
	'inference.stepTime': '每解码步耗时',
	'inference.stepRange': '完全重叠时 {low}，无重叠时 {high}',
	'inference.compute': '计算',
	'inference.memory': 'HBM 读取',
	'inference.communication': '通信',
	'inference.overhead': '开销',
	'inference.tableToggle': '以表格显示帕累托前沿',
	'inference.frontierComputing': '正在计算帕累托前沿……扫描在后台运行。',
	'inference.frontierUpdating': '正在更新帕累托前沿……',
	'inference.frontierFailed':
		'无法计算帕累托前沿：后台 worker 未能启动（离线或脚本被阻止）。目标速度下的数字不受影响。',
	'efficiency.title': '效率假设（全局，所有系统相同）',
	'efficiency.softwareAsOf':
		'假设软件版本截至 {date}（这些数值所依据的最新实测）；同一硬件上更新的软件会更快。',
	'efficiency.software.fitted':
		'{name}：软件效率系数 {value} × 算力与 HBM 速率，由 {stack} 的结果拟合（软件版本截至 {date}）。',
	'efficiency.software.assumption':
		'{name}：软件效率系数 {value}，为假设：该芯片系列没有推理服务拟合值，故取已拟合系列数值的几何平均（软件表日期 {date}）。',
	'efficiency.software.carried':
		'{name}：软件效率系数 {value}，为假设：该芯片没有推理服务拟合值，故沿用其上一代在同一 {stack} 软件栈上拟合的数值（软件表日期 {date}）。',
	'efficiency.software.own':
		'{name}：软件效率系数 {value}，为该系统单独设定（软件表的数值对应 {stack}，截至 {date}）。',
	'efficiency.intro':
		'实际可达的峰值比例与固定开销，均可追溯至公开实测数据，从不针对单个系统调整。',
	'efficiency.reset': '恢复默认值',
	'efficiency.computeFraction': '实际可达的峰值算力比例',
	'efficiency.hbmFraction': '实际可达的 HBM 带宽比例',
	'efficiency.scaleUpFraction': '实际可达的纵向扩展带宽比例',
	'efficiency.scaleOutFraction': '实际可达的横向扩展带宽比例',
	'efficiency.scaleUpLatencyS': '纵向扩展集合通信时延（µs）',
	'efficiency.scaleOutLatencyS': '横向扩展集合通信时延（µs）',
	'efficiency.moeImbalance': 'MoE 负载不均衡度（最忙 ÷ 平均）',
	'efficiency.stepOverheadS': '每解码步开销（ms）',
	'efficiency.memoryReserveFraction': 'HBM 预留比例',
	'efficiency.overlapFraction': '预填充阶段计算、访存与通信的重叠比例（0–1）',
	'efficiency.decodeOverlapFraction': '解码阶段计算、访存与通信的重叠比例（0–1）',
	'efficiency.basis': '依据',
	'claims.title': '一键核查厂商说法',
	'claims.intro':
		'每条说法都以可修改的场景打开。模型给出的是一阶估算；这些说法是厂商预测或分析机构解读，并非实测。',
	'claims.who': '出处：',
	'claims.nature': '类型：',
	'claims.nature.vendor-projection': '厂商预测',
	'claims.nature.vendor-claim': '厂商说法',
	'claims.nature.analyst-reading': '分析机构解读',
	'claims.claimed': '宣称',
	'claims.modelled': '模型估算',
	'claims.nearestTag': '对应单用户 {speed} tokens/s，而非宣称的 {target}',
	'claims.noClaimedRatio': '未宣称单一倍数',
	'claims.ratioOf': '{what}：{system} ÷ {reference}',
	'claims.bounds': '读取该比值处各自的瓶颈：{system}（{bound}）；{reference}（{referenceBound}）。',
	'claims.perChipAtTarget': '单用户 {target} tokens/s 时的单芯片输出 tokens/s',
	'claims.edge':
		'最接近的读数：目标为单用户 {speed} tokens/s（p99；均值 {mean}，即两个系统都能达到的最高速度）时为 {ratio}。',
	'claims.edgeSlower': '更低的目标下（单用户 tokens/s）：{readings}。',
	'claims.edgeAt': '{speed} 时为 {ratio}',
	'claims.edgeSteep': '该比值在这一边缘处变化很陡：引用时请注明速度。',
	'claims.verdict.compared.good':
		'结论：模型结果与该说法相符，相差在 {good} 以内：模型估算 {modelled}，宣称 {claimed}（仅核对：{what}）。',
	'claims.verdict.compared.fair':
		'结论：模型估算 {modelled}，宣称 {claimed}，相差 {factor}：超过 {good}，但在 {fair} 以内（仅核对：{what}）。',
	'claims.verdict.compared.miss':
		'结论：模型结果不支持该说法：模型估算 {modelled}，宣称 {claimed}（仅核对：{what}）。',
	'claims.verdict.figures.good':
		'结论：按引用的单芯片数据计算为 {modelled}，宣称 {claimed}，相差在 {good} 以内（仅核对：{what}）。',
	'claims.verdict.figures.fair':
		'结论：按引用的单芯片数据计算为 {modelled}，宣称 {claimed}，相差 {factor}：超过 {good}，但在 {fair} 以内（仅核对：{what}）。',
	'claims.verdict.figures.miss':
		'结论：引用的单芯片数据不支持该说法：计算为 {modelled}，宣称 {claimed}（仅核对：{what}）。',
	'claims.verdict.edge':
		'结论：无法按宣称的条件核对：按模型，{systems} 达不到宣称的单用户 {target} tokens/s。',
	'claims.verdict.edge.all-readings':
		'在两个系统都能达到的最高速度及略低的速度下，比值都与宣称的 {claimed} 相差在 {good} 以内（速度为单用户 tokens/s）：{readings}。',
	'claims.verdict.edge.fastest-only':
		'在该上限之下，单用户 {speed} tokens/s 时比值为 {ratio}，与宣称的 {claimed} 相差在 {good} 以内，但速度再低便迅速下降（{readings}）：模型不能证实该说法。',
	'claims.verdict.edge.none':
		'在两个系统都能达到的最高速度（单用户 {speed} tokens/s）下，模型估算为 {ratio}，宣称为 {claimed}。',
	'claims.verdict.unchecked':
		'结论：无法按模型核对：{systems} 在该说法的条件下没有可行的运行点（原因见下）。',
	'claims.verdict.steps.every-step': '结论：按模型，该说法成立：每一步都上升。',
	'claims.verdict.steps.end-to-end':
		'结论：按模型，该说法并非每一步都成立：首尾相比为 {modelled}，但 {total} 步中有 {count} 步没有上升。',
	'claims.verdict.steps.no':
		'结论：按模型，该说法不成立：{total} 步中有 {count} 步没有上升，首尾相比为 {modelled}。',
	'claims.verdict.steps.falls':
		'结论：按模型，该说法不成立：有数值的 {total} 步中有 {count} 步没有上升。',
	'claims.open': '打开此场景',
	'claims.openNearest': '在单用户 {speed} tokens/s 下打开',
	'claims.steps': '逐个比较：{steps}。',
	'claims.step': '{system} ÷ {previous} 为 {ratio}',
	'claims.drivers': '影响估算倍数的因素（各输入单独 ±20%，按影响从大到小）',
	'claims.driver': '{input}：−20% 时 {low}，+20% 时 {high}',
	'claims.conditions': '条件与注意事项',
	'claims.sources': '来源',
	'lever.flops': '{system}：单芯片 {precision} 算力',
	'lever.system': '{system}：{field}',
	'lever.efficiency': '全局：{field}',
	'sensitivity.title': '敏感性：什么在左右结论',
	'sensitivity.intro':
		// {output} begins in Chinese and ends in "tokens/s" (sensitivity.output): a space after it only.
		'每个系统的每项输入与每项全局效率单独变动 ±{change}%；条形显示{output} 的变化。',
	'sensitivity.output': '目标速度下 {system} ÷ {reference} 的单芯片 tokens/s',
	'sensitivity.outputSingle': '目标速度下 {system} 的单芯片 tokens/s',
	'sensitivity.run': '计算敏感性',
	'sensitivity.stale': '计算后场景已改变。',
	'sensitivity.none': '目标速度下没有可分析的模型点。',
	'sensitivity.low': '−{change}%',
	'sensitivity.high': '+{change}%',
	'goal.title': '反向求解：芯片指标需达到多少？',
	'goal.intro': '求解某系统在目标单用户速度下达到目标单芯片 tokens/s 所需的单芯片指标。',
	'goal.lever': '要调整的指标',
	'goal.target': '目标单芯片 tokens/s',
	'goal.solve': '求解',
	'goal.met':
		'{system} 需要 {lever} 达到 {value}（当前 {now}），才能实现单芯片 {target} tokens/s。',
	'goal.alreadyMet': '{system} 已达到单芯片 {target} tokens/s。',
	'goal.unreachable':
		'在允许范围内，{lever} 取任何值都无法达到单芯片 {target} tokens/s；瓶颈在别处。',
	'goal.empty': '请先输入单芯片 tokens/s 目标，例如 3,000。',
	'goal.invalid': '“{text}”不是大于 0 的单芯片 tokens/s 数值；请输入例如 3,000。',
	'goal.apply': '采用此值',
	// A refused model-shape entry, with its field's name (WorkloadPanel).
	'workload.keptIn': '{field}：{kept}',
	'evidence.toggle': '显示不确定性区间与公开实测',
	'evidence.bandNote':
		'阴影区间：把来源互相矛盾的每项输入（如昇腾 910C 的 752 与 780 TFLOP/s；你修改过的数值保持你的取值）和每项实测效率范围分别取低端与高端时的前沿。菱形：同一系统、同一模型的公开实测，按其每 token 时延上限放置。',
	'evidence.none': '没有与这些系统和此模型相符的公开实测；全部实测见“验证”页。',
	'evidence.allChecks': '全部公开实测、模型在相同条件下的估计及误差：见“验证”页',
	'evidence.point':
		'{label}：实测单芯片 {measured} tokens/s，单用户 ≥ {speed} tokens/s；模型在相同条件下为 {modelled}（{error}）。',
	'evidence.pointAsRun':
		'{label}：实测单芯片 {measured} tokens/s，单用户 {speed} tokens/s（实际运行值，非上限）；模型在相同条件下为 {modelled}（{error}）。',
	'evidence.workload':
		'输入 {input} / 输出 {output} tokens；曲线对应输入 {pageInput} / 输出 {pageOutput}',
	'evidence.withWorkload': '{label}（{workload}）',
	// The frontier's y axis three ways (FrontierChart's metric switch).
	'frontierMetric.show': '纵轴（对照单用户速度）：',
	'frontierMetric.tokensPerSPerChip': '单芯片 tokens/s',
	'frontierMetric.usdPerMillionTokens': '每百万输出 token 的美元成本（计全部芯片）',
	'frontierMetric.tokensPerSPerMW': '每兆瓦输出 tokens/s（计全部芯片）',
	'frontierMetric.yLabel.usdPerMillionTokens': '每百万输出 token 的美元成本，计全部芯片（对数）',
	'frontierMetric.yLabel.tokensPerSPerMW': '每兆瓦设施功率的输出 tokens/s，计全部芯片（对数）',
	'frontierMetric.description.usdPerMillionTokens':
		'同一条前沿按各系统每芯片·小时的成本（见“能耗与成本”视图）换算：越低越便宜。服务该点的全部芯片（含预填充芯片）都计入输出 token；“能耗与成本”视图把输入与输出 token 分开定价，各计其自身芯片，因此其输出成本更低。单用户速度越快，每个 token 越贵。点击某个点或用方向键读取数值。',
	'frontierMetric.description.tokensPerSPerMW':
		'同一条前沿按每兆瓦设施功率（单芯片全功耗 × PUE）换算，计入服务该点的全部芯片（含预填充芯片；“能耗与成本”视图按阶段分别计算）：越高表示同样的电力能服务更多 token。点击某个点或用方向键读取数值。',
	// The serving mode in a chart tooltip, short: the workload panel explains it.
	'frontierTip.mode.co-located': '合并部署',
	'frontierTip.mode.disaggregated': '分离部署',
	'frontierMetric.noPrice':
		'没有每芯片·小时的价格，因此无法画出成本曲线；请在“能耗与成本”视图中输入租用价格或购置成本。',
	'formula.showAtTarget': '显示目标速度下该点的计算过程',
	'unit.tokensPerSPerUser': 'tokens/s/用户',
	'unit.seconds': '秒'
};
