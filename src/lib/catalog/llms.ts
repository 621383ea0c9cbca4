import type { Attention, LlmSpec, MoeShape } from '../model/llm';
import type { Precision } from '../model/precision';
import { GIGA } from '../model/units';
import type { LlmSourceId } from './llm-sources';

/**
 * LLM presets: the shape the inference model needs, one citation per field. Figures and their
 * nature codes come from shared/data/models.md (§1–§3); parameter counts exclude the input
 * embedding table (§3.2: always-read column + routed experts).
 */

/**
 * models.md §0 nature codes: config = maker's config or reference code (C); config-mirror = a
 * third party's copy of the maker's config (C3); paper (P); model-card (M); secondary (S);
 * derived = arithmetic on other rows (D); assumption = Rackscale's labelled guess (A).
 */
export type LlmNature =
	'config' | 'config-mirror' | 'paper' | 'model-card' | 'secondary' | 'derived' | 'assumption';

export interface LlmCitation {
	nature: LlmNature;
	sources: LlmSourceId[];
	/** How the value was read or derived; starts with "Assumption" for assumptions. */
	note?: string;
}

/** The LlmSpec fields a citation is kept for (`attention` and `moe` cover their sub-fields). */
export type LlmField =
	| 'layers'
	| 'hiddenSize'
	| 'attention'
	| 'totalParams'
	| 'alwaysReadParams'
	| 'moe'
	| 'maxContextTokens';

export interface LlmPreset {
	id: string;
	name: string;
	maker: string;
	spec: LlmSpec;
	cite: Record<LlmField, LlmCitation>;
	/** Headline figures as the maker states them (with embedding table), for display and checks. */
	stated: { totalParams: number | null; activeParams: number | null };
	/** Weight format of the released checkpoint; null when the weights were never released. */
	releasedWeights: Precision | null;
	releasedNote: string;
	/** Caveats a reader must see next to the numbers. */
	notes: string[];
}

const B = GIGA;
/** 128K context = 131,072 positions. */
const CTX_128K = 131_072;
const TOTAL_NOTE =
	'always-read + moeLayers × E × params per expert (models.md §3.2); embedding table excluded.';

function cite(nature: LlmNature, sources: LlmSourceId[], note?: string): LlmCitation {
	return note === undefined ? { nature, sources } : { nature, sources, note };
}

/** One SwiGLU expert = 3 · d · moe_inter parameters (models.md §3.2 formulas). */
function swigluExpert(hiddenSize: number, moeIntermediate: number): number {
	return 3 * hiddenSize * moeIntermediate;
}

/** The spec, with total = always-read + every routed expert of every MoE layer. */
function spec(
	id: string,
	name: string,
	shape: Pick<LlmSpec, 'layers' | 'hiddenSize' | 'attention' | 'alwaysReadParams' | 'moe'>
): LlmSpec {
	const moe = shape.moe;
	const routed = moe ? moe.moeLayers * moe.routedExperts * moe.paramsPerExpert : 0;
	return {
		id,
		name,
		...shape,
		totalParams: shape.alwaysReadParams + routed,
		maxContextTokens: CTX_128K
	};
}

/** DeepSeek-V3 MLA dims (models.md §2.1); Kimi K2 keeps them with 64 query heads (§2.2). */
function mla(queryHeads: number): Attention {
	return { kind: 'mla', queryHeads, kvLoraRank: 512, ropeDim: 64, nopeDim: 128, valueDim: 128 };
}

function gqa(queryHeads: number, kvHeads: number, headDim: number, windowed = 0): Attention {
	return {
		kind: 'gqa',
		queryHeads,
		kvHeads,
		headDim,
		slidingWindowLayers: windowed,
		windowTokens: windowed > 0 ? 128 : 0
	};
}

function moe(
	routedExperts: number,
	expertsPerToken: number,
	paramsPerExpert: number,
	moeLayers: number
): MoeShape {
	return { routedExperts, expertsPerToken, paramsPerExpert, moeLayers };
}

