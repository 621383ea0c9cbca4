import { BYTES_PER_VALUE, type Precision } from '../precision';
import type { SystemSpec } from '../system';

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
