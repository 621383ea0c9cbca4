import type { ValidationTable } from './validation';
import { VALIDATION_LIMITS, type ValidationClass } from './validation-class';

/** One row of `npm run -s validate`: tokens/s per chip (inference) or per GPU (training). */
export interface ValidationJsonRow {
	kind: 'inference' | 'training';
	id: string;
	measured: number;
	/** Model estimate; null when the model has no point for the case. */
	modelled: number | null;
	/** modelled ÷ measured; null without a modelled point. */
	ratio: number | null;
	class: ValidationClass;
	/** in-sample: the software table was fitted on this row (not counted in the headline). */
	sample: 'held-out' | 'in-sample';
	/** Derived global efficiencies citing this row's case or source (inference only). */
	sharesSourceWith: string[];
}

export interface ValidationJson {
	note: string;
	rule: { goodWithin: number; fairWithin: number; factor: string };
	rows: ValidationJsonRow[];
	/** Published results not checked yet (calibration-2026.md case number and the reason). */
	pending: { id: string; calibrationCase: number | null; reason: string }[];
	/**
	 * inference: held-out rows only; inferenceIndependent, inferenceInSample and inferenceAll
	 * beside it.
	 */
	summary: ValidationTable['summary'];
}

/** The validation table as `npm run -s validate` prints it: the same rows as /validation. */
export function validationJson(table: ValidationTable): ValidationJson {
	const rows: ValidationJsonRow[] = [...table.inference, ...table.training].map((r) => ({
		kind: r.kind,
		id: r.id,
		measured: r.measured,
		modelled: r.modelled,
		ratio: r.error,
		class: r.class,
		sample: r.kind === 'inference' && r.fittedFor !== null ? 'in-sample' : 'held-out',
		sharesSourceWith: r.kind === 'inference' ? [...r.sharesSourceWith] : []
	}));
	return {
		note: 'Measured values are as published; modelled values are model estimates, not measurements.',
		rule: {
			goodWithin: VALIDATION_LIMITS.good,
			fairWithin: VALIDATION_LIMITS.fair,
			factor: 'max(modelled / measured, measured / modelled); no modelled point = miss'
		},
		rows,
		pending: table.pending.map(({ id, calibrationCase, reason }) => ({
			id,
			calibrationCase,
			reason
		})),
		summary: table.summary
	};
}