export const DEEPSEEK_R1: LlmPreset = {
	id: 'deepseek-r1',
	name: 'DeepSeek-R1 / V3',
	maker: 'DeepSeek',
	spec: spec('deepseek-r1', 'DeepSeek-R1 / V3', {
		layers: 61,
		hiddenSize: 7168,
		attention: mla(128),
		alwaysReadParams: 16.19 * B,
		moe: moe(256, 8, swigluExpert(7168, 2048), 61 - 3)
	}),
	cite: {
		layers: cite('config', ['C1', 'P1'], '61 transformer layers; the MTP layer is not counted.'),
		hiddenSize: cite('config', ['C1', 'P1']),
		attention: cite(
			'config',
			['C1', 'P1', 'C2'],
			'MLA: 128 query heads, kv-LoRA 512, RoPE 64, nope 128, v 128 (C1 config_671B.json).'
		),
		totalParams: cite('derived', ['C1', 'P1'], `${TOTAL_NOTE} 670.1B + 0.93B embedding = 671.0B.`),
		alwaysReadParams: cite(
			'derived',
			['C1'],
			'Attention 11.41 + dense FFN 1.19 + shared experts 2.55 + router 0.11 + head 0.93 = 16.19B.'
		),
		moe: cite(
			'config',
			['C1', 'P1'],
			'256 routed + 1 shared (in always-read), top-8, expert FFN 2048; first 3 layers dense.'
		),
		maxContextTokens: cite(
			'paper',
			['P1', 'C1'],
			'128K; the config lists 163,840 positions (YaRN 40 × 4,096).'
		)
	},
	stated: { totalParams: 671 * B, activeParams: 37 * B },
	releasedWeights: 'fp8',
	releasedNote: 'FP8 e4m3 with 128×128 block scales; embedding, head, norms and router BF16 (C1).',
	notes: [
		'R1 has the DeepSeek-V3 architecture (M2); the MTP module (11.6B) is not modelled.',
		'Active per token 36.6B excluding the embedding table; DeepSeek states 37B.'
	]
};

export const KIMI_K2: LlmPreset = {
	id: 'kimi-k2',
	name: 'Kimi K2',
	maker: 'Moonshot AI',
	spec: spec('kimi-k2', 'Kimi K2', {
		layers: 61,
		hiddenSize: 7168,
		attention: mla(64),
		alwaysReadParams: 10.55 * B,
		moe: moe(384, 8, swigluExpert(7168, 2048), 61 - 1)
	}),
	cite: {
		layers: cite('model-card', ['M3', 'C2']),
		hiddenSize: cite('model-card', ['M3', 'C2']),
		attention: cite('config-mirror', ['C2', 'M3'], 'MLA with DeepSeek-V3 dims and 64 query heads.'),
		totalParams: cite(
			'derived',
			['M3'],
			`${TOTAL_NOTE} 1,025.2B + 1.17B embedding = 1.026T; the README says 1T.`
		),
		alwaysReadParams: cite(
			'derived',
			['M3', 'C2'],
			'Attention 6.17 + dense FFN 0.40 + shared 2.64 + router 0.17 + head 1.17 = 10.55B.'
		),
		moe: cite(
			'model-card',
			['M3', 'C2'],
			'384 routed + 1 shared, top-8, expert FFN 2048; the first layer is dense.'
		),
		maxContextTokens: cite('model-card', ['M3', 'C2'], '128K (131,072); later variants list 256K.')
	},
	stated: { totalParams: 1000 * B, activeParams: 32 * B },
	releasedWeights: 'fp8',
	releasedNote: 'Block-FP8 checkpoints (M3 §4).',
	notes: ['Derived total 1.026T; some secondary pages quote 1.04T (unconfirmed).']
};

export const QWEN3_235B: LlmPreset = {
	id: 'qwen3-235b-a22b',
	name: 'Qwen3-235B-A22B',
	maker: 'Alibaba Qwen',
	spec: spec('qwen3-235b-a22b', 'Qwen3-235B-A22B', {
		layers: 94,
		hiddenSize: 4096,
		attention: gqa(64, 4, 128),
		alwaysReadParams: 7.37 * B,
		moe: moe(128, 8, swigluExpert(4096, 1536), 94)
	}),
	cite: {
		layers: cite('paper', ['P3', 'C2', 'S4a']),
		hiddenSize: cite('config-mirror', ['C2', 'S4a']),
		attention: cite(
			'paper',
			['P3', 'C2'],
			'64 q / 4 KV heads (P3 Table 2); head dim 128 ≠ d/heads (C3).'
		),
		totalParams: cite('derived', ['P3'], `${TOTAL_NOTE} 234.5B + 0.62B embedding = 235.1B.`),
		alwaysReadParams: cite(
			'derived',
			['C2', 'S4a'],
			'Attention 6.70 + router 0.05 + head 0.62 = 7.37B.'
		),
		moe: cite(
			'paper',
			['P3', 'C2', 'S4a'],
			'128 routed, no shared, top-8, expert FFN 1536; every layer is MoE.'
		),
		maxContextTokens: cite('paper', ['P3'], '131,072 with YaRN; 32,768 native.')
	},
	stated: { totalParams: 235 * B, activeParams: 22 * B },
	releasedWeights: 'bf16',
	releasedNote: 'BF16; Qwen also publishes block-wise FP8 variants (M4).',
	notes: ['Native context is 32,768 tokens; 131,072 needs YaRN.']
};

