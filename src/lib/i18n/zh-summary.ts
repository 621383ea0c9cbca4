import type { enSummary } from './en-summary';

/** 摘要的中文文本；由 summary-messages.ts 注册。 */
export const zhSummary: Record<keyof typeof enSummary, string> = {
	'summary.title': '结论速览',
	'summary.editedName': '{name}（已修改）',
	'summary.hardware':
		'{system}（{chips} 颗芯片）的 {precision} 算力是 {reference}（{referenceChips} 颗芯片）的 {compute}，HBM 容量是其 {hbm}，功耗是其 {power}。',
	'summary.hardwareNoCompute':
		'{who} 没有 {precision} 算力数据，两个系统也没有共同有数据的精度；{system}（{chips} 颗芯片）的 HBM 容量是 {reference}（{referenceChips} 颗芯片）的 {hbm}，功耗是其 {power}。',
	'summary.hardwareNoComputeBoth':
		'{reference} 与 {system} 都没有 {precision} 算力数据，两个系统也没有共同有数据的精度；{system}（{chips} 颗芯片）的 HBM 容量是 {reference}（{referenceChips} 颗芯片）的 {hbm}，功耗是其 {power}。',
	'summary.hardwareOtherPrecisionBoth':
		'{reference} 与 {system} 都没有 {precision} 算力数据；按 {other} 计，{system}（{chips} 颗芯片）的算力是 {reference}（{referenceChips} 颗芯片）的 {compute}，HBM 容量是其 {hbm}，功耗是其 {power}。',
	'summary.hardwareOtherPrecision':
		'{who} 没有 {precision} 算力数据；按 {other} 计，{system}（{chips} 颗芯片）的算力是 {reference}（{referenceChips} 颗芯片）的 {compute}，HBM 容量是其 {hbm}，功耗是其 {power}。',
	'summary.inference':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 的单芯片输出吞吐是 {reference} 的 {perChip}（每瓦 {perWatt}），{bound}是其瓶颈（{reference}：{referenceBound}）。',
	'summary.inferenceBothBound':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 的单芯片输出吞吐是 {reference} 的 {perChip}（每瓦 {perWatt}），{bound}同是两者的瓶颈。',
	'summary.inferenceSameSpeed':
		'同一速度下，{system} 的单芯片输出吞吐是 {reference} 的 {perChip}（每瓦 {perWatt}），{bound}是其瓶颈。',
	'summary.inferenceMissing':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 无法与 {reference} 比较：{who} 在该速度下没有可行的工作点。',
	'summary.inferenceMissingWhy':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 无法与 {reference} 比较。{who}：{why}',
	'summary.inferenceMissingBoth':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 与 {reference} 都没有可行的工作点。{system}：{why}{reference}：{referenceWhy}',
	'summary.training':
		'在同等规模的集群上（各 {chips} 颗芯片）训练 {model}，{system} 所需时间是 {reference} 的 {time}，{bound}是其瓶颈。',
	'summary.trainingUnequal':
		'在规模不同的集群上训练 {model}，按单芯片计，{system} 的 tokens/s 是 {reference} 的 {perChip}，{bound}是其瓶颈；其 {chips} 颗芯片所需时间是 {reference}（{referenceChips} 颗芯片）的 {time}，这一数字主要反映芯片数量。',
	'summary.neverFinishes':
		'以上时间未计入中断：计入后，{who} 永远无法完成训练（有效产出为零；见“可靠性”）。',
	'summary.nearEdge':
		'{who} 在此目标下已接近其最高速度（单用户均值 {fastest} tokens/s）：在此附近，单芯片吞吐随速度急剧下降，引用此倍数时请注明目标速度。',
	'summary.steep':
		'该倍数在此处变化很陡：单用户 {speed} tokens/s（慢 {percent}%）时为 {ratio}，此时 {who} 的单芯片吞吐是目标速度下的 {change}；引用时请注明目标速度。',
	'summary.steepFaster':
		'该倍数在此处变化很陡：单用户 {speed} tokens/s（快 {percent}%）时为 {ratio}，此时 {who} 的单芯片吞吐是目标速度下的 {change}；引用时请注明目标速度。',
	'summary.equal.hardware':
		'{bound}方面，{system} 与 {reference} 相同，每芯片均为 {value}；两者的差异（{differs}）不计入算力倍数。',
	'summary.equal.inference':
		'{system} 的单芯片吞吐与 {reference} 相当：{bound}同是两者的瓶颈，每芯片均为 {value}；两者的差异（{differs}）在此不限制单芯片吞吐。',
	'summary.equal.training':
		'{system} 的单芯片训练速度与 {reference} 相当：{bound}同是两者的瓶颈，每芯片均为 {value}；两者的差异（{differs}）在此不限制其训练速度。',
	'summary.differ.training':
		'{bound}同是两者的瓶颈，每芯片均为 {value}；差距来自各自选用的并行布局：{system} 用 {layout}，MFU 为 {mfu}，{reference} 用 {referenceLayout}，MFU 为 {referenceMfu}。',
	'summary.differ.trainingRoom':
		'{bound}同是两者的瓶颈，每芯片均为 {value}；差距来自各自选用的并行布局：{system} 用 {layout}，MFU 为 {mfu}，{reference} 用 {referenceLayout}，MFU 为 {referenceMfu}；{faster} 的布局每芯片需 {needs} HBM，{slower} 只有 {has}。',
	'summary.assumed': '所依据的假设：{list}。',
	'summary.assumedOf': '{system} 的{figures}',
	'summary.figure.allInPowerPerChipW': '全口径功耗',
	'summary.figure.hbmBytes': 'HBM 容量',
	'summary.figure.hbmBytesPerS': 'HBM 带宽',
	'summary.figure.scaleUpBytesPerS': '纵向扩展带宽',
	'summary.figure.scaleOutBytesPerS': '横向扩展带宽',
	'summary.figure.hopLatencyS': '纵向扩展单跳时延',
	'summary.figure.oversubscription': '横向扩展收敛比',
	'summary.figure.softwareCarried': '软件效率系数（{value}，沿用 {family} 的拟合值）',
	'summary.figure.softwarePrior': '软件效率系数（{value}，假定值：已拟合各芯片系列的均值）',
	'summary.figure.compute': '{precision} 算力',
	'summary.figure.scaleUpDomainChips': '纵向扩展域大小',
	'summary.figure.chips': '芯片数',
	'summary.figure.power': '功耗',
	'summary.servesIn': '{system} 以 {mine} 计算，{reference} 以 {theirs} 计算。',
	'summary.trainsIn': '{system} 以 {mine} 训练，{reference} 以 {theirs} 训练。',
	'summary.trainingComputing': '训练：{system} 与 {reference} 对比，计算中…',
	'summary.trainingMissing': '训练 {model}：{who} 在当前设置下没有估算。{why}详见“训练”视图。',
	'summary.trainingMissingHere': '训练 {model}：{who} 在当前设置下没有估算。{why}',
	'summary.trainingMissingBoth':
		'训练 {model}：{system} 与 {reference} 在当前设置下都没有估算。{system}：{why}{reference}：{referenceWhy}详见“训练”视图。',
	'summary.trainingMissingBothHere':
		'训练 {model}：{system} 与 {reference} 在当前设置下都没有估算。{system}：{why}{reference}：{referenceWhy}',
	'summary.soloHardware':
		'{system}（{chips} 颗芯片）的 {precision} 算力为 {compute}，HBM 容量为 {hbm}，功耗为 {power}。',
	'summary.soloHardwareNoCompute':
		'{system}（{chips} 颗芯片）没有 {precision} 算力数据；其 HBM 容量为 {hbm}，功耗为 {power}。',
	'summary.soloHardwareOtherPrecision':
		'{system}（{chips} 颗芯片）没有 {precision} 算力数据；其 {other} 算力为 {compute}，HBM 容量为 {hbm}，功耗为 {power}。',
	'summary.soloInference':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 的单芯片输出吞吐为 {tokens} tokens/s，{bound}是其瓶颈。',
	'summary.soloInferenceNone': '以 {model} 在单用户 {target} tokens/s 计，{system} 没有估算结果。',
	'summary.soloInferenceMissing':
		'以 {model} 在单用户 {target} tokens/s 计，{system} 没有估算结果：{why}',
	'summary.soloTraining':
		'在 {chips} 颗芯片上训练 {model}，{system} 需要 {time}，{bound}是其瓶颈。',
	'summary.soloTrainingComputing': '训练 {system}：计算中…',
	'summary.more': '各系统的更多结论：{topics}（{count} 句）',
	'summary.topic.hardware': '硬件',
	'summary.topic.inference': '推理',
	'summary.topic.training': '训练',
	'summary.formula': '显示公式（{what}）',
	'summary.formulaHide': '隐藏公式（{what}）',
	'summary.whatIf': '假设分析：以当前场景为基准',
	'summary.whatIfHint': '之后任意修改，摘要会说明每项修改带来的变化。',
	'summary.whatIfClear': '取消基准',
	'summary.baselineInLink': '链接也保存了基准：刷新页面或复制的链接会列出同样的修改。',
	'summary.baselineSame': '已设基准，目前与基准相同。',
	'summary.edits': '相对基准：{edits}。',
	'summary.editLabel': '{name}（{slot}）',
	// No space: most labels end in a full-width bracket, which carries its own ("芯片数（B）×2").
	'summary.editRatio': '{label}×{ratio}',
	'summary.editValue': '{label}：{before} → {after}',
	'summary.editFollowedChips': '{edit}（随芯片数变化）',
	'summary.editReordered': '系统顺序 {before} → {after}',
	'summary.editReorderedNames': '系统重新排序：{order}',
	'summary.editRemoved': '移除 {system}',
	'summary.editAdded': '新增 {system}',
	'summary.moved': '{system}：{inference}，{training}。',
	'summary.moved.inference': '目标速度下单芯片 tokens/s {change}',
	'summary.moved.inferenceNoneNow': '现在在目标速度下没有运行点（基准有）',
	'summary.moved.inferenceNoneBaseline': '现在在目标速度下有运行点（基准没有）',
	'summary.moved.inferenceNoneEither': '基准和现在在目标速度下都没有运行点',
	'summary.moved.training': '训练时间 {change}',
	'summary.moved.trainingNoneNow': '现在训练时间未知（基准有）',
	'summary.moved.trainingNoneBaseline': '基准的训练时间未知',
	'summary.moved.trainingNoneEither': '基准和现在的训练时间都未知',
	'summary.movedNone': '主要指标没有变化。',
	'summary.notInBaseline': '{system} 不在基准中，无从比较。'
};
