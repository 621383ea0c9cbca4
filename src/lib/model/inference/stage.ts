import { ringAllReduceFactor } from '../collectives';
import { makeBusiestChip, type BusiestChip } from './busiest';
import { kvShards } from './capacity';
import { fabricShare } from './fabric-share';
import { collectiveAlphaS } from './latency';
import type { Layout } from './layouts';
import { blend, type PassInputs, type StageTerms } from './pass';
import { alwaysReadBytes, outputHeadBytes, outputHeadParams } from './shape';

/**
 * Time terms of one pipeline stage for one tick of `sequences` sequences of `tokensPerSequence`
 * tokens each, on the busiest chip. A stage is S = tp · dpAttention chips; its `sequences` are
 * spread over dpAttention groups, so the fullest group holds max(1, sequences/dpAttention) of them
 * (at least one whole sequence; the mean beyond, so throughput still grows with batch); the
 * routed experts (E per layer, k per token) are spread over its ep chips (busiest.ts):
 *   FLOPs = rankTokens·2·(alwaysRead − head)/(pp·tp) + headTokens·2·head/(pp·tp)
 *           + rankSequences·attentionFlops/(pp·tp)
 *           + (moeLayers/pp)·max(pairs(tokens), expertsRead·minGemmRows)·2·expertParams
 *   bytes = alwaysReadBytes/(tp·pp) + (moeLayers/pp)·expertsRead(tokens)·expertBytes
 *           + rankSequences·kvBytes/(kvShards·pp)
 *   comm  = TP all-reduce + EP dispatch/combine + PP hand-off, each α(G) + bytes/bandwidth,
 *   fixed = (layers/pp) · layerFixedS (kernel launch and tail, serial),
 * with rankTokens = rankSequences·tokensPerSequence and tokens = sequences·tokensPerSequence.
 * alwaysReadBytes holds the output head and cited routers at max(bytesPerWeight, 2 B) (shape.ts).
 * The head's FLOPs run at rates.headFlopsPerS (BF16, as it is held) and the rest at the matrix
 * work's rate; headTokens = rankTokens, except in prefill (lastLogitsOnly): rankSequences, the
 * last token of each prompt, the only one whose logits an engine computes.
 */
export function makeStage(p: PassInputs, layout: Layout): Stage {
	return new Stage(p, layout);
}

/**
 * A class, not a closure: the sweep builds one per layout every tick, and methods on a prototype
 * cost nothing to build. The constants are folded once here; terms and stepS run thousands of
 * times per tick.
 */
export class Stage {
	private readonly pp: number;
	private readonly dpAttention: number;
	private readonly busiest: BusiestChip | null;
	private readonly minGemmRows: number;
	private readonly overheadS: number;
	private readonly computePerRankToken: number;
	private readonly computePerPair: number;
	private readonly computePerAttentionFlop: number;
	private readonly memoryFixed: number;
	private readonly memoryPerExpert: number;
	private readonly memoryPerKvByte: number;
	private readonly upPerRankToken: number;
	private readonly outPerRankToken: number;
	private readonly epUpPerPair: number;
	private readonly epOutPerPair: number;
	private readonly latencyS: number;
	private readonly fixedS: number;
	private readonly headComputePerRankToken: number;
	private readonly headMemory: number;
	private readonly draftHeadSplit: number;
	// Busiest-chip work of one tick (load), reused: no object per call.
	private rankSequences = 0;
	private rankTokens = 0;
	private pairs = 0;
	private expertsRead = 0;
	private expertRows = 0;
	private skippedHeadTokens = 0;

