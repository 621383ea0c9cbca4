import { systemCollective } from '../../model/collectives';
import type { Topology } from '../../model/fabric';
import { collectiveCost } from '../../model/topology';
import { EXACT, sheet, src, system, text } from './helpers';
import type { MethodSection } from './types';

const GB = 1e9;
const US = 1e-6;

/** Stated inputs: a fabric of the given shape, 1 µs a hop inside, 2 µs above (catalog/topology.ts). */
function fabric(scaleUp: Partial<Topology['scaleUp']>, scaleOut: Partial<Topology['scaleOut']>) {
	const topology: Topology = {
		scaleUp: {
			kind: 'switched',
			domainChips: 8,
			linksPerChip: null,
			bytesPerSPerChip: 450 * GB,
			hopLatencyS: 1 * US,
			...scaleUp
		},
		scaleOut: {
			kind: 'fat-tree',
			bytesPerSPerChip: 50 * GB,
			oversubscription: 1,
			hopLatencyS: 2 * US,
			...scaleOut
		}
	};
	return topology;
}

const MESH = fabric({ kind: 'full-mesh', linksPerChip: 7, bytesPerSPerChip: 538 * GB }, {});
/** NICs set aside (1 MB/s) so the example isolates the torus. */
const TORUS = fabric(
	{
		kind: 'torus',
		domainChips: 64,
		dims: [4, 4, 4],
		wraparound: true,
		linksPerChip: 6,
		bytesPerSPerChip: 640 * GB
	},
	{ bytesPerSPerChip: 1e6 }
);
const HGX_CLUSTER = fabric(
	{ inSwitchReduction: true },
	{ bytesPerSPerChip: 50 * GB, oversubscription: 2 }
);

