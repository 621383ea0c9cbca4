import type { FailureRates } from './rates';

/*
 * The arithmetic behind each failure-rate default, in words, for the reliability view. Apart from
 * the numbers (rates.ts) so the prose loads with that view, not with every link.
 */

/** How each default was reached, for the page. */
export const FAILURE_RATE_NOTES: Record<
	keyof FailureRates,
	{ nature: 'derived' | 'assumption'; note: string }
> = {
	acceleratorPerHour: {
		nature: 'derived',
		note: 'Meta: GPU die at the switch-chip rate + (19 SRAM + 17 system-processor) ÷ 21.2M GPU-hours. Per package: a two-die package (Ascend 910C, B200) is not doubled.'
	},
	hbmStackPerHour: {
		nature: 'derived',
		note: 'Meta: 72 HBM3 interruptions ÷ (21.2M GPU-hours × 5 stacks).'
	},
	switchChipPerHour: {
		nature: 'assumption',
		note: 'No public figure. NVSwitch faults assumed inside Meta’s “faulty GPU (incl. NVLink)” at a GPU die’s per-chip rate: 148 ÷ ((16,384 + 8,192) × 1,296 h).'
	},
	opticalTransceiverPerHour: {
		nature: 'assumption',
		note: 'No public per-transceiver rate. All 35 Meta network switch & cable interruptions charged to 4 transceivers per GPU (two-tier fabric): pessimistic.'
	},
	copperLinkPerHour: {
		nature: 'assumption',
		note: 'No public figure. 1/100 of a transceiver, reading NVIDIA’s “orders of magnitude more reliable” claim (vendor) as two orders.'
	},
	hostCpuPerHour: {
		nature: 'derived',
		note: 'Meta: 2 CPU interruptions ÷ (21.2M GPU-hours × 2 CPUs per 8 GPUs, an assumed dual-socket host).'
	},
	otherPerAcceleratorPerHour: {
		nature: 'derived',
		note: 'Meta: the 126 of the 419 interruptions its published breakdown does not itemise (software, host, NIC, power…) ÷ 21.2M GPU-hours.'
	}
};
