import {
	COUNT_KEYS,
	DEFAULT_DEPLOYMENT,
	OPERATIONS_BOUNDS,
	defaultComponents,
	type Deployment
} from '../model/deployment';
import type { SystemSpec } from '../model/system';
import type { TrainingLayout } from '../model/training/types';
import { formatNumber, readNumber, type ReadValue } from './fields';
import { shorten, type Notice } from './notices';

/**
 * Per-system link keys for the training, energy, cost and reliability views (format version 1):
 *   a.joined=16, a.layout=tp4.pp8.ep1.dp2.mb16, a.n_optics=6912, a.capex_usd=30000, a.usd_chip_h=2.5
 * Values equal to the defaults are omitted. The scenario-wide keys (`t.*`, `o.*`) are declared in
 * src/lib/inputs.
 */
const COUNT_LINK_KEYS: Record<(typeof COUNT_KEYS)[number], string> = {
	accelerators: 'n_accel',
	hbmStacks: 'n_hbm',
	switchChips: 'n_switch',
	opticalTransceivers: 'n_optics',
	copperLinks: 'n_copper',
	hostCpus: 'n_cpu'
};

// ---------------------------------------------------------------- layouts

/** "tp4.pp8.ep1.dp2.mb16", optionally ".cp2", ".vs4", ".fsdp" ↔ a pinned training layout. */
export function formatLayout(l: TrainingLayout): string {
	let text = `tp${l.tp}.pp${l.pp}.ep${l.ep}.dp${l.dp}.mb${formatNumber(l.microbatches, 1)}`;
	if (l.cp !== undefined && l.cp !== 1) text += `.cp${l.cp}`;
	if (l.virtualStages !== undefined && l.virtualStages !== 1) text += `.vs${l.virtualStages}`;
	if (l.fsdp) text += '.fsdp';
	return text;
}

export function parseLayout(text: string): TrainingLayout | null {
	const match =
		/^tp(\d+)\.pp(\d+)\.ep(\d+)\.dp(\d+)\.mb(\d+(?:\.\d+)?)(?:\.cp(\d+))?(?:\.vs(\d+))?(\.fsdp)?$/.exec(
			text
		);
	if (!match) return null;
	const [tp, pp, ep, dp, microbatches] = match.slice(1, 6).map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	const layout: TrainingLayout = { tp, pp, ep, dp, microbatches };
	if (match[6]) layout.cp = Number(match[6]);
	if (match[7]) layout.virtualStages = Number(match[7]);
	if (match[8]) layout.fsdp = true;
	return layout;
}

// ---------------------------------------------------------------- encode

/** `complete`: every key, defaults included (for comparing two scenarios key by key). */
export function encodeDeployment(
	params: URLSearchParams,
	slot: string,
	spec: SystemSpec,
	complete = false
) {
	const d = spec.deployment ?? DEFAULT_DEPLOYMENT;
	if (complete || d.joined !== DEFAULT_DEPLOYMENT.joined)
		params.set(`${slot}.joined`, String(d.joined));
	if (d.trainingLayout) params.set(`${slot}.layout`, formatLayout(d.trainingLayout));
	else if (complete) params.set(`${slot}.layout`, 'auto');
	const defaults = defaultComponents(spec.presetId, spec.chips);
	const components = d.components ?? (complete ? defaults : null);
	if (components)
		for (const k of COUNT_KEYS)
			if (complete || components[k] !== defaults[k])
				params.set(`${slot}.${COUNT_LINK_KEYS[k]}`, String(components[k]));
	if (d.capexPerChipUsd !== null)
		params.set(`${slot}.capex_usd`, formatNumber(d.capexPerChipUsd, 1));
	else if (complete) params.set(`${slot}.capex_usd`, 'none');
	if (d.pricePerChipHourUsd !== null)
		params.set(`${slot}.usd_chip_h`, formatNumber(d.pricePerChipHourUsd, 1));
	else if (complete) params.set(`${slot}.usd_chip_h`, 'none');
}

// ---------------------------------------------------------------- decode

export function decodeDeployment(
	slot: string,
	spec: SystemSpec,
	value: ReadValue,
	notices: Notice[]
): Deployment {
	const d: Deployment = { ...DEFAULT_DEPLOYMENT, ...spec.deployment };
	const b = OPERATIONS_BOUNDS;
	const joined = readNumber(value, notices, `${slot}.joined`, 1, b.joined);
	if (typeof joined === 'number') d.joined = joined;
	const layoutText = value(`${slot}.layout`);
	if (layoutText !== undefined) {
		const layout = parseLayout(layoutText);
		if (layout) d.trainingLayout = layout;
		else if (layoutText !== 'auto')
			notices.push({
				code: 'unknown-choice',
				key: `${slot}.layout`,
				given: shorten(layoutText),
				used: 'auto'
			});
	}
	let components = d.components ? { ...d.components } : null;
	for (const k of COUNT_KEYS) {
		const read = readNumber(value, notices, `${slot}.${COUNT_LINK_KEYS[k]}`, 1, b.componentCount);
		if (typeof read !== 'number') continue;
		components ??= defaultComponents(spec.presetId, spec.chips);
		components[k] = read;
	}
	d.components = components;
	const capex = readNumber(value, notices, `${slot}.capex_usd`, 1, b.capexPerChipUsd, true);
	if (capex !== undefined) d.capexPerChipUsd = capex;
	const price = readNumber(value, notices, `${slot}.usd_chip_h`, 1, b.pricePerChipHourUsd, true);
	if (price !== undefined) d.pricePerChipHourUsd = price;
	return d;
}
