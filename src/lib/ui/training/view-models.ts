import '../../i18n/training-messages';
import type { MessageKey } from '../../i18n';
import { formatDuration, formatNumber, formatSi } from '../../format/number';
import { percentFormat } from '../../format/percent';
import type { Result, Unavailable } from '../../model/estimate-types';
import type { Precision } from '../../model/precision';
import type {
	TrainingDoesNotFit,
	TrainingEstimate,
	TrainingLayoutRefused,
	TrainingLayout,
	TrainingWarning
} from '../../model/training';
import { PARALLEL_GROUPS } from '../../model/training/placement';
import type { I18n } from '../i18n-context';
import { placementText as sharedPlacementText } from '../compare/placement-text';
import { unitWords } from '../unit-words';
import { readerDuration } from '../reader-duration';
import type { TrainingSystemView } from './types';
import type { TrainingResult } from '../../model/training/estimate';
import type { SystemSpec } from '../../model/system';

/** b ÷ a for the ratio lines; null when either is missing (the comparison table's own rule). */
export { ratio as ratioTo } from '../../model/evaluate-hardware';

/**
 * Pure display helpers shared by the training, energy and reliability views: unit conversions for
 * display, number formats and catalog lookups. No model arithmetic lives here; every quantity comes
 * from the model's results.
 */

const SECONDS_PER_HOUR = 3600;
const J_PER_MWH = 3.6e9;

/**
 * A training or reliability time, an estimate: "28.9 min", "41.8 h", "314 days", "1.30 s"
 * (3 digits always, as it stands beside other systems'); zh "28.9 分钟".
 */
export function duration(seconds: number, i18n: I18n): string {
	return readerDuration(formatDuration(seconds, i18n.tag, unitWords(i18n), true), i18n);
}

/** A fraction as a percentage, 3 significant digits: 0.5426 → "54.3%". */
export function formatPercent(fraction: number | null, locale: string): string {
	if (fraction === null || !Number.isFinite(fraction)) return '—';
	return percentFormat(locale, 3).format(fraction);
}

/**
 * A fraction set beside another, in a table column or a sentence comparing two ("goodput 99.0%
 * against 99.7%"): formatColumnPercent(0.98) → "98.0%", not "98%"; none at all is "0%".
 */
export function formatColumnPercent(fraction: number | null, locale: string): string {
	if (fraction === null || !Number.isFinite(fraction)) return '—';
	return percentFormat(locale, 3, fraction === 0 ? 'plain' : 'column').format(fraction);
}

/** Chip-seconds shown as chip-hours (÷ 3,600): a unit change for display only. */
export function chipHours(chipSeconds: number): number {
	return chipSeconds / SECONDS_PER_HOUR;
}

/** Joules shown as MWh (÷ 3.6e9). */
export function formatMWh(joules: number, locale: string): string {
	return `${formatNumber(joules / J_PER_MWH, locale)}\u00a0MWh`;
}

export function valueOrNull(result: Result | null | undefined): number | null {
	return result && result.kind === 'estimate' ? result.value : null;
}

/** A result's text: "computing…" while null, why it is missing, or its value formatted. */
export function resultText(
	result: Result | null | undefined,
	format: (value: number) => string,
	i18n: I18n
): string {
	if (!result) return i18n.t('training.computingShort');
	return result.kind === 'estimate' ? format(result.value) : unavailableText(result, i18n);
}

/**
 * One figure out of a bundle that may be computing (null) or missing as a whole (Unavailable),
 * e.g. the input-token energy out of tokenEnergy()'s result.
 */
export function pick<T extends object>(
	bundle: T | Unavailable | null | undefined,
	figure: (t: T) => Result
): Result | null {
	if (!bundle) return null;
	if ('kind' in bundle && bundle.kind === 'unavailable') return bundle as Unavailable;
	return figure(bundle as T);
}

/** Whether an input still holds its default (to label it illustrative or an assumption). */
export function isDefault(value: number | null, fallback: number | undefined): boolean {
	if (value === null || fallback === undefined) return false;
	return Math.abs(value - fallback) <= 1e-5 * Math.abs(fallback);
}

/** A missing figure in words: the chip lacks it, no source gives it, or it does not apply. */
export function unavailableText(result: Unavailable, i18n: I18n): string {
	return i18n.t(`training.unavailable.${result.reason}` as MessageKey);
}

/** The degrees a reader may pin, in display order. */
export const LAYOUT_FIELDS = [
	'tp',
	'pp',
	'ep',
	'dp',
	'cp',
	'virtualStages',
	'microbatches'
] as const;
export type LayoutField = (typeof LAYOUT_FIELDS)[number];

/**
 * Chips a layout occupies, tp × cp × pp × dp: the model's layoutChips (training/pinned.ts),
 * repeated here only to explain its refusal in words; importing it put the model's chunk in this
 * view's preload list (+7 B on the first visit).
 */
export function layoutChips(layout: TrainingLayout): number {
	return layout.tp * (layout.cp ?? 1) * layout.pp * layout.dp;
}

/** "TP4 · CP2 · PP4 · DP36 · EP1 · 54.3 microbatches …" in the reader's language. */
export function layoutText(layout: Required<TrainingLayout>, i18n: I18n): string {
	const parts = [
		`TP${layout.tp}`,
		`CP${layout.cp}`,
		`PP${layout.pp}`,
		`DP${formatNumber(layout.dp, i18n.tag, 6)}`,
		`EP${layout.ep}`
	];
	const extras = [
		i18n.t('training.layoutMicrobatches', { n: formatNumber(layout.microbatches, i18n.tag, 4) })
	];
	if (layout.pp > 1 && layout.virtualStages > 1)
		extras.push(i18n.t('training.layoutInterleave', { n: layout.virtualStages }));
	if (layout.fsdp) extras.push('FSDP');
	extras.push(i18n.t(`training.recompute.${layout.recompute}` as MessageKey));
	return `${parts.join(' · ')}${i18n.t('training.listEnd')}${extras.join(i18n.t('training.listComma'))}`;
}

