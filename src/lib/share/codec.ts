import { normalizeScenario } from '../model/normalize';
import { presetIndex } from '../catalog/preset-index';
import { MAX_SYSTEMS, defaultScenario, specFromPresetId, type Scenario } from '../model/scenario';
import type { SystemSpec } from '../model/system';
import { MODEL_VERSION } from '../model/version';
import {
	BASIS_CHOICES,
	EFFICIENCY_INPUTS,
	SCENARIO_CHOICES,
	SCENARIO_INPUTS,
	SCENARIO_RULES,
	SERVING_CHOICES,
	SERVING_INPUTS,
	SYSTEM_CHOICES,
	SYSTEM_INPUTS
} from '../inputs';
import { SYSTEM_RULES, SYSTEM_TEXTS, dropUnknownFlops } from '../inputs/system';
import {
	decodeChoices,
	decodeInputs,
	decodeTexts,
	encodeChoices,
	encodeInputs,
	encodeTexts,
	readChoice,
	type ReadValue
} from './fields';
import { shorten, type Notice } from './notices';
import { MODEL_VERSION_NUMBER, decodeServing, encodeServing } from './serving-codec';
import { decodeDeployment, encodeDeployment } from './operations-codec';
import { DEFAULT_DEPLOYMENT, DEFAULT_OPERATIONS, DEFAULT_TRAINING } from '../model/deployment';
import { DEFAULT_EFFICIENCIES } from '../model/inference/efficiencies';
import type { FrontierMetric } from '../model/frontier-metric';

/**
 * Scenario links, format version 1. Readable named keys in display units, e.g.
 *   ?v=1&m=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=400&b.bf16_tflops=752&llm=deepseek-r1
 * Systems are slots a–d, each a preset id plus the fields that differ from that preset. Every key
 * but `llm` and `llm.*` (serving-codec.ts) is declared in src/lib/inputs; each decoder gives a
 * notice for every value it refuses or changes. Keys never change meaning within a format version; a new
 * meaning needs `v=2` and a migration, and tests/fixtures/links keeps every released version.
 */

export const FORMAT_VERSION = 1;
export { MODEL_VERSION_NUMBER };
export const SLOTS = ['a', 'b', 'c', 'd'] as const;
/** The letters after SLOTS: where a link written for more than MAX_SYSTEMS systems goes on. */
const BEYOND_SLOTS = /^[e-z]$/;
/** Whether a slot's value names a system: a preset's id or "custom". */
const namesSystem = (value: string) =>
	value === 'custom' || presetIndex().some((preset) => preset.id === value);

export const VIEWS = [
	'hardware',
	'inference',
	'training',
	'energy',
	'reliability',
	'claims'
] as const;
export type View = (typeof VIEWS)[number];

/** Settings that change how the page reads, not what the model computes. */
export interface ViewSettings {
	/** Interface language; absent means the reader's own preference. */
	lang?: (typeof LANGS)[number];
	/** Which view is open; absent means the first. */
	view?: View;
	/** The inference frontier's y axis (`frontier`); absent means tokens/s per chip. */
	frontier?: FrontierMetric;
	/** Uncertainty bands and published measurements on the frontier (`bands=1`). */
	bands?: boolean;
	/** The inference frontier shown as a table (`frontier.table=1`). */
	frontierTable?: boolean;
	/** The training scale chart's y axis (`scale`); absent means tokens/s per chip. */
	scale?: 'tokensPerSPerChip' | 'perChipEfficiency';
	/** The training scale curves shown as tables (`scale.tables=1`). */
	scaleTables?: boolean;
}
/** How the charts read: page settings a link carries so its reader sees the same chart. */
export type ChartSettings = Omit<ViewSettings, 'lang' | 'view'>;

const LANGS = ['en', 'zh'] as const;
const ON_OFF = { 0: false, 1: true };
/**
 * Each chart setting: its link key and words, each word's meaning; the first is the default,
 * never written (so links made before these keys read as they did).
 */
