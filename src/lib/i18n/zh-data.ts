/**
 * Simplified Chinese for the prose the cited data carries (written in English next to each figure),
 * keyed by the exact English text. Loaded with the Chinese catalog, never on an English visit.
 * tests/unit/i18n/zh-data.test.ts keeps it complete (every note the main page can show), free of
 * stale keys, and faithful to the English numbers. Source titles and quoted vendor words stay as cited.
 */
export const zhData: Record<string, string> = {
	// catalog/llms.ts: a model name with words in it (picker, summary, captions)
	'GPT-MoE-1.8T (assumed shape)': 'GPT-MoE-1.8T（假设结构）',
	// catalog/systems*.ts: chip names on the system card
	'B200 (in GB200)': 'B200（GB200 内）',
	'Rubin (2 dies)': 'Rubin（2 颗裸片）',
	'Rubin Ultra (4 dies)': 'Rubin Ultra（4 颗裸片）',
	'Ascend 910C': '昇腾 910C',
	'Ascend 950DT': '昇腾 950DT',
	'Ascend 950PR': '昇腾 950PR',
	'Ascend 960': '昇腾 960',
	// catalog/systems*.ts and preset-index.ts: Chinese vendors, by their Chinese names
	Huawei: '华为',
	Cambricon: '寒武纪',
	Hygon: '海光',
	// catalog/systems.ts: figure and missing-figure notes (SourceNote)
	'Rack 1,440 PF FP4 is 2:4-sparse: 1,440 ÷ 72 ÷ 2.':
		'整机柜 1,440 PF FP4 为 2:4 稀疏算力：1,440 ÷ 72 ÷ 2。',
	'Rack 720 PF FP8 (sparse) ÷ 72 ÷ 2.': '整机柜 720 PF FP8（稀疏）÷ 72 ÷ 2。',
	'No INT8 figure in Rackscale’s cited sources for this chip.':
		'Rackscale 引用的来源中没有该芯片的 INT8 数值。',
	'SemiAnalysis uses 2,500 TFLOP/s, as NVIDIA’s rack totals imply for the 1.2 kW GB200 GPU. Verda’s 2.25 PF is the value of the 1.0 kW HGX B200.':
		'SemiAnalysis 采用 2,500 TFLOP/s，与 NVIDIA 整柜总量对 1.2 kW 的 GB200 GPU 所隐含的数值一致。Verda 的 2.25 PF 是 1.0 kW 的 HGX B200 的数值。',
	'36 GB200 superchips × 2 GPUs.': '36 颗 GB200 超级芯片 × 2 个 GPU。',
	'186 GB visible per GPU in an MLPerf system description; 192 GB nominal. SemiAnalysis’s InferenceX GPU table gives nvidia-smi’s 189,471 MiB (198.7 GB in SI units): like most vendors’ HBM figures, these are binary gigabytes, kept as published so that systems compare on one basis.':
		'某 MLPerf 系统描述中每 GPU 可见 186 GB；标称 192 GB。SemiAnalysis 的 InferenceX GPU 表给出 nvidia-smi 显示的 189,471 MiB（按国际单位为 198.7 GB）：与多数厂商的 HBM 数值一样，这些是二进制 GB；按公布值保留，使各系统在同一口径下比较。',
	'NVLink 5: 18 links, 1.8 TB/s bidirectional = 900 GB/s per direction.':
		'NVLink 5：18 条链路，双向 1.8 TB/s = 单向 900 GB/s。',
	'One NVLink switch tier joins all 72 GPUs.': '一层 NVLink 交换即可连接全部 72 个 GPU。',
	'One ConnectX-7 400 Gb/s per GPU, as in MLPerf system descriptions and SemiAnalysis. Tom’s Hardware lists 800G; that is GB300’s ConnectX-8.':
		'每 GPU 一块 ConnectX-7 400 Gb/s，与 MLPerf 系统说明及 SemiAnalysis 一致。Tom’s Hardware 列为 800G，那是 GB300 的 ConnectX-8。',
	'GPU TDP.': 'GPU 热设计功耗（TDP）。',
	'SemiAnalysis all-in 145 kW per rack (incl. networking and cooling share) ÷ 72.':
		'SemiAnalysis 的每机柜全口径功耗 145 kW（含网络与散热分摊）÷ 72。',
	'No FP4 on Ascend 910C; the 950 series adds MXFP4.': '昇腾 910C 不支持 FP4；950 系列新增 MXFP4。',
	'No FP8 on Ascend 910C; the 950 series adds FP8.': '昇腾 910C 不支持 FP8；950 系列新增 FP8。',
	'Derived from Huawei’s CloudMatrix384 paper, which normalises throughput by INT8 peak: 6,688 tokens/s ÷ 4.45 tokens/s per TFLOPS ≈ 1,503 TOPS (prefill) and 1,943 ÷ 1.29 ≈ 1,506 (decode), i.e. ~1,504 TOPS, twice the 752 TFLOP/s BF16 the paper gives (the BF16 shown here, 780, is SemiAnalysis’s). Huawei publishes no INT8 spec for the 910C.':
		'由华为 CloudMatrix384 论文推算：论文按 INT8 峰值归一化吞吐，6,688 tokens/s ÷ 每 TFLOPS 4.45 tokens/s ≈ 1,503 TOPS（预填充），1,943 ÷ 1.29 ≈ 1,506（解码），即约 1,504 TOPS，为论文所给 752 TFLOP/s BF16 的两倍（此处所示 BF16 为 SemiAnalysis 的 780）。华为未公布 910C 的 INT8 规格。',
	'SemiAnalysis basis (300 PF per system). Huawei’s CM384 paper gives 752 TFLOP/s (289 PF) [S40][S43].':
		'采用 SemiAnalysis 口径（每系统 300 PF）。华为 CM384 论文给出 752 TFLOP/s（289 PF）[S40][S43]。',
	'48 nodes × 8 NPUs, plus 192 Kunpeng CPUs.': '48 个节点 × 8 颗 NPU，另有 192 颗鲲鹏 CPU。',
	'8 HBM2E stacks; 64 GB per die.': '8 个 HBM2E 堆栈；每颗裸片 64 GB。',
	'Unified Bus, per direction (>392 GB/s). Huawei’s “784–800 GB/s” is the bidirectional sum.':
		'Unified Bus（UB），单向（>392 GB/s）。华为所说的“784–800 GB/s”是双向之和。',
	'Two-tier non-blocking optical Clos.': '两级无阻塞光互连 Clos 网络。',
	'RDMA plane up to 400 Gb/s per NPU per direction. Huawei Cloud’s 76.8 Tb/s total would be half that.':
		'RDMA 平面每 NPU 单向最高 400 Gb/s。按华为云给出的总带宽 76.8 Tb/s 计算则只有一半。',
	'Ascend 910C power is not published.': '昇腾 910C 的功耗未公开。',
	'SemiAnalysis all-in 559,378 W ÷ 384 ≈ 1,457 W. Another Chinese estimate is ~500 kW.':
		'SemiAnalysis 全口径 559,378 W ÷ 384 ≈ 1,457 W。另一项国内估算约为 500 kW。',
	'HGX B300 is sometimes quoted at 14 PF dense.': 'HGX B300 有时被标为 14 PF 稠密算力。',
	'Rack 720 PF sparse / 360 PF dense ÷ 72.': '整机柜 720 PF 稀疏 / 360 PF 稠密 ÷ 72。',
	'279 GB visible; 288 GB nominal. SemiAnalysis’s InferenceX GPU table gives nvidia-smi’s 284,208 MiB (298.0 GB in SI units): like most vendors’ HBM figures, these are binary gigabytes, kept as published so that systems compare on one basis.':
		'可见 279 GB；标称 288 GB。SemiAnalysis 的 InferenceX GPU 表给出 nvidia-smi 显示的 284,208 MiB（按国际单位为 298.0 GB）：与多数厂商的 HBM 数值一样，这些是二进制 GB；按公布值保留，使各系统在同一口径下比较。',
	'NVLink 5, unchanged from GB200: 1.8 TB/s bidirectional = 900 GB/s per direction.':
		'NVLink 5，与 GB200 相同：双向 1.8 TB/s = 单向 900 GB/s。',
	'ConnectX-8, 800 Gb/s per GPU.': 'ConnectX-8，每 GPU 800 Gb/s。',
	'Assumption: no all-in figure is published. GB200’s 145 kW plus 72 × the 200 W higher TDP = 159.4 kW ÷ 72.':
		'假设：未公布全口径数值。取 GB200 的 145 kW，加上 72 × 高出的 200 W TDP，得 159.4 kW，再 ÷ 72。',
	'Hopper tensor cores have no FP4.': 'Hopper 的 Tensor Core 不支持 FP4。',
	'3,958 TFLOP/s sparse ÷ 2.': '稀疏 3,958 TFLOP/s ÷ 2。',
	'1,979 TFLOP/s sparse ÷ 2.': '稀疏 1,979 TFLOP/s ÷ 2。',
	'NVLink 4: 18 links × 50 GB/s bidirectional = 900 GB/s bidirectional = 450 GB/s per direction.':
		'NVLink 4：18 条链路 × 双向 50 GB/s = 双向 900 GB/s = 单向 450 GB/s。',
	'Four NVSwitch chips join the 8 GPUs of one board.':
		'四颗 NVSwitch 芯片连接一块主板上的 8 个 GPU。',
	'One ConnectX-7 400 Gb/s NDR per GPU (DGX H100).':
		'每 GPU 一块 ConnectX-7 400 Gb/s NDR（DGX H100）。',
	'DGX H100 10.2 kW ÷ 8. Server power only: unlike the NVL72 and CM384 figures it excludes the network and cooling share.':
		'DGX H100 10.2 kW ÷ 8。仅为服务器功耗：与 NVL72 和 CM384 的数值不同，不含网络与散热分摊。',
	'Same tensor cores as H100.': 'Tensor Core 与 H100 相同。',
	'NVLink 4, as H100.': 'NVLink 4，与 H100 相同。',
	'Typically 8 × 400G per node.': '通常每节点 8 × 400G。',
	'TGP in the MLPerf system description.': 'MLPerf 系统描述中的 TGP。',
	'Assumption: no H200 system figure is cited; same HGX board and 700 W TDP as DGX H100 (10.2 kW ÷ 8).':
		'假设：没有可引用的 H200 系统数值；HGX 主板与 700 W TDP 均与 DGX H100 相同（10.2 kW ÷ 8）。',
	'Dense per most outlets: H100 989 ÷ 148 = 6.68×.':
		'多数媒体报道为稠密算力：H100 989 ÷ 148 = 6.68×。',
	'NVLink 4 kept at 900 GB/s bidirectional.': '保留 NVLink 4，双向 900 GB/s。',
	'Assumption: not published; taken as DGX H100’s 400 Gb/s per GPU.':
		'假设：未公布；按 DGX H100 的每 GPU 400 Gb/s 取值。',
	'Assumption: DGX H100 10.2 kW less 8 × the 300 W lower TDP = 7.8 kW ÷ 8.':
		'假设：DGX H100 的 10.2 kW 减去 8 × 低出的 300 W TDP，得 7.8 kW，再 ÷ 8。',
	'HGX B200 is 9 PF FP4 dense at 1.0 kW per GPU, against 10 for the 1.2 kW GB200 GPU.':
		'HGX B200 的 FP4 稠密算力为 9 PF（每 GPU 1.0 kW），GB200 GPU 为 10 PF（1.2 kW）。',
	'Half the FP4 rate, as on B200 and GB200 (Blackwell Ultra’s FP8 is a third of its FP4).':
		'FP4 速率的一半，与 B200 和 GB200 相同（Blackwell Ultra 的 FP8 为其 FP4 的三分之一）。',
	'Verda’s 2.25 PF: the HGX B200 value (1.0 kW per GPU), not GB200’s 2.5 PF (1.2 kW).':
		'Verda 的 2.25 PF 是 HGX B200 的数值（每 GPU 1.0 kW），不是 GB200 的 2.5 PF（1.2 kW）。',
	'MLPerf system name “B200-SXM-180GB”.': 'MLPerf 系统名称“B200-SXM-180GB”。',
	'Same HBM3e as the B200 in GB200.': 'HBM3e 与 GB200 中的 B200 相同。',
	'NVLink 5, 900 GB/s per direction.': 'NVLink 5，单向 900 GB/s。',
	'Two NVSwitch chips; EP > 8 leaves NVLink.':
		'两颗 NVSwitch 芯片；EP > 8 时通信超出 NVLink 范围。',
	'ConnectX-7 400 Gb/s per GPU.': '每 GPU 配 ConnectX-7 400 Gb/s。',
	'DGX B200 system power 14.3 kW ÷ 8 (server only).': 'DGX B200 系统功耗 14.3 kW ÷ 8（仅服务器）。',

	// catalog/component-inventories.ts: component count notes (InventoryTable)
	'Copper cable cartridges, no optics in the NVLink domain.':
		'铜缆盒（cable cartridge），NVLink 域内没有光模块。',
	'Assumed one ConnectX-7 400 Gb/s (as DGX H100) per accelerator; assumption: 4 transceivers per port in a two-tier fabric (CM384: 1,536 ÷ 384 = 4).':
		'假设每个加速器一个 ConnectX-7 400 Gb/s（同 DGX H100）；假设：两层网络每个端口 4 个光模块（CM384：1,536 ÷ 384 = 4）。',
	'The HGX board’s 8 GPUs (H800 is the H100 SXM part).':
		'HGX 板上的 8 颗 GPU（H800 是 H100 SXM 的变体）。',
	'8 × 5. Assumption: H800 keeps H100’s 80 GB as 5 HBM3 stacks.':
		'8 × 5。假设：H800 沿用 H100 的 80 GB，即 5 个 HBM3 堆栈。',
	'Assumption: the HGX H100 board’s 4 NVSwitch chips; H800 uses 8 of each GPU’s 18 NVLinks.':
		'假设：沿用 HGX H100 板的 4 颗 NVSwitch 芯片；H800 每颗 GPU 只用 18 条 NVLink 中的 8 条。',
	'The HGX board’s 8 B300 GPUs.': 'HGX 板上的 8 颗 B300 GPU。',
	'8 × 8 HBM3e stacks (12-high) per B300.': '8 颗 GPU × 每颗 B300 的 HBM3e 堆栈（12 层）数 8。',
	'Assumption: HGX B200’s two NVSwitch chips; no count is published for HGX B300.':
		'假设：沿用 HGX B200 的两颗 NVSwitch 芯片；HGX B300 未公布数量。',
	'One ConnectX-7 400 Gb/s per accelerator; assumption: 4 transceivers per port in a two-tier fabric (CM384: 1,536 ÷ 384 = 4).':
		'每个加速器一块 ConnectX-7 400 Gb/s；假设：两级网络中每个端口 4 个光模块（CM384：1,536 ÷ 384 = 4）。',
	'One ConnectX-8 800 Gb/s per accelerator; assumption: 4 transceivers per port in a two-tier fabric (CM384: 1,536 ÷ 384 = 4).':
		'每个加速器一块 ConnectX-8 800 Gb/s；假设：两级网络中每个端口 4 个光模块（CM384：1,536 ÷ 384 = 4）。',
	'One 400 Gb/s port per accelerator; assumption: 4 transceivers per port in a two-tier fabric (CM384: 1,536 ÷ 384 = 4).':
		'每个加速器一个 400 Gb/s 端口；假设：两级网络中每个端口 4 个光模块（CM384：1,536 ÷ 384 = 4）。',
	'Assumed one 400 Gb/s port (not published for H20) per accelerator; assumption: 4 transceivers per port in a two-tier fabric (CM384: 1,536 ÷ 384 = 4).':
		'每个加速器假设一个 400 Gb/s 端口（H20 未公布）；假设：两级网络中每个端口 4 个光模块（CM384：1,536 ÷ 384 = 4）。',
	'72 × 8. Assumption: B200 carries 8 HBM3e stacks (192 GB = 8 × 24 GB), as the B300 package does [S16].':
		'72 × 8。假设：B200 带 8 个 HBM3e 堆栈（192 GB = 8 × 24 GB），与 B300 封装相同 [S16]。',
	'2 switch chips per tray × 9 trays.': '每个托盘 2 颗交换芯片 × 9 个托盘。',
	'72 GPUs × 18 NVLink links = 1,296 GPU–switch links; carried by >5,000 copper cables.':
		'72 个 GPU × 18 条 NVLink 链路 = 1,296 条 GPU–交换芯片链路，由 >5,000 根铜缆承载。',
	'One Grace per superchip.': '每颗超级芯片一颗 Grace。',
	'14 transceivers per NPU × 384 = 5,376 (400G LPO; some reports say 800G). An alternative count of 5,760 exists [S38].':
		'每 NPU 14 个光模块 × 384 = 5,376（400G LPO；部分报道称 800G）。另有 5,760 个的统计 [S38]。',
	'Two-tier RDMA fabric; 5,376 + 1,536 = 6,912 in all [S37][S46].':
		'两级 RDMA 网络；合计 5,376 + 1,536 = 6,912 [S37][S46]。',
	'48 nodes × 8 Ascend 910C (two dies each).': '48 个节点 × 8 颗昇腾 910C（每颗两个裸片）。',
	'384 × 8 HBM2E stacks.': '384 × 8 个 HBM2E 堆栈。',
	'336 L1 (7 per node × 48) + 112 L2 (7 sub-planes × 16) UB switch chips.':
		'336 颗 L1（每节点 7 颗 × 48）+ 112 颗 L2（7 个子平面 × 16）UB 交换芯片。',
	'Assumption: 0. Short intra-node UB hops are electrical, but no count is published; 0 under-counts.':
		'假设：0。节点内的短距 UB 连接走电信号，但数量未公布；取 0 会低估。',
	'192 Kunpeng CPUs.': '192 颗鲲鹏 CPU。',
	'Same copper NVLink 5 domain as GB200: no optics.':
		'与 GB200 相同的铜缆 NVLink 5 域：没有光模块。',
	'72 × 8 HBM3e stacks (12-high) per B300.': '72 × 每颗 B300 的 8 个 HBM3e 堆栈（12 层堆叠）。',
	'18 NVLink switch chips, as GB200.': '18 颗 NVLink 交换芯片，与 GB200 相同。',
	'NVLink 5 as on GB200: 72 × 18 links.': 'NVLink 5 与 GB200 相同：72 × 18 条链路。',
	'2 Grace per 4-GPU board: 72 ÷ 4 × 2.': '每块 4 GPU 主板配 2 颗 Grace：72 ÷ 4 × 2。',
	'NVLink on board traces, no optics.': 'NVLink 走主板走线，没有光模块。',
	'8 × 5 HBM3 stacks (80 GB).': '8 × 5 个 HBM3 堆栈（80 GB）。',
	'Four third-generation NVSwitch chips.': '四颗第三代 NVSwitch 芯片。',
	'NVLink runs over board traces, not cables; Meta’s GPU rate (incl. NVLink) already covers them.':
		'NVLink 走主板走线而非线缆；Meta 的 GPU 故障率（含 NVLink）已涵盖这部分。',
	'Assumption: a dual-socket x86 host per 8-GPU board; no cited source gives the host.':
		'假设：每块 8 GPU 主板配一台双路 x86 主机；没有引用的来源给出主机配置。',
	'8 × 6. Assumption: 141 GB HBM3e as 6 stacks of 24 GB (144 GB nominal); no cited source gives the stack count.':
		'8 × 6。假设：141 GB HBM3e 由 6 个 24 GB 堆栈组成（标称 144 GB）；没有引用的来源给出堆栈数。',
	'Four NVSwitch chips (HGX H100/H200).': '四颗 NVSwitch 芯片（HGX H100/H200）。',
	'8 × 6. Assumption: 96 GB HBM3 as 6 stacks of 16 GB (H100’s stack size); not published.':
		'8 × 6。假设：96 GB HBM3 由 6 个 16 GB 堆栈组成（H100 的单堆栈容量）；未公布。',
	'Assumption: the HGX H100 board’s 4 NVSwitch chips; H20 keeps NVLink 4 at 900 GB/s.':
		'假设：沿用 HGX H100 主板的 4 颗 NVSwitch 芯片；H20 保留 NVLink 4，900 GB/s。',
	'8 × 8. Assumption: each B200 carries 8 HBM3e stacks, as B300 does [S16].':
		'8 × 8。假设：每颗 B200 带 8 个 HBM3e 堆栈，与 B300 相同 [S16]。',
	'Two NVSwitch chips on HGX B200.': 'HGX B200 上有两颗 NVSwitch 芯片。',

	// model/inference/efficiencies.ts: basis of each default (EfficiencyPanel)
	'Large FP8 GEMMs reach 66–69% of peak on H200 and ~58% on GB200 (2,877 of 5,000 TFLOP/s); CloudMatrix MLA 65.4%. Serving GEMMs are smaller (FP8 1K³ reaches only 489 TFLOP/s on GB200), so 0.60, near their low end (GB200’s 58%).':
		'大尺寸 FP8 GEMM 在 H200 上达到峰值的 66–69%，在 GB200 上约 58%（5,000 TFLOP/s 中的 2,877）；CloudMatrix 的 MLA 为 65.4%。推理服务中的 GEMM 更小（FP8 1K³ 在 GB200 上仅 489 TFLOP/s），故取接近上述大尺寸 GEMM 效率低端（GB200 的 58%）的 0.60。',
	'STREAM-like HBM 83–93% on H200, 7.35 of 8 TB/s (92%) on GB200; memory-bound MLA 84.1% (CloudMatrix) and 89.6% (H800): 0.85.':
		'类 STREAM 的 HBM 测试：H200 上为 83–93%，GB200 上为 8 TB/s 中的 7.35（92%）；访存受限的 MLA 为 84.1%（CloudMatrix）和 89.6%（H800）：取 0.85。',
	'Ring all-reduce without NVLS ~370 of 450 GB/s (0.82) on 8×H100; nvbandwidth ~770 of 900 GB/s (0.86) on GB200; DeepEP intranode ~153–158 GB/s on H800 NVLink: 0.80.':
		'8×H100 上不启用 NVLS 的 Ring all-reduce 约为 450 GB/s 中的 370（0.82）；GB200 上 nvbandwidth 约为 900 GB/s 中的 770（0.86）；DeepEP 节点内通信在 H800 NVLink 上约 153–158 GB/s：取 0.80。',
	'DeepEP low-latency kernels at EP256 move 39–40 GB/s over 400 Gb/s (50 GB/s) RDMA: 0.80.':
		'DeepEP 低时延内核在 EP256 下经 400 Gb/s（50 GB/s）RDMA 传输 39–40 GB/s：取 0.80。',
	'Intercept of t = α + S/β through two points of NCCL all-reduce curves: GB200 tray 1 MiB / 128 MiB gives α ≈ 17 µs; 8×H200 1 MiB / 256 MiB gives α ≈ 30 µs. Between them: 20 µs.':
		'过 NCCL all-reduce 曲线上两点求 t = α + S/β 的截距：GB200 托盘 1 MiB / 128 MiB 得 α ≈ 17 µs；8×H200 1 MiB / 256 MiB 得 α ≈ 30 µs。取两者之间：20 µs。',
	'Assumption: the scale-up α plus 10 µs, the upper end of the extra hardware latency of InfiniBand / RoCE (1–10 µs) over NVLink (1–2 µs) that a low-authority interconnect explainer gives as orders of magnitude; no calibration case isolates it.':
		'假设：纵向扩展的 α 加 10 µs，即一篇低权威度互连科普文章按数量级给出的 InfiniBand / RoCE 相对 NVLink（1–2 µs）额外硬件时延（1–10 µs）的上限；没有校准案例能单独测出该项。',
	'LMSYS prefill, 4K input: simulated perfect EPLB 59,337 vs default 50,302 tok/s per node = 1.18 (calibration notes: 15–20%).':
		'LMSYS 预填充，4K 输入：模拟理想 EPLB 每节点 59,337 tokens/s ÷ 默认 50,302 tokens/s = 1.18（校准说明：15–20%）。',
	'Assumption: ~1 ms per step of scheduling, launch and sampling left after CUDA graphs; no calibration case isolates it.':
		'假设：使用 CUDA Graph 后，每步仍有约 1 ms 的调度、内核启动与采样开销；没有校准案例能单独测出该项。',
	'Assumption: engines hand ~90% of HBM to weights and KV cache by default (vLLM gpu_memory_utilization 0.90, TensorRT-LLM free_gpu_memory_fraction 0.9): 0.10 held back.':
		'假设：推理引擎默认把约 90% 的 HBM 分给权重和 KV 缓存（vLLM gpu_memory_utilization 0.90，TensorRT-LLM free_gpu_memory_fraction 0.9）：预留 0.10。',
	'Assumption for prefill: halfway between perfect and no overlap. Engines overlap part of communication with compute (two-batch overlap: +27–35% prefill in case 5; microbatch pipelining +23–31% on CloudMatrix, case 1) but not all of it.':
		'预填充的假设：取完全重叠与完全不重叠的中点。推理引擎会让部分通信与计算重叠（two-batch overlap 使案例 5 的预填充吞吐提升 27–35%；CloudMatrix 上微批流水提升 23–31%，案例 1），但不是全部。',
	'CloudMatrix-Infer’s decode ablation: two-stream microbatching speeds decode by 5.8–9.4%. With the model’s own terms at case 2’s 50 ms point (compute 49.5 ms; memory, communication and fixed time 40.5 ms more; their sum 90 ms with no overlap), a 1.058–1.094× gain means step = 52.2 + (1 − o) × 37.8 ms = 85.1–82.3 ms (the fixed kernel time, which no overlap hides, counted with compute), so o = 0.13–0.20: 0.15. Decode kernels are small and per layer; little of their time hides behind another resource.':
		'CloudMatrix-Infer 的解码消融实验：双流微批使解码加快 5.8–9.4%。按模型自身在案例 2 的 50 ms 工作点的各项（计算 49.5 ms；访存、通信与固定时间另计 40.5 ms；不重叠时合计 90 ms），1.058–1.094 倍的加速意味着步长 = 52.2 + (1 − o) × 37.8 ms = 85.1–82.3 ms（任何重叠都掩盖不了的固定内核时间计入计算一项），故 o = 0.13–0.20，取 0.15。解码内核小且逐层执行，其时间很少能被其他资源掩盖。',

	// catalog/llms.ts: model caveats (WorkloadPanel)
	'R1 has the DeepSeek-V3 architecture (M2); its MTP module (11.6B) is modelled as one more layer (11.5B), held and run only while drafting.':
		'R1 采用 DeepSeek-V3 架构（M2）；其 MTP 模块（11.6B）按模型多一层建模（11.5B），仅在起草时存放和运行。',
	'Active per token 36.6B excluding the embedding table; DeepSeek states 37B.':
		'不含词嵌入表时每 token 激活 36.6B；DeepSeek 官方称 37B。',
	'Derived total 1.026T; some secondary pages quote 1.04T (unconfirmed).':
		'推算总参数量 1.026T；部分二手页面给出 1.04T（未证实）。',
	'Native context is 32,768 tokens; 131,072 needs YaRN.':
		'原生上下文为 32,768 tokens；131,072 需要 YaRN。',
	'Same shape as Llama 3.1 70B (C5).': '结构与 Llama 3.1 70B 相同（C5）。',
	'Active 5.13B excludes the embedding table and includes the unembedding (OpenAI’s convention).':
		'激活参数 5.13B 不含词嵌入表，含输出投影（unembedding；OpenAI 的口径）。',
	'Every architecture field is an assumption (GPT-4 leak shape, GQA-8); not a fact.':
		'所有架构字段均为假设（GPT-4 泄露结构，GQA-8），并非事实。',
	'Active ≈ 277B per token under these assumptions (leak: ~280B).':
		'按这些假设，每 token 激活 ≈ 277B（泄露信息：约 280B）。',

	// catalog/measurements.ts: published measurements shown as evidence (InferenceView)
	'LMSYS 96×H100 DeepSeek decode, 2K context': 'LMSYS 96×H100 DeepSeek 解码，2K 上下文',
	'LMSYS 96×H100 DeepSeek prefill, 1K prompts': 'LMSYS 96×H100 DeepSeek 预填充，1K 提示词',
	'LMSYS 96×H100 DeepSeek prefill, 2K prompts': 'LMSYS 96×H100 DeepSeek 预填充，2K 提示词',
	'LMSYS 96×H100 DeepSeek prefill, 4K prompts': 'LMSYS 96×H100 DeepSeek 预填充，4K 提示词',
	'MLPerf v5.0 Llama 2 70B, 8×H100-SXM-80GB, offline':
		'MLPerf v5.0 Llama 2 70B，8×H100-SXM-80GB，离线场景',
	'MLPerf v5.0 Llama 2 70B, 8×H100-SXM-80GB, server':
		'MLPerf v5.0 Llama 2 70B，8×H100-SXM-80GB，服务器场景',
	'MLPerf v5.0 Llama 2 70B, 8×H200-SXM-141GB, offline':
		'MLPerf v5.0 Llama 2 70B，8×H200-SXM-141GB，离线场景',
	'MLPerf v5.0 Llama 2 70B, 8×H200-SXM-141GB, server':
		'MLPerf v5.0 Llama 2 70B，8×H200-SXM-141GB，服务器场景',
	'MLPerf v5.0 Llama 2 70B, 8×H200-SXM-141GB, interactive':
		'MLPerf v5.0 Llama 2 70B，8×H200-SXM-141GB，交互场景',
	'MLPerf v5.1 Llama 2 70B, 8×B200-SXM-180GB, offline':
		'MLPerf v5.1 Llama 2 70B，8×B200-SXM-180GB，离线场景',
	'MLPerf v5.1 Llama 2 70B, 8×B200-SXM-180GB, server':
		'MLPerf v5.1 Llama 2 70B，8×B200-SXM-180GB，服务器场景',
	'MLPerf v5.1 Llama 2 70B, 8×B200-SXM-180GB, interactive':
		'MLPerf v5.1 Llama 2 70B，8×B200-SXM-180GB，交互场景',
	'MLPerf v5.0 Llama 3.1 405B, 8×H200-SXM-141GB, offline':
		'MLPerf v5.0 Llama 3.1 405B，8×H200-SXM-141GB，离线场景',
	'MLPerf v5.0 Llama 3.1 405B, 8×H200-SXM-141GB, server':
		'MLPerf v5.0 Llama 3.1 405B，8×H200-SXM-141GB，服务器场景',
	'MLPerf v5.1 Llama 3.1 405B, 8×B200-SXM-180GB, offline':
		'MLPerf v5.1 Llama 3.1 405B，8×B200-SXM-180GB，离线场景',
	'MLPerf v5.1 Llama 3.1 405B, 8×B200-SXM-180GB, server':
		'MLPerf v5.1 Llama 3.1 405B，8×B200-SXM-180GB，服务器场景',
	'MLPerf v5.1 Llama 3.1 405B, 8×B200-SXM-180GB, interactive':
		'MLPerf v5.1 Llama 3.1 405B，8×B200-SXM-180GB，交互场景',
	'MLPerf v5.1 Llama 3.1 405B, GB200 NVL72, offline':
		'MLPerf v5.1 Llama 3.1 405B，GB200 NVL72，离线场景',
	'MLPerf v5.1 Llama 3.1 405B, GB200 NVL72, server':
		'MLPerf v5.1 Llama 3.1 405B，GB200 NVL72，服务器场景',
	'MLPerf v5.1 Llama 3.1 405B, GB200 NVL72, interactive':
		'MLPerf v5.1 Llama 3.1 405B，GB200 NVL72，交互场景',
	'MLPerf v5.1 Llama 3.1 405B, GB300 NVL72, offline':
		'MLPerf v5.1 Llama 3.1 405B，GB300 NVL72，离线场景',
	'MLPerf v5.1 Llama 3.1 405B, GB300 NVL72, server':
		'MLPerf v5.1 Llama 3.1 405B，GB300 NVL72，服务器场景',
	// catalog/systems-2026.ts (issue 13): figure and missing-figure notes
	'Twice the 950’s 2 PF (HiF4 added).': '为 950 的 2 PF 的两倍（新增 HiF4）。',
	'Twice the 950’s 1 PF.': '为 950 的 1 PF 的两倍。',
	'Huawei: capacity doubled over the 950DT’s 144 GB.': '华为：容量为 950DT 的 144 GB 的两倍。',
	'Huawei: bandwidth doubled over the 950DT’s 4 TB/s.': '华为：带宽为 950DT 的 4 TB/s 的两倍。',
	'Assumption: 34 PB/s per SuperPoD ÷ 15,488, direction not stated, is taken as bidirectional: about 1.1 TB/s per direction.':
		'假设：每个超节点 34 PB/s ÷ 15,488，未说明方向，视为双向：单向约 1.1 TB/s。',
	'NVLink cut to 400 GB/s bidirectional = 200 GB/s per direction (H100: 450).':
		'NVLink 削减至双向 400 GB/s = 单向 200 GB/s（H100：450）。',
	'Assumption: the H100 SXM board’s 700 W.': '假设：取 H100 SXM 板卡的 700 W。',
	'Assumption: same HGX board as DGX H100 (10.2 kW ÷ 8).':
		'假设：与 DGX H100 相同的 HGX 基板（10.2 kW ÷ 8）。',
	'270 GB usable on HGX B300 (reported from a Supermicro datasheet); 288 GB physical (InferenceX’s GPU table).':
		'HGX B300 可用 270 GB（据 Supermicro 数据表的报道）；物理容量 288 GB（InferenceX 的 GPU 表）。',
	'HGX B300 TGP (GB300: 1,400 W).': 'HGX B300 的 TGP（GB300：1,400 W）。',
	'DGX B300 system power 14.5 kW ÷ 8 (server only).': 'DGX B300 系统功耗 14.5 kW ÷ 8（仅服务器）。',
	'35 PF NVFP4 “training” taken as dense; 50 PF is the “inference” figure. Dense or sparse is not stated.':
		'将 35 PF NVFP4“训练”算力视为稠密；50 PF 为“推理”数值。官方未说明稠密或稀疏。',
	'Rack 1.2 EF FP8 “training” (GTC 2025) ÷ 72; dense or sparse not stated.':
		'整机柜 1.2 EF FP8“训练”算力（GTC 2025）÷ 72；未说明稠密或稀疏。',
	'No dense BF16 figure is published for this chip.': '该芯片未公布稠密 BF16 数值。',
	'72 packages; called “NVL144” at GTC 2025 (dies).':
		'72 个封装；GTC 2025 上按裸片计称为“NVL144”。',
	'CES 2026; 13 TB/s at GTC 2025.': 'CES 2026 数值；GTC 2025 时为 13 TB/s。',
	'NVLink 6: 3.6 TB/s bidirectional per GPU = 1.8 TB/s per direction.':
		'NVLink 6：每 GPU 双向 3.6 TB/s = 单向 1.8 TB/s。',
	'ConnectX-9, 1.6 Tb/s per GPU (28.8 TB/s per rack ÷ 72 ÷ 2).':
		'ConnectX-9，每 GPU 1.6 Tb/s（每机柜 28.8 TB/s ÷ 72 ÷ 2）。',
	'TGP in NVIDIA’s MLPerf system description (preview).':
		'NVIDIA MLPerf 系统描述（预览）中的 TGP。',
	'Assumption: no rack power from NVIDIA. 2,300 W TGP × 1.678 (GB200 NVL72 all-in ÷ TDP) = 3,860 W, 278 kW a rack: above the rack figures that uncited, low-authority reports give.':
		'假设：NVIDIA 未公布整机柜功耗。2,300 W TGP × 1.678（GB200 NVL72 全口径功耗 ÷ TDP）= 3,860 W，整机柜 278 kW：高于一些无出处、可信度低的报道给出的整机柜数字。',
	'Assumption: Rubin Ultra keeps Vera Rubin’s ratio of NVFP4 “training” to “inference” (35/50), which no source gives for it: rack 15 EF FP4 “inference” ÷ 144 packages = 104 PF, × 35/50 = 72.9 PF, on the basis of Vera Rubin’s 35 PF. Dense or sparse is not stated: 52–104 PF, as Vera Rubin’s 25–50.':
		'假设：Rubin Ultra 沿用 Vera Rubin 的 NVFP4“训练”与“推理”之比（35/50），但没有来源给出这一比值：整机柜 15 EF FP4“推理”算力 ÷ 144 个封装 = 104 PF，× 35/50 = 72.9 PF，与 Vera Rubin 的 35 PF 同一口径。官方未说明稠密或稀疏：52–104 PF，与 Vera Rubin 的 25–50 PF 相同处理。',
	'Rack 5 EF FP8 ÷ 144 packages.': '整机柜 5 EF FP8 ÷ 144 个封装。',
	'~1 TB HBM4E per package.': '每封装约 1 TB HBM4E。',
	'Assumption: not published; twice Rubin’s 22 TB/s (twice the compute dies).':
		'假设：未公布；取 Rubin 的 22 TB/s 的两倍（计算裸片数翻倍）。',
	'Assumption: not published; taken as Rubin’s NVLink 6, 1.8 TB/s per direction.':
		'假设：未公布；取 Rubin 的 NVLink 6，单向 1.8 TB/s。',
	'Assumption: not published; taken as Rubin’s ConnectX-9, 1.6 Tb/s per package.':
		'假设：未公布；取 Rubin 的 ConnectX-9，每封装 1.6 Tb/s。',
	'Chip power is not published.': '芯片功耗未公开。',
	'Rack ~600 kW (Jensen Huang, reported) ÷ 144.': '整机柜约 600 kW（黄仁勋所述，媒体报道）÷ 144。',
	'MXFP4 format.': 'MXFP4 格式。',
	'FP8, MXFP8 and HiF8.': 'FP8、MXFP8 与 HiF8。',
	'HiZQ 2.0.': 'HiZQ 2.0 高带宽内存。',
	'Assumption: 2 TB/s per chip (16.3 PB/s ÷ 8,192), direction not stated, is taken as bidirectional: 1 TB/s per direction.':
		'假设：每芯片 2 TB/s（16.3 PB/s ÷ 8,192），未说明方向，视为双向：单向 1 TB/s。',
	'Assumption: not published; taken as CloudMatrix 384’s 400 Gb/s RDMA plane per NPU.':
		'假设：未公布；取 CloudMatrix 384 每 NPU 400 Gb/s 的 RDMA 平面。',
	'Assumption: no power is published; taken as CloudMatrix 384’s all-in 1,457 W per NPU.':
		'假设：未公布功耗；取 CloudMatrix 384 每 NPU 全口径 1,457 W。',
	'As shipped; the roadmap said 2 PF MXFP4.': '出货规格；路线图曾为 2 PF MXFP4。',
	'Roadmap figure; not restated at launch.': '路线图数值；发布时未再次说明。',
	'Assumption: “2 TB/s class”, direction not stated, is taken as bidirectional; unused within one card.':
		'假设：“2 TB/s 级”，未说明方向，视为双向；单卡内不使用。',
	'One chip per card.': '每卡一颗芯片。',
	'Assumption: no server power cited. 600 W × 1.678 (GB200 NVL72 all-in ÷ TDP).':
		'假设：未引用服务器功耗。600 W × 1.678（GB200 NVL72 全口径功耗 ÷ TDP）。',
	'No FP4 on TPU7x.': 'TPU7x 不支持 FP4。',
	'No FP4 figure: v6e lists BF16 and INT8 only.': '无 FP4 数据：v6e 只列出 BF16 和 INT8。',
	'Assumption: FP8 at the BF16 rate, 918 TFLOP/s, as on v5p: v6e publishes BF16 and INT8 (1,836 TOPS) only, and an FP8 model’s matrix work is taken to run in BF16, not requantized to INT8.':
		'假设：FP8 按 BF16 速率计，918 TFLOP/s，与 v5p 相同：v6e 只公布 BF16 和 INT8（1,836 TOPS），FP8 模型的矩阵运算按 BF16 执行，而不是重新量化为 INT8。',
	'ICI 800 GB/s bidirectional.': 'ICI 双向 800 GB/s。',
	'One 16×16 pod.': '一个 16×16 的 Pod。',
	'Assumption: v6e’s NICs are not published; taken as v5e’s 2 × 100 Gb/s per 8-chip host = 25 Gb/s per chip.':
		'假设：v6e 的网卡未公布；取 v5e 每台 8 芯片主机 2 × 100 Gb/s，即每芯片 25 Gb/s。',
	'Assumption: no v6e power is published; taken as TPU7x’s all-in ~10 MW ÷ 9,216 chips (likely high for a smaller chip).':
		'假设：v6e 功耗未公布；取 TPU7x 的全口径 ~10 MW ÷ 9,216 颗芯片（对更小的芯片可能偏高）。',
	'No FP4 figure for v5p.': 'v5p 无 FP4 数据。',
	'FP8 at the BF16 rate.': 'FP8 与 BF16 速率相同。',
	'The largest v5p slice, 16×16×24 (96 cubes).': 'v5p 最大的切片，16×16×24（96 个立方体）。',
	'95 GB; one version of the page says 95 GiB (102 GB): the lower taken.':
		'95 GB；该页面的另一版本写作 95 GiB（102 GB）：取较小值。',
	'ICI 1,200 GB/s bidirectional per chip.': '每芯片 ICI 双向 1,200 GB/s。',
	'DCN 50 Gb/s per chip.': '每芯片 DCN 50 Gb/s。',
	'Assumption: no v5p power is published; taken as TPU7x’s all-in ~10 MW ÷ 9,216 chips (likely high for a smaller chip).':
		'假设：v5p 功耗未公布；取 TPU7x 的全口径 ~10 MW ÷ 9,216 颗芯片（对更小的芯片可能偏高）。',
	'ICI 1.2 TB/s bidirectional per chip.': '每芯片 ICI 双向 1.2 TB/s。',
	'The 96 face links of a 4×4×4 cube at 100 GB/s each (600 ÷ 6) ÷ 64 chips, through the OCS.':
		'4×4×4 立方体表面的 96 条链路，每条 100 GB/s（600 ÷ 6），÷ 64 颗芯片，经由 OCS。',
	'Not published; ~1 kW per chip is reported.': '未公布；有报道称每芯片约 1 kW。',
	'192 GiB, taken as 192 GB, as Google’s 1.77 PB per 9,216-chip pod does (9,216 × 192 GB): vendors’ HBM capacities are binary gigabytes taken as published, so that systems compare on one basis.':
		'192 GiB，按 192 GB 计，与 Google 给出的每个 9,216 芯片 pod 1.77 PB 一致（9,216 × 192 GB）：各厂商的 HBM 容量都是二进制 GB，按公布值计，使各系统在同一基准上比较。',
	'96 GiB, taken as 96 GB: vendors’ HBM capacities are binary gigabytes (nvidia-smi shows GB200’s “186 GB” as 189,471 MiB), taken as published, so that systems compare on one basis.':
		'96 GiB，按 96 GB 计：各厂商的 HBM 容量都是二进制 GB（nvidia-smi 把 GB200 的“186 GB”显示为 189,471 MiB），按公布值计，使各系统在同一基准上比较。',
	'144 GiB, taken as 144 GB: vendors’ HBM capacities are binary gigabytes (nvidia-smi shows GB200’s “186 GB” as 189,471 MiB), taken as published, so that systems compare on one basis.':
		'144 GiB，按 144 GB 计：各厂商的 HBM 容量都是二进制 GB（nvidia-smi 把 GB200 的“186 GB”显示为 189,471 MiB），按公布值计，使各系统在同一基准上比较。',
	'Pod ~10 MW (reported) ÷ 9,216 chips.': '整个 Pod 约 10 MW（媒体报道）÷ 9,216 颗芯片。',
	'Assumption: TPU7x DCN is not published; taken as TPU v5p’s 50 Gb/s per chip.':
		'假设：TPU7x 的 DCN 带宽未公布；取 TPU v5p 每芯片 50 Gb/s。',
	'5 POPS dense, 10.1 with sparsity.': '稠密 5 POPS，稀疏 10.1。',
	'Infinity Fabric, per direction, summed over 7 links (about 76.8 GB/s each).':
		'Infinity Fabric，单向，7 条链路之和（每条约 76.8 GB/s）。',
	'One Pollara 400 GbE per GPU.': '每 GPU 一块 Pollara 400 GbE。',
	'Assumption: no system power cited. 1,400 W × 1.678 (GB200 NVL72 all-in ÷ TDP).':
		'假设：未引用系统功耗。1,400 W × 1.678（GB200 NVL72 全口径功耗 ÷ TDP）。',
	'20 PF FP8 per GPU; as for FP4, it may assume sparsity (10 PF dense).':
		'每 GPU 20 PF FP8；与 FP4 一样，可能按稀疏计算（稠密为 10 PF）。',
	'40 PF FP4 per GPU; whether it assumes sparsity is unclear (Tom’s Hardware’s table implies 20 PF dense).':
		'每 GPU 40 PF FP4；是否按稀疏计算不明（据 Tom’s Hardware 的表格推算，稠密为 20 PF）。',
	'UALink 3.6 TB/s per GPU is bidirectional (3.6 × 72 = 259 TB/s per rack): 1.8 TB/s per direction.':
		'UALink 每 GPU 3.6 TB/s 为双向（3.6 × 72 = 每机柜 259 TB/s）：单向 1.8 TB/s。',
	'Assumption: no MI455X power is published; taken as Rubin’s 2,300 W × 1.678 (GB200 NVL72 all-in ÷ TDP).':
		'假设：MI455X 功耗未公布；取 Rubin 的 2,300 W × 1.678（GB200 NVL72 全口径功耗 ÷ TDP）。',
	'Trainium2 has no FP4.': 'Trainium2 不支持 FP4。',
	'Assumption: NeuronLink-v3’s 1.28 TB/s per chip, direction not stated, is taken as bidirectional: 640 GB/s per direction.':
		'假设：NeuronLink-v3 每芯片 1.28 TB/s，未说明方向，视为双向：单向 640 GB/s。',
	'EFA 12.8 Tb/s ÷ 64 chips = 200 Gb/s.': 'EFA 12.8 Tb/s ÷ 64 颗芯片 = 200 Gb/s。',
	'Assumption: no system power cited. 500 W × 1.678 (GB200 NVL72 all-in ÷ TDP).':
		'假设：未引用系统功耗。500 W × 1.678（GB200 NVL72 全口径功耗 ÷ TDP）。',
	'MXFP4 runs at the MXFP8 rate: no FP4 speed-up.': 'MXFP4 与 MXFP8 速率相同：FP4 无加速。',
	'MXFP8 format.': 'MXFP8 格式。',
	'Assumption: NeuronLink-v4’s 2,048 GiB/s per chip, direction not stated, is taken as bidirectional: 1,024 GiB/s per direction.':
		'假设：NeuronLink-v4 每芯片 2,048 GiB/s，未说明方向，视为双向：单向 1,024 GiB/s。',
	'EFA 200 Gb/s per chip.': '每芯片 EFA 200 Gb/s。',
	'Assumption: no power is published; “up to ~1 kW” per chip (reported) × 1.678 (GB200 NVL72 all-in ÷ TDP).':
		'假设：未公布功耗；每芯片“最高约 1 kW”（媒体报道）× 1.678（GB200 NVL72 全口径功耗 ÷ TDP）。',

	// catalog/measurements.ts: calibration-2026.md cases 1, 2 and 32 (names shown as evidence)
	'MLPerf v6.0 Llama 2 70B, GB300 NVL72, offline': 'MLPerf v6.0 Llama 2 70B，GB300 NVL72，离线场景',
	'MLPerf v6.0 Llama 2 70B, GB300 NVL72, server':
		'MLPerf v6.0 Llama 2 70B，GB300 NVL72，服务器场景',
	'MLPerf v6.0 Llama 2 70B, GB300 NVL72, interactive':
		'MLPerf v6.0 Llama 2 70B，GB300 NVL72，交互场景',
	'MLPerf v6.0 Llama 3.1 405B, GB300 NVL72, offline':
		'MLPerf v6.0 Llama 3.1 405B，GB300 NVL72，离线场景',
	'MLPerf v6.0 Llama 3.1 405B, GB300 NVL72, server':
		'MLPerf v6.0 Llama 3.1 405B，GB300 NVL72，服务器场景',
	'MLPerf v6.0 Llama 3.1 405B, GB300 NVL72, interactive':
		'MLPerf v6.0 Llama 3.1 405B，GB300 NVL72，交互场景',
	'CloudMatrix-Infer DeepSeek-R1 prefill, 4K prompts':
		'CloudMatrix-Infer DeepSeek-R1 预填充，4K 提示词',
	'CloudMatrix-Infer DeepSeek-R1 decode, 4096/256, TPOT < 50 ms':
		'CloudMatrix-Infer DeepSeek-R1 解码，4096/256，TPOT < 50 ms',
	'CloudMatrix-Infer DeepSeek-R1 decode, 4096/256, TPOT < 30 ms':
		'CloudMatrix-Infer DeepSeek-R1 解码，4096/256，TPOT < 30 ms',
	'CloudMatrix-Infer DeepSeek-R1 decode, 4096/256, TPOT < 15 ms':
		'CloudMatrix-Infer DeepSeek-R1 解码，4096/256，TPOT < 15 ms',
	'CloudMatrix-Infer DeepSeek-R1 decode, 1024/1024, TPOT < 50 ms':
		'CloudMatrix-Infer DeepSeek-R1 解码，1024/1024，TPOT < 50 ms',
	'CloudMatrix-Infer DeepSeek-R1 decode, 2048/256, TPOT < 50 ms':
		'CloudMatrix-Infer DeepSeek-R1 解码，2048/256，TPOT < 50 ms',
	// catalog/measurements-inferencex.ts: InferenceX DeepSeek-R1, GB200 NVL72 vs B200
	'InferenceX DeepSeek-R1 FP4 1k/1k, GB200 NVL72, 17.82 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，GB200 NVL72，单用户 17.82 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, GB200 NVL72, 43.29 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，GB200 NVL72，单用户 43.29 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, GB200 NVL72, 90.99 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，GB200 NVL72，单用户 90.99 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, GB200 NVL72, 164.37 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，GB200 NVL72，单用户 164.37 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, B200, 21.34 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，B200，单用户 21.34 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, B200, 56.35 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，B200，单用户 56.35 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, B200, 74.04 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，B200，单用户 74.04 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, B200, 101.79 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，B200，单用户 101.79 tokens/s',
	'InferenceX DeepSeek-R1 FP4 1k/1k, B200, 126.42 tokens/s per user':
		'InferenceX DeepSeek-R1 FP4 1k/1k，B200，单用户 126.42 tokens/s',
	// The formula inspector's notes (model/inference/estimates.ts, model/training/estimate.ts).
	'compute and memory at kernel-level rates × softwareFraction (the system’s own, else its chip family’s: fitted, carried from its predecessor on the same software stack, or the geometric mean of the fitted ones, the last two assumptions); host: host overhead per step; serial: fixed kernel time and draft passes, which no overlap hides':
		'compute 与 memory 按内核级速率 × softwareFraction 计算（取该系统自身的值，否则取其芯片系列的值：拟合值、沿用同一软件栈上前代芯片的值，或各拟合值的几何平均，后两者为假设）；host：每步的主机开销；serial：固定内核时间与草稿推理，任何重叠都无法掩盖',
	'Each of the collectives is a reduce-scatter and an all-gather of bytes over the TP group: (tp − 1)/tp × bytes ÷ usedBytesPerS + steps × alphaS on the fabric inside a domain, plus (m − 1)/m × bytes/d ÷ (scaleOutBytesPerS ÷ oversubscription) across m domains.':
		'每次 collectives 是在 TP 组内对 bytes 做一次 reduce-scatter 和一次 all-gather：域内在互连上为 (tp − 1)/tp × bytes ÷ usedBytesPerS + steps × alphaS，跨 m 个域再加 (m − 1)/m × bytes/d ÷ (scaleOutBytesPerS ÷ oversubscription)。',
	'Each pass is an all-gather of kvBytes over the CP group: (cp − 1)/cp × kvBytes ÷ usedBytesPerS + steps × alphaS on the fabric inside a domain, over scale-out across domains.':
		'每个 pass 是在 CP 组内对 kvBytes 做一次 all-gather：域内在互连上为 (cp − 1)/cp × kvBytes ÷ usedBytesPerS + steps × alphaS，跨域时经横向扩展网络。',
	'Each send is bytes ÷ peerBytesPerS + alphaS; peerBytesPerS is the chip’s bandwidth on a switch, one link on a full mesh or torus, or the NIC when stages span domains.':
		'每次 send 为 bytes ÷ peerBytesPerS + alphaS；peerBytesPerS 在交换式互连上是芯片的带宽，在全互连或环面上是一条链路，流水级跨域时是网卡。',
	'Each all-to-all is bytes × remoteShare ÷ linkBytesPerS + alphaS, inside and outside the domain; on a torus the larger of injection and bisection (G·S/4 ÷ cut bandwidth).':
		'每次 all-to-all 为 bytes × remoteShare ÷ linkBytesPerS + alphaS，域内与域外分别计算；在环面上取注入与对分两者中较大者（G·S/4 ÷ 切面带宽）。',
	'Each pass is a reduce-scatter (or all-gather) of bytes over the ranks: (inner − 1)/inner × bytes ÷ usedBytesPerS on the fabric inside a domain, + (outer − 1)/outer × bytes/inner ÷ (scaleOutBytesPerS ÷ oversubscription) across domains, + the hops’ latency.':
		'每个 pass 是在各 rank 间对 bytes 做一次 reduce-scatter（或 all-gather）：域内在互连上为 (inner − 1)/inner × bytes ÷ usedBytesPerS，跨域加 (outer − 1)/outer × bytes/inner ÷ (scaleOutBytesPerS ÷ oversubscription)，再加各跳的时延。',
	'The time every group’s traffic spends on the scale-up fabric, summed.':
		'各并行组的流量在纵向扩展链路上所用时间之和。',
	'Assumption: the optical circuit switches re-form the slice around a failed cube (TPU v4 routes around failed hosts this way; Ironwood is reported to reroute around unhealthy components), so a failure drains its cube, not the whole domain.':
		'假设：光路交换机绕开故障立方体重新组成切片（TPU v4 即以此绕开故障主机；据报道 Ironwood 也能绕开不健康的部件），因此一次故障只停用所在的立方体，而不是整个域。',
	'Each kind of component adds its interruptions per system and hour: count × ratePerHour × interruptingFraction (its count per system, failure rate and the share of failures that stop the job).':
		'每类部件贡献其每系统每小时的中断次数：count × ratePerHour × interruptingFraction（每系统数量、故障率，以及会中断作业的故障所占比例）。',
	'systemChips counts every chip the systems provide, idle ones included: chips the layout leaves unused were bought too.':
		'systemChips 计入各系统提供的全部芯片，包括闲置的：布局未用到的芯片同样是买来的。',
	'Assumption: every chip serves at tokensPerSPerChip, the rate per chip in use at the operating point. Its whole copies may leave some of a system’s chips over (the inference view says how many); those are taken to serve in other copies at the same rate, which can overstate the total.':
		'假设：每颗芯片都按 tokensPerSPerChip 服务，即工作点上在用芯片的单芯片速率。工作点的整份副本可能让系统剩下一些芯片（推理视图注明剩下多少）；这些芯片被视为以同样速率在其他副本中服务，可能高估总量。',
	'wallTimeS: the time to train ÷ goodput, the run’s wall time with interruptions; every chip draws power all of it.':
		'wallTimeS：训练所需时间 ÷ 有效训练时间占比，即计入中断的整段运行时间；每颗芯片全程都在耗电。',
	'paidChipHours counts every chip of the job, idle ones included, for the whole wall time with interruptions: more than the training view’s chip-hours, which count the chips in use for the run’s compute time.':
		'paidChipHours 计入作业的全部芯片（含闲置的），时长为含中断在内的全部墙钟时间：多于训练视图的芯片小时数，后者只计在用芯片在作业计算时间内的用时。',
	'The time every group’s traffic spends on the scale-out network, summed.':
		'各并行组的流量在横向扩展网络上所用时间之和。'
};
