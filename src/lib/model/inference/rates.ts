import type { Topology } from '../fabric';
import type { SystemSpec } from '../system';
import { achievedTopology } from '../collectives';
import { topologyOf } from '../topology-of';
import type { Efficiencies } from './efficiencies';

/** Achieved per-chip rates after the global efficiencies and the software fraction, and where the scale-up domain ends. */
export interface Rates {
	matmulFlopsPerS: number;
	attentionFlopsPerS: number;
	/**
	 * The output head's matrix work: BF16 whatever the weight precision, as it is held and read
	 * (shape.ts outputHeadBytes); the matmul rate where no head rate is given.
	 */
	headFlopsPerS: number;
	hbmBytesPerS: number;
	/**
	 * Inside a domain: the faster of scale-up and scale-out, since a chip can always send over its
	 * NIC. This keeps "a larger domain never slows a layout" true for any slider position.
	 */
	upBytesPerS: number;
	outBytesPerS: number;
	upLatencyS: number;
	/** Never below the in-domain latency, for the same reason. */
	outLatencyS: number;
	/** The platform's serving software fraction the compute and HBM rates include (software.ts). */
	softwareFraction: number;
	/** Chips one scale-up domain joins: min(domain, system chips), at least 1. */
	domainChips: number;
	usableHbmBytes: number;
	/**
	 * The system's fabric at the achieved fractions (topology-of.ts): the shape that makes a
	 * collective on a torus or a full mesh differ from one on a switch (fabric-share.ts).
	 */
	fabric: Topology;
}

/** Smallest rate any formula divides by: keeps every quotient finite for in-bounds inputs. */
const TINY = 1e-30;

export function ratesFor(
	system: SystemSpec,
	efficiencies: Efficiencies,
	matmulPeakFlopsPerS: number,
	attentionPeakFlopsPerS: number,
	softwareFraction = 1,
	headPeakFlopsPerS = matmulPeakFlopsPerS
): Rates {
	const e = efficiencies;
	// The platform's serving software (software.ts) scales the kernel-level compute and HBM rates.
	const sw = softwareFraction;
	const out = Math.max(TINY, system.scaleOutBytesPerS * e.scaleOutFraction);
	const up = Math.max(out, system.scaleUpBytesPerS * e.scaleUpFraction);
	return {
		matmulFlopsPerS: Math.max(TINY, matmulPeakFlopsPerS * e.computeFraction * sw),
		attentionFlopsPerS: Math.max(TINY, attentionPeakFlopsPerS * e.computeFraction * sw),
		headFlopsPerS: Math.max(TINY, headPeakFlopsPerS * e.computeFraction * sw),
		hbmBytesPerS: Math.max(TINY, system.hbmBytesPerS * e.hbmFraction * sw),
		upBytesPerS: up,
		outBytesPerS: out,
		softwareFraction: sw,
		upLatencyS: e.scaleUpLatencyS,
		outLatencyS: Math.max(e.scaleUpLatencyS, e.scaleOutLatencyS),
		domainChips: Math.max(1, Math.min(system.scaleUpDomainChips, system.chips)),
		usableHbmBytes: system.hbmBytes * (1 - e.memoryReserveFraction),
		fabric: achievedTopology(topologyOf(system), 1, {
			scaleUpS: e.scaleUpLatencyS,
			scaleOutS: e.scaleOutLatencyS
		})
	};
}
