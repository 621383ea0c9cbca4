import type { LlmSpec } from '../llm';
import type { Precision } from '../precision';

/**
 * Activation memory strategy: `selective` keeps every layer's activations (flash attention, so no
 * score matrix); `full` keeps only each layer's input and recomputes the forward pass in backward.
 */
export type Recompute = 'selective' | 'full';

/** A parallel layout a user may pin. Omitted optional fields are filled in by the model. */
export interface TrainingLayout {
	/** Tensor-parallel degree. */
	tp: number;
	/** Pipeline stages. */
	pp: number;
	/** Expert-parallel degree (MoE; 1 for dense). Drawn from the tp × cp × dp ranks (ETP = 1). */
	ep: number;
	/** Data-parallel replicas. */
	dp: number;
	/** Microbatches per step per data-parallel replica (gradient accumulation). */
	microbatches: number;
	/** Context-parallel degree: the sequence is split over `cp` chips. @default 1 */
	cp?: number;
	/** Interleaved chunks per pipeline stage (Megatron's virtual pipeline). @default 1 */
	virtualStages?: number;
	/** Shard weights and gradients over data parallel as well (FSDP / ZeRO-3). @default false */
	fsdp?: boolean;
	/** @default the cheapest that fits: `selective`, else `full` */
	recompute?: Recompute;
}

/** A layout with every field decided. */
export type ResolvedLayout = Required<TrainingLayout>;

/** The training scenario. All quantities in SI units or plain counts. */
export interface TrainingSettings {
	model: LlmSpec;
	/** Tokens in the whole run. */
	tokensToTrain: number;
	/** Tokens per optimizer step, all replicas together. */
	globalBatchTokens: number;
	/** Tokens per training sequence; one sequence is the smallest microbatch. */
	sequenceTokens: number;
	/** Precision the matrix math runs in; its dense peak is the MFU denominator. */
	precision: Precision;
	/** Systems (racks, supernodes, 8-GPU boards) joined over scale-out. */
	systems: number;
	/** Null: search for the fastest layout that fits in HBM. */
	layout: TrainingLayout | null;
	/** Fraction of communication hidden behind compute, 0 (none) to 1 (perfect). */
	overlap: number;
}
