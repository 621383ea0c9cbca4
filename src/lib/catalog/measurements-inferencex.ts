import { grouped } from './grouped';
import type { MeasuredCase } from './measurements';

/**
 * InferenceX, 2026-05-22 (run 26306422380; blog 2026-05-23): DeepSeek R1 0528 NVFP4, 1k/1k,
 * Dynamo TensorRT-LLM with MTP, prefill and decode disaggregated on both systems; the B200 nodes
 * joined by ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the hgx-b200 preset's 50 GB/s scale-out; the
 * model does not tell RoCEv2 from InfiniBand). In neither calibration sheet: cited from the blog's
 * per-concurrency tables and InferenceX's recipe list (nvidia-master.yaml), whose recipe names
 * give each point's pool sizes and MTP depth (…_mtpN: N drafted tokens per step).
 *
 * Measured points, not the blog's iso-interactivity table: that table interpolates between
 * deployments of different sizes and MTP depths (at 125 tokens/s per user, GB200's neighbours are
 * MTP 1 at 91 and MTP 3 at 164 tokens/s per user), so its rows have no one set of conditions.
 *
 * Which points: each recipe's point with the most users, one per deployment so that none weighs
 * twice. Left out, GB200 at 4-48 users and B200 at 6-90: the same TEP8 deployments at fewer users.
 *
 * Load: no modelled decode instance holds more than the sequences each run's decode GPUs held
 * at most (decodeSequencesPerChip), as for every case that publishes them: the recipe's decode batch
 * (recipeBatch), which is below the concurrency ÷ decode GPUs in every row here (the other
 * users wait for prefill or in the queue). Unheld, the model gives the most a system serves at
 * that speed with as many users as fit, which at 180 users is more than the run had: 414
 * sequences on GB200's 32 decode GPUs (1,892 output tokens/s per GPU, 3.3× the measured; 180
 * users at 164 tokens/s can take at most 180 × 164.37 ÷ 36 = 822).
 *
 * InferenceX's summaries report the median TPOT and tokens/s per user; the model matches its own
 * mean to them, an assumption.
 */
const SHARED: Pick<
	MeasuredCase,
	| 'calibrationCase'
	| 'sheet'
	| 'modelId'
	| 'modelNote'
	| 'precision'
	| 'inputTokens'
	| 'outputTokens'
	| 'tokensNote'
	| 'scenario'
	| 'metric'
	| 'grade'
	| 'sources'
> = {
	calibrationCase: null,
	sheet: null,
	modelId: 'deepseek-r1',
	modelNote:
		'DeepSeek R1 0528 (NVIDIA’s NVFP4 checkpoint), which has the DeepSeek-R1 architecture.',
	precision: {
		weight: 'fp4',
		kv: 'fp8',
		compute: 'fp4',
		note: 'NVFP4 weights and matrices, counted at 0.5 B/param. Assumption: FP8 KV cache and attention, as the recipe family sets (kv_cache_config dtype fp8).'
	},
	inputTokens: 1024,
	outputTokens: 1024,
	tokensNote:
		'ISL 1024 / OSL 1024, as published. InferenceX counts total (input + output) tokens over every GPU of the deployment; with equal input and output lengths, output tokens = total ÷ 2.',
	scenario: 'disaggregated',
	metric: 'output-tokens-per-chip',
	grade: 'B+',
	sources: ['INFERENCEX_DSR1', 'INFERENCEX_NV_MASTER', 'SRT_MTP_RECIPE']
};

/** One row of the blog's per-concurrency tables, with its recipe from nvidia-master.yaml. */
interface InferencexPoint {
	system: 'gb200-nvl72' | 'hgx-b200';
	concurrency: number;
	prefillGpus: number;
	decodeGpus: number;
	/**
	 * Decode instances as the recipe names them: DEP = expert parallel with data-parallel attention,
	 * TEP = with tensor-parallel attention ("5 × DEP4": five instances of four GPUs).
	 */
	decode: string;
	/** tok/s/GPU as published: total tokens over every GPU of the deployment. */
	totalPerGpu: number;
	/** Tokens/s per user and TPOT as published (InferenceX's medians). */
	userTokensPerS: number;
	tpotMs: number;
	/** Drafted tokens per step, from the recipe name (…_mtpN). */
	mtp: number;
	recipe: string;
}

const NAMES = { 'gb200-nvl72': 'GB200 NVL72', 'hgx-b200': 'B200' } as const;