	constructor(p: PassInputs, layout: Layout) {
		const { model, rates, wire } = p;
		const { tp, ep, pp, dpAttention, chips } = layout;
		const S = tp * dpAttention;
		const d = model.hiddenSize;
		const moe = model.moe;
		const k = moe ? moe.expertsPerToken : 0;
		const moeLayers = moe ? moe.moeLayers / pp : 0;
		const expertParams = moe ? moe.paramsPerExpert : 0;
		this.pp = pp;
		this.dpAttention = dpAttention;
		this.minGemmRows = p.latency.minGemmRows;
		this.overheadS = p.overheadS;
		this.busiest = moe
			? makeBusiestChip({
					experts: moe.routedExperts,
					perToken: k,
					ranks: ep,
					imbalance: p.moeImbalance
				})
			: null;

		// TP all-reduce: attention output every layer, plus the FFN output of dense layers. MoE
		// layers need none for their FFN: shared-expert outputs are summed in the EP combine.
		const denseLayers = model.layers - (moe ? moe.moeLayers : 0);
		const allReduces = tp > 1 ? (model.layers + denseLayers) / pp : 0;
		const tpUp = tp <= rates.domainChips;
		// Inside a domain the fabric's shape scales the ring's bandwidth time (fabric-share.ts): NVLS
		// reduces in the switch, a partly used full mesh has fewer links. Never below the NIC.
		const tpBytesPerS = tpUp
			? Math.max(
					rates.outBytesPerS,
					rates.upBytesPerS * fabricShare(rates.fabric, 'all-reduce', tp)
				)
			: rates.outBytesPerS;
		// α(G) = intercept of the fabric + slope · log2(G) (latency.ts).
		const slope = p.latency.perDoublingS;
		const tpLatencyS = collectiveAlphaS(tpUp ? rates.upLatencyS : rates.outLatencyS, slope, tp);
		// Per rank token: the ring all-reduce moves 2(tp − 1)/tp of the message per chip.
		const arBytesPerRankToken = d * wire.activation * ringAllReduceFactor(tp) * allReduces;

		// EP: hierarchical dispatch (as DeepEP). A token crosses scale-out once per remote domain
		// holding any of its k experts, landing on one of those experts' chips; every other copy
		// that leaves the token's chip travels on scale-up. With experts uniform over S chips in
		// S/r domains of r chips:
		//   out copies = (S/r − 1) · (1 − (1 − r/S)^k)   (remote domains hit)
		//   up copies  = k · (S − 1)/S − out copies      (all copies off-chip, minus those)
		// A larger domain turns out copies into as many up copies, and up is never slower than
		// out (rates.ts): a larger domain never slows a layout. The busiest chip receives its
		// token-expert pairs (busiest.ts) in that up : out proportion.
		const domains = S / Math.min(S, rates.domainChips);
		const remote = ep > 1 && domains > 1;
		const outCopies = remote ? (domains - 1) * (1 - Math.pow(1 - 1 / domains, k)) : 0;
		const upCopies = ep > 1 ? Math.max(0, (k * (S - 1)) / S - outCopies) : 0;
		const copies = k > 0 ? k : 1;
		const epBytesPerPair = d * (wire.dispatch + wire.combine) * moeLayers;
		// The in-domain share as an all-to-all among the domain's part of the group (a torus's
		// bisection, a full mesh's links: fabric-share.ts), never below the NIC.
		const epUpBytesPerS =
			ep > 1
				? Math.max(
						rates.outBytesPerS,
						rates.upBytesPerS *
							fabricShare(rates.fabric, 'all-to-all', Math.min(S, rates.domainChips))
					)
				: rates.upBytesPerS;
		this.epUpPerPair = (epBytesPerPair * upCopies) / copies / epUpBytesPerS;
		this.epOutPerPair = (epBytesPerPair * outCopies) / copies / rates.outBytesPerS;
		const epAlphaS = collectiveAlphaS(
			domains > 1 ? rates.outLatencyS : rates.upLatencyS,
			slope,
			ep
		);
		const epLatencyS = ep > 1 ? 2 * moeLayers * epAlphaS : 0;

		// PP: each chip hands its share of its group's hidden states to the next stage.
		const ppUp = chips <= rates.domainChips;
		const ppBytesPerRankToken = pp > 1 ? (d * wire.activation) / tp : 0;
		const ppBytesPerS = ppUp ? rates.upBytesPerS : rates.outBytesPerS;
		const ppLatencyS =
			pp > 1 ? collectiveAlphaS(ppUp ? rates.upLatencyS : rates.outLatencyS, slope, 2) : 0;

		// Fold the constants once per layout, since the sweep calls this thousands of times per frame.
		const hbm = rates.hbmBytesPerS;
		// The output head is held and read in BF16 (shape.ts), so its FLOPs run at the head's rate
		// (rates.headFlopsPerS, BF16), the rest of the always-read weights at the matrix work's.
		const headParams = outputHeadParams(model);
		this.headComputePerRankToken = (2 * headParams) / (pp * tp) / rates.headFlopsPerS;
		this.computePerRankToken =
			(2 * (model.alwaysReadParams - headParams)) / (pp * tp) / rates.matmulFlopsPerS +
			this.headComputePerRankToken;
		this.computePerPair = (2 * moeLayers * expertParams) / rates.matmulFlopsPerS;
		this.computePerAttentionFlop = 1 / (pp * tp * rates.attentionFlopsPerS);
		this.memoryFixed = alwaysReadBytes(model, p.weightBytesPerValue) / (tp * pp) / hbm;
		this.memoryPerExpert = (moeLayers * expertParams * p.weightBytesPerValue) / hbm;
		this.memoryPerKvByte = 1 / (kvShards(model, tp) * pp * hbm);
		this.upPerRankToken =
			(tpUp ? arBytesPerRankToken / tpBytesPerS : 0) +
			(ppUp ? ppBytesPerRankToken / ppBytesPerS : 0);
		this.outPerRankToken =
			(tpUp ? 0 : arBytesPerRankToken / tpBytesPerS) +
			(ppUp ? 0 : ppBytesPerRankToken / ppBytesPerS);
		this.latencyS = allReduces * tpLatencyS + epLatencyS + ppLatencyS;
		this.fixedS = (model.layers / pp) * p.latency.layerFixedS;
		// The output head's part of the always-read terms, and the chips a drafted token's read of it
		// is split over: latency.draftHeadChips, never fewer than the TP group that holds it split
		// already, nor more than the stage (latency-sources.ts).
		this.headMemory = outputHeadBytes(model, p.weightBytesPerValue) / (tp * pp) / hbm;
		// Within one scale-up domain: a split over scale-out would need traffic this does not charge.
		const headChips = Math.max(tp, Math.min(p.latency.draftHeadChips, S, rates.domainChips));
		this.draftHeadSplit = headChips > tp ? headChips / tp : 1;
	}

