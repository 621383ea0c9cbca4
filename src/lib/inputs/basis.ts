import { PRECISIONS } from '../model/precision';
import type { ChoiceInput } from './schema';

/**
 * The precision the hardware efficiency rows (FLOP/s per watt, bytes per FLOP) are computed at
 * (link key `basis`; v1 first wrote it `eff`, which is still read when `basis` is absent).
 */
export const BASIS_CHOICES: readonly ChoiceInput[] = [
	{
		key: 'basis',
		aliases: ['eff'],
		path: 'efficiencyPrecision',
		choices: PRECISIONS,
		default: 'bf16',
		label: 'results.efficiencyPrecision'
	}
];
