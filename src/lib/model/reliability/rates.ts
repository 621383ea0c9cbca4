/**
 * Failure rates per component, per hour, from the one public base rate: Meta's Llama 3 405B run
 * (specs.md §11.4, [S95]). Each default shows its arithmetic; where no public figure exists the
 * default is a labelled assumption with its reasoning. All are editable inputs.
 */

/** Meta's Llama 3 405B pre-training run on H100 HGX boards (specs.md §11.4). */
export const META_LLAMA3_RUN = {
	gpus: 16_384,
	/** 54 days × 24 h = 1,296 h. */
	hours: 54 * 24,
	unexpectedInterruptions: 419,
	/** Causes specs.md itemises; their sum is 293, the other 126 are not itemised there. */
	byCause: {
		/** "Faulty GPU (incl. NVLink)". The source prints 30.1 %; 148 / 419 is 35.3 %. Counts used. */
		faultyGpu: 148,
		hbm3: 72,
		gpuSram: 19,
		gpuSystemProcessor: 17,
		networkSwitchCable: 35,
		cpu: 2
	},
	/** H100: 5 HBM3 stacks (specs.md §3.1). */
	hbmStacksPerGpu: 5,
	/** HGX H100: 4 NVSwitch chips per 8 GPUs (specs.md §3.2, [S113]). */
	switchChipsPerGpu: 4 / 8,
	/**
	 * Assumption: 4 transceivers per GPU's scale-out port in a two-tier fabric (NIC, leaf down, leaf
	 * up, spine): the ratio of CM384's 1,536 scale-out transceivers to its 384 NPUs (specs.md §5.3).
	 */
	transceiversPerGpu: 4,
	/** Assumption: dual-socket hosts, 2 CPUs per 8 GPUs; specs.md does not describe Meta's hosts. */
	cpusPerGpu: 2 / 8
} as const;

const RUN = META_LLAMA3_RUN;
/** 16,384 × 1,296 = 21,233,664 GPU-hours: one unexpected interruption per ~50,700 GPU-hours. */
export const META_GPU_HOURS = RUN.gpus * RUN.hours;
const itemised = Object.values(RUN.byCause).reduce((a, b) => a + b, 0);

export interface FailureRates {
	/** Accelerator package: die, SRAM, system processor, its NVLink/UB ports (not HBM). */
	acceleratorPerHour: number;
	hbmStackPerHour: number;
	/** Scale-up switch chip (NVSwitch, UB switch). */
	switchChipPerHour: number;
	opticalTransceiverPerHour: number;
	/** Copper cable link (NVL72's NVLink cartridges). */
	copperLinkPerHour: number;
	hostCpuPerHour: number;
	/** Everything else that interrupts (software, host, NICs, power, …), per accelerator. */
	otherPerAcceleratorPerHour: number;
}

/**
 * Switch chip. No per-chip figure is published. Meta's boards carry 4 NVSwitch chips per 8 GPUs and
 * the breakdown has no switch-chip cause, so assume NVSwitch faults sit inside "faulty GPU (incl.
 * NVLink)" at the same per-chip rate as a GPU die:
 *   148 ÷ ((16,384 + 8,192) chips × 1,296 h) = 148 ÷ 31,850,496 = 4.65e-6 per chip-hour.
 */
const switchChipPerHour =
	RUN.byCause.faultyGpu / (RUN.gpus * (1 + RUN.switchChipsPerGpu) * RUN.hours);

export const DEFAULT_FAILURE_RATES: Readonly<FailureRates> = {
	switchChipPerHour,
	// GPU die at the switch-chip rate + SRAM and system-processor faults:
	// 4.65e-6 + (19 + 17) ÷ 21,233,664 = 4.65e-6 + 1.70e-6 = 6.34e-6 per GPU-hour.
	acceleratorPerHour:
		switchChipPerHour + (RUN.byCause.gpuSram + RUN.byCause.gpuSystemProcessor) / META_GPU_HOURS,
	// 72 ÷ (21,233,664 GPU-h × 5 stacks) = 6.78e-7 per stack-hour.
	hbmStackPerHour: RUN.byCause.hbm3 / (META_GPU_HOURS * RUN.hbmStacksPerGpu),
	// No public transceiver FIT/AFR (specs.md §11.4, §15). Assumption: charge all 35 "network
	// switch & cable" interruptions to the optics of a two-tier fabric, 4 per GPU:
	// 35 ÷ (21,233,664 × 4) = 4.12e-7 per transceiver-hour (AFR ≈ 0.36 %). Pessimistic for
	// optics, since switches and cables share those 35; it reproduces Meta's network count.
	opticalTransceiverPerHour:
		RUN.byCause.networkSwitchCable / (META_GPU_HOURS * RUN.transceiversPerGpu),
	// No public copper-link rate. Assumption: 1/100 of a transceiver, reading NVIDIA's claim that
	// copper is "orders of magnitude" more reliable than optics ([S97], vendor claim) as two orders.
	copperLinkPerHour:
		RUN.byCause.networkSwitchCable / (META_GPU_HOURS * RUN.transceiversPerGpu) / 100,
	// 2 ÷ (21,233,664 × 2/8 CPUs per GPU) = 3.77e-7 per CPU-hour (host count is an assumption).
	hostCpuPerHour: RUN.byCause.cpu / (META_GPU_HOURS * RUN.cpusPerGpu),
	// (419 − 293 itemised) ÷ 21,233,664 = 126 ÷ 21,233,664 = 5.93e-6 per accelerator-hour.
	otherPerAcceleratorPerHour: (RUN.unexpectedInterruptions - itemised) / META_GPU_HOURS
};
