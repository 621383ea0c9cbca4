/** Numeric formats a chip may run its matrix units in, widest range first in display order. */
export const PRECISIONS = ['fp4', 'fp8', 'int8', 'bf16'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Bytes per stored value (FP4 "raw", without block scales; see models.md §0). */
export const BYTES_PER_VALUE: Record<Precision, number> = { fp4: 0.5, fp8: 1, int8: 1, bf16: 2 };

export function isPrecision(value: unknown): value is Precision {
	return typeof value === 'string' && (PRECISIONS as readonly string[]).includes(value);
}

/**
 * The precision one system serves in (link key `a.serve_prec`): `auto` takes the workload's
 * weight and compute precisions (a chip without the compute format falls back to the nearest one
 * at least as wide); an explicit precision stores the weights and runs the matrix work in it.
 */
export const SERVING_PRECISIONS = ['auto', ...PRECISIONS] as const;
export type ServingPrecision = (typeof SERVING_PRECISIONS)[number];
