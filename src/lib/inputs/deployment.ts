import {
	COUNT_KEYS,
	DEFAULT_DEPLOYMENT,
	OPERATIONS_BOUNDS,
	defaultComponents
} from '../model/deployment';
import { SOFTWARE_FRACTION_BOUNDS } from '../model/inference/software-values';
import type { ComponentCounts } from '../model/reliability/inventory';
import type { SystemSpec } from '../model/system';
import { normalizeInputs, numberInput, type CrossRule, type NumberInput } from './schema';

/**
 * How each system is deployed, per slot (`a.joined`, `a.n_*`, `a.capex_usd`, `a.usd_chip_h`, `a.sw`;
 * paths in the SystemSpec). The training layout (`a.layout`) is read in share/operations-codec.ts.
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

/**
 * The system's serving software fraction (`a.sw=0.7`; model/inference/software.ts); `none` (null,
 * the default, never written) is auto: the software table's value for the chip family.
 */
export const SOFTWARE_INPUT: NumberInput = numberInput({
	key: 'sw',
	path: 'deployment.softwareFraction',
	unit: '',
	bounds: SOFTWARE_FRACTION_BOUNDS,
	nullable: true,
	label: 'system.softwareFraction',
	default: DEFAULT_DEPLOYMENT.softwareFraction
});

/** In link order (the layout and part counts sit between the first two in a link). */
export const DEPLOYMENT_INPUTS: readonly NumberInput[] = [
	JOINED_INPUT,
	...PRICE_INPUTS,
	SOFTWARE_INPUT
];

/** Message key of each part's name (the reliability view's inventory rows). */
const PART_LABELS: Record<keyof ComponentCounts, string> = {
	accelerators: 'reliability.kind.accelerator',
	hbmStacks: 'reliability.kind.hbmStack',
	switchChips: 'reliability.kind.switchChip',
	opticalTransceivers: 'reliability.kind.opticalTransceiver',
	copperLinks: 'reliability.kind.copperLink',
	hostCpus: 'reliability.kind.hostCpu'
};
const PART_KEYS: Record<keyof ComponentCounts, string> = {
	accelerators: 'n_accel',
	hbmStacks: 'n_hbm',
	switchChips: 'n_switch',
	opticalTransceivers: 'n_optics',
	copperLinks: 'n_copper',
	hostCpus: 'n_cpu'
};

/**
 * Parts of a system that can fail (`a.n_optics=6912`), in link order. `components` is null while
 * every count is the catalog's for the preset scaled to the chip count (`defaultComponents`), so
 * these have no fixed default: the link writes a count that differs from that, and an edited
 * count makes the whole record explicit.
 */
export const PART_INPUTS: readonly NumberInput[] = COUNT_KEYS.map((k) =>
	numberInput({
		key: PART_KEYS[k],
		path: `deployment.components.${k}`,
		unit: '',
		bounds: OPERATIONS_BOUNDS.componentCount,
		label: PART_LABELS[k],
		default: null
	})
);

export const PART_RULES: readonly CrossRule<SystemSpec>[] = [
	{
		keys: ['n_accel'],
		why: 'Every chip is an accelerator that can fail.',
		apply: (spec) => {
			const parts = spec.deployment?.components;
			if (parts && parts.accelerators < spec.chips) parts.accelerators = spec.chips;
		}
	}
];

/** The parts a system is counted with when the counts are not edited. */
export const defaultParts = (
	spec: SystemSpec
): { deployment: { components: ComponentCounts } } => ({
	deployment: { components: defaultComponents(spec.presetId, spec.chips) }
});

/**
 * The part counts clamped into their declaration (not a number: the default count), at least
 * one accelerator per chip, and null again when every count is the default one. `spec.deployment`
 * must be a fresh copy.
 */
export function normalizeParts(spec: SystemSpec) {
	const d = spec.deployment!;
	if (d.components === null) return;
	d.components = { ...d.components };
	normalizeInputs(spec, PART_INPUTS, PART_RULES, () => defaultParts(spec));
	const defaults = defaultParts(spec).deployment.components;
	if (COUNT_KEYS.every((k) => d.components![k] === defaults[k])) d.components = null;
}
