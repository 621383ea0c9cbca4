import { BYTES_PER_VALUE, type Precision } from '../precision';
import type { SystemSpec } from '../system';
import type { ServingSettings } from './serving';

export interface ChosenPrecision {
	/** What was asked for. */
	wanted: Precision;
	/** What the chip runs it in: `wanted`, or the nearest supported precision at least as wide. */
	used: Precision;
	denseFlopsPerS: number;
	/** Set when `used` differs from `wanted`. */
	warning: string | null;
}

/** Same-width alternatives first (FP8 ↔ INT8), then wider formats, narrowest first. */
function candidates(wanted: Precision): Precision[] {
	const width = BYTES_PER_VALUE[wanted];
	const others = (['fp4', 'fp8', 'int8', 'bf16'] as const).filter(
		(p) => p !== wanted && BYTES_PER_VALUE[p] >= width
	);
	return [wanted, ...others.sort((a, b) => BYTES_PER_VALUE[a] - BYTES_PER_VALUE[b])];
}

/**
 * The precision a chip actually computes in. A chip without FP8 (Ascend 910C) runs an FP8
 * model's matrix work in BF16 at BF16 speed; the weights may still be stored narrower.
 * Null when the chip has no figure at this width or wider.
 */
export function choosePrecision(
	system: SystemSpec,
	wanted: Precision,
	what: string
): ChosenPrecision | null {
	for (const p of candidates(wanted)) {
		const flops = system.denseFlopsPerS[p];
		if (flops === undefined || !(flops > 0) || !Number.isFinite(flops)) continue;
		const [w, u] = [wanted.toUpperCase(), p.toUpperCase()];
		const warning =
			p === wanted ? null : `${system.name} has no ${w} figure: ${what} runs in ${u} instead.`;
		return { wanted, used: p, denseFlopsPerS: flops, warning };
	}
	return null;
}

/** The wider of two precisions: attention runs at least as wide as the KV cache it reads. */
export function wider(a: Precision, b: Precision): Precision {
	return BYTES_PER_VALUE[b] > BYTES_PER_VALUE[a] ? b : a;
}

/**
 * The serving settings one system runs: the workload's, or with the system's own precision
 * (`deployment.servingPrecision`) for weights and matrix work. The weights take the precision the
 * chip will compute in (the asked one, else the nearest at least as wide, as `choosePrecision`
 * picks it), so a chip without FP4 never gets FP4's smaller weights for free; the compute
 * precision stays the asked one, so the result carries the fallback and its notice.
 * `explicit`: the system set its own precision (the workload's FP4-needs-FP4-weights rule is moot).
 */
export function servingOn(
	system: SystemSpec,
	serving: ServingSettings
): { serving: ServingSettings; explicit: boolean } {
	const asked = system.deployment?.servingPrecision ?? 'auto';
	if (asked === 'auto') return { serving, explicit: false };
	const stored = choosePrecision(system, asked, 'serving')?.used ?? asked;
	return {
		serving: { ...serving, weightPrecision: stored, computePrecision: asked },
		explicit: true
	};
}