function llama(id: string, name: string, layers: number, d: number, q: number, always: number) {
	return spec(id, name, {
		layers,
		hiddenSize: d,
		attention: gqa(q, 8, 128),
		alwaysReadParams: always,
		moe: null
	});
}

function llamaCite(alwaysNote: string): Record<LlmField, LlmCitation> {
	return {
		layers: cite('config', ['C5', 'C2']),
		hiddenSize: cite('config', ['C5', 'C2']),
		attention: cite('config', ['C5', 'M5'], 'GQA with 8 KV heads of 128 (C5 arch_args).'),
		totalParams: cite('derived', ['C5'], `Dense: total = always-read. ${alwaysNote}`),
		alwaysReadParams: cite('derived', ['C5'], alwaysNote),
		moe: cite('config', ['C5'], 'Dense model: no experts.'),
		maxContextTokens: cite('model-card', ['M5', 'S6'], '128K = 131,072.')
	};
}

export const LLAMA_31_405B: LlmPreset = {
	id: 'llama-3.1-405b',
	name: 'Llama 3.1 405B',
	maker: 'Meta',
	spec: llama('llama-3.1-405b', 'Llama 3.1 405B', 126, 16384, 128, 403.75 * B),
	cite: llamaCite('405.85B derived total − 2.10B embedding table = 403.75B.'),
	stated: { totalParams: 405 * B, activeParams: 405 * B },
	releasedWeights: 'bf16',
	releasedNote: 'BF16; Meta also ships an FP8 “fp8_mixed” checkpoint, FFN weights only (C5).',
	notes: []
};

export const LLAMA_33_70B: LlmPreset = {
	id: 'llama-3.3-70b',
	name: 'Llama 3.3 70B',
	maker: 'Meta',
	spec: llama('llama-3.3-70b', 'Llama 3.3 70B', 80, 8192, 64, 69.5 * B),
	cite: llamaCite('70.55B derived total − 1.05B embedding table = 69.50B.'),
	stated: { totalParams: 70 * B, activeParams: 70 * B },
	releasedWeights: 'bf16',
	releasedNote: 'BF16.',
	notes: ['Same shape as Llama 3.1 70B (C5).']
};

export const LLAMA_31_8B: LlmPreset = {
	id: 'llama-3.1-8b',
	name: 'Llama 3.1 8B',
	maker: 'Meta',
	spec: llama('llama-3.1-8b', 'Llama 3.1 8B', 32, 4096, 32, 7.5 * B),
	cite: llamaCite('8.03B derived total − 0.53B embedding table = 7.50B.'),
	stated: { totalParams: 8 * B, activeParams: 8 * B },
	releasedWeights: 'bf16',
	releasedNote: 'BF16.',
	notes: []
};

export const GPT_OSS_120B: LlmPreset = {
	id: 'gpt-oss-120b',
	name: 'gpt-oss-120b',
	maker: 'OpenAI',
	spec: spec('gpt-oss-120b', 'gpt-oss-120b', {
		layers: 36,
		hiddenSize: 2880,
		// Even layers attend to a 128-token window: 18 of 36.
		attention: gqa(64, 8, 64, 18),
		alwaysReadParams: 1.55 * B,
		moe: moe(128, 4, swigluExpert(2880, 2880), 36)
	}),
	cite: {
		layers: cite('config', ['C7', 'C2']),
		hiddenSize: cite('config', ['C7', 'C2']),
		attention: cite(
			'config',
			['C7'],
			'GQA 64 q / 8 KV heads of 64; even layers use a 128-token sliding window (18 of 36).'
		),
		totalParams: cite('derived', ['C7', 'S7'], `${TOTAL_NOTE} Expert biases (~0.04B) omitted.`),
		alwaysReadParams: cite('derived', ['C7'], 'Attention 0.96 + router 0.013 + head 0.58 ≈ 1.55B.'),
		moe: cite(
			'config',
			['C7'],
			'128 routed, no shared, top-4, expert FFN 2880 (3 · 2880 · 2880 per expert).'
		),
		maxContextTokens: cite('config', ['C7', 'C2'], '131,072 (YaRN factor 32 on 4,096).')
	},
	stated: { totalParams: 117 * B, activeParams: 5.1 * B },
	releasedWeights: 'fp4',
	releasedNote:
		'MoE weights MXFP4 (4.25 bits with scales), the rest BF16; the model counts FP4 as 0.5 B.',
	notes: [
		'Active 5.13B excludes the embedding table and includes the unembedding (OpenAI’s convention).'
	]
};

