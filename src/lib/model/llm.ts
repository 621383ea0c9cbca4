/**
 * An LLM's shape as the performance model needs it. Parameter counts exclude the input embedding
 * table (a lookup reads one row); see shared/data/models.md §3.2 and §4.
 */
export type Attention =
	| {
			kind: 'gqa';
			queryHeads: number;
			kvHeads: number;
			headDim: number;
			/** Layers that attend only to a sliding window (gpt-oss alternates); 0 for none. */
			slidingWindowLayers: number;
			windowTokens: number;
	  }
	| {
			kind: 'mla';
			queryHeads: number;
			/** Shared latent cached per token per layer (DeepSeek: 512). */
			kvLoraRank: number;
			/** Decoupled RoPE key dims cached per token per layer (DeepSeek: 64). */
			ropeDim: number;
			/**
			 * Per-head query/key dims without RoPE and value dims (DeepSeek: 128 and 128). Only prefill
			 * uses them (un-absorbed attention); absent, prefill falls back to the absorbed form.
			 */
			nopeDim?: number;
			valueDim?: number;
	  };

export interface MoeShape {
	/** Routed experts per MoE layer (E). */
	routedExperts: number;
	/** Routed experts each token picks (k). */
	expertsPerToken: number;
	/** Parameters of one routed expert in one layer (3 · d · moe_inter for SwiGLU). */
	paramsPerExpert: number;
	/** Layers that hold routed experts. */
	moeLayers: number;
}

export interface LlmSpec {
	id: string;
	name: string;
	layers: number;
	hiddenSize: number;
	attention: Attention;
	/** All parameters (excluding the embedding table). */
	totalParams: number;
	/** Parameters every token reads: attention, dense FFN, shared experts, router, output head. */
	alwaysReadParams: number;
	/** Null for a dense model. */
	moe: MoeShape | null;
	maxContextTokens: number;
	/**
	 * Vocabulary size (models.md §1), where cited. The output head and the input embedding table are
	 * each vocab × d (untied in every preset): the head is part of alwaysReadParams, held and read at
	 * max(bytes per weight, 2 B), since serving frameworks keep it in BF16 whatever the weights
	 * (DeepSeek's FP8 release, NVIDIA's NVFP4 exports, TensorRT-LLM), and read once more for every
	 * drafted token (DeepSeek's MTP module shares it); the table is held in HBM at the same bytes,
	 * outside every parameter count, and not read beyond a token's row (inference/shape.ts).
	 * Absent: the head is counted with the rest at the weight precision, the table not at all.
	 */
	vocab?: number;
	/**
	 * The MoE routers (moeLayers × routedExperts × d, part of alwaysReadParams) are released in BF16
	 * (DeepSeek-V3/R1, gpt-oss; models.md §2.1, §2.6): held and read at max(bytes per weight, 2 B).
	 */
	bf16Routers?: boolean;
}

/** Parameters one token multiplies through: always-read + MoE layers × k × expert size. */
export function activeParams(model: LlmSpec): number {
	const moe = model.moe;
	return (
		model.alwaysReadParams + (moe ? moe.moeLayers * moe.expertsPerToken * moe.paramsPerExpert : 0)
	);
}