const CHART_KEYS: [keyof ChartSettings, string, Record<string, unknown>][] = [
	[
		'frontier',
		'frontier',
		{ chip: 'tokensPerSPerChip', usd: 'usdPerMillionTokens', mw: 'tokensPerSPerMW' }
	],
	['bands', 'bands', ON_OFF],
	['frontierTable', 'frontier.table', ON_OFF],
	['scale', 'scale', { abs: 'tokensPerSPerChip', eff: 'perChipEfficiency' }],
	['scaleTables', 'scale.tables', ON_OFF]
];
/** Keys of how the page reads, not of the scenario: a link of only these is a plain visit. */
export const VIEW_KEYS = ['lang', 'view', ...CHART_KEYS.map((chart) => chart[1])];

// ---------------------------------------------------------------- encode

/**
 * `baseline`, the summary's "what if" baseline: `base=1`, then `base.<key>=<value>` for each key
 * whose value the baseline has otherwise (empty: a key the baseline lacks), so the link stays as
 * readable as the scenario's own keys and grows only by what was edited since.
 */
export function encodeScenario(
	scenario: Scenario,
	view: ViewSettings = {},
	baseline?: Scenario | null
): string {
	const params = encodeParams(scenario);
	if (baseline) {
		const base = encodeParams(baseline);
		const keys = new Set([...params.keys(), ...base.keys()]);
		params.set('base', '1');
		for (const key of keys) {
			const was = base.get(key) ?? '';
			if (params.get(key) !== was) params.set(`base.${key}`, was);
		}
	}
	if (view.view && view.view !== VIEWS[0]) params.set('view', view.view);
	for (const [name, key, words] of CHART_KEYS) {
		const word = Object.keys(words)
			.slice(1)
			.find((w) => words[w] === view[name]);
		if (word) params.set(key, word);
	}
	if (view.lang) params.set('lang', view.lang);
	return params.toString();
}

/** The keys that differ from their defaults (a preset system: from the preset), in link order. */
function encodeParams(scenario: Scenario): URLSearchParams {
	const params = new URLSearchParams();
	params.set('v', String(FORMAT_VERSION));
	params.set('m', MODEL_VERSION);
	scenario.systems
		.slice(0, MAX_SYSTEMS)
		.forEach((spec, index) => encodeSystem(params, SLOTS[index]!, spec));
	encodeChoices(params, BASIS_CHOICES, scenario);
	encodeServing(params, scenario.serving);
	encodeInputs(params, SERVING_INPUTS, scenario);
	encodeChoices(params, SERVING_CHOICES, scenario);
	encodeInputs(params, EFFICIENCY_INPUTS, scenario);
	encodeInputs(params, SCENARIO_INPUTS, scenario);
	encodeChoices(params, SCENARIO_CHOICES, scenario);
	return params;
}

function encodeSystem(params: URLSearchParams, slot: string, spec: SystemSpec) {
	const base = spec.presetId === null ? undefined : specFromPresetId(spec.presetId);
	params.set(slot, base ? spec.presetId! : 'custom');
	// A custom system lists its name and every figure; a preset only those that differ from it.
	const prefix = `${slot}.`;
	encodeTexts(params, SYSTEM_TEXTS, spec, { complete: !base, prefix, base });
	encodeInputs(params, SYSTEM_INPUTS, spec, { complete: !base, prefix, base });
	encodeChoices(params, SYSTEM_CHOICES, spec, { prefix, base });
	encodeDeployment(params, slot, spec);
}

// ---------------------------------------------------------------- decode

export interface Decoded {
	scenario: Scenario;
	view: ViewSettings;
	notices: Notice[];
	/** False when the query held no scenario at all (plain visit): the page shows the default. */
	fromLink: boolean;
	/** The "what if" baseline (`base=1`); `scenario` itself when no key of it differs. */
	baseline?: Scenario;
}

