import type { ChipFamily } from '../model/chip-family';

/**
 * Every model version, oldest first: when it shipped, what it changed, and which scenarios that
 * touches. A link carries the version that made it (`m=`); model-change.ts reads this table to
 * say whether that link's results really moved since, and why.
 *
 * Bump MODEL_VERSION (model/version.ts) and add an entry here in the same change whenever a
 * formula, preset figure or default moves a number for an unchanged link. Links leave out values
 * equal to their preset or default, so a changed preset or default changes what an old link
 * means: list it as a change, never silently. Entries are never edited once released. The page
 * words `summary` through the message 'modelHistory.<version>' (en-model-change.ts, zh-model-change.ts).
 */

/** What one release moved, as precisely as is known; an old link is affected when any scope is. */
export type ChangeScope =
	/** A formula every scenario goes through, in one area of the results. */
	| { kind: 'formulas'; area: 'hardware' | 'inference' | 'training' | 'operations' }
	/**
	 * Figures of one system preset. `keys` are the link key suffixes moved (`hbm_tbps`); a slot on
	 * that preset whose link sets every one of them itself is unaffected. No keys: all figures.
	 */
	| { kind: 'system-preset'; id: string; keys?: string[] }
	/** The shape or name of one LLM preset: affects scenarios serving it, edited or not. */
	| { kind: 'llm-preset'; id: string }
	/** A default links omit while unchanged (`e.compute`, `user_tps`): links without the key. */
	| { kind: 'default'; key: string }
	/**
	 * The software table's value for these chip families (model/inference/software-fractions.ts):
	 * links with a system of one of them that takes the table's value (leaves its `sw` unset).
	 */
	| { kind: 'software-table'; families: ChipFamily[] }
	/**
	 * The co-located frontier of a system with a layout whose own prefill misses the TTFT target
	 * while another layout's meets it (InferenceOk.coLocatedMissingTtft, worked out by the model).
	 */
	| { kind: 'co-located-ttft' }
	/**
	 * A system publishing a narrow format but nothing at attention's width or wider
	 * (precision-choice.ts chooseAttentionPrecision): it had no inference estimate before.
	 */
	| { kind: 'assumed-wider-rate' }
	/** A system whose chip count gains instance sizes from rounding (layouts.ts ROUNDED_MULTIPLES). */
	| { kind: 'rounded-instance-sizes' }
	/**
	 * A torus of OCS-joined cubes whose domain is not exactly one cube (TPU7x pod, TPU v5p, a
	 * resized TPU7x cube): its serving groups are now cube slices (topology.ts subTorus).
	 */
	| { kind: 'ocs-cube-slices' }
	/**
	 * A pinned training layout the model cannot be split by (training/pinned.ts) or that needs more
	 * HBM per chip than the chip has (training/fit.ts): it had training figures, and has none now.
	 */
	| { kind: 'pinned-layout-refused' }
	/**
	 * The training layout search, for a model whose query heads some power-of-two TP up to the
	 * domain does not divide (GPT-MoE-1.8T's 84): it now tries only TP degrees that divide them.
	 */
	| { kind: 'training-tp-heads' }
	/**
	 * Reliability's blast radius in a domain of OCS-joined cubes larger than one cube (TPU7x pod,
	 * TPU v5p): one cube, not the whole domain.
	 */
	| { kind: 'ocs-blast-radius' }
	/**
	 * Disaggregated serving's time to first token (decode-search.ts poolPass): links whose serving
	 * mode lets the model try it (auto or disaggregated, not co-located).
	 */
	| { kind: 'disaggregated-ttft' }
	/**
	 * Links whose speculative decoding drafts (more than one token accepted per step): what an
	 * instance holds then (capacity.ts) and its prefill of the draft layers (sweep.ts
	 * heldDraftLayers).
	 */
	| { kind: 'drafting' };

/** Presets whose parts follow the generic rule (no cited inventory) and whose scale-up has no switch. */
const SWITCHLESS_GENERIC = [
	'tpu7x-cube-64',
	'tpu7x-pod',
	'tpu-v6e-256',
	'tpu-v5p-6144',
	'trn2-ultraserver',
	'mi355x-8'
];

export interface ModelRelease {
	/** The value of MODEL_VERSION, and of `m=` in links it made. */
	version: string;
	/** ISO date the version shipped. */
	date: string;
	/** One line in English for the CLI and reviewers; the page shows 'modelHistory.<version>'. */
	summary: string;
	/** What moved since the previous version; empty for the first. */
	changes: ChangeScope[];
}

