import { describe, expect, it } from 'vitest';
import {
	DEFAULT_FAILURE_RATES as R,
	DEFAULT_INTERRUPTING_FRACTIONS,
	FAILURE_RATE_NOTES,
	META_GPU_HOURS,
	META_LLAMA3_RUN,
	sumRates,
	systemInterruptionsPerHour,
	type ComponentCounts
} from '../../../../src/lib/model/reliability';

describe('Meta Llama 3 base rate (specs.md §11.4)', () => {
	it('is 16,384 GPUs × 1,296 h = 21.2M GPU-hours: one interruption per ~50,700 GPU-hours', () => {
		expect(META_LLAMA3_RUN.hours).toBe(1296); // 54 × 24
		expect(META_GPU_HOURS).toBe(21_233_664);
		// 21,233,664 ÷ 419 = 50,677
		expect(META_GPU_HOURS / META_LLAMA3_RUN.unexpectedInterruptions).toBeCloseTo(50_677, 0);
		// switch & cable: 21,233,664 ÷ 35 = 606,676 ("one per ~607,000 GPU-hours")
		expect(META_GPU_HOURS / META_LLAMA3_RUN.byCause.networkSwitchCable).toBeCloseTo(606_676, 0);
	});

	it('derives each default rate with the arithmetic in rates.ts', () => {
		// switch chip: 148 ÷ ((16,384 + 8,192) × 1,296) = 148 ÷ 31,850,496 = 4.6467e-6
		expect(R.switchChipPerHour).toBeCloseTo(148 / 31_850_496, 15);
		// accelerator: 4.6467e-6 + 36 ÷ 21,233,664 (1.6954e-6) = 6.3421e-6
		expect(R.acceleratorPerHour).toBeCloseTo(148 / 31_850_496 + 36 / 21_233_664, 15);
		// HBM stack: 72 ÷ (21,233,664 × 5) = 6.7817e-7
		expect(R.hbmStackPerHour).toBeCloseTo(6.7817e-7, 11);
		// optics: 35 ÷ (21,233,664 × 4) = 4.1208e-7 per transceiver-hour
		expect(R.opticalTransceiverPerHour).toBeCloseTo(4.1208e-7, 11);
		expect(R.copperLinkPerHour).toBeCloseTo(R.opticalTransceiverPerHour / 100, 18);
		// CPU: 2 ÷ (21,233,664 × 0.25) = 3.7676e-7
		expect(R.hostCpuPerHour).toBeCloseTo(3.7676e-7, 11);
		// other: (419 − 293) ÷ 21,233,664 = 5.9340e-6
		expect(R.otherPerAcceleratorPerHour).toBeCloseTo(5.934e-6, 9);
	});

	it('reproduces Meta’s 419 interruptions for 2,048 HGX H100 boards over 54 days', () => {
		const hgx: ComponentCounts = {
			accelerators: 8,
			hbmStacks: 40,
			switchChips: 4,
			opticalTransceivers: 32,
			copperLinks: 0,
			hostCpus: 2
		};
		// per board per hour: 8 × 1.9733e-5 = 1.5786e-4; × 2,048 boards × 1,296 h = 419.0
		const perHour = sumRates(systemInterruptionsPerHour(hgx, R)) * 2048;
		expect(perHour * 1296).toBeCloseTo(419, 6);
	});

	it('labels every default as derived or assumption, with a note', () => {
		for (const [key, note] of Object.entries(FAILURE_RATE_NOTES)) {
			expect(['derived', 'assumption'], key).toContain(note.nature);
			expect(note.note.length, key).toBeGreaterThan(20);
		}
		// No public transceiver rate exists: it must be flagged as an assumption.
		expect(FAILURE_RATE_NOTES.opticalTransceiverPerHour.nature).toBe('assumption');
	});

	it('scales a kind’s interruptions with its interrupting fraction', () => {
		const counts: ComponentCounts = {
			accelerators: 384,
			hbmStacks: 3072,
			switchChips: 448,
			opticalTransceivers: 6912,
			copperLinks: 0,
			hostCpus: 192
		};
		const all = systemInterruptionsPerHour(counts, R);
		const tolerant = systemInterruptionsPerHour(counts, R, {
			...DEFAULT_INTERRUPTING_FRACTIONS,
			opticalTransceiver: 0.01
		});
		// 6,912 × 4.1208e-7 = 2.8483e-3 per hour, and 1 % of it
		expect(all.opticalTransceiver).toBeCloseTo(6912 * R.opticalTransceiverPerHour, 15);
		expect(tolerant.opticalTransceiver).toBeCloseTo(0.01 * all.opticalTransceiver, 15);
		expect(tolerant.accelerator).toBe(all.accelerator);
	});
});
