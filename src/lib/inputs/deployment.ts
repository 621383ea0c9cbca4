import { DEFAULT_DEPLOYMENT, OPERATIONS_BOUNDS } from '../model/deployment';
import { numberInput, type NumberInput } from './schema';

/**
 * How each system is deployed, per slot (`a.joined`, `a.capex_usd`, `a.usd_chip_h`; paths in the
 * SystemSpec). The training layout (`a.layout`) and the part counts (`a.n_*`, whose defaults scale
 * with the preset and the chip count) are read in share/operations-codec.ts.
 */
export const JOINED_INPUT: NumberInput = numberInput({
	key: 'joined',
	path: 'deployment.joined',
	unit: '',
	bounds: OPERATIONS_BOUNDS.joined,
	label: 'training.field.systems',
	default: DEFAULT_DEPLOYMENT.joined
});

/** Prices; `none` (null) means the illustrative capex or no rental price. */
export const PRICE_INPUTS: readonly NumberInput[] = [
	numberInput({
		key: 'capex_usd',
		path: 'deployment.capexPerChipUsd',
		unit: 'USD',
		bounds: OPERATIONS_BOUNDS.capexPerChipUsd,
		nullable: true,
		label: 'cost.field.capexPerChipUsd',
		default: DEFAULT_DEPLOYMENT.capexPerChipUsd
	}),
	numberInput({
		key: 'usd_chip_h',
		path: 'deployment.pricePerChipHourUsd',
		unit: 'USD/h',
		bounds: OPERATIONS_BOUNDS.pricePerChipHourUsd,
		nullable: true,
		label: 'cost.field.pricePerChipHourUsd',
		default: DEFAULT_DEPLOYMENT.pricePerChipHourUsd
	})
];

/** In link order (the layout and part counts sit between the two in a link). */
export const DEPLOYMENT_INPUTS: readonly NumberInput[] = [JOINED_INPUT, ...PRICE_INPUTS];
