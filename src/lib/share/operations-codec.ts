import { DEFAULT_DEPLOYMENT } from '../model/deployment';
import type { SystemSpec } from '../model/system';
import {
	decodeFormatted,
	decodeInputs,
	encodeFormatted,
	encodeInputs,
	type ReadValue
} from './fields';
import {
	JOINED_INPUT,
	PART_INPUTS,
	PART_RULES,
	PRICE_INPUTS,
	SOFTWARE_INPUT,
	defaultParts
} from '../inputs/deployment';
import { LAYOUT_INPUT } from '../inputs/layout';
import type { Notice } from './notices';

/**
 * Per-system link keys for the training, energy, cost and reliability views (format version 1):
 *   a.joined=16, a.layout=tp4.pp8.ep1.dp2.mb16, a.n_optics=6912, a.capex_usd=30000, a.usd_chip_h=2.5,
 *   a.sw=0.7
 * in this order, each declared in src/lib/inputs (deployment.ts, layout.ts). Values equal to the
 * defaults are omitted.
 */
// ---------------------------------------------------------------- encode

export function encodeDeployment(params: URLSearchParams, slot: string, spec: SystemSpec) {
	const d = spec.deployment ?? DEFAULT_DEPLOYMENT;
	const options = { prefix: `${slot}.` };
	encodeInputs(params, [JOINED_INPUT], { deployment: d }, options);
	encodeFormatted(params, LAYOUT_INPUT, { deployment: d }, options);
	// Counts are written only once edited (`components` set), those that differ from the default.
	const base = defaultParts(spec);
	if (d.components) encodeInputs(params, PART_INPUTS, { deployment: d }, { ...options, base });
	encodeInputs(params, PRICE_INPUTS, { deployment: d }, options);
	encodeInputs(params, [SOFTWARE_INPUT], { deployment: d }, options);
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
	decodeFormatted(value, notices, LAYOUT_INPUT, spec, prefix);
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
	decodeInputs(value, notices, [SOFTWARE_INPUT], spec, [], prefix);
}
