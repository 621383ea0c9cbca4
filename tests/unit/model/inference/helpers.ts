import type { Efficiencies } from '../../../../src/lib/model/inference/efficiencies';
import { DEFAULT_SERVING, type ServingSettings } from '../../../../src/lib/model/inference/serving';
import { DEFAULT_DEPLOYMENT } from '../../../../src/lib/model/deployment';
import type { SystemSpec } from '../../../../src/lib/model/system';

/** No losses, no latency, no overhead, perfect overlap: the step is exactly the largest term. */
export const IDEAL: Efficiencies = {
	computeFraction: 1,
	hbmFraction: 1,
	scaleUpFraction: 1,
	scaleOutFraction: 1,
	scaleUpLatencyS: 0,
	scaleOutLatencyS: 0,
	moeImbalance: 1,
	stepOverheadS: 0,
	memoryReserveFraction: 0,
	overlapFraction: 1,
	decodeOverlapFraction: 1
};

/**
 * One H100-like chip whose compute is far beyond its bandwidth unless a test says otherwise. Its
 * serving software is at the kernel-level ceiling (fraction 1), as IDEAL's efficiencies are: a
 * custom chip would otherwise take the software prior (software-values.ts).
 */
export function oneChip(overrides: Partial<SystemSpec> = {}): SystemSpec {
	return {
		name: 'Test chip',
		presetId: null,
		deployment: { ...DEFAULT_DEPLOYMENT, softwareFraction: 1 },
		chips: 1,
		denseFlopsPerS: { bf16: 1e17, fp8: 1e17 },
		hbmBytes: 80e9,
		hbmBytesPerS: 3.35e12,
		scaleUpBytesPerS: 450e9,
		scaleUpDomainChips: 1,
		scaleOutBytesPerS: 50e9,
		chipPowerW: 700,
		allInPowerPerChipW: 1000,
		...overrides
	};
}

/** The default workload without speculative decoding, so hand arithmetic counts one token a step. */
export function serving(overrides: Partial<ServingSettings> = {}): ServingSettings {
	return { ...DEFAULT_SERVING, acceptedTokensPerStep: 1, ...overrides };
}

/** Every number inside a result, with its path, to check they are all finite. */
export function numbersIn(value: unknown, path = 'result', out: [string, number][] = []) {
	if (typeof value === 'number') out.push([path, value]);
	else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
	}
	return out;
}

/** The system with serving software at its kernel-level ceiling (software fraction 1, software.ts). */
export function atKernelSoftware(spec: SystemSpec): SystemSpec {
	return {
		...spec,
		deployment: { ...(spec.deployment ?? DEFAULT_DEPLOYMENT), softwareFraction: 1 }
	};
}
