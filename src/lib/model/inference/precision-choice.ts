import { BYTES_PER_VALUE, type Precision } from '../precision';
import type { SystemSpec } from '../system';
import type { ServingSettings } from './serving';

export interface ChosenPrecision {
	/** What was asked for. */
	wanted: Precision;
	/** What the chip runs it in: `wanted`, or the nearest supported precision at least as wide. */
	used: Precision;
	denseFlopsPerS: number;
	/** Set when `used` differs from `wanted`, or its rate is assumed (`assumedFrom`). */
	warning: string | null;
	/**
	 * The narrower precision whose published rate `denseFlopsPerS` was scaled from, when the chip
	 * publishes nothing at `used` or wider (an assumption, see `assumedWiderRate`); else null.
	 */
	assumedFrom: Precision | null;
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
 * The precision a chip actually computes in: the asked one, else a same-width one (a chip without
 * FP8 that publishes INT8, as Ascend 910C, runs an FP8 model requantized to INT8, as Huawei serves
 * DeepSeek-R1), else the nearest wider one (BF16 at BF16 speed). The weights may still be stored
 * narrower. Null when the chip has no figure at this width or wider.
 */
export function choosePrecision(
	system: SystemSpec,
	wanted: Precision,
	what: string
): ChosenPrecision | null {
	for (const p of candidates(wanted)) {
		const flops = rateOf(system, p);
		if (flops === null) continue;
		const [w, u] = [wanted.toUpperCase(), p.toUpperCase()];
		const warning =
			p === wanted ? null : `${system.name} has no ${w} figure: ${what} runs in ${u} instead.`;
		return { wanted, used: p, denseFlopsPerS: flops, warning, assumedFrom: null };
	}
	return null;
}

/**
 * The precision attention runs in: as `choosePrecision`, else at a rate assumed from a narrower
 * format (`assumedWiderRate`). Attention's width is the model's choice (the cache's, never below
 * FP8), not the reader's, so a chip whose vendor publishes FP8 but no BF16 still serves a BF16
 * cache. Matrix work and training at a precision the reader picked stay without an estimate when
 * the chip publishes nothing at it or wider: the page names the unknown figure, to be entered.
 */
export function chooseAttentionPrecision(
	system: SystemSpec,
	wanted: Precision
): ChosenPrecision | null {
	return choosePrecision(system, wanted, 'attention') ?? assumedWiderRate(system, wanted);
}

function rateOf(system: SystemSpec, p: Precision): number | null {
	const flops = system.denseFlopsPerS[p];
	return flops !== undefined && flops > 0 && Number.isFinite(flops) ? flops : null;
}

/**
 * A chip that publishes a narrow format but nothing at `wanted` or wider (Vera Rubin, MI455X and
 * Atlas 950 publish FP8 and FP4, no BF16) still computes in the wider format: every chip with FP8
 * also runs BF16 attention kernels. Its rate is assumed to halve per doubling of width, from the
 * widest narrower format it publishes, as on H100, B200, MI355X and TPU7x (BF16 = FP8 ÷ 2). An
 * assumption, said in `warning` and on /method: Trainium3 runs BF16 at a quarter of FP8, so it
 * can be high. Null when the chip publishes no narrower format.
 */
function assumedWiderRate(system: SystemSpec, wanted: Precision): ChosenPrecision | null {
	const narrower = (['fp8', 'int8', 'fp4'] as const).filter(
		(p) => BYTES_PER_VALUE[p] < BYTES_PER_VALUE[wanted]
	);
	for (const p of narrower) {
		const flops = rateOf(system, p);
		if (flops === null) continue;
		const [w, from] = [wanted.toUpperCase(), p.toUpperCase()];
		const ratio = BYTES_PER_VALUE[wanted] / BYTES_PER_VALUE[p];
		return {
			wanted,
			used: wanted,
			denseFlopsPerS: flops / ratio,
			warning: `${system.name} publishes no ${w} figure: attention is assumed to run at 1/${ratio} of its ${from} rate.`,
			assumedFrom: p
		};
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
