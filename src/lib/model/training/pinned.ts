import type { LlmSpec } from '../llm';
import type { TrainingLayout } from './types';

/**
 * Why a pinned layout cannot be built for a model, as frameworks refuse it (Megatron-Core's
 * checks): the layout search never makes these (layout.ts; a test holds it to that), but a
 * reader's pinned layout may. Null: it can.
 *   stages   more pipeline stages than the model has layers;
 *   chunks   more interleaved chunks (stages × chunks per stage) than layers;
 *   heads    a tensor-parallel degree that does not divide the query heads;
 *   dense-ep expert parallelism on a model without experts;
 *   experts  an expert-parallel degree that does not divide the routed experts;
 *   ep-width an expert-parallel degree that does not divide TP × CP × DP, the ranks its groups
 *            are carved from (layout.ts).
 */
export type LayoutProblem =
	| { kind: 'stages'; pp: number; layers: number }
	| { kind: 'chunks'; chunks: number; layers: number }
	| { kind: 'heads'; tp: number; heads: number }
	| { kind: 'dense-ep'; ep: number }
	| { kind: 'experts'; ep: number; experts: number }
	| { kind: 'ep-width'; ep: number; width: number };

/** Chips a layout occupies, tp × cp × pp × dp (EP groups are carved out of those ranks). */
export function layoutChips(layout: TrainingLayout): number {
	return layout.tp * (layout.cp ?? 1) * layout.pp * layout.dp;
}

export function layoutProblem(model: LlmSpec, layout: TrainingLayout): LayoutProblem | null {
	const { tp, pp, ep, dp } = layout;
	const heads = model.attention.queryHeads;
	if (pp > model.layers) return { kind: 'stages', pp, layers: model.layers };
	const chunks = pp * (layout.virtualStages ?? 1);
	if (chunks > model.layers) return { kind: 'chunks', chunks, layers: model.layers };
	if (heads % tp !== 0) return { kind: 'heads', tp, heads };
	if (ep > 1 && !model.moe) return { kind: 'dense-ep', ep };
	if (model.moe && model.moe.routedExperts % ep !== 0)
		return { kind: 'experts', ep, experts: model.moe.routedExperts };
	const width = tp * (layout.cp ?? 1) * dp;
	if (width % ep !== 0) return { kind: 'ep-width', ep, width };
	return null;
}

/** The model's English for a problem (the CLI prints it; the page words its own). */
export function layoutProblemText(problem: LayoutProblem): string {
	switch (problem.kind) {
		case 'stages':
			return `The pinned layout has ${problem.pp} pipeline stages; the model has ${problem.layers} layers.`;
		case 'chunks':
			return `The pinned layout makes ${problem.chunks} interleaved chunks (stages × chunks per stage); the model has ${problem.layers} layers.`;
		case 'heads':
			return `TP${problem.tp} does not divide the model’s ${problem.heads} query heads.`;
		case 'dense-ep':
			return `EP${problem.ep} on a dense model: it has no experts to split. Set EP to 1.`;
		case 'experts':
			return `EP${problem.ep} does not divide the model’s ${problem.experts} routed experts.`;
		case 'ep-width':
			return `EP${problem.ep} does not divide TP × CP × DP (${problem.width}), the ranks expert groups are made of.`;
	}
}
