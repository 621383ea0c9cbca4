import type { Attention, LlmSpec, MoeShape } from '../model/llm';
import type { Precision } from '../model/precision';
import { GIGA } from '../model/units';

/**
 * LLM presets: the shape the inference model needs. Figures come from shared/data/models.md
 * (§1–§3); parameter counts exclude the input embedding table (§3.2: always-read column + routed
 * experts). Each field's citation (nature, sources, note) and each preset's caveats are in
 * llm-citations.ts, which loads with the inference view rather than on the first visit.
 */

export interface LlmPreset {
	id: string;
	name: string;
	maker: string;
	spec: LlmSpec;
	/** Headline figures as the maker states them (with embedding table), for display and checks. */
	stated: { totalParams: number | null; activeParams: number | null };
	/** Weight format of the released checkpoint; null when the weights were never released. */
	releasedWeights: Precision | null;
}

const B = GIGA;
/** 128K context = 131,072 positions. */
const CTX_128K = 131_072;

/** One SwiGLU expert = 3 · d · moe_inter parameters (models.md §3.2 formulas). */
function swigluExpert(hiddenSize: number, moeIntermediate: number): number {
	return 3 * hiddenSize * moeIntermediate;
}

/** The spec, with total = always-read + every routed expert of every MoE layer. */
function spec(
	id: string,
	name: string,
	shape: Pick<LlmSpec, 'layers' | 'hiddenSize' | 'attention' | 'alwaysReadParams' | 'moe'> &
		Pick<LlmSpec, 'vocab' | 'bf16Routers'>
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
		moe: moe(256, 8, swigluExpert(7168, 2048), 61 - 3),
		// Head = table = vocab 129,280 × d 7,168 = 0.927B; routers 58 MoE layers × 256 experts ×
		// 7,168 = 0.106B (§3.2: 0.93B, 0.11B), all BF16 in the FP8 release (§2.1).
		vocab: 129_280,
		bf16Routers: true
	}),
	stated: { totalParams: 671 * B, activeParams: 37 * B },
	releasedWeights: 'fp8'
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
		moe: moe(384, 8, swigluExpert(7168, 2048), 61 - 1),
		// vocab 163,840 × 7,168 = 1.174B (§3.2: 1.17B). Its routers' release precision is not cited.
		vocab: 163_840
	}),
	stated: { totalParams: 1000 * B, activeParams: 32 * B },
	releasedWeights: 'fp8'
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
		moe: moe(128, 8, swigluExpert(4096, 1536), 94),
		// vocab 151,936 × 4,096 = 0.622B (§3.2: 0.62B).
		vocab: 151_936
	}),
	stated: { totalParams: 235 * B, activeParams: 22 * B },
	releasedWeights: 'bf16'
};

/** Llama 3.1 / 3.3: GQA with 8 KV heads of 128, vocab 128,256 (models.md §2.5). */
function llama(id: string, name: string, layers: number, d: number, q: number, always: number) {
	return spec(id, name, {
		layers,
		hiddenSize: d,
		attention: gqa(q, 8, 128),
		alwaysReadParams: always,
		moe: null,
		// 405B: 128,256 × 16,384 = 2.101B; 70B: 1.051B; 8B: 0.525B (§3.2: 2.10B, 1.05B, 0.53B).
		vocab: 128_256
	});
}

export const LLAMA_31_405B: LlmPreset = {
	id: 'llama-3.1-405b',
	name: 'Llama 3.1 405B',
	maker: 'Meta',
	spec: llama('llama-3.1-405b', 'Llama 3.1 405B', 126, 16384, 128, 403.75 * B),
	stated: { totalParams: 405 * B, activeParams: 405 * B },
	releasedWeights: 'bf16'
};

export const LLAMA_33_70B: LlmPreset = {
	id: 'llama-3.3-70b',
	name: 'Llama 3.3 70B',
	maker: 'Meta',
	spec: llama('llama-3.3-70b', 'Llama 3.3 70B', 80, 8192, 64, 69.5 * B),
	stated: { totalParams: 70 * B, activeParams: 70 * B },
	releasedWeights: 'bf16'
};

export const LLAMA_31_8B: LlmPreset = {
	id: 'llama-3.1-8b',
	name: 'Llama 3.1 8B',
	maker: 'Meta',
	spec: llama('llama-3.1-8b', 'Llama 3.1 8B', 32, 4096, 32, 7.5 * B),
	stated: { totalParams: 8 * B, activeParams: 8 * B },
	releasedWeights: 'bf16'
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
		moe: moe(128, 4, swigluExpert(2880, 2880), 36),
		// vocab 201,088 × 2,880 = 0.579B; routers 36 layers × 128 experts × 2,880 = 0.013B (§3.2:
		// 0.58B, 0.013B), BF16 in the release, as all but the MoE weights (§2.6).
		vocab: 201_088,
		bf16Routers: true
	}),
	stated: { totalParams: 117 * B, activeParams: 5.1 * B },
	releasedWeights: 'fp4'
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
	stated: { totalParams: 1800 * B, activeParams: null },
	releasedWeights: null
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
