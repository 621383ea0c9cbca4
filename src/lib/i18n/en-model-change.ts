/**
 * English messages of the note on a link made with another model version (ModelChangeNote.svelte
 * registers them: model-change-messages.ts).
 */
export const enModelChange = {
	'modelChange.differs':
		'Results differ from when this link was made: it was made with model version {from}, these come from version {to}. What changed since:',
	'modelChange.unaffected':
		'This link was made with model version {from}. The changes up to version {to} do not touch this scenario, so its results are as they were.',
	'modelChange.unknown':
		'This link names model version {from}, which this app does not know; results may differ from when it was made.',
	'modelChange.newer':
		'This link was made with model version {from}, newer than this page’s version {to}; reload the page for the current model.',
	'modelChange.release': 'Version {version} ({date}): {summary}',
	'modelHistory.1':
		'First release: whole-system totals and efficiencies from cited presets. The inference, training and operations views came later under the same version, adding results without moving earlier ones.',
	'modelHistory.3':
		'Serving modes: co-located serving now slows every decode step by the time prompts take on the same chips, and disaggregated serving needs whole prefill and decode instances (with the KV cache moved between them); the operating point uses whichever gives more tokens per chip at the target and says which. Decode steps overlap compute, memory and communication less than prefill passes (0.15, derived from CloudMatrix-Infer’s microbatch ablation; prefill keeps 0.5). Speculative decoding is on by default: one drafted token per step (DeepSeek’s MTP module), 1.8 tokens accepted per step.',
	'modelHistory.15':
		'In a scale-up domain of cubes joined by optical circuit switches (TPU7x pod, TPU v5p slice), one failure drains its 64-chip cube, not the whole domain: the switches re-form the slice around a failed cube, as TPU v4 routes around failed hosts. The TPU7x pod’s blast radius was 9,216 chips and is 64; TPU v5p’s was 6,144 and is 64. Interruptions, goodput and every other figure are unchanged.',
	'modelHistory.14':
		'A pinned training layout that needs more HBM per chip than a chip has cannot run, and has no step time, throughput, time to train, energy or cost: the training view says how much memory it needs against the chip’s. Before, its times were computed as if it ran, with a warning in the training view alone, and the summary, the energy and cost views, the exports and the CLI quoted them as ordinary figures. So is a pinned layout no framework can build, which was timed without a word: more pipeline stages than the model has layers, a TP degree that does not divide its query heads, or an EP degree that does not divide its routed experts or the TP × CP × DP ranks (or EP on a dense model), or more interleaved chunks than layers. The layout search itself now tries only TP degrees that divide the query heads: it split GPT-MoE-1.8T’s 84 heads by 8, 16 or 32, which no framework builds; eight joined GB200 NVL72 now train it in 265 days, from 261. The other presets’ heads are powers of two, and their layouts are unchanged.',
	'modelHistory.13':
		'Kyber’s FP4 per package is taken on Vera Rubin’s basis: NVIDIA’s 15 EF per rack is an “inference” figure, and Vera Rubin’s 35 PF a “training” one (its inference figure is 50 PF), so 15 EF ÷ 144 × 35/50 = 72.9 PF. Before, 104 PF was taken and opened as 100 PF, the field’s limit: at FP4 weights and compute, Kyber served 37,720 tokens/s per chip at the default target, now 34,703 (2.05× to 1.89× Vera Rubin); its band is 52–104 PF, dense or sparse, as Vera Rubin’s. Helios’s 40 PF FP4 and 20 PF FP8 gain their dense reading (20 and 10 PF) as the low end of their uncertainty bands.',
	'modelHistory.12':
		'A torus built of 4×4×4 cubes joined by optical circuit switches (TPU7x pod, TPU v5p) places a serving group as its switches do: a group of whole cubes is a compact slice with every ring closed (8 cubes: 8×8×8), a smaller group part of one cube. Before, a group took the pod’s smallest dimensions first (64 chips: a 16×4 slab of the 16×24×24 torus), and the 9,216-chip pod served 1,064 tokens/s per chip at the default workload against one cube’s 2,776; now 2,523. And Rubin (Vera Rubin NVL72, Kyber) serves with Blackwell’s fitted software fraction, 0.58, as it runs the same CUDA stack, instead of the prior for unmeasured chips, 0.76, which credited it with more mature software than GB300’s: Vera Rubin NVL72 ÷ GB300 NVL72 per chip at the default workload goes from 5.54× to 4.35×.',
	'modelHistory.11':
		'The LLM frontier holds the operating point: its batch is solved for the target speed, between two batches of the grid the frontier was drawn from, so the curve passed below it and the frontier table and CSV had no row with the headline’s figure (GB200 NVL72 at 60 tokens/s per user: 2,807 tokens/s per chip; the nearest rows read 2,971 at 58.0 and 2,433 at 61.4). Grid points it beats leave the frontier. And a dense model is no longer split by a tensor-parallel degree that does not divide its query heads (TP9 or TP72 for Llama’s 128 heads). Operating points of the presets are unchanged.',
	'modelHistory.10':
		'A chip that publishes FP8 but no BF16 figure (Vera Rubin, Kyber, MI455X in Helios, Atlas 950, 960 and 350) runs attention over a BF16 cache at half its FP8 rate, an assumption said beside the result: before, it had no inference estimate at the default BF16 cache. And a system of an awkward chip count also tries the largest multiples of 4 and 8 below it as instances (57 chips try 56): one more chip no longer cuts the total by up to a third.',
	'modelHistory.9':
		'The LLM frontier and the fastest speed per user take a co-located layout only when its own prefill meets the TTFT target, as the operating point always did: layouts too small to prefill a prompt in time (long prompts, tight TTFT targets) no longer draw frontier points the operating point could not use. Operating points are unchanged.',
	'modelHistory.8':
		'Training tokens/s per chip counts every chip the systems provide, idle ones included, as the scale curve already did: where the layout leaves chips idle (one GB200 NVL72 training DeepSeek-R1 uses 64 of its 72) the card, the comparisons and the CSV now agree with the curve (there: 8/9 of the figure before). MFU and chip-hours still count the chips in use.',
	'modelHistory.6':
		'Training charges the memory-bound kernels between the GEMMs (norms, residual adds, the SwiGLU activation and, in MoE layers, the permute and unpermute around each all-to-all), which stream BF16 activations through HBM forward, backward and under full recompute, and do not speed up with FP8. Training steps are longer, most for MoE models (the default DeepSeek-R1 step: about 11% on GB200 NVL72, 6% on CloudMatrix 384; Llama 3.1 405B about 3%).',
	'modelHistory.5':
		'Per-platform serving software: each chip family’s compute and HBM rates are multiplied by a software fraction fitted on public serving results (Blackwell 0.58, fitted on MLPerf Inference v5.1; Hopper 1; Ascend, AMD, TPU, Trainium and other chips 1, an assumption), editable per system (a.sw). Blackwell systems serve fewer tokens per chip than before (GB200 NVL72 at the default workload: about half).',
	'modelHistory.4':
		'Disaggregated serving counts whole instances: the prefill and decode pools are whole numbers of instances of the layouts chosen, within the system, and chips left outside both pools are not counted in tokens per chip (as for co-located instances); a prefill pool’s batch leaves room in the TTFT target for moving its KV cache. Serving collectives inside a domain follow the fabric’s shape, as training’s do: the switch reduces in-network where it can (NVLS), a torus’s bisection and a part-used full mesh’s links limit an all-to-all.',
	'modelHistory.7':
		'Chip families without a serving fit (Ascend, AMD, TPU, Trainium, custom and other chips) take the geometric mean of the fitted families’ software fractions, √(1 × 0.58) = 0.76 (an assumption), instead of 1, which favoured them over the fitted families. Their systems serve fewer tokens per chip when their software fraction is left unset (CloudMatrix 384 at the default workload: about a third fewer); Hopper and Blackwell are unchanged.',
	'modelHistory.2':
		'Serving model: each step waits for the busiest chip (the routed experts it must read and compute, the fullest data-parallel attention rank); collective latency grows with the group (fitted to NCCL, DeepEP and CloudMatrix measurements) and every layer pays a fixed kernel time; expert GEMMs pay for at least 64 rows; attention never runs below FP8 and FP4 peak needs FP4 weights; speculative decoding pays for its drafts and their verification; TPOT and TTFT targets are read as 99th percentiles; instances of 72, 320 and 384 chips are tried.'
} as const;