/**
 * Where the layout's parallel groups live, grouped by tier (the vocabulary serving shares,
 * placement-text.ts): "TP, EP inside one scale-up domain; DP, PP across domains, over scale-out".
 */
export function placementText(placement: TrainingEstimate['placement'], i18n: I18n): string {
	const groups = PARALLEL_GROUPS.map((g) => ({ name: g.toUpperCase(), tier: placement[g] }));
	return sharedPlacementText(groups, i18n);
}

/** The groups that cross the tier above the domain ("DP, PP"), or a word for none. */
export function acrossDomainsText(
	placement: TrainingEstimate['placement'] | null,
	i18n: I18n
): string {
	if (placement === null) return '—';
	const groups = PARALLEL_GROUPS.filter((g) => placement[g] === 'scale-out');
	return groups.length > 0
		? groups.map((g) => g.toUpperCase()).join(i18n.t('training.listComma'))
		: i18n.t('scaleChart.noneAcross');
}

/** What the reader pins when they start editing: the shown layout, recompute left to the model. */
export function pinnableLayout(
	override: TrainingLayout | null,
	result: TrainingEstimate | null
): TrainingLayout {
	if (override) return override;
	if (result) {
		const { tp, pp, ep, dp, microbatches, cp, virtualStages, fsdp } = result.layout;
		return { tp, pp, ep, dp, microbatches, cp, virtualStages, fsdp };
	}
	return { tp: 1, pp: 1, ep: 1, dp: 1, microbatches: 1 };
}

/** Why there is no training estimate, from the structured result rather than the model's English. */
export function trainingUnavailableText(
	result: Unavailable | TrainingDoesNotFit | TrainingLayoutRefused,
	context: { precision: Precision; override: TrainingLayout | null; chips: number },
	i18n: I18n
): string {
	const chips = formatNumber(context.chips, i18n.tag, 6);
	// No figure at the precision, whether the chip lacks the format, the reader removed the
	// preset's or no source gives it (the only reasons the training model gives besides
	// 'not-applicable').
	if (result.reason !== 'not-applicable')
		return i18n.t(
			result.reason === 'removed' ? 'training.noPrecisionRemoved' : 'training.noPrecision',
			{
				precision: context.precision.toUpperCase()
			}
		);
	if (result.reason === 'not-applicable') {
		if ('problem' in result) {
			// Counts with the reader's digit grouping ("9,216"), as every other message writes them.
			const { kind, ...counts } = result.problem;
			const grouped = Object.fromEntries(
				Object.entries(counts).map(([key, n]) => [key, formatNumber(n, i18n.tag, 6)])
			);
			return i18n.t(`training.layoutProblem.${kind}`, grouped);
		}
		if ('memory' in result)
			return i18n.t('training.layoutDoesNotFit', {
				need: formatSi(result.memory.totalBytes.value, 'B', i18n.tag),
				hbm: formatSi(result.memory.hbmBytes.value, 'B', i18n.tag)
			});
		if (context.override === null) return i18n.t('training.noLayoutFits', { chips });
		const used = layoutChips(context.override);
		if (used > context.chips)
			return i18n.t('training.layoutNeedsChips', { used: formatNumber(used, i18n.tag, 6), chips });
		return i18n.t('training.layoutInvalid');
	}
	return unavailableText(result, i18n);
}

/**
 * Why a system's training run has no estimate, in words, where the worker has answered so: the
 * summary's sentence and the energy view's note say the same (undefined: it has one, or none yet).
 */
export function whyNoTrainingText(
	result: TrainingResult | null | undefined,
	spec: SystemSpec,
	precision: Precision,
	i18n: I18n
): string | undefined {
	if (!result || result.kind === 'training') return undefined;
	return trainingUnavailableText(
		result,
		{
			precision,
			override: spec.deployment?.trainingLayout ?? null,
			chips: (spec.deployment?.joined ?? 1) * spec.chips
		},
		i18n
	);
}

/** Why a slot shows no estimate: still computing, or the model's refusal in words. */
export function trainingMissingText(
	system: TrainingSystemView,
	precision: Precision,
	i18n: I18n
): string {
	if (system.result === null) return i18n.t('training.computing');
	if (system.result.kind === 'training') return '';
	const chips = system.systems * system.chipsPerSystem;
	return trainingUnavailableText(
		system.result,
		{ precision, override: system.layout, chips },
		i18n
	);
}

/** A warning on an estimate, with its numbers. */
export function trainingWarningText(
	warning: TrainingWarning,
	result: TrainingEstimate,
	domainChips: number,
	i18n: I18n
): string {
	switch (warning) {
		case 'layout-leaves-chips-idle':
			return i18n.t('training.warning.layout-leaves-chips-idle', {
				idle: formatNumber(result.idleChips, i18n.tag, 6),
				used: formatNumber(result.chips, i18n.tag, 6)
			});
		case 'tensor-parallel-leaves-scale-up-domain':
			return i18n.t('training.warning.tensor-parallel-leaves-scale-up-domain', {
				tp: result.layout.tp,
				domain: formatNumber(domainChips, i18n.tag, 6)
			});
	}
}
