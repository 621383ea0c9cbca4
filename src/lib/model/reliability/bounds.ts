import type { Bounds } from '../bounds';
import type { ComponentCounts, InterruptingFractions } from './inventory';
import type { FailureRates } from './rates';
import type { ReliabilitySettings } from './estimate';

/**
 * Input ranges for the reliability model. Inside them every output is finite: at least one
 * accelerator and a positive "other" rate keep the MTBI finite; goodput is clamped to [0, 1].
 */
export const RELIABILITY_BOUNDS = {
	systems: { min: 1, max: 100_000, log: true, integer: true },
	accelerators: { min: 1, max: 100_000, log: true, integer: true },
	count: { min: 0, max: 1_000_000, log: false, integer: true },
	/** Per hour: from one failure per 1e12 h to one per 100 h per component. */
	ratePerHour: { min: 1e-12, max: 1e-2, log: true },
	/** At least 1 %: Huawei's ">99 % of optical faults tolerated" claim is the lower end. */
	interruptingFraction: { min: 0.01, max: 1, log: false },
	checkpointWriteS: { min: 1, max: 3_600, log: true },
	restartS: { min: 0, max: 86_400, log: false },
	checkpointIntervalS: { min: 60, max: 10_000_000, log: true },
	scaleUpDomainChips: { min: 1, max: 100_000, log: true, integer: true }
} as const satisfies Record<string, Bounds>;

function clampTo(value: number, b: Bounds): number {
	const v = Number.isNaN(value) ? b.min : value;
	return Math.min(b.max, Math.max(b.min, b.integer ? Math.round(v) : v));
}

function mapNumbers<K extends string>(
	o: Record<K, number>,
	f: (v: number) => number
): Record<K, number> {
	const out = {} as Record<K, number>;
	for (const key of Object.keys(o) as K[]) out[key] = f(o[key]);
	return out;
}

export function normalizeReliabilitySettings(s: ReliabilitySettings): ReliabilitySettings {
	const b = RELIABILITY_BOUNDS;
	const counts: ComponentCounts = {
		accelerators: clampTo(s.counts.accelerators, b.accelerators),
		hbmStacks: clampTo(s.counts.hbmStacks, b.count),
		switchChips: clampTo(s.counts.switchChips, b.count),
		opticalTransceivers: clampTo(s.counts.opticalTransceivers, b.count),
		copperLinks: clampTo(s.counts.copperLinks, b.count),
		hostCpus: clampTo(s.counts.hostCpus, b.count)
	};
	const rates: FailureRates = mapNumbers(s.rates, (v) => clampTo(v, b.ratePerHour));
	const interruptingFractions: InterruptingFractions = mapNumbers(s.interruptingFractions, (v) =>
		clampTo(v, b.interruptingFraction)
	);
	return {
		counts,
		systems: clampTo(s.systems, b.systems),
		scaleUpDomainChips: clampTo(s.scaleUpDomainChips, b.scaleUpDomainChips),
		rates,
		interruptingFractions,
		checkpointWriteS: clampTo(s.checkpointWriteS, b.checkpointWriteS),
		restartS: clampTo(s.restartS, b.restartS),
		checkpointIntervalS:
			s.checkpointIntervalS === null ? null : clampTo(s.checkpointIntervalS, b.checkpointIntervalS)
	};
}