/**
 * Versions 21 to 23 reach the LLM presets with an output head (a cited vocabulary, llms.ts) as
 * of version 21. Written out, not read from the catalog: a history is a record, and a preset that
 * gains a vocabulary later must not join releases made before it.
 */
const WITH_OUTPUT_HEAD = [
	'deepseek-r1',
	'kimi-k2',
	'qwen3-235b-a22b',
	'llama-3.1-405b',
	'llama-3.3-70b',
	'llama-3.1-8b',
	'gpt-oss-120b'
].map((id) => ({ kind: 'llm-preset' as const, id }));

export const MODEL_HISTORY: readonly ModelRelease[] = [
	{
		version: '1',
		date: '2026-11-29',
		summary:
			'First release: whole-system totals and efficiencies from cited presets. The inference, ' +
			'training and operations views came later under the same version, adding results without ' +
			'moving earlier ones.',
		changes: []
	},
	{
		version: '2',
		date: '2026-12-02',
		summary:
			'Serving model: each step waits for the busiest chip (routed experts it must read and ' +
			'compute, the fullest data-parallel attention rank); collective latency grows with the ' +
			'group (α(G) fitted to NCCL, DeepEP and CloudMatrix measurements) and every layer pays a ' +
			'fixed kernel time; expert GEMMs pay for at least 64 rows; attention never runs below FP8 ' +
			'and FP4 peak needs FP4 weights; speculative decoding pays for its drafts and their ' +
			'verification; TPOT and TTFT targets are read as 99th percentiles; instances of 72, 320 ' +
			'and 384 chips are tried.',
		changes: [{ kind: 'formulas', area: 'inference' }]
	},
	{
		version: '3',
		date: '2026-12-02',
		summary:
			'Serving modes: co-located serving now slows every decode step by the time prompts take ' +
			'on the same chips, and disaggregated serving needs whole prefill and decode instances ' +
			'(with the KV cache moved between them); the operating point uses whichever gives more ' +
			'tokens per chip at the target and says which. Decode steps overlap compute, memory and ' +
			'communication less than prefill passes (0.15, derived from CloudMatrix-Infer’s ' +
			'microbatch ablation; prefill keeps 0.5). Speculative decoding is on by default: one ' +
			'drafted token per step (DeepSeek’s MTP module), 1.8 tokens accepted per step.',
		// Links made before keep accepted = 1 (serving-codec.ts): only the formulas moved for them.
		changes: [{ kind: 'formulas', area: 'inference' }]
	},
	{
		version: '4',
		date: '2026-12-03',
		summary:
			'Disaggregated serving counts whole instances: the prefill and decode pools are whole ' +
			'numbers of instances of the layouts chosen, within the system, and chips left outside ' +
			'both pools are not counted in tokens per chip (as for co-located instances); a prefill ' +
			'pool’s batch leaves room in the TTFT target for moving its KV cache. Serving ' +
			'collectives inside a domain follow the fabric’s shape, as training’s do: the switch ' +
			'reduces in-network where it can (NVLS), a torus’s bisection and a part-used full ' +
			'mesh’s links limit an all-to-all.',
		changes: [{ kind: 'formulas', area: 'inference' }]
	},
	{
		version: '5',
		date: '2026-12-03',
		summary:
			'Per-platform serving software: each chip family’s compute and HBM rates are multiplied ' +
			'by a software fraction fitted on public serving results (Blackwell 0.58, fitted on ' +
			'MLPerf Inference v5.1; Hopper 1; Ascend, AMD, TPU, Trainium and other chips 1, an ' +
			'assumption), editable per system (a.sw). Blackwell systems serve fewer tokens per chip ' +
			'than before (GB200 NVL72 at the default workload: about half).',
		changes: [{ kind: 'formulas', area: 'inference' }]
	},
	{
		version: '6',
		date: '2026-12-03',
		summary:
			'Training charges the memory-bound kernels between the GEMMs (norms, residual adds, the ' +
			'SwiGLU activation and, in MoE layers, the permute and unpermute around each all-to-all), ' +
			'which stream BF16 activations through HBM forward, backward and under full recompute, and ' +
			'do not speed up with FP8. Training steps are longer, most for MoE models (the default ' +
			'DeepSeek-R1 step: about 11 % on GB200 NVL72, 6 % on CloudMatrix 384; Llama 3.1 405B ' +
			'about 3 %).',
		changes: [{ kind: 'formulas', area: 'training' }]
	},
	{
		version: '7',
		date: '2026-12-03',
		summary:
			'Chip families without a serving fit (Ascend, AMD, TPU, Trainium, custom and other chips) ' +
			'take the geometric mean of the fitted families’ software fractions, √(1 × 0.58) = 0.76 ' +
			'(an assumption), instead of 1, which favoured them over the fitted families. ' +
			'Their systems serve fewer tokens per chip when their software fraction is left unset ' +
			'(CloudMatrix 384 at the default workload: about a third fewer); Hopper and Blackwell ' +
			'are unchanged.',
		// Rubin was "other" then (its own family since release 12): listed so its links still are.
		changes: [
			{ kind: 'software-table', families: ['ascend', 'amd', 'tpu', 'trainium', 'other', 'rubin'] }
		]
	},
	{
		version: '8',
		date: '2026-12-03',
		summary:
			'Training tokens/s per chip counts every chip the systems provide, idle ones included, ' +
			'as the scale curve already did: where the layout leaves chips idle (one GB200 NVL72 ' +
			'training DeepSeek-R1 uses 64 of its 72) the card, the comparisons and the CSV now ' +
			'agree with the curve (there: 8/9 of the figure before). MFU and chip-hours still count ' +
			'the chips in use.',
		changes: [{ kind: 'formulas', area: 'training' }]
	},
	{
		version: '9',
		date: '2026-12-03',
		summary:
			'The LLM frontier and the fastest speed per user take a co-located layout only when its ' +
			'own prefill meets the TTFT target, as the operating point always did: layouts too small ' +
			'to prefill a prompt in time (long prompts, tight TTFT targets) no longer draw frontier ' +
			'points the operating point could not use. Operating points are unchanged.',
		changes: [{ kind: 'co-located-ttft' }]
	},
	{
		version: '10',
		date: '2026-12-04',
		summary:
			'A chip that publishes FP8 but no BF16 figure (Vera Rubin, Kyber, MI455X in Helios, ' +
			'Atlas 950, 960 and 350) runs attention over a BF16 cache at half its FP8 rate, an ' +
			'assumption said beside the result: before, it had no inference estimate at the default ' +
			'BF16 cache. And a system of an awkward chip count also tries the largest multiples of 4 ' +
			'and 8 below it as instances (57 chips try 56): one more chip no longer cuts the total ' +
			'by up to a third.',
		changes: [{ kind: 'assumed-wider-rate' }, { kind: 'rounded-instance-sizes' }]
	},
	{
		version: '11',
		date: '2026-12-04',
		summary:
			'The LLM frontier holds the operating point: its batch is solved for the target speed, ' +
			'between two batches of the grid the frontier was drawn from, so the curve passed below ' +
			'it and the frontier table and CSV had no row with the headline’s figure (GB200 NVL72 at ' +
			'60 tokens/s per user: 2,807 tokens/s per chip; the nearest rows read 2,971 at 58.0 and ' +
			'2,433 at 61.4). Grid points it beats leave the frontier. And a dense model is no longer ' +
			'split by a tensor-parallel degree that does not divide its query heads (TP9 or TP72 for ' +
			'Llama’s 128 heads). Operating points of the presets are unchanged.',
		changes: [{ kind: 'formulas', area: 'inference' }]
	},
	{
		version: '12',
		date: '2026-12-04',
		summary:
			'A torus built of 4x4x4 cubes joined by optical circuit switches (TPU7x pod, TPU v5p) ' +
			'places a serving group as its switches do: a group of whole cubes is a compact slice ' +
			'with every ring closed (8 cubes: 8x8x8), a smaller group part of one cube. Before, a ' +
			'group took the pod’s smallest dimensions first (64 chips: a 16x4 slab of the ' +
			'16x24x24 torus), and the 9,216-chip pod served 1,064 tokens/s per chip at the default ' +
			'workload against one cube’s 2,776; now 2,523. And Rubin (Vera Rubin NVL72, Kyber) ' +
			'serves with Blackwell’s fitted software fraction, 0.58, as it runs the same CUDA stack, ' +
			'instead of the prior for unmeasured chips, 0.76, which credited it with more mature ' +
			'software than GB300’s: Vera Rubin NVL72 ÷ GB300 NVL72 per chip at the default workload ' +
			'goes from 5.54x to 4.35x.',
		changes: [{ kind: 'ocs-cube-slices' }, { kind: 'software-table', families: ['rubin'] }]
	},
	{
		version: '13',
		date: '2026-12-05',
		summary:
			'Kyber’s FP4 per package is taken on Vera Rubin’s basis: NVIDIA’s 15 EF per rack is an ' +
			'“inference” figure, and Vera Rubin’s 35 PF a “training” one (its inference figure is ' +
			'50 PF), so 15 EF ÷ 144 × 35/50 = 72.9 PF. Before, 104 PF was taken and opened as 100 PF, ' +
			'the field’s limit: at FP4 weights and compute, Kyber served 37,720 tokens/s per chip at ' +
			'the default target, now 34,703 (2.05x to 1.89x Vera Rubin); its band is 52–104 PF, ' +
			'dense or sparse, as Vera Rubin’s. Helios’s 40 PF FP4 and 20 PF FP8 gain their dense ' +
			'reading (20 and 10 PF) as the low end of their uncertainty bands.',
		changes: [
			{ kind: 'system-preset', id: 'kyber-nvl144', keys: ['fp4_tflops'] },
			{ kind: 'system-preset', id: 'helios', keys: ['fp4_tflops', 'fp8_tflops'] }
		]
	},
	{
		version: '14',
		date: '2026-12-06',
		summary:
			'A pinned training layout that needs more HBM per chip than a chip has cannot run, and ' +
			'has no step time, throughput, time to train, energy or cost: the training view says how ' +
			'much memory it needs against the chip’s. Before, its times were computed as if it ran, ' +
			'with a warning in the training view alone, and the summary, the energy and cost views, ' +
			'the exports and the CLI quoted them as ordinary figures. So is a pinned layout no ' +
			'framework can build, which was timed without a word: more pipeline stages than the ' +
			'model has layers, a TP degree that does not divide its query heads, or an EP degree that ' +
			'does not divide its routed experts or the TP × CP × DP ranks (or EP on a dense model), or ' +
			'more interleaved chunks than layers. The layout search itself now tries only TP degrees ' +
			'that divide the query heads: it split GPT-MoE-1.8T’s 84 heads by 8, 16 or 32, which ' +
			'no framework builds; eight joined GB200 NVL72 now train it in 265 days, from 261. The other ' +
			'presets’ heads are powers of two, and their layouts are unchanged.',
		changes: [{ kind: 'pinned-layout-refused' }, { kind: 'training-tp-heads' }]
	},
	{
		version: '15',
		date: '2026-12-06',
		summary:
			'In a scale-up domain of cubes joined by optical circuit switches (TPU7x pod, TPU v5p ' +
			'slice), one failure drains its 64-chip cube, not the whole domain: the switches re-form ' +
			'the slice around a failed cube, as TPU v4 routes around failed hosts. The TPU7x pod’s ' +
			'blast radius was 9,216 chips and is 64; TPU v5p’s was 6,144 and is 64. Interruptions, ' +
			'goodput and every other figure are unchanged.',
		changes: [{ kind: 'ocs-blast-radius' }]
	},
	{
		version: '16',
		date: '2026-12-06',
		summary:
			'HBM capacity of TPU7x, Trainium2 and Trainium3 is taken as published, 192, 96 and 144 GB ' +
			'per chip, as every other preset’s: their vendors write GiB, and these presets had turned ' +
			'them into bytes (206, 103 and 155 GB), 7.4% more than the same figure gave an NVIDIA or ' +
			'Huawei chip, whose “GB” are binary too (nvidia-smi shows GB200’s 186 GB as 189,471 MiB). ' +
			'A TPU7x pod holds 1.77 PB, Google’s own figure, not 1.90. Serving operating points at the ' +
			'default workload are unchanged; where HBM limits the batch, at the slowest speeds, fewer ' +
			'sequences fit (a TPU7x cube’s largest DeepSeek-R1 batch 12,867, from 14,284). Training a ' +
			'TPU7x cube at the defaults takes a layout that fits the smaller HBM (TP1 with full ' +
			'recompute, not TP2 with selective): 2,942 tokens/s per chip, from 3,103.',
		changes: [
			{ kind: 'system-preset', id: 'tpu7x-pod', keys: ['hbm_gb'] },
			{ kind: 'system-preset', id: 'tpu7x-cube-64', keys: ['hbm_gb'] },
			{ kind: 'system-preset', id: 'trn2-ultraserver', keys: ['hbm_gb'] },
			{ kind: 'system-preset', id: 'trn3-ultraserver-64', keys: ['hbm_gb'] },
			{ kind: 'system-preset', id: 'trn3-ultraserver-144', keys: ['hbm_gb'] }
		]
	},
	{
		version: '17',
		date: '2026-12-06',
		summary:
			'TPU v6e computes FP8 at its BF16 rate, 918 TFLOP/s, as TPU v5p does (an assumption, ' +
			'stated on the figure): Google publishes BF16 and INT8 for v6e only, and an FP8 model ' +
			'had been run at INT8’s 1,836 TOPS, twice the rate, as if requantized. A v6e pod serving ' +
			'DeepSeek-R1 in FP8 at the defaults delivers 190 tokens/s per chip, from 225. Training ' +
			'is unchanged: it never fell to INT8, and ran FP8 at the BF16 rate already.',
		changes: [{ kind: 'system-preset', id: 'tpu-v6e-256', keys: ['fp8_tflops'] }]
	},
	{
		version: '18',
		date: '2026-12-06',
		summary:
			'A preset with no cited parts inventory whose scale-up has no switch (the TPU torus pods ' +
			'and cubes, Trainium2’s torus, MI355X’s full mesh) counts no scale-up switch chips; the ' +
			'generic rule had given one per 4 chips (2,304 for a TPU7x pod, whose optical circuit ' +
			'switches are mirrors). A TPU7x pod is interrupted 4.32 times a day, from 4.58, and keeps ' +
			'93.8% goodput, from 93.6%; the training times with failures, energy and cost that follow ' +
			'move with them. Serving and training without failures are unchanged.',
		changes: SWITCHLESS_GENERIC.map((id) => ({ kind: 'system-preset', id, keys: ['n_switch'] }))
	},
	{
		version: '19',
		date: '2026-12-06',
		summary:
			'Energy and cost per input token use the operating point’s own prefill rate, not the ' +
			'fastest pass on any layout (GB300 NVL72 co-located: 0.128 J per input token, from ' +
			'0.107). Training’s HBM traffic reads and writes 2-byte gradients, as its memory model ' +
			'holds them, not 4-byte ones (one GB300 NVL72 trains DeepSeek-V3 in 354 days, from 366; the default ' +
			'comparison’s scale chart moves by 0.6% at 72 chips). Speculative decoding is charged the ' +
			'chain of drafts that accepts the tokens per step set: 3 drafts for 2.952 tokens, not (a ' +
			'− 1) ÷ p = 2.44 (CloudMatrix 384: 1,385 tokens/s per chip, from 1,534); the setting ' +
			'stops at 4.5, below the 5 no chain reaches at the assumed 0.8 acceptance. The default comparison’s headline figures ' +
			'and every validation row are unchanged.',
		// Formulas every scenario goes through: the training scale chart re-runs the layout search at
		// other sizes, where small microbatches can leave HBM binding, so no link can be said to
		// be untouched without timing its whole chart (a one-off 100 ms and more).
		changes: [
			{ kind: 'formulas', area: 'inference' },
			{ kind: 'formulas', area: 'training' },
			{ kind: 'formulas', area: 'operations' }
		]
	},
	{
		version: '20',
		date: '2026-12-06',
		summary:
			'A disaggregated prompt’s first token waits for the KV cache of every prompt of its ' +
			'attention group in the prefill pass, sent one after another over that group’s links, not ' +
			'for its own alone, and the pass is sized against both (default comparison: GB200 NVL72 ' +
			'1.3066 s to the first token, from 1.3061; CloudMatrix 384 1.3257 s, from 1.3252). While ' +
			'drafting, every instance also holds the draft layer as one more layer of the model: its ' +
			'share of the always-read weights, one MoE layer’s experts (DeepSeek-R1’s MTP module: ' +
			'11.5B) and its own KV cache, so fewer sequences fit at the frontier’s slow end (GB200 ' +
			'NVL72: 65,094 on 64 chips, from 66,299; CloudMatrix 384: 287,072, from 292,033). Tokens ' +
			'per chip at the default target and every validation row are unchanged.',
		// Neither reaches a link served co-located only without drafting (serve=co-located&accepted=1).
		changes: [{ kind: 'disaggregated-ttft' }, { kind: 'drafting' }]
	},
	{
		version: '21',
		date: '2026-12-06',
		summary:
			'The output head is held and read in BF16 whatever the weight precision, as DeepSeek’s ' +
			'FP8 release, NVIDIA’s FP4 exports and TensorRT-LLM keep it, and so are the MoE routers ' +
			'where the release is cited so (DeepSeek-R1, gpt-oss); every preset with a known ' +
			'vocabulary also holds its input embedding table (BF16), which no step reads beyond a ' +
			'token’s row. Each drafted token reads the output head once more, split over 4 chips ' +
			'(TensorRT-LLM’s lm-head split over a GB200 tray; SGLang reads it whole); the draft layer ' +
			'held no longer counts a share of the head it shares. Default comparison: GB200 NVL72 ' +
			'2,699 tokens/s per chip at the target, from 2,807; CloudMatrix 384 900, from 940 (ratio ' +
			'0.334, from 0.335). Every inference validation row moves, by 0.0% to −9.4%: ' +
			'held-out rows now 20 good and 7 fair (from 19 and 8; InferenceX GB200 NVL72 at ' +
			'concurrency 4,301 becomes good), in-sample rows still 10 and 6; the MLPerf Llama rows ' +
			'move by at most 3.5%.',
		// The presets with an output head, routers or embedding table now (llms.ts); GPT-MoE-1.8T's
		// vocabulary is unknown, and training reads none of the three.
		changes: WITH_OUTPUT_HEAD
	},
	{
		version: '22',
		date: '2026-12-06',
		summary:
			'The output head’s FLOPs run at the chip’s BF16 rate, as the head is held and read in BF16 ' +
			'(at a rate assumed from FP8 where a chip publishes no BF16 figure), not at the matrix ' +
			'work’s FP8 or FP4 rate. Prefill computes the head for each prompt’s last token only, the ' +
			'one whose logits an engine computes; decode and the verify pass still compute it at every ' +
			'position. Default comparison: GB200 NVL72 2,660 tokens/s per chip at the target, from ' +
			'2,699 (prefill 18,399 tokens/s per chip, from 18,032); CloudMatrix 384 890, from 900 ' +
			'(prefill 7,086, from 6,954). Blackwell’s software fit stays 0.58 (the head at BF16 alone ' +
			'would move it to 0.59, the cheaper prefill moves it back), so the prior stays 0.76. ' +
			'Held-out validation rows: 21 good and 6 fair, from 20 and 7 (MLPerf v5.1 GB300 NVL72 ' +
			'Llama 3.1 405B offline becomes good); in-sample rows still 10 and 6.',
		// Only a preset with a known vocabulary has a head (shape.ts outputHeadParams), as in 21; a
		// custom model has none, and training is untouched.
		changes: WITH_OUTPUT_HEAD
	},
	{
		version: '23',
		date: '2026-12-07',
		summary:
			'Training memory counts the input embedding table on the first pipeline stage, split over ' +
			'tensor parallelism, with its weights, gradients and Adam state (DeepSeek-R1: 0.927B ' +
			'parameters, 14.8 GB before any split); it had been left out. Default comparison: GB200 ' +
			'NVL72 holds 105 GB per chip, from 101; CloudMatrix 384 88.7 GB, from 86.9; times ' +
			'unchanged. A layout that only fitted without the table is no longer chosen: one GB200 ' +
			'NVL72 (72 chips) trains DeepSeek-R1 in 447 days, from 415. And while drafting, prefill ' +
			'runs the draft layers over every prompt too, one more layer of the model each (DeepSeek-' +
			'R1: 62 ÷ 61 as long): GB200 NVL72 prefills 18,102 tokens/s per chip, from 18,399, and ' +
			'CloudMatrix 384 6,972, from 7,086; tokens per chip at the default target unchanged. One ' +
			'validation row moves (InferenceX B200 with MTP, 4,470 tokens/s per chip, from 4,540; ' +
			'still good).',
		// The presets with a known vocabulary, as for 21 and 22 (a custom model has no table), and
		// every link that drafts (the default does).
		changes: [...WITH_OUTPUT_HEAD, { kind: 'drafting' }]
	}
];