	/**
	 * Busiest-chip work of one tick of `sequences` sequences of `tokensPerSequence` tokens.
	 * `lastLogitsOnly` (prefill): the output head runs on each sequence's last token only, as
	 * engines compute a prompt's logits; decode and the verify pass need them at every position.
	 */
	private load(sequences: number, tokensPerSequence: number, lastLogitsOnly = false): void {
		this.rankSequences = Math.max(1, sequences / this.dpAttention);
		this.rankTokens = this.rankSequences * tokensPerSequence;
		this.skippedHeadTokens = lastLogitsOnly
			? this.rankSequences * Math.max(0, tokensPerSequence - 1)
			: 0;
		const tokens = sequences * tokensPerSequence;
		this.pairs = this.busiest ? this.busiest.tokenExpertPairs(tokens) : 0;
		this.expertsRead = this.busiest ? this.busiest.expertsRead(tokens) : 0;
		// Each expert the chip reads pays for at least minGemmRows rows of its GEMMs.
		this.expertRows = Math.max(this.pairs, this.expertsRead * this.minGemmRows);
	}

	private computeS(attentionFlopsPerSequence: number): number {
		return (
			this.rankTokens * this.computePerRankToken -
			this.skippedHeadTokens * this.headComputePerRankToken +
			this.expertRows * this.computePerPair +
			this.rankSequences * attentionFlopsPerSequence * this.computePerAttentionFlop
		);
	}

	private memoryS(kvBytesPerSequence: number): number {
		return (
			this.memoryFixed +
			this.expertsRead * this.memoryPerExpert +
			this.rankSequences * kvBytesPerSequence * this.memoryPerKvByte
		);
	}

	terms(
		sequences: number,
		tokensPerSequence: number,
		kvBytesPerSequence: number,
		attentionFlopsPerSequence: number,
		lastLogitsOnly = false
	): StageTerms {
		this.load(sequences, tokensPerSequence, lastLogitsOnly);
		return {
			computeS: this.computeS(attentionFlopsPerSequence),
			memoryS: this.memoryS(kvBytesPerSequence),
			upS: this.rankTokens * this.upPerRankToken + this.pairs * this.epUpPerPair,
			outS: this.rankTokens * this.outPerRankToken + this.pairs * this.epOutPerPair,
			latencyS: this.latencyS,
			fixedS: this.fixedS
		};
	}

