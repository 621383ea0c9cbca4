import { numberFormat } from './number';

/**
 * Interruptions or failures per day, read down a column and across the diff alike: 3 significant
 * digits with trailing zeros (0.850 under 0.574; formatNumber writes 0.85), an exact 0 as "0".
 * Its own module: only lazily loaded views write it.
 */
export function formatPerDay(value: number, locale: string): string {
	return Number.isFinite(value) ? numberFormat(locale, 3, value !== 0).format(value) : '—';
}