/**
 * Unpublished. Every field is an assumption built from the 2023 GPT-4 leak [S11] and the
 * consistency arithmetic of models.md §2.8; only "1.8T" and "16 experts" come from NVIDIA.
 * Chosen shape: the leak's 120 layers, top-2 of 16 experts of ~111B, ~55B shared, d = 10,752,
 * and GQA with 8 KV heads of 128 (the low end of the 10× KV spread §2.8 asks to expose).
 */
export const GPT_MOE_1_8T: LlmPreset = {
	id: 'gpt-moe-1.8t',
	name: 'GPT-MoE-1.8T (assumed shape)',
	maker: 'NVIDIA (hypothetical)',
	spec: spec('gpt-moe-1.8t', 'GPT-MoE-1.8T (assumed shape)', {
		layers: 120,
		hiddenSize: 10_752,
		attention: gqa(10_752 / 128, 8, 128),
		alwaysReadParams: 55 * B,
		// ~111B MLP parameters per expert over 120 layers = 925M per expert per layer.
		moe: moe(16, 2, (111 * B) / 120, 120)
	}),
	cite: {
		layers: cite(
			'assumption',
			['S11'],
			'Assumption: 120 layers from the GPT-4 leak; NVIDIA has not said.'
		),
		hiddenSize: cite(
			'assumption',
			['S11'],
			'Assumption: d ≈ 10,752 (84 × 128), where 55B/120 attention (4d²) and 111B/120 per expert (8d²) agree (models.md §2.8). An NVIDIA tool reportedly lists 15,360 (calibration.md case 26, grade C).'
		),
		attention: cite(
			'assumption',
			['S11'],
			'Assumption: GQA with 8 KV heads of 128 and 84 query heads: 491,520 B/token of KV at BF16, the low end of the 10× spread (full MHA would be 5.16 MB/token).'
		),
		totalParams: cite(
			'assumption',
			['S11', 'N10'],
			`Assumption: ${TOTAL_NOTE} 55B + 16 × 111B = 1.83T ≈ 1.8T.`
		),
		alwaysReadParams: cite(
			'assumption',
			['S11'],
			'Assumption: the leak’s ~55B shared (attention) parameters as stated; GQA-8 at d = 10,752 would need only ~30B, and the output head is unknown.'
		),
		moe: cite(
			'assumption',
			['N10', 'S11'],
			'Assumption: 16 experts (NVIDIA blog via a summary, S) in all 120 layers; top-2 and ~111B per expert from the leak.'
		),
		maxContextTokens: cite(
			'assumption',
			['N10'],
			'Assumption: 131,072; a summary of NVIDIA’s blog says context windows “exceed 128,000 tokens”.'
		)
	},
	stated: { totalParams: 1800 * B, activeParams: null },
	releasedWeights: null,
	releasedNote: 'Never released; the architecture is unpublished.',
	notes: [
		'Every architecture field is an assumption (GPT-4 leak shape, GQA-8); not a fact.',
		'Active ≈ 277B per token under these assumptions (leak: ~280B).'
	]
};

/** Every preset, in the order the picker shows them. */
export const LLM_PRESETS: readonly LlmPreset[] = [
	DEEPSEEK_R1,
	KIMI_K2,
	QWEN3_235B,
	LLAMA_31_405B,
	LLAMA_33_70B,
	LLAMA_31_8B,
	GPT_OSS_120B,
	GPT_MOE_1_8T
];

export function findLlmPreset(id: string): LlmPreset | undefined {
	return LLM_PRESETS.find((preset) => preset.id === id);
}