	/**
	 * A floor of stepS(sequences, …) for any sequences > 0, without the busiest chip's expected
	 * maxima: the fullest rank's max(1, sequences ÷ dpAttention) sequences taken as the mean alone,
	 * its token-expert pairs as their linear floor (BusiestChip.pairsPerTokenFloor) and the experts
	 * it reads as none (it reads at least none). Every dropped part is ≥ 0 and blend is
	 * nondecreasing in each term, so this never exceeds stepS. Each term is affine in `sequences`
	 * with nonnegative intercept and slope, and blend = overlap·max + (1 − overlap)·sum of the terms:
	 * the max and the sum of such terms, each divided by `sequences`, never grow with it, so neither
	 * does floor ÷ sequences.
	 */
	stepFloorS(
		sequences: number,
		tokensPerSequence: number,
		kvBytesPerSequence: number,
		attentionFlopsPerSequence: number,
		overlap: number,
		lastLogitsOnly = false
	): number {
		const { pp } = this;
		const rankSequences = sequences / this.dpAttention;
		const rankTokens = rankSequences * tokensPerSequence;
		// Affine in sequences with a nonnegative slope still: the head is part of computePerRankToken.
		const skippedHeadTokens = lastLogitsOnly
			? rankSequences * Math.max(0, tokensPerSequence - 1)
			: 0;
		const pairs = this.busiest
			? sequences * tokensPerSequence * this.busiest.pairsPerTokenFloor
			: 0;
		const computeS =
			rankTokens * this.computePerRankToken -
			skippedHeadTokens * this.headComputePerRankToken +
			pairs * this.computePerPair +
			rankSequences * attentionFlopsPerSequence * this.computePerAttentionFlop;
		const memoryS = this.memoryFixed + rankSequences * kvBytesPerSequence * this.memoryPerKvByte;
		const comm =
			rankTokens * (this.upPerRankToken + this.outPerRankToken) +
			pairs * (this.epUpPerPair + this.epOutPerPair) +
			this.latencyS;
		const step = blend(pp * computeS, pp * memoryS, pp * comm, this.overheadS, overlap);
		return step + pp * this.fixedS;
	}

	/**
	 * The drafts of one decode step (speculative decoding, sweep.ts) for `sequences` sequences:
	 * `layerShare` (drafted × draftLayers ÷ layers) of a one-token pass without the output head, as
	 * stepS blends it, then `drafted` reads of the output head, the draft's own (DeepSeek's MTP
	 * module shares the model's, models.md §2.1), each split over draftHeadChips chips:
	 *   layerShare · (blend(compute − head FLOPs, memory − head bytes, comm, overhead) + fixed)
	 *   + drafted · blend(rankSequences·2·head/(pp·tp), headBytes/(tp·pp·split), 0, 0) over pp stages.
	 * Split over c chips, a chip reads 1/c of the head and computes 1/c of the vocabulary for c
	 * ranks' tokens: its FLOPs are those of the whole head for its own.
	 */
	draftS(
		sequences: number,
		kvBytesPerSequence: number,
		attentionFlopsPerSequence: number,
		overlap: number,
		layerShare: number,
		drafted: number
	): number {
		this.load(sequences, 1);
		const { pp } = this;
		const headCompute = pp * this.rankSequences * this.headComputePerRankToken;
		const headMemory = pp * this.headMemory;
		const comm =
			this.rankTokens * (this.upPerRankToken + this.outPerRankToken) +
			this.pairs * (this.epUpPerPair + this.epOutPerPair) +
			this.latencyS;
		const layer = blend(
			Math.max(0, pp * this.computeS(attentionFlopsPerSequence) - headCompute),
			Math.max(0, pp * this.memoryS(kvBytesPerSequence) - headMemory),
			pp * comm,
			this.overheadS,
			overlap
		);
		const head = blend(headCompute, headMemory / this.draftHeadSplit, 0, 0, overlap);
		return layerShare * (layer + pp * this.fixedS) + drafted * head;
	}

	/** combineStages(terms(...)).stepS, pp stages of one tick each. */
	stepS(
		sequences: number,
		tokensPerSequence: number,
		kvBytesPerSequence: number,
		attentionFlopsPerSequence: number,
		overlap: number,
		lastLogitsOnly = false
	): number {
		this.load(sequences, tokensPerSequence, lastLogitsOnly);
		const { pp } = this;
		const comm =
			this.rankTokens * (this.upPerRankToken + this.outPerRankToken) +
			this.pairs * (this.epUpPerPair + this.epOutPerPair) +
			this.latencyS;
		const step = blend(
			pp * this.computeS(attentionFlopsPerSequence),
			pp * this.memoryS(kvBytesPerSequence),
			pp * comm,
			this.overheadS,
			overlap
		);
		return step + pp * this.fixedS;
	}
}
