/** SI multipliers. Inside the model every quantity is in base SI units (FLOP/s, B, B/s, W, s). */
export const KILO = 1e3;
export const MEGA = 1e6;
export const GIGA = 1e9;
export const TERA = 1e12;
export const PETA = 1e15;
export const EXA = 1e18;

/** Bits per byte, for link rates quoted in Gb/s: 400 Gb/s = 400e9 / 8 B/s = 50 GB/s. */
export const BITS_PER_BYTE = 8;

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;

/** Units an estimate can carry; the formatter turns these into readable strings. */
export type Unit =
	| 'FLOP/s'
	| 'B'
	| 'B/s'
	| 'W'
	| 'chips'
	| 'FLOP/s/W'
	| 'W/(FLOP/s)'
	| 'B/FLOP'
	| 's'
	/** Chips × seconds (a training run's chip time), shown as chip-hours. */
	| 'chip·s'
	/** Chip-hours, the unit prices are quoted per. */
	| 'chip·h'
	| 'J'
	| 'tokens/s'
	| 'USD'
	| '1';