/** A custom system starts from GB200 NVL72's cited figures; a link lists every field anyway. */
function customBase(): SystemSpec {
	return { ...specFromPresetId('gb200-nvl72')!, name: SYSTEM_TEXTS[0]!.default, presetId: null };
}

/**
 * Decode a query string (with or without `?`) or a full URL. Never throws; anything it cannot use
 * becomes a notice and a sensible value.
 */
export function decodeScenario(input: string): Decoded {
	const decoded = decodeWithFullKeys(input);
	// Shortened only now: the baseline's notices are told from the scenario's by their full keys
	// (two long keys can shorten alike), and `base.` counts within the shown length. In place: every
	// notice is the decoder's own object, and a hostile link's 20,000 need no copies.
	for (const notice of decoded.notices) notice.key = shorten(notice.key);
	return decoded;
}

/** What a scenario is read from: the link's keys, or the baseline's view of them. */
interface Link {
	has(key: string): boolean;
	get(key: string): string | readonly string[] | undefined;
}

/** decodeScenario's work, its notices naming the keys in full. */
function decodeWithFullKeys(input: string): Decoded {
	const notices: Notice[] = [];
	const params = toParams(input);
	const keys = [...params.keys()];
	const view = decodeView(params, notices);
	if (keys.every((key) => VIEW_KEYS.includes(key)))
		return { scenario: normalizeScenario(defaultScenario()), view, notices, fromLink: false };

	// The keys the scenario reads; the view's are read above.
	const seen = new Set<string>(VIEW_KEYS);
	const read = lastValueOf(params, notices);
	const value: ReadValue = (key) => (seen.add(key), read(key));

	const version = value('v');
	if (version === undefined)
		notices.push({ code: 'missing-version', key: 'v', used: String(FORMAT_VERSION) });
	else if (version !== String(FORMAT_VERSION))
		notices.push({
			code: 'unknown-version',
			key: 'v',
			given: shorten(version),
			used: String(FORMAT_VERSION)
		});
	// "m=018" is version 18 (as model-change.ts reads it), not a version of its own.
	let modelVersion = value('m');
	if (modelVersion && MODEL_VERSION_NUMBER.test(modelVersion)) modelVersion = String(+modelVersion);
	if (modelVersion !== undefined && modelVersion !== MODEL_VERSION)
		notices.push({
			// Model versions are whole numbers; "m=NaN" read "made with model version NaN".
			code: MODEL_VERSION_NUMBER.test(modelVersion) ? 'model-changed' : 'not-a-model-version',
			key: 'm',
			given: shorten(modelVersion),
			used: MODEL_VERSION
		});
	const scenario = decodeScenarioKeys(params, value, notices, modelVersion);

	// The baseline: this link's scenario keys with its `base.` ones in their place (an empty one
	// takes the key out), read as the scenario's are, with the link's versions. Its notices name
	// each key as the link writes it (`base.b.chips`, or the `c.chips` it reads from the link) and
	// are marked as the baseline's.
	// `own`: whether a key of the link is a `base.` key the baseline reads in place of its key;
	// asked of the key as the link has it (a hostile link's 20,000 are not cut and hashed again,
	// nor gathered into a set).
	let own: (key: string) => boolean = () => false;
	let baseLink: Link | undefined;
	let baseline: Scenario | undefined;
	const baselineNotices: Notice[] = [];
	/** The link's keys the baseline reads (then those it ignores are taken out: those it uses). */
	const baselineUses = new Set<string>();
	if (params.has('base') && readChoice(value, notices, 'base', ['0', '1'], '0') === '1') {
		own = (key) => isBaselineKey(key) && params.has(key);
		baseLink = baselineLink(params, own);
		const readBase = lastValueOf(baseLink, baselineNotices);
		const readOwn = (key: string) => {
			const written = `base.${key}`;
			// The scenario's unread keys are looked for in `seen`: a `base.` key the baseline read is not.
			if (own(written)) seen.add(written);
			else baselineUses.add(key);
			return readBase(key);
		};
		// Only when a `base.` key differs: else the baseline is the scenario itself.
		baseline = keys.some(isBaselineKey)
			? decodeScenarioKeys(baseLink, readOwn, baselineNotices, modelVersion)
			: scenario;
	}
	// What the baseline reads of the link and uses: not a field its model lacks, nor an alias beside
	// its key (`eff` with `basis`).
	const ignored = (n: Notice) => n.code === 'unknown-key' || n.code === 'old-key';
	for (const notice of baselineNotices) if (ignored(notice)) baselineUses.delete(notice.key);
	// "llm.kv_heads=4&base=1&base.llm=llama-3.3-70b": the scenario's DeepSeek-R1 has no KV heads to
	// set, the baseline's Llama does; "unknown setting" was untrue. So for an alias beside its key
	// ("eff=fp8&basis=bf16&base=1&base.basis="): the baseline has no basis and reads eff.
	for (const notice of notices)
		if (ignored(notice) && baselineUses.has(notice.key)) notice.code = 'baseline-only-key';

	// Each key no scenario read, once, in link order: the baseline's own (`base.`) keys after the
	// baseline's other notices, as the baseline's.
	const baselineUnread: Notice[] = [];
	for (const key of keys) {
		if (seen.has(key)) continue;
		if (own(key)) {
			// An empty one takes the key out: done, whether or not the key is one.
			if (hasText(params.get(key))) {
				const notice = unreadNotice(key.slice(5), baseLink!, key);
				notice.baseline = true;
				baselineUnread.push(notice);
			}
		}
		// "c.chips=4&base=1&base.c=hgx-h100": no system c here, but the baseline's c has 4 chips.
		else if (baselineUses.has(key)) notices.push({ code: 'baseline-only-key', key });
		else {
			const notice = unreadNotice(key, params);
			// "c.bogus" beside "base.c=…": the link has system c (the baseline's), which has no such
			// setting ("c.chips" beside "base.c.chips": it has, given as the baseline's own).
			if (
				notice.code === 'orphan-key' &&
				!seen.has(`base.${key}`) &&
				baseLink?.has(key.slice(0, key.indexOf('.')))
			)
				notice.code = 'unknown-key';
			notices.push(notice);
		}
	}
	// The baseline's other notices: what it reads otherwise than the scenario (a `base.b.chips=-5`
	// takes B's domain down with the chips, which the scenario's keys do not say). The rest repeat
	// the scenario's own (its keys read again in the baseline); a key of the link's that the
	// baseline's model lacks is the scenario's key, not a fault ("llm.kv_heads" beside a base.llm
	// without KV heads).
	const told = (n: Notice) => `${n.code}\u0000${n.key}\u0000${n.given}\u0000${n.used}`;
	const scenarioNotices = new Set(baselineNotices.length > 0 ? notices.map(told) : []);
	for (const notice of baselineNotices) {
		const isOwn = own(`base.${notice.key}`);
		const written = isOwn || params.has(notice.key);
		if (!isOwn && (scenarioNotices.has(told(notice)) || (written && notice.code === 'unknown-key')))
			continue;
		notices.push({
			...notice,
			// As the link writes it: `base.b.chips`, or `c.chips` read from the link; one the link
			// does not give (a followed `c.domain`) is the baseline's.
			key: written && !isOwn ? notice.key : `base.${notice.key}`,
			// The slot a system moves into is the baseline's: "a" alone names the scenario's.
			...(notice.code === 'moved-slot' && { used: `base.${notice.used}` }),
			baseline: true
		});
	}
	// Not pushed as arguments: a hostile link's 20,000 would each be one.
	for (const notice of baselineUnread) notices.push(notice);
	return {
		scenario,
		view,
		notices: oneNoticePerKey(notices),
		fromLink: true,
		...(baseline && { baseline })
	};
}

