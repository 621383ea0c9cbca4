import { SYSTEM_BOUNDS, clamp, flopsBounds, quantize, type Bounds } from '../model/bounds';
import { PRECISIONS, isPrecision } from '../model/precision';
import { cleanName, normalizeScenario } from '../model/normalize';
import { MAX_SYSTEMS, defaultScenario, specFromPresetId, type Scenario } from '../model/scenario';
import type { SystemNumberField, SystemSpec } from '../model/system';
import { GIGA, TERA } from '../model/units';
import { MODEL_VERSION } from '../model/version';
import { shorten, type Notice } from './notices';

/**
 * Scenario links, format version 1. Readable named keys in display units, e.g.
 *   ?v=1&m=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=400&b.bf16_tflops=752
 * Systems are slots a–d, each a preset id plus the fields that differ from that preset.
 * Keys never change meaning within a format version; a new meaning needs `v=2` and a migration.
 */
export const FORMAT_VERSION = 1;
export const SLOTS = ['a', 'b', 'c', 'd'] as const;

interface FieldCodec {
	/** Key suffix after `a.`; names its display unit. */
	key: string;
	field: SystemNumberField;
	/** SI value = URL number × scale. */
	scale: number;
}

/** The order here is the order keys appear in a link. */
export const SYSTEM_FIELD_CODECS: readonly FieldCodec[] = [
	{ key: 'chips', field: 'chips', scale: 1 },
	{ key: 'hbm_gb', field: 'hbmBytes', scale: GIGA },
	{ key: 'hbm_tbps', field: 'hbmBytesPerS', scale: TERA },
	{ key: 'up_gbps', field: 'scaleUpBytesPerS', scale: GIGA },
	{ key: 'domain', field: 'scaleUpDomainChips', scale: 1 },
	{ key: 'out_gbps', field: 'scaleOutBytesPerS', scale: GIGA },
	{ key: 'tdp_w', field: 'chipPowerW', scale: 1 },
	{ key: 'allin_w', field: 'allInPowerPerChipW', scale: 1 }
];

const flopsKey = (precision: string) => `${precision}_tflops`;
const FLOPS_SCALE = TERA;

/** Shortest text for a quantised SI value in display units: 2500, 3.35, 1e-3. */
function formatNumber(si: number, scale: number): string {
	return String(Number((si / scale).toPrecision(6)));
}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

type Parsed = { ok: true; value: number } | { ok: false };

/** Strict decimal parse: "12", "1.5e3"; not "", "0x10", "12abc", "Infinity". */
function parseNumber(text: string): Parsed {
	const trimmed = text.trim();
	if (!NUMBER_PATTERN.test(trimmed)) return { ok: false };
	return { ok: true, value: Number(trimmed) };
}

// ---------------------------------------------------------------- encode

/** Settings that change how the page reads, not what the model computes. */
export interface ViewSettings {
	/** Interface language; absent means the reader's own preference. */
	lang?: 'en' | 'zh';
}

const LANGS = ['en', 'zh'] as const;

export function encodeScenario(scenario: Scenario, view: ViewSettings = {}): string {
	const params = new URLSearchParams();
	params.set('v', String(FORMAT_VERSION));
	params.set('m', MODEL_VERSION);
	scenario.systems.slice(0, MAX_SYSTEMS).forEach((spec, index) => {
		const slot = SLOTS[index]!;
		encodeSystem(params, slot, spec);
	});
	if (scenario.efficiencyPrecision !== 'bf16') params.set('eff', scenario.efficiencyPrecision);
	if (view.lang) params.set('lang', view.lang);
	return params.toString();
}

function encodeSystem(params: URLSearchParams, slot: string, spec: SystemSpec) {
	const base = spec.presetId === null ? undefined : specFromPresetId(spec.presetId);
	params.set(slot, base ? spec.presetId! : 'custom');
	if (!base || spec.name !== base.name) params.set(`${slot}.name`, spec.name);
	for (const { key, field, scale } of SYSTEM_FIELD_CODECS) {
		const value = spec[field];
		const text = value === null ? 'none' : formatNumber(value, scale);
		const baseValue = base?.[field];
		const baseText =
			baseValue === undefined ? undefined : baseValue === null ? 'none' : formatNumber(baseValue, scale);
		if (text !== baseText) params.set(`${slot}.${key}`, text);
	}
	for (const precision of PRECISIONS) {
		const value = spec.denseFlopsPerS[precision];
		const text = value === undefined ? 'none' : formatNumber(value, FLOPS_SCALE);
		const baseValue = base?.denseFlopsPerS[precision];
		const baseText = !base ? undefined : baseValue === undefined ? 'none' : formatNumber(baseValue, FLOPS_SCALE);
		if (text !== baseText) params.set(`${slot}.${flopsKey(precision)}`, text);
	}
}

// ---------------------------------------------------------------- decode

export interface Decoded {
	scenario: Scenario;
	view: ViewSettings;
	notices: Notice[];
	/** False when the query held no scenario at all (plain visit): the page shows the default. */
	fromLink: boolean;
}

/** A blank custom system: the cited GB200 NVL72 figures as a starting point the user overwrites. */
function customBase(): SystemSpec {
	return { ...defaultScenario().systems[0]!, name: 'Custom system', presetId: null };
}

/**
 * Decode a query string (with or without `?`) or a full URL. Never throws; anything it cannot use
 * becomes a notice and a sensible value.
 */
