import '../../i18n/inference-messages';
import type { AnyInferenceResult as InferenceResult } from '../../model/inference/types';
import { formatDuration, formatNumber } from '../../format/number';
import { BYTES_PER_VALUE } from '../../model/precision';
import type { MessagePiece } from '../../i18n';
import type { I18n } from '../i18n-context';
import { missingFlopsText } from '../compare/missing-figures';
import { nameAtChips } from '../../format/system-name';
import { targetMeanUserTokensPerS } from '../../model/inference/latency';

/**
 * Why a system has no number, or what to watch out for, in the reader's language. Built from the
 * model's structured result, not its English `reason`, so every word comes from the catalog.
 */
export function whyNoPoint(result: InferenceResult, i18n: I18n): string | null {
	switch (result.kind) {
		case 'does-not-fit':
			return result.minChips === null
				? i18n.t('inference.doesNotFitAny')
				: i18n.t('inference.doesNotFit', {
						min: formatNumber(result.minChips, i18n.tag, 6),
						chips: formatNumber(result.system.chips, i18n.tag, 6)
					});
		case 'unsupported':
			// Say which figure is missing when the reader can enter it (issue 13).
			return (
				(result.model && missingFlopsText(result.system, result.serving.computePrecision, i18n)) ??
				i18n.t('inference.noPrecision', {
					precision: result.serving.computePrecision.toUpperCase()
				})
			);
		case 'ok':
			if (result.atTarget) return null;
			if (!result.prefill.meetsTtftTarget)
				return i18n.t('inference.ttftMissed', {
					target: formatDuration(result.serving.targetTtftS, i18n.tag),
					fastest: formatDuration(result.prefill.ttftS.value, i18n.tag, undefined, true)
				});
			return i18n.t('inference.targetTooFast', {
				target: formatNumber(result.serving.targetUserTokensPerS, i18n.tag),
				mean: formatNumber(targetMeanUserTokensPerS(result.serving.targetUserTokensPerS), i18n.tag),
				top: formatNumber(result.fastestUserTokensPerS, i18n.tag)
			});
	}
}

/** Warnings in pieces, the system's name in `system` (to isolate). */
export function warningsOf(result: InferenceResult, i18n: I18n): MessagePiece[][] {
	if (result.kind !== 'ok') return [];
	const out: MessagePiece[][] = [];
	const { compute, attention } = result.precision;
	const system = nameAtChips(result.system.name, result.system.chips, i18n.tag);
	if (compute.used !== compute.wanted)
		out.push(
			i18n.pieces('inference.precisionFallback', {
				system,
				wanted: compute.wanted.toUpperCase(),
				used: compute.used.toUpperCase()
			})
		);
	// No published rate at attention's width or wider: assumed from a narrower one.
	if (attention.assumedFrom)
		out.push(
			i18n.pieces('inference.attentionRateAssumed', {
				system,
				wanted: attention.used.toUpperCase(),
				from: attention.assumedFrom.toUpperCase(),
				ratio: String(BYTES_PER_VALUE[attention.used] / BYTES_PER_VALUE[attention.assumedFrom])
			})
		);
	const tokens = result.serving.inputTokens + result.serving.outputTokens;
	if (tokens > result.model.maxContextTokens)
		out.push(
			i18n.pieces('inference.contextExceeded', {
				tokens: formatNumber(tokens, i18n.tag, 7),
				context: formatNumber(result.model.maxContextTokens, i18n.tag, 7)
			})
		);
	return out;
}

type Served = Extract<InferenceResult, { kind: 'ok' }>;

/** "FP8", or "FP8 with FP4 weights" when the weights' precision is part of the contrast. */
function precisionText(result: Served, withWeights: boolean, i18n: I18n): string {
	const compute = result.precision.compute.used.toUpperCase();
	const weight = result.precision.weight.toUpperCase();
	return withWeights && weight !== compute
		? i18n.t('inference.precisionWithWeights', { compute, weight })
		: compute;
}

/**
 * When two systems' results come from different precisions (a chip without the asked format,
 * e.g. CloudMatrix 384 running FP8 work in INT8, or a system set to serve in its own precision),
 * the headline says so: a per-chip ratio across precisions is a different claim from one at the
 * same precision. The weights are named when they differ between the two. Null when both match.
 * In pieces, the names in `system` and `reference` (to isolate).
 */
export function precisionContrast(
	result: InferenceResult | undefined,
	reference: InferenceResult | undefined,
	names: { system: string; reference: string },
	i18n: I18n
): MessagePiece[] | null {
	if (result?.kind !== 'ok' || reference?.kind !== 'ok') return null;
	const weightsDiffer = result.precision.weight !== reference.precision.weight;
	const used = precisionText(result, weightsDiffer, i18n);
	const referenceUsed = precisionText(reference, weightsDiffer, i18n);
	if (used === referenceUsed && !weightsDiffer) return null;
	return i18n.pieces('inference.headlinePrecisions', { ...names, used, referenceUsed });
}
