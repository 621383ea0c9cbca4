import { isLocale, type Locale } from '../../i18n';
import { formatNumber, formatRatio, numberFormat } from '../../format/number';
import { classify } from '../../content/validation-class';
import { withMinusSign } from '../../format/percent';
import type { ExampleFormat } from '../../content/method';
import type { LocalText } from '../../content/validation';
import type { I18n } from '../i18n-context';

/**
 * The page language: `?lang=` when it names a locale, else the reader's browser language, else
 * English (as the main page does). Call in the browser only: prerendered HTML is English.
 */
export function pickLocale(search: string, browserLanguage: string): Locale {
	const asked = new URLSearchParams(search).get('lang');
	if (isLocale(asked)) return asked;
	return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function local(text: LocalText, locale: Locale): string {
	return text[locale];
}

/**
 * A model ÷ measured ratio, or its error factor, as the validation tables and claim cards write it:
 * 3 significant digits ("1.18×"), more where 3 would put it in another class. A factor of 1.2527
 * is fair; "1.25×" reads good (within 1.25×), so it shows as "1.253×"; 1.2470 stays "1.25×", good
 * as written (helper-108, helper-109: "1.25× off" stood beside both classes). Past 9 digits (float
 * noise on a limit, 1.2500000000000002) it keeps 3: the value is the limit.
 */
export function classedRatio(value: number | null, tag: string): string {
	if (value === null || !Number.isFinite(value) || value <= 0) return formatRatio(value, tag);
	const kept = classify(value);
	for (let digits = 3; digits <= 9; digits++)
		if (classify(Number(value.toPrecision(digits))) === kept)
			return `${numberFormat(tag, digits, true).format(value)}×`;
	return formatRatio(value, tag);
}

/** Worked examples show 4 significant digits: enough to see the hand value and the model agree. */
const DIGITS = 4;

const PREFIXES = [
	[1e15, 'P'],
	[1e12, 'T'],
	[1e9, 'G'],
	[1e6, 'M'],
	[1e3, 'k'],
	[1, '']
] as const;

/** A number to 4 significant digits, a negative with the minus sign (a fit's residual: −11.58). */
const shown = (value: number, tag: string, digits = DIGITS) =>
	withMinusSign(formatNumber(value, tag, digits));

function si(value: number, unit: string, tag: string): string {
	const [scale, prefix] = PREFIXES.find(([s]) => Math.abs(value) >= s * 0.99995) ?? [1, ''];
	return `${shown(value / scale, tag)}\u00a0${prefix}${unit}`;
}

/** Seconds in µs, ms, s or h: 21.46e-6 → "21.46 µs". */
function duration(seconds: number, tag: string): string {
	const abs = Math.abs(seconds);
	if (abs < 1e-3) return `${shown(seconds * 1e6, tag)}\u00a0µs`;
	if (abs < 1) return `${shown(seconds * 1e3, tag)}\u00a0ms`;
	if (abs < 3600) return `${shown(seconds, tag)}\u00a0s`;
	return `${shown(seconds / 3600, tag)}\u00a0h`;
}

/** A worked example's number: si → "70.27 kB", percent → "9.859%", usd → "$1.184". */
export function formatExample(
	value: number,
	format: ExampleFormat,
	locale: Locale,
	tag: string
): string {
	if (!Number.isFinite(value)) return '—';
	switch (format.kind) {
		case 'si': {
			const text = si(value, format.unit, tag);
			return format.per ? `${text} ${format.per[locale]}` : text;
		}
		case 'number': {
			const scaled = value * (format.scale ?? 1);
			// Whole numbers (FLOP counts, layouts) exactly; the rest to 4 significant digits.
			const n = shown(scaled, tag, Number.isInteger(scaled) ? 15 : DIGITS);
			if (!format.unit) return n;
			// A factor takes its sign closed up, as the rest of the page writes it: "1.312×".
			const unit = format.unit[locale];
			return unit === '×' ? `${n}×` : `${n} ${unit}`;
		}
		case 'duration':
			return duration(value, tag);
		case 'percent':
			return `${shown(value * 100, tag)}%`;
		case 'usd':
			return `${value < 0 ? '\u2212' : ''}$${formatNumber(Math.abs(value), tag, DIGITS)}`;
	}
}

/** A training layout in Megatron's notation: "TP2 · CP2 · PP8 · VP4 · DP8 · EP32 · GA192". */
export function trainingLayout(l: {
	tp: number;
	cp: number;
	pp: number;
	virtualStages: number;
	dp: number;
	ep: number;
	microbatches: number;
}): string {
	const parts = [`TP${l.tp}`];
	if (l.cp > 1) parts.push(`CP${l.cp}`);
	parts.push(`PP${l.pp}`);
	if (l.virtualStages > 1) parts.push(`VP${l.virtualStages}`);
	parts.push(`DP${l.dp}`);
	if (l.ep > 1) parts.push(`EP${l.ep}`);
	parts.push(`GA${l.microbatches}`);
	return parts.join(' · ');
}

/**
 * The calibration cases a default or assumption rests on, for a reader: "calibration.md cases 21,
 * 22, 24; calibration-2026.md case 2; MLPerf rules", as the page's prose cites the sheets. The
 * data names calibration-2026.md's cases "2026-n" (efficiency-sources.ts), which /method showed
 * as is: "Cases: MLPerf rules, 2026-2" read as a date (helper-145). A reference that is no case
 * number ("specs.md §11.2", "MLPerf rules") stands alone, in the page's language where translated.
 */
export function caseReferences(list: readonly string[], i18n: Pick<I18n, 't' | 'data'>): string {
	const comma = i18n.t('validation.listComma');
	const first = list.filter((c) => /^\d+$/.test(c));
	const later = list.filter((c) => /^2026-\d+$/.test(c)).map((c) => c.slice(5));
	const other = list.filter((c) => !/^(2026-)?\d+$/.test(c)).map((c) => i18n.data(c).text);
	const sheet = (key: 'validation.casesRef' | 'validation.casesRef2026', cases: string[]) =>
		cases.length === 0
			? ''
			: i18n.t(key, { cases: cases.join(comma), count: String(cases.length) });
	return [sheet('validation.casesRef', first), sheet('validation.casesRef2026', later), ...other]
		.filter(Boolean)
		.join(i18n.t('validation.listSemicolon'));
}
