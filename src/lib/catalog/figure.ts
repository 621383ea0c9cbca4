import type { SourceId } from './sources';

/**
 * How a figure is known (specs.md §0): vendor = first-party spec; vendor-secondary = vendor figure
 * seen only through a page restating it; analyst = analyst estimate; reported = press without a
 * clear primary; measured = benchmark or system description; derived = arithmetic on other rows;
 * assumption = Rackscale's own stated assumption where no source gives a number.
 */
export type Nature =
	'vendor' | 'vendor-secondary' | 'analyst' | 'reported' | 'measured' | 'derived' | 'assumption';

/** A cited number, in SI units. */
export interface Figure {
	value: number;
	nature: Nature;
	sources: SourceId[];
	/** How it was read or derived, and where sources disagree. */
	note?: string;
	/** Where cited sources disagree: the lowest and highest cited value (uncertainty bands). */
	range?: [number, number];
}

/** No number: the chip lacks the feature, or no cited source gives it. */
export interface Missing {
	value: null;
	status: 'unsupported' | 'unknown';
	sources: SourceId[];
	note: string;
}

export type FigureOrMissing = Figure | Missing;

export function fig(value: number, nature: Nature, sources: SourceId[], note?: string): Figure {
	return note === undefined ? { value, nature, sources } : { value, nature, sources, note };
}

/** A cited number whose sources disagree: `range` holds the lowest and highest cited values. */
export function figRange(
	value: number,
	range: [number, number],
	nature: Nature,
	sources: SourceId[],
	note?: string
): Figure {
	return note === undefined
		? { value, nature, sources, range }
		: { value, nature, sources, note, range };
}

export function unsupported(sources: SourceId[], note: string): Missing {
	return { value: null, status: 'unsupported', sources, note };
}

export function unknown(sources: SourceId[], note: string): Missing {
	return { value: null, status: 'unknown', sources, note };
}