function systemNote(p: InferencexPoint, chips: number): string {
	const pools = `${p.prefillGpus} prefill and ${p.decodeGpus} decode (${p.decode}, as the recipe names it)`;
	return p.system === 'gb200-nvl72'
		? `${chips} GPUs of one GB200 NVL72 rack, all in its NVLink domain: ${pools}.`
		: `${chips} B200 GPUs in 8-GPU HGX nodes joined over ConnectX-7 RoCEv2 at 400 Gb/s per GPU (the preset’s 50 GB/s scale-out): ${pools}.`;
}

/**
 * Sequences one decode GPU held at most as the recipe ran. The recipe name's batch is the decode
 * engine's max_batch_size: SRT_MTP_RECIPE (…_dep32_batch4_…) sets max_batch_size 4 with
 * attention data parallel on, where each GPU's rank schedules its own batch. DEP: that batch per
 * GPU. TEP (tensor-parallel attention): the instance's n GPUs share one batch, so batch ÷ n per
 * GPU. The TEP reading is inferred (no TEP recipe file is cited): TensorRT-LLM schedules one batch
 * per instance without attention DP, and concurrency ÷ (batch × instances) is 1.1 for the one TEP
 * row, as for the DEP rows (1.05-1.4), where per-GPU TEP batches would leave 7 of 8 slots empty.
 */
export function recipeBatch(recipe: string): {
	batch: number;
	gpusPerRank: number;
	perGpu: number;
} {
	const m = /_(dep|tep)(\d+)_batch(\d+)_/.exec(recipe);
	if (!m) throw new Error(`InferenceX recipe without a decode batch: ${recipe}`);
	const [, attention, gpus, batch] = m;
	const gpusPerRank = attention === 'dep' ? 1 : Number(gpus);
	return { batch: Number(batch), gpusPerRank, perGpu: Number(batch) / gpusPerRank };
}

function inferencex(p: InferencexPoint): MeasuredCase {
	const chips = p.prefillGpus + p.decodeGpus;
	// 1k/1k: input and output tokens are equal, so output is half the published total.
	const output = p.totalPerGpu / 2;
	const drafted = p.mtp === 1 ? '1 token' : `${p.mtp} tokens`;
	// What that many users can take at that speed, whatever the system: users × tokens/s ÷ GPUs.
	const ceiling = Math.round((p.concurrency * p.userTokensPerS) / chips);
	const usersPerGpu = p.concurrency / p.decodeGpus;
	const recipe = recipeBatch(p.recipe);
	// The sequences a decode GPU held: the engine's limit, or fewer when fewer users came.
	const held = Math.min(usersPerGpu, recipe.perGpu);
	// Figures in the note as the notes write them (16,130 users, 7,329.7 tokens/s).
	const users = grouped(p.concurrency);
	const rank =
		recipe.gpusPerRank === 1
			? `max_batch_size ${recipe.batch} per attention rank, one rank per GPU`
			: `max_batch_size ${recipe.batch} per TEP${recipe.gpusPerRank} instance, whose ${recipe.gpusPerRank} GPUs share one batch: ${recipe.perGpu} per GPU`;
	return {
		...SHARED,
		id: `inferencex-dsr1-${p.system}-c${p.concurrency}`,
		label: `InferenceX DeepSeek-R1 FP4 1k/1k, ${NAMES[p.system]}, ${p.userTokensPerS} tokens/s per user`,
		system: {
			presetId: p.system,
			chips,
			// NVL72: every GPU of the deployment shares the rack's NVLink domain; B200: one node.
			scaleUpDomainChips: p.system === 'gb200-nvl72' ? chips : 8,
			note: systemNote(p, chips)
		},
		chipsMeasured: chips,
		draftTokensPerStep: p.mtp,
		// A measured TPOT (a median): calibrationInputs makes the model's own mean equal to it.
		latency: { ttftS: null, tpotS: p.tpotMs / 1000 },
		decodeSequencesPerChip: held,
		measuredTokensPerSPerChip: output,
		note: `Concurrency ${users}: ${grouped(p.totalPerGpu)} total tokens/s per GPU over all ${chips} GPUs ÷ 2 = ${grouped(output)} output tokens/s per GPU, at ${p.tpotMs} ms TPOT (${p.userTokensPerS} tokens/s per user). InferenceX reports medians; the model matches its own mean to them (an assumption). The model’s decode instances hold at most ${grouped(held)} sequences per decode GPU, the smaller of the recipe’s decode batch (${rank}) and the users per decode GPU (${users} ÷ ${p.decodeGpus} = ${grouped(usersPerGpu.toFixed(1))}); at the measured speed, ${users} users take at most ${users} × ${p.userTokensPerS} ÷ ${chips} = ${grouped(ceiling)} output tokens/s per GPU. Recipe ${p.recipe}: MTP drafting ${drafted} per step, accepted as a chain at the model’s one acceptance assumption. Held out: nothing is fitted on it.`
	};
}