/** The view keys, as `base.` keys: none is the baseline's. */
const BASE_VIEW_KEYS = new Set(VIEW_KEYS.map((key) => `base.${key}`));

/**
 * Whether a link key is a `base.` key that gives the baseline its own value for a key. No
 * `base.base…`: the baseline's own baseline would decode once per `base.` written. No `base.v`,
 * `base.m` or view key: the versions are the link's, and the view no scenario's (a `base.m=1` had
 * said "this link was made with model version 1" and migrated the baseline): unknown keys.
 */
const isBaselineKey = (key: string) =>
	key.startsWith('base.') &&
	!key.startsWith('base', 5) &&
	key !== 'base.v' &&
	key !== 'base.m' &&
	!BASE_VIEW_KEYS.has(key);

/** Whether a `base.` key's values hold one that is not empty (an empty one takes its key out). */
const hasText = (given: string | readonly string[] | undefined) =>
	typeof given === 'string' ? given !== '' : !!given?.some(Boolean);

/**
 * The baseline's view of the link: a key it has its own (`base.`) value for reads that (an empty
 * one: the key is taken out), any other the link's. Read in place, not copied into a second link:
 * a hostile link's 20,000 `base.` keys are not written out and parsed again.
 *
 * Taking out every slot leaves no system, which a link never reads as none: `base.a=` alone had
 * given the baseline the default comparison without a word. Then the emptied slots stay, empty,
 * and read as an empty `a=` does (no system preset “”; the slot's preset is used, with a notice).
 */
