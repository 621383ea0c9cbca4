import type { Unit } from '../model/units';
import { formatCount } from './count';
import { formatValue, type UnitWords } from './number';

/** Every unit an estimate or its terms can carry: formatValue's, and chip time in chip-hours. */
export function formatEstimateValue(
	value: number,
	unit: Unit,
	locale: string,
	words: UnitWords & { chipHours: string }
): string {
	if (!isChipTime(unit)) return formatValue(value, unit, locale, words);
	const hours = unit === 'chip·s' ? value / 3600 : value;
	return `${formatCount(hours, locale)}\u00a0${words.chipHours}`;
}

function isChipTime(unit: Unit): unit is 'chip·s' | 'chip·h' {
	return unit === 'chip·s' || unit === 'chip·h';
}
