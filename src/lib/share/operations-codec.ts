import { DEFAULT_DEPLOYMENT } from '../model/deployment';
import type { SystemSpec } from '../model/system';
import type { TrainingLayout } from '../model/training/types';
import { decodeInputs, encodeInputs, formatNumber, type ReadValue } from './fields';
import {
	JOINED_INPUT,
	PART_INPUTS,
	PART_RULES,
	PRICE_INPUTS,
	defaultParts
} from '../inputs/deployment';
import { shorten, type Notice } from './notices';

/**
 * Per-system link keys for the training, energy, cost and reliability views (format version 1):
 *   a.joined=16, a.layout=tp4.pp8.ep1.dp2.mb16, a.n_optics=6912, a.capex_usd=30000, a.usd_chip_h=2.5
 * Values equal to the defaults are omitted. Every key but the layout, and the scenario-wide keys
 * (`t.*`, `o.*`), are declared in src/lib/inputs.
 */
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

/**
 * `complete`: every key, defaults included (for comparing two scenarios key by key);
 * `schemaInputs: false` leaves out the keys declared in src/lib/inputs/deployment.ts.
 */
export function encodeDeployment(
	params: URLSearchParams,
	slot: string,
	spec: SystemSpec,
	complete = false,
	schemaInputs = true
) {
	const d = spec.deployment ?? DEFAULT_DEPLOYMENT;
	const options = { complete, prefix: `${slot}.` };
	if (schemaInputs) encodeInputs(params, [JOINED_INPUT], { deployment: d }, options);
	if (d.trainingLayout) params.set(`${slot}.layout`, formatLayout(d.trainingLayout));
	else if (complete) params.set(`${slot}.layout`, 'auto');
	if (!schemaInputs) return;
	// Counts are written only once edited (`components` set), those that differ from the default.
	const base = defaultParts(spec);
	if (d.components) encodeInputs(params, PART_INPUTS, { deployment: d }, { ...options, base });
	else if (complete) encodeInputs(params, PART_INPUTS, base, options);
	encodeInputs(params, PRICE_INPUTS, { deployment: d }, options);
}

// ---------------------------------------------------------------- decode

/** Reads into `spec.deployment`, which must be a fresh copy. */
export function decodeDeployment(
	slot: string,
	spec: SystemSpec,
	value: ReadValue,
	notices: Notice[]
) {
	const prefix = `${slot}.`;
	decodeInputs(value, notices, [JOINED_INPUT], spec, [], prefix);
	const d = spec.deployment!;
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
	// Counts not given are the default ones (scaled to the chip count read before); a link that
	// gives none keeps `components` null.
	const edited = d.components;
	d.components = { ...(edited ?? defaultParts(spec).deployment.components) };
	let given = false;
	const reading: ReadValue = (key) => {
		const text = value(key);
		if (text !== undefined) given = true;
		return text;
	};
	decodeInputs(reading, notices, PART_INPUTS, spec, PART_RULES, prefix);
	if (!edited && !given) d.components = null;
	decodeInputs(value, notices, PRICE_INPUTS, spec, [], prefix);
}