function baselineLink(params: ValuesByKey, own: (key: string) => boolean): Link {
	const valueOf = (key: string) => {
		const written = `base.${key}`;
		if (!own(written)) return params.get(key);
		const given = params.get(written)!;
		if (typeof given === 'string') return given || undefined;
		const texts = given.filter(Boolean);
		return texts.length > 1 ? texts : texts[0];
	};
	const emptied = new Set<string>(
		SLOTS.every((slot) => valueOf(slot) === undefined)
			? SLOTS.filter((slot) => own(`base.${slot}`))
			: []
	);
	const get = (key: string) => (emptied.has(key) ? '' : valueOf(key));
	return { get, has: (key) => get(key) !== undefined };
}

/**
 * The notice for a key the scenario read from `link` did not read, under `name` (the key as the
 * link writes it): a fifth system's, a key of a system the link lacks, or an unknown one.
 */
function unreadNotice(key: string, link: Link, name = key): Notice {
	const dot = key.indexOf('.');
	const slot = dot === -1 ? '' : key.slice(0, dot);
	// "e=helios" or its "e.chips=…": a fifth system's slot, not a setting this page lacks.
	const letter = dot === -1 ? key : slot;
	const system = letter.length === 1 && BEYOND_SLOTS.test(letter) ? link.get(letter) : undefined;
	if (typeof system === 'string' && namesSystem(system))
		return {
			code: 'extra-system',
			key: name,
			given: shorten(String(link.get(key))),
			used: String(MAX_SYSTEMS)
		};
	const isOrphan = dot !== -1 && (SLOTS as readonly string[]).includes(slot) && !link.has(slot);
	return { code: isOrphan ? 'orphan-key' : 'unknown-key', key: name };
}

