import { kvShards } from './capacity';
import type { Layout } from './layouts';
import { blend, type PassInputs, type StageTerms } from './pass';

/**
 * Time terms of one pipeline stage processing `tokens` tokens of `sequences` sequences.
 * Per chip (S = tp · dpAttention chips per stage, pp stages, E experts, k per token):
 *   FLOPs = 2·alwaysRead·tokens/(pp·S) + attentionFlops/(pp·S)
 *           + 2·(moeLayers/pp)·k·expertParams·tokens·imbalance/ep
 *   bytes = alwaysBytes/(tp·pp) + (moeLayers/pp)·min(E, imbalance·touched)·expertBytes/ep
 *           + (sequences/dpAttention)·kvBytes/(kvShards·pp),
 *           touched = E·(1 − (1 − k/E)^tokens)
 *   comm  = TP all-reduce + EP dispatch/combine + PP hand-off, each α + bytes/bandwidth.
 */
export function makeStage(p: PassInputs, layout: Layout) {
	const { model, rates, wire } = p;
	const { tp, ep, pp, dpAttention, chips } = layout;
	const S = tp * dpAttention;
	const d = model.hiddenSize;
	const moe = model.moe;
	const k = moe ? moe.expertsPerToken : 0;
	const experts = moe ? moe.routedExperts : 0;
	const moeLayers = moe ? moe.moeLayers / pp : 0;
	const expertParams = moe ? moe.paramsPerExpert : 0;

	// TP all-reduce: attention output every layer, plus the FFN output of dense layers. MoE
	// layers need none for their FFN: shared-expert outputs are summed in the EP combine.
	const denseLayers = model.layers - (moe ? moe.moeLayers : 0);
	const allReduces = tp > 1 ? (model.layers + denseLayers) / pp : 0;
	const tpUp = tp <= rates.domainChips;
	const tpBytesPerS = tpUp ? rates.upBytesPerS : rates.outBytesPerS;
	const tpLatencyS = tpUp ? rates.upLatencyS : rates.outLatencyS;
	// Ring all-reduce moves 2(tp − 1)/tp of the message per chip.
	const arBytesPerToken = ((d * wire.activation * 2 * (tp - 1)) / tp / dpAttention) * allReduces;

	// EP: hierarchical dispatch (as DeepEP). A token crosses scale-out once per remote domain
	// holding any of its k experts, landing on one of those experts' chips; every other copy
	// that leaves the token's chip travels on scale-up. With experts uniform over S chips in
	// S/r domains of r chips:
	//   out copies = (S/r − 1) · (1 − (1 − r/S)^k)   (remote domains hit)
	//   up copies  = k · (S − 1)/S − out copies      (all copies off-chip, minus those)
	// A larger domain turns out copies into as many up copies, and up is never slower than
	// out (rates.ts): a larger domain never slows a layout.
	const domains = S / Math.min(S, rates.domainChips);
	const remote = ep > 1 && domains > 1;
	const outCopies = remote ? (domains - 1) * (1 - Math.pow(1 - 1 / domains, k)) : 0;
	const upCopies = ep > 1 ? Math.max(0, (k * (S - 1)) / S - outCopies) : 0;
	// Bytes per copy per token for the whole stage; the busiest rank carries `imbalance` times
	// the mean. Each chip sends tokens/S of the stage's tokens.
	const epBytesPerToken = (d * (wire.dispatch + wire.combine) * moeLayers * p.moeImbalance) / S;
	const epAlphaS = domains > 1 ? rates.outLatencyS : rates.upLatencyS;
	const epLatencyS = ep > 1 ? 2 * moeLayers * epAlphaS : 0;

	// PP: each chip hands its share of the stage's hidden states to the next stage.
	const ppUp = chips <= rates.domainChips;
	const ppBytesPerToken = pp > 1 ? (d * wire.activation) / S : 0;
	const ppBytesPerS = ppUp ? rates.upBytesPerS : rates.outBytesPerS;
	const ppLatencyS = pp > 1 ? (ppUp ? rates.upLatencyS : rates.outLatencyS) : 0;

	// Everything is linear in tokens or sequences except the experts touched: fold the
	// constants once per layout, since the sweep calls this thousands of times per frame.
	const hbm = rates.hbmBytesPerS;
	const alwaysFlops = (2 * model.alwaysReadParams) / (pp * S);
	const expertFlops = (2 * moeLayers * k * expertParams * p.moeImbalance) / ep;
	const computePerToken = (alwaysFlops + expertFlops) / rates.matmulFlopsPerS;
	const computePerAttentionFlop = 1 / (pp * S * rates.attentionFlopsPerS);
	const memoryFixed = (model.alwaysReadParams * p.weightBytesPerValue) / (tp * pp) / hbm;
	const memoryPerExpert = (moeLayers * expertParams * p.weightBytesPerValue) / ep / hbm;
	const memoryPerKvByte = 1 / (dpAttention * kvShards(model, tp) * pp * hbm);
	const upPerToken =
		(tpUp ? arBytesPerToken / tpBytesPerS : 0) +
		(epBytesPerToken * upCopies) / rates.upBytesPerS +
		(ppUp ? ppBytesPerToken / ppBytesPerS : 0);
	const outPerToken =
		(tpUp ? 0 : arBytesPerToken / tpBytesPerS) +
		(epBytesPerToken * outCopies) / rates.outBytesPerS +
		(ppUp ? 0 : ppBytesPerToken / ppBytesPerS);
	const latencyS = allReduces * tpLatencyS + epLatencyS + ppLatencyS;
	// E·(1 − (1 − k/E)^tokens) = E·(1 − exp(tokens·ln(1 − k/E))); ln 0 = −∞ reads every E.
	const logMiss = moe ? Math.log(Math.max(0, 1 - k / experts)) : 0;
	const expertsRead = (tokens: number): number => {
		if (!moe || !(tokens > 0)) return 0;
		return Math.min(experts, p.moeImbalance * experts * (1 - Math.exp(tokens * logMiss)));
	};
	const memoryS = (tokens: number, sequences: number, kvBytesPerSequence: number) =>
		memoryFixed +
		expertsRead(tokens) * memoryPerExpert +
		sequences * kvBytesPerSequence * memoryPerKvByte;

	return {
		terms(tokens: number, sequences: number, kvBytes: number, attentionFlops: number): StageTerms {
			return {
				computeS: tokens * computePerToken + attentionFlops * computePerAttentionFlop,
				memoryS: memoryS(tokens, sequences, kvBytes),
				upS: tokens * upPerToken,
				outS: tokens * outPerToken,
				latencyS
			};
		},
		/** combineStages(terms(...)).stepS without building objects. */
		stepS(tokens: number, sequences: number, kvBytes: number, attentionFlops: number): number {
			return blend(
				pp * (tokens * computePerToken + attentionFlops * computePerAttentionFlop),
				pp * memoryS(tokens, sequences, kvBytes),
				pp * (tokens * (upPerToken + outPerToken) + latencyS),
				p.overheadS,
				p.overlap
			);
		}
	};
}

export type Stage = ReturnType<typeof makeStage>;
