/**
 * Global efficiency assumptions for the training model. One set for every system, never tuned per
 * system or per case; each traces to an operator-level measurement in shared/data/calibration.md.
 * The system-level training results (calibration.md case 17) are deliberately not used to set
 * these, so the calibration test checks the model instead of echoing it.
 */
export interface TrainingEfficiencies {
	/** Fraction of dense peak at which the step's FLOPs run (GEMM-like work). */
	computeFraction: number;
	/** Achieved bus bandwidth ÷ per-direction line rate (all-reduce, all-gather, reduce-scatter). */
	collectiveBwFraction: number;
	/** Achieved ÷ line rate for expert-parallel all-to-all (dispatch and combine). */
	allToAllBwFraction: number;
	/** Achieved ÷ peak HBM bandwidth for streaming weights and gradient buffers. */
	hbmBwFraction: number;
	/** Latency per ring step (or per message) on the scale-up fabric. */
	scaleUpAlphaS: number;
	/** Latency per ring step (or per message) on the scale-out fabric. */
	scaleOutAlphaS: number;
	/** Busiest expert's token load ÷ the mean; stretches the routed-expert share of compute. */
	moeImbalance: number;
	/** Bytes per activation value sent between chips (TP, CP, PP, EP traffic). */
	activationBytes: number;
}

export const DEFAULT_TRAINING_EFFICIENCIES: Readonly<TrainingEfficiencies> = {
	// calibration.md case 23: large FP8 GEMMs reach 2,877-2,907 of 5,000 TFLOP/s on GB200 (0.58)
	// and 1,301-1,366 of 1,979 on H200 (0.66-0.69). One global value: the lower, 0.58. GEMMs only:
	// norms, SwiGLU and MoE permutes are charged at HBM speed (elementwise.ts); casts and kernel
	// launches are not, so it is optimistic for whole training steps.
	computeFraction: 0.58,
	// Case 21: ring all-reduce (NVLS off) on 8x H100 reaches ~370 of 450 GB/s line rate = 0.82;
	// calibration.md notes "NCCL all-reduce busBW ~0.8 x line rate (ring)".
	collectiveBwFraction: 0.8,
	// Case 24: DeepEP EP8 on B200 726-740 of 900 GB/s (0.81); on H800 153-158 of 200 (0.77-0.79).
	allToAllBwFraction: 0.8,
	// Case 23: HBM STREAM-like 4.0-4.5 of 4.8 TB/s on H200 (0.83-0.93), 7.35 of 8 TB/s on GB200
	// (0.92). The lower end, as for compute: 0.83.
	hbmBwFraction: 0.83,
	// Case 21/22 at 1 MB: 8x H200 busBW 53 GB/s, i.e. 1e6 × 1.75 / 53e9 = 33 µs, of which
	// 3.6 µs is bandwidth at 480 GB/s, leaving 29.4 µs over 2(8−1) = 14 ring steps = 2.1 µs each.
	// A GB200 tray (4 GPUs) at 80.5 GB/s: (18.6 − 2.2) µs over 6 steps = 2.7 µs. Mean: 2.5 µs.
	scaleUpAlphaS: 2.5e-6,
	// specs.md §11.2 (weak, order of magnitude): InfiniBand NDR ~1-5 µs, RoCE ~2-10 µs. We take
	// 5 µs, the top of the IB range and the bottom of RoCE.
	scaleOutAlphaS: 5e-6,
	// Case 5: SGLang prefill with real EPLB 50,302 tok/s vs simulated perfect balance 59,337:
	// 59,337 / 50,302 = 1.18. Benchmarks that force-balance experts (case 17) should set 1.
	moeImbalance: 1.18,
	// Assumption: activations cross the wire in BF16 (2 bytes) even in FP8 training; Transformer
	// Engine keeps communication buffers in BF16 unless FP8 communication is switched on.
	activationBytes: 2
};

/**
 * Fraction of communication time hidden behind compute: 0 = none (step = sum of terms), 1 = perfect
 * (step = max of terms). Assumption, no measurement: 0.5, midway. Megatron overlaps the gradient
 * reduce with the backward pass and TP traffic with GEMMs, but never all of it; the step's range
 * always shows both ends.
 */
export const DEFAULT_TRAINING_OVERLAP = 0.5;