/** The scenario a link's keys give (every key but the versions, the view and the baseline's). */
function decodeScenarioKeys(
	link: Link,
	value: ReadValue,
	notices: Notice[],
	modelVersion: string | undefined
): Scenario {
	const defaults = defaultScenario();
	const slotsGiven = SLOTS.filter((slot) => link.has(slot));
	const slots = slotsGiven.length > 0 ? slotsGiven : SLOTS.slice(0, defaults.systems.length);
	const systems = slots.map((slot, i) => {
		// "b=…&d=…" fills A and B: the page and a copied link number systems from a, without gaps.
		if (slot !== SLOTS[i]) notices.push({ code: 'moved-slot', key: slot, used: SLOTS[i] });
		return decodeSystem(slot, slotBase(slot, value, notices), value, notices);
	});
	const basis = { efficiencyPrecision: defaults.efficiencyPrecision };
	decodeChoices(value, notices, BASIS_CHOICES, basis);
	const serving = decodeServing(value, notices, modelVersion);
	decodeInputs(value, notices, SERVING_INPUTS, { serving });
	decodeChoices(value, notices, SERVING_CHOICES, { serving });
	const schemaPart = {
		efficiencies: { ...DEFAULT_EFFICIENCIES },
		training: { ...DEFAULT_TRAINING },
		operations: structuredClone(DEFAULT_OPERATIONS)
	};
	decodeInputs(value, notices, EFFICIENCY_INPUTS, schemaPart);
	decodeInputs(value, notices, SCENARIO_INPUTS, schemaPart, SCENARIO_RULES);
	decodeChoices(value, notices, SCENARIO_CHOICES, schemaPart);
	const given: Scenario = { systems, serving, ...basis, ...schemaPart };
	// Every value the decoders read is already inside its declaration and reconciled by its rules
	// (each change noticed), so normalising changes nothing a link gave.
	return normalizeScenario(given);
}

/**
 * A repeated key whose last value was then refused or changed has that notice only: the duplicate
 * notice ("the last value was used") would contradict it.
 */
function oneNoticePerKey(notices: Notice[]): Notice[] {
	// Most links repeat no key: no set of every noticed key (20,000 for a hostile link) to build.
	if (!notices.some((n) => n.code === 'duplicate-key')) return notices;
	// A key the baseline reads from the link is its own key there: "b.chips=1&b.chips=x" with a
	// baseline whose B is another preset is not a number in both, each with its own value used.
	const whose = (n: Notice) => (n.baseline ? `\u0000${n.key}` : n.key);
	// A moved slot's notice refuses nothing: "b=x&b=y&d=z" still says which b was used.
	const specific = new Set(
		notices.filter((n) => n.code !== 'duplicate-key' && n.code !== 'moved-slot').map(whose)
	);
	const seenDuplicate = new Set<string>();
	return notices.filter((n) => {
		if (n.code !== 'duplicate-key') return true;
		if (specific.has(whose(n)) || seenDuplicate.has(whose(n))) return false;
		seenDuplicate.add(whose(n));
		return true;
	});
}

/** The spec a slot starts from: its preset, a custom base, or the default for that slot. */
function slotBase(slot: (typeof SLOTS)[number], value: ReadValue, notices: Notice[]): SystemSpec {
	const defaults = defaultScenario().systems;
	const fallback = defaults[SLOTS.indexOf(slot)] ?? defaults[0]!;
	const presetText = value(slot);
	if (presetText === undefined) return fallback;
	if (presetText === 'custom') return customBase();
	const found = specFromPresetId(presetText);
	if (found) return found;
	notices.push({
		code: 'unknown-preset',
		key: slot,
		given: shorten(presetText),
		used: fallback.presetId ?? ''
	});
	// The slot's default preset as a link naming it would give it, not the default comparison's
	// system: that joins 16 NVL72 to match 3 CloudMatrix 384, a count this link never asked for
	// (a lone `a=doesnotexist` came back as a=gb200-nvl72&a.joined=16).
	return specFromPresetId(fallback.presetId ?? '') ?? fallback;
}

function decodeView(params: ValuesByKey, notices: Notice[]): ViewSettings {
	const out: ViewSettings = {};
	const value = lastValueOf(params, notices);
	// `lang` as people write it, in any case and with a region or script ("zh-CN", "zh-Hans", "ZH":
	// Chinese); "zh-CN" had turned the page English. One the page has not: English, with a notice.
	// An empty one: none, the reader's own language.
	const lang = value('lang');
	const language = lang?.toLowerCase().split(/[-_]/, 1)[0];
	if (lang)
		out.lang =
			LANGS.find((known) => known === language) ??
			readChoice(() => lang, notices, 'lang', LANGS, 'en');
	if (params.has('view')) out.view = readChoice(value, notices, 'view', VIEWS, VIEWS[0]);
	// A word it does not know: a notice, and the default (the first word).
	for (const [name, key, words] of CHART_KEYS) {
		const names = Object.keys(words);
		if (params.has(key))
			(out as Record<string, unknown>)[name] =
				words[readChoice(value, notices, key, names, names[0]!)];
	}
	return out;
}