export function decodeScenario(input: string): Decoded {
	const notices: Notice[] = [];
	const params = toParams(input);
	const keys = [...new Set([...params.keys()])];
	const view = decodeView(params, notices);
	if (keys.every((key) => VIEW_KEYS.includes(key)))
		return { scenario: normalizeScenario(defaultScenario()), view, notices, fromLink: false };

	const seen = new Set<string>();
	const value = (key: string): string | undefined => {
		seen.add(key);
		const all = params.getAll(key);
		if (all.length > 1) notices.push({ code: 'duplicate-key', key, used: shorten(all.at(-1)!) });
		return all.at(-1);
	};

	const version = value('v');
	if (version === undefined) notices.push({ code: 'missing-version', key: 'v', used: String(FORMAT_VERSION) });
	else if (version !== String(FORMAT_VERSION))
		notices.push({ code: 'unknown-version', key: 'v', given: shorten(version), used: String(FORMAT_VERSION) });
	const modelVersion = value('m');
	if (modelVersion !== undefined && modelVersion !== MODEL_VERSION)
		notices.push({ code: 'model-changed', key: 'm', given: shorten(modelVersion), used: MODEL_VERSION });

	const defaults = defaultScenario();
	const systems: SystemSpec[] = [];
	const slotsGiven = SLOTS.filter((slot) => params.has(slot));
	const slots = slotsGiven.length > 0 ? slotsGiven : SLOTS.slice(0, defaults.systems.length);
	for (const slot of slots) {
		const index = SLOTS.indexOf(slot);
		const presetText = value(slot);
		let spec: SystemSpec;
		if (presetText === undefined) {
			spec = defaults.systems[index] ?? customBase();
		} else if (presetText === 'custom') {
			spec = customBase();
		} else {
			const found = specFromPresetId(presetText);
			const fallback = defaults.systems[index] ?? defaults.systems[0]!;
			if (!found)
				notices.push({ code: 'unknown-preset', key: slot, given: shorten(presetText), used: fallback.presetId ?? '' });
			spec = found ?? fallback;
		}
		systems.push(decodeSystem(slot, spec, value, notices));
	}

	const eff = value('eff');
	let efficiencyPrecision = defaults.efficiencyPrecision;
	if (eff !== undefined) {
		if (isPrecision(eff)) efficiencyPrecision = eff;
		else notices.push({ code: 'unknown-choice', key: 'eff', given: shorten(eff), used: efficiencyPrecision });
	}

	for (const key of keys) {
		if (seen.has(key) || VIEW_KEYS.includes(key)) continue;
		const slot = key.split('.')[0];
		const isOrphan = key.includes('.') && (SLOTS as readonly string[]).includes(slot ?? '');
		notices.push({ code: isOrphan ? 'orphan-key' : 'unknown-key', key: shorten(key) });
	}
	return { scenario: normalizeScenario({ systems, efficiencyPrecision }), view, notices, fromLink: true };
}

const VIEW_KEYS = ['lang'];

function decodeView(params: URLSearchParams, notices: Notice[]): ViewSettings {
	const view: ViewSettings = {};
	const lang = params.getAll('lang').at(-1);
	if (lang === undefined) return view;
	const known = LANGS.find((l) => l === lang);
	if (known) view.lang = known;
	else notices.push({ code: 'unknown-choice', key: 'lang', given: shorten(lang), used: 'en' });
	return view;
}

function toParams(input: string): URLSearchParams {
	const query = input.includes('?') ? input.slice(input.indexOf('?') + 1) : input;
	return new URLSearchParams(query.split('#')[0]);
}

function decodeSystem(
	slot: string,
	base: SystemSpec,
	value: (key: string) => string | undefined,
	notices: Notice[]
): SystemSpec {
	const spec: SystemSpec = { ...base, denseFlopsPerS: { ...base.denseFlopsPerS } };
	const name = value(`${slot}.name`);
	if (name !== undefined) spec.name = cleanName(name) || base.name;

	const readNumber = (key: string, scale: number, bounds: Bounds): number | null | undefined => {
		const text = value(key);
		if (text === undefined) return undefined;
		if (text === 'none') return null;
		const parsed = parseNumber(text);
		if (!parsed.ok) {
			notices.push({ code: 'not-a-number', key, given: shorten(text) });
			return undefined;
		}
		const si = parsed.value * scale;
		const used = clamp(Number.isNaN(si) ? bounds.min : si, bounds);
		if (used !== quantize(si) || !Number.isFinite(si))
			notices.push({ code: 'clamped', key, given: shorten(text), used: formatNumber(used, scale) });
		return used;
	};

	for (const { key, field, scale } of SYSTEM_FIELD_CODECS) {
		const read = readNumber(`${slot}.${key}`, scale, SYSTEM_BOUNDS[field]);
		if (read === undefined) continue;
		if (read === null) {
			// Only accelerator power may be unknown; other fields need a number.
			if (field === 'chipPowerW') spec.chipPowerW = null;
			else notices.push({ code: 'not-a-number', key: `${slot}.${key}`, given: 'none' });
			continue;
		}
		spec[field] = read;
	}
	for (const precision of PRECISIONS) {
		const read = readNumber(`${slot}.${flopsKey(precision)}`, FLOPS_SCALE, flopsBounds(precision));
		if (read === undefined) continue;
		if (read === null) delete spec.denseFlopsPerS[precision];
		else spec.denseFlopsPerS[precision] = read;
	}
	return spec;
}
