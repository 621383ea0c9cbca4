import type { enModelChange } from './en-model-change';

/** Simplified Chinese for the model-change note; must have exactly the keys of en-model-change.ts. */
export const zhModelChange: Record<keyof typeof enModelChange, string> = {
	'modelChange.differs':
		'结果与生成此链接时不同：此链接由模型版本 {from} 生成，当前结果来自版本 {to}。此后的变化：',
	'modelChange.unaffected':
		'此链接由模型版本 {from} 生成。截至版本 {to} 的变化都不涉及此场景，因此其结果与当时相同。',
	'modelChange.unknown': '此链接注明的模型版本 {from} 本应用无法识别；结果可能与生成链接时不同。',
	'modelChange.newer':
		'此链接由模型版本 {from} 生成，比本页的版本 {to} 更新；请刷新页面以使用最新模型。',
	'modelChange.release': '版本 {version}（{date}）：{summary}',
	'modelHistory.1':
		'首个版本：基于有出处的预设计算整系统总量与效率指标。推理、训练与运营视图随后在同一版本下加入，只新增结果，未改变已有结果。',
	'modelHistory.3':
		'服务方式：合并部署时，同一批芯片处理提示词的时间会拉长每个解码步；分离部署需要完整的预填充实例与解码实例（并在两者之间传输 KV 缓存）；工作点选用在目标速度下每芯片 token 更多的方式，并注明所用方式。解码步中计算、访存与通信的重叠少于预填充（0.15，由 CloudMatrix-Infer 的微批消融实验推得；预填充仍为 0.5）。默认开启推测解码：每步起草一个 token（DeepSeek 的 MTP 模块），每步接受 1.8 个 token。',
	'modelHistory.12':
		'由光路交换连接 4×4×4 立方体构成的环面（TPU7x 集群、TPU v5p）现在按光路交换的方式放置推理并行组：由整块立方体组成的组是一个紧凑切片，每个环都闭合（8 个立方体：8×8×8）；更小的组占用一个立方体的一部分。此前并行组先占用集群最小的维度（64 颗芯片：16×24×24 环面中 16×4 的板状切片），默认负载下 9,216 颗芯片的集群每芯片 1,064 tokens/s，而单个立方体为 2,776；现在为 2,523。另外，Rubin（Vera Rubin NVL72、Kyber）改用 Blackwell 拟合得到的软件效率 0.58（二者使用同一 CUDA 软件栈），不再使用未实测芯片的先验值 0.76——后者等于假定其软件比 GB300 更成熟：默认负载下 Vera Rubin NVL72 与 GB300 NVL72 的单芯片之比由 5.54× 变为 4.35×。',
	'modelHistory.11':
		'LLM 前沿曲线现在包含工作点：工作点的批大小按目标速度精确求解，落在绘制前沿所用批大小网格的两个值之间，因此以前曲线从它下方经过，前沿表格与 CSV 中也没有与标题数字一致的行（GB200 NVL72 在每用户 60 tokens/s 时：每芯片 2,807 tokens/s；最近的两行为 58.0 时 2,971 与 61.4 时 2,433）。被它超越的网格点移出前沿。此外，稠密模型不再采用不能整除其查询头数的张量并行度（Llama 的 128 个头不再用 TP9 或 TP72）。各预设的工作点不变。',
	'modelHistory.10':
		'公布了 FP8 但未公布 BF16 算力的芯片（Vera Rubin、Kyber、Helios 中的 MI455X、昇腾 Atlas 950、960 与 350）按其 FP8 算力的一半对 BF16 KV 缓存做注意力计算，这一假设会在结果旁注明：此前在默认的 BF16 KV 缓存下它们没有推理估算。另外，芯片数不规整的系统也会尝试不超过该数的最大 4 与 8 的倍数作为实例规模（57 颗芯片会尝试 56 颗）：多一颗芯片不再使总吞吐下降多达三分之一。',
	'modelHistory.9':
		'LLM 前沿曲线与每用户最快速度只在合并部署布局自身的预填充满足 TTFT 目标时才采用该布局，与工作点一贯的做法一致：来不及按时预填充提示词的小布局（长提示词、严格的 TTFT 目标）不再画出工作点无法采用的前沿点。工作点不变。',
	'modelHistory.8':
		'训练的单芯片 tokens/s 改为计入系统提供的全部芯片（含闲置芯片），与扩展曲线一致：布局留有闲置芯片时（单套 GB200 NVL72 训练 DeepSeek-R1 只用到 72 颗中的 64 颗），卡片、对比与 CSV 现在与曲线一致（此时为原数值的 8/9）。MFU 与芯片时仍只计入在用的芯片。',
	'modelHistory.6':
		'训练计入 GEMM 之间的访存受限内核：归一化、残差相加、SwiGLU 激活，以及 MoE 层中每次全对全通信前后的 permute 与 unpermute，都经 HBM 读写 BF16 激活值：前向、反向以及完全重计算时各一次，且不随 FP8 加速。训练步因此变长，MoE 模型最明显（默认的 DeepSeek-R1 训练步：GB200 NVL72 上约 11 %，CloudMatrix 384 上约 6 %；Llama 3.1 405B 约 3 %）。',
	'modelHistory.5':
		'按平台区分的推理服务软件：每个芯片系列的算力与 HBM 速率乘以一个由公开推理服务结果拟合的软件效率系数（Blackwell 0.58，由 MLPerf Inference v5.1 拟合；Hopper 1；昇腾、AMD、TPU、Trainium 及其他芯片为 1，属假设），可按系统修改（a.sw）。Blackwell 系统的每芯片 token 数比以前少（默认负载下 GB200 NVL72 约为原来的一半）。',
	'modelHistory.4':
		'分离部署按完整实例计算：预填充池与解码池都是所选布局的整数个实例，且不超出系统规模；两个池之外剩余的芯片不计入每芯片 token 数（与合并部署的实例相同）；预填充池的批大小会在首 token 时延目标内为 KV 缓存的传输留出时间。域内的推理集合通信与训练一样取决于互连形态：交换机可做网内归约（NVLS）时据此计算，环面的对分带宽与未用满的全互连链路会限制全对全通信。',
	'modelHistory.7':
		'没有推理服务拟合值的芯片系列（昇腾、AMD、TPU、Trainium、自定义及其他芯片）改用已拟合系列软件效率系数的几何平均值 √(1 × 0.58) = 0.76（属假设），不再取 1；取 1 会使它们相对已拟合系列占优。未自行设置软件效率系数的这些系统每芯片 token 数减少（默认负载下 CloudMatrix 384 约减少三分之一）；Hopper 与 Blackwell 不变。',
	'modelHistory.2':
		'推理服务模型：每一步按最忙的芯片计时（它必须读取和计算的路由专家、最满的数据并行注意力分组）；集合通信时延随组规模增长（按 NCCL、DeepEP 与 CloudMatrix 实测拟合），每层计入固定的内核时间；专家矩阵乘至少按 64 行计；注意力不低于 FP8 运行，FP4 峰值需要 FP4 权重；推测解码计入草稿及其验证的开销；TPOT 与 TTFT 目标按第 99 百分位理解；并尝试 72、320 和 384 芯片的实例。'
};