/**
 * Each key's value, or its values in link order when it is repeated (an array only then: a
 * hostile link's 20,000 keys are 20,000 strings, not 20,000 arrays); keys in order of first
 * appearance.
 */
type ValuesByKey = ReadonlyMap<string, string | readonly string[]>;

/** A key's last value; a repeated key ("view=training&view=energy") says which one was used. */
function lastValueOf(params: Pick<Link, 'get'>, notices: Notice[]): ReadValue {
	return (key) => {
		const given = params.get(key);
		if (typeof given !== 'object') return given;
		notices.push({ code: 'duplicate-key', key, used: shorten(given.at(-1)!) });
		return given.at(-1);
	};
}

const NEEDS_DECODING = /[%+\ud800-\udfff]/;

/**
 * The query of a full URL, or of a pasted query, read as URLSearchParams reads it. A `?` after the
 * first `=` is part of a value (`a.name=what?`), not the start of the query, so it never cuts the
 * link.
 *
 * One pass into a map: URLSearchParams' getAll and has scan every pair, and iterating it crosses
 * into the browser for each pair, so a link with 20,000 unknown keys took ~100 ms. A pair with no
 * `%`, `+` or lone surrogate is its own text, cut at its first `=`; any other is decoded by
 * URLSearchParams itself (same rules: `+` is a space, a bad escape stays as written, a lone
 * surrogate becomes U+FFFD).
 */
function toParams(input: string): ValuesByKey {
	const mark = input.indexOf('?');
	const equals = input.indexOf('=');
	const starts = mark !== -1 && (equals === -1 || mark < equals);
	// As URLSearchParams: one leading `?` is not part of the first key.
	const query = (starts ? input.slice(mark + 1) : input).split('#')[0]!.replace(/^\?/, '');
	const out = new Map<string, string | string[]>();
	for (const pair of query.split('&')) {
		if (!pair) continue;
		let key: string;
		let text: string;
		if (NEEDS_DECODING.test(pair)) {
			// The `&` keeps a `?` starting this pair (URLSearchParams drops one starting its input).
			[key, text] = [...new URLSearchParams(`&${pair}`)][0]!;
		} else {
			const cut = pair.indexOf('=');
			key = cut === -1 ? pair : pair.slice(0, cut);
			text = cut === -1 ? '' : pair.slice(cut + 1);
		}
		const before = out.get(key);
		if (before === undefined) out.set(key, text);
		else if (typeof before === 'string') out.set(key, [before, text]);
		else before.push(text);
	}
	return out;
}

function decodeSystem(
	slot: string,
	base: SystemSpec,
	value: ReadValue,
	notices: Notice[]
): SystemSpec {
	// Fresh copies of what the schema writes into (a preset's spec is frozen).
	const spec: SystemSpec = {
		...base,
		denseFlopsPerS: { ...base.denseFlopsPerS },
		deployment: { ...DEFAULT_DEPLOYMENT, ...base.deployment }
	};
	decodeTexts(value, notices, SYSTEM_TEXTS, spec, `${slot}.`);
	decodeInputs(value, notices, SYSTEM_INPUTS, spec, SYSTEM_RULES, `${slot}.`);
	decodeChoices(value, notices, SYSTEM_CHOICES, spec, `${slot}.`);
	dropUnknownFlops(spec);
	// After the chip count: default component counts scale with it.
	decodeDeployment(slot, spec, value, notices);
	return spec;
}