/** The /method section on collectives per fabric (issue 13): model/topology.ts. */
export const TOPOLOGY_SECTIONS: readonly MethodSection[] = [
	{
		id: 'collectives',
		title: text('Collectives on each fabric', '各种互连拓扑上的集合通信'),
		paragraphs: [
			text(
				'A collective’s time depends on how the chips are joined, not only on their bandwidth. Each system declares its scale-up fabric (a switch, a full mesh, a torus, an optical mesh) and the tier above it (a fat tree with its oversubscription, a datacenter network, optical circuit switches). Times are alpha-beta: bytes over the bandwidth the collective can use, plus a latency per step. S is the bytes per chip, B the chip’s scale-up bandwidth per direction, b one link’s share, α a hop.',
				'集合通信的耗时不只取决于带宽，还取决于芯片如何互连。每个系统声明其纵向扩展互连（交换机、全互连、环面、光互连网格）及其上一层（带收敛比的胖树、数据中心网络、光路交换）。耗时按 α-β 形式计算：字节数除以该集合通信能用到的带宽，再加每一步的时延。S 为每颗芯片的字节数，B 为芯片单向纵向扩展带宽，b 为单条链路的带宽，α 为一跳时延。'
			),
			text(
				'On a switch every chip reaches every other at B: rings take (G − 1) steps, a double binary tree 2⌈log2 G⌉, and switches that reduce in the network (NVLink SHARP) all-reduce in one pass. A full mesh has one link per peer, so a chip talks to one peer at only 1/(D − 1) of B, but to all of them at once. A torus group runs rings along each dimension it spans on the links it uses, and an all-to-all is capped by the bisection: a quarter of all bytes must cross the middle cut. A torus built of cubes joined by optical circuit switches (TPU v4 and later, 4×4×4 cubes) is placed as its switches allow: a group of whole cubes is its own slice, the most compact box of cubes the domain holds, every ring closed through the switches (8 cubes: 8×8×8, not the 16×24×2 slab of a 16×24×24 pod it was); a smaller group sits in a one-cube slice, its 4-long rings closed, and a domain resized below a cube is a mesh. Google’s TPU docs: slices of whole 4×4×4 cubes have wraparound links, smaller slices are a mesh.',
				'交换机上每颗芯片以 B 到达任意其他芯片：环需 (G − 1) 步，双二叉树需 2⌈log2 G⌉ 步，能在网络内规约的交换机（NVLink SHARP）一遍完成 all-reduce。全互连中每个对端一条链路，因此对单个对端只有 B 的 1/(D − 1)，但可同时与所有对端通信。环面上的组沿其跨越的每个维度、在其用到的链路上跑环；all-to-all 受对分带宽限制：全部字节的四分之一必须穿过中间切面。由光路交换连接立方体构成的环面（TPU v4 及以后，4×4×4 立方体）按光路交换所能的方式放置：由整块立方体组成的组自成一个切片，取域内能容纳的最紧凑的立方体排列，每个环都经光路交换闭合（8 个立方体：8×8×8，而不是此前在 16×24×24 集群中的 16×24×2 板状切片）；更小的组位于单个立方体的切片内，其长度为 4 的环闭合；被缩小到不足一个立方体的域是网格。Google TPU 文档：由整块 4×4×4 立方体组成的切片有环绕链路，更小的切片是网格。'
			),
			text(
				'Past one domain a collective is hierarchical: reduce-scatter inside the domain, the 1/d shard across the m domains at the NIC bandwidth divided by the oversubscription, then all-gather inside. Training places its groups in Megatron’s order (TP innermost, then CP, DP, PP outermost; EP on consecutive ranks), so TP lands inside a switch domain or along one torus ring, and each estimate says which groups live inside a domain and which cross the tier above. The training model takes its calibrated per-step latency and achieved bandwidth fraction (0.8) on every fabric.',
				'跨出一个域时集合通信分层进行：先在域内 reduce-scatter，再把 1/d 的分片以网卡带宽除以收敛比的速率在 m 个域之间传输，最后在域内 all-gather。训练按 Megatron 的顺序放置并行组（TP 最内层，其次 CP、DP，PP 最外层；EP 占用相邻 rank），因此 TP 落在一个交换域内或环面的一条环上；每个估算都会说明哪些组在域内、哪些跨越上一层网络。训练模型在所有拓扑上使用同一套校准过的每步时延和实际带宽比例（0.8）。'
			)
		],
		formulas: [
			text(
				'switched: ring RS/AG = (G−1)/G·S/B + (G−1)α; all-reduce = min(2× ring, 2·S/B + 2⌈log2 G⌉α, S/B + 2α with in-switch reduction); all-to-all = (G−1)/G·S/B + α',
				'交换式：环形 RS/AG = (G−1)/G·S/B + (G−1)α；all-reduce = min(2× 环形, 2·S/B + 2⌈log2 G⌉α, 交换机内规约时 S/B + 2α)；all-to-all = (G−1)/G·S/B + α'
			),
			text(
				'full mesh: b = B/(D−1); RS/AG/all-to-all = (S/G)/b + α; all-reduce twice that; point-to-point = S/b + α',
				'全互连：b = B/(D−1)；RS/AG/all-to-all = (S/G)/b + α；all-reduce 为其两倍；点对点 = S/b + α'
			),
			text(
				'torus: RS/AG = (G−1)/G·S/B_used + Σ(nᵢ−1)α, B_used = b × (2 per closed ring, 1 per open line); all-to-all = max(injection, G·S/4 ÷ cut) + Σ⌊nᵢ/2⌋α',
				'环面：RS/AG = (G−1)/G·S/B_used + Σ(nᵢ−1)α，B_used = b × (闭合环为 2，开放线为 1)；all-to-all = max(注入, G·S/4 ÷ 切面) + Σ⌊nᵢ/2⌋α'
			),
			text(
				'torus of OCS-joined cubes: G ≤ cube → a sub-block of one cube; G > cube → a·b·c ≥ ⌈G/cube⌉ cubes, a·b·c ≤ the domain’s cubes, least max(a, b, c), every ring closed',
				'由 OCS 连接立方体组成的环面：G ≤ 立方体 → 一个立方体内的子块；G > 立方体 → a·b·c ≥ ⌈G/cube⌉ 个立方体，a·b·c ≤ 域内立方体数，取 max(a, b, c) 最小者，每条环都闭合'
			),
			text(
				'across m domains of d chips: all-reduce = RS_in(S) + AR_out(S/d at Bₒ ÷ oversubscription) + AG_in(S); all-to-all = max((d−1)/G·S on the fabric, (G−d)/G·S ÷ (Bₒ ÷ oversubscription))',
				'跨 m 个各含 d 颗芯片的域：all-reduce = RS_in(S) + AR_out(S/d，速率 Bₒ ÷ 收敛比) + AG_in(S)；all-to-all = max(域内网络上的 (d−1)/G·S, (G−d)/G·S ÷ (Bₒ ÷ 收敛比))'
			),
			text(
				'data parallel: dpUpS + dpOutS, each of its passes (inner − 1)/inner × bytes ÷ usedBytesPerS inside a domain + (outer − 1)/outer × bytes/inner ÷ (scaleOutBytesPerS ÷ oversubscription) across domains + alphaS',
				'数据并行：dpUpS + dpOutS，每一轮为域内 (inner − 1)/inner × bytes ÷ usedBytesPerS + 跨域 (outer − 1)/outer × bytes/inner ÷ (scaleOutBytesPerS ÷ 收敛比) + alphaS'
			)
		],
		examples: [
			{
				id: 'nvls-1gb-nvl72',
				label: text(
					'All-reduce of 1 GB over an NVL72, reduced in the switch',
					'在 NVL72 上对 1 GB 做 all-reduce，由交换机内规约'
				),
				inputs: text(
					'1 GB ÷ 900 GB/s + 2 × 1 µs = {quoted}',
					'1 GB ÷ 900 GB/s + 2 × 1 µs = {quoted}'
				),
				quoted: 1e9 / 900e9 + 2 * US,
				tolerance: EXACT,
				example: () => systemCollective(72, 1e9, 'all-reduce', system('gb200-nvl72')).timeS,
				format: { kind: 'duration' },
				calls: 'systemCollective (collectives.ts), collectiveCost (topology.ts)'
			},
			{
				id: 'mesh-p2p-1gb',
				label: text(
					'1 GB to one peer on an 8-GPU full mesh (538 GB/s over 7 links)',
					'8 卡全互连（538 GB/s 分 7 条链路）上向一个对端发送 1 GB'
				),
				inputs: text(
					'1 GB ÷ (538 GB/s ÷ 7) + 1 µs = {quoted}',
					'1 GB ÷ (538 GB/s ÷ 7) + 1 µs = {quoted}'
				),
				quoted: 1e9 / (538e9 / 7) + 1 * US,
				tolerance: EXACT,
				example: () => collectiveCost(MESH, 'point-to-point', 2, 1e9).timeS,
				format: { kind: 'duration' },
				calls: 'collectiveCost (topology.ts)'
			},
			{
				id: 'torus-a2a-1gb',
				label: text(
					'All-to-all of 1 GB per chip on a 4×4×4 torus (640 GB/s over 6 links): bisection-bound',
					'在 4×4×4 环面（640 GB/s 分 6 条链路）上每芯片 1 GB 的 all-to-all：受对分带宽限制'
				),
				inputs: text(
					'64 × 1 GB ÷ 4 ÷ (2 × 16 links × 106.7 GB/s) + 6 × 1 µs = {quoted}',
					'64 × 1 GB ÷ 4 ÷ (2 × 16 条链路 × 106.7 GB/s) + 6 × 1 µs = {quoted}'
				),
				quoted: (64 * 1e9) / 4 / (2 * 16 * (640e9 / 6)) + 6 * US,
				tolerance: EXACT,
				example: () => collectiveCost(TORUS, 'all-to-all', 64, 1e9).timeS,
				format: { kind: 'duration' },
				calls: 'collectiveCost (topology.ts)'
			},
			{
				id: 'two-tier-ar-1gb',
				label: text(
					'All-reduce of 1 GB over 16 HGX boards (128 GPUs) on a 2:1 oversubscribed fat tree',
					'在 2:1 收敛的胖树上对 16 块 HGX 板（128 颗 GPU）做 1 GB 的 all-reduce'
				),
				inputs: text(
					'2 × (7/8 × 1 GB ÷ 450 GB/s + 7 × 1 µs) + 2 × (15/16 × 125 MB ÷ 25 GB/s + 15 × 2 µs) = {quoted}',
					'2 × (7/8 × 1 GB ÷ 450 GB/s + 7 × 1 µs) + 2 × (15/16 × 125 MB ÷ 25 GB/s + 15 × 2 µs) = {quoted}'
				),
				quoted:
					2 * ((7 / 8) * (1e9 / 450e9) + 7 * US) + 2 * ((15 / 16) * (0.125e9 / 25e9) + 15 * 2 * US),
				tolerance: EXACT,
				example: () => collectiveCost(HGX_CLUSTER, 'all-reduce', 128, 1e9).timeS,
				format: { kind: 'duration' },
				calls: 'collectiveCost (topology.ts)'
			}
		],
		references: [
			src('specs', 'S116'),
			src('specs', 'S45'),
			src('specs', 'TPU_V4_DOC'),
			sheet(
				text('specs-2026.md (topologies of the 2026 presets)', 'specs-2026.md（2026 年预设的拓扑）')
			)
		],
		code: [
			'model/topology.ts',
			'model/collectives.ts',
			'model/topology-of.ts',
			'model/training/placement.ts',
			'catalog/topology.ts'
		]
	}
];
