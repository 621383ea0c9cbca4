import { joinAsides } from '../../i18n/asides';
import '../../i18n/summary-messages';
import type { MessageKey, MessagePiece } from '../../i18n';
import { listText } from '../../i18n/list-text';
import { formatSi } from '../../format/number';
import { fieldUnit, whyEqual, type SpecField } from '../../format/why-equal';
import type { AnyInferenceResult as InferenceResult } from '../../model/inference/types';
import type { SystemSpec } from '../../model/system';
import type { I18n } from '../i18n-context';

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * "FP4 compute, HBM capacity and power": system figures by name, as a list in the reader's
 * language. The summary and the inference view's headline name them alike (why-equal.ts).
 */
export function fieldsText(fields: readonly SpecField[], i18n: Pick<I18n, 't' | 'tag'>): string {
	let format = listFormats.get(i18n.tag);
	if (!format) {
		format = new Intl.ListFormat(i18n.tag, { type: 'conjunction' });
		listFormats.set(i18n.tag, format);
	}
	return listText(
		format,
		fields.map((field) =>
			field.startsWith('denseFlopsPerS.')
				? i18n.t('summary.figure.compute', { precision: field.split('.')[1]!.toUpperCase() })
				: i18n.t(`summary.figure.${field}` as MessageKey)
		)
	);
}

/**
 * Why the inference view's per-chip ratio of about 1 is so though the two systems differ
 * ("GB300 NVL72 is modelled at 1.00× GB200 NVL72 per chip" read as "GB300 buys nothing"): the
 * summary's sentence (summary.equal.inference) from the summary's function (whyEqual), so the two
 * say the same. Null otherwise. In pieces, the names in `system` and `reference` (to isolate).
 */
export function servingEqualReason(
	ratio: number | null | undefined,
	[result, reference]: readonly [InferenceResult | undefined, InferenceResult | undefined],
	specs: readonly [SystemSpec, SystemSpec],
	names: { system: string; reference: string },
	i18n: Pick<I18n, 't' | 'tag' | 'pieces'>
): MessagePiece[] | null {
	if (typeof ratio !== 'number' || result?.kind !== 'ok' || reference?.kind !== 'ok') return null;
	if (!result.atTarget || !reference.atTarget) return null;
	const reason = whyEqual(ratio, specs, [
		{ bound: result.atTarget.bound, precision: result.precision.compute.used },
		{ bound: reference.atTarget.bound, precision: reference.precision.compute.used }
	]);
	if (!reason) return null;
	// As the summary sets it: no space after a name's full-width bracket (asides.ts); the names'
	// own asides are left as they are (the headline's names carry none of the summary's marks).
	return joinAsides(
		i18n.tag,
		i18n.pieces('summary.equal.inference', {
			...names,
			bound: fieldsText([reason.limiting], i18n),
			value: formatSi(reason.value, fieldUnit(reason.limiting), i18n.tag),
			differs: fieldsText(reason.differs, i18n)
		}),
		() => false
	);
}