/** GB200 NVL72 then B200, each from the widest deployment to the most interactive. */
export const INFERENCEX_DSR1_CASES: readonly MeasuredCase[] = [
	inferencex({
		system: 'gb200-nvl72',
		concurrency: 16_130,
		prefillGpus: 12,
		decodeGpus: 20,
		decode: '5 × DEP4',
		totalPerGpu: 14_659.4,
		userTokensPerS: 17.82,
		tpotMs: 56.11,
		mtp: 1,
		recipe: 'gb200-fp4/1k1k/mtp/ctx3_gen5_dep4_batch768_eplb0_mtp1'
	}),
	inferencex({
		system: 'gb200-nvl72',
		concurrency: 4_301,
		prefillGpus: 8,
		decodeGpus: 16,
		decode: 'DEP16',
		totalPerGpu: 12_659.7,
		userTokensPerS: 43.29,
		tpotMs: 23.1,
		mtp: 1,
		recipe: 'gb200-fp4/1k1k/mtp/ctx2_gen1_dep16_batch256_eplb256_mtp1'
	}),
	inferencex({
		system: 'gb200-nvl72',
		concurrency: 2_253,
		prefillGpus: 12,
		decodeGpus: 32,
		decode: 'DEP32',
		totalPerGpu: 7_698,
		userTokensPerS: 90.99,
		tpotMs: 10.99,
		mtp: 1,
		recipe: 'gb200-fp4/1k1k/mtp/ctx3_gen1_dep32_batch64_eplb288_mtp1'
	}),
	inferencex({
		system: 'gb200-nvl72',
		concurrency: 180,
		prefillGpus: 4,
		decodeGpus: 32,
		decode: 'DEP32',
		totalPerGpu: 1_149.1,
		userTokensPerS: 164.37,
		tpotMs: 6.08,
		mtp: 3,
		recipe: 'gb200-fp4/1k1k/mtp/ctx1_gen1_dep32_batch4_eplb0_mtp3'
	}),
	inferencex({
		system: 'hgx-b200',
		concurrency: 10_860,
		prefillGpus: 12,
		decodeGpus: 20,
		decode: '5 × DEP4',
		totalPerGpu: 12_515.7,
		userTokensPerS: 21.34,
		tpotMs: 46.86,
		mtp: 1,
		recipe: 'b200-fp4/1k1k/mtp/ctx3_gen5_dep4_batch512_eplb0_mtp1'
	}),
	inferencex({
		system: 'hgx-b200',
		concurrency: 4_968,
		prefillGpus: 12,
		decodeGpus: 32,
		decode: '4 × DEP8',
		totalPerGpu: 9_660.7,
		userTokensPerS: 56.35,
		tpotMs: 17.75,
		mtp: 1,
		recipe: 'b200-fp4/1k1k/mtp/ctx3_gen4_dep8_batch128_eplb0_mtp1'
	}),
	inferencex({
		system: 'hgx-b200',
		concurrency: 1_214,
		prefillGpus: 4,
		decodeGpus: 16,
		decode: '2 × DEP8',
		totalPerGpu: 7_111.4,
		userTokensPerS: 74.04,
		tpotMs: 13.51,
		mtp: 2,
		recipe: 'b200-fp4/1k1k/mtp/ctx1_gen2_dep8_batch64_eplb0_mtp2'
	}),
	inferencex({
		system: 'hgx-b200',
		concurrency: 875,
		prefillGpus: 4,
		decodeGpus: 40,
		decode: '5 × DEP8',
		totalPerGpu: 2_832.9,
		userTokensPerS: 101.79,
		tpotMs: 9.82,
		mtp: 3,
		recipe: 'b200-fp4/1k1k/mtp/ctx1_gen5_dep8_batch16_eplb0_mtp3'
	}),
	inferencex({
		system: 'hgx-b200',
		concurrency: 180,
		prefillGpus: 4,
		decodeGpus: 40,
		decode: '5 × TEP8',
		totalPerGpu: 897.9,
		userTokensPerS: 126.42,
		tpotMs: 7.91,
		mtp: 3,
		recipe: 'b200-fp4/1k1k/mtp/ctx1_gen5_tep8_batch32_eplb0_mtp3'
	})
];
