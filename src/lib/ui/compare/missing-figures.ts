import '../../i18n/topology-messages';
import { BYTES_PER_VALUE, PRECISIONS, type Precision } from '../../model/precision';
import { chipLacks, presetGives } from '../../model/missing-flops';
import type { SystemSpec } from '../../model/system';
import type { I18n } from '../i18n-context';

/**
 * The dense-compute figures a system lacks at `wanted` or any wider precision (what serving would
 * fall back to) that a reader can enter: unknown ones, not those the chip does not have
 * (the preset marks those 'unsupported'). A custom system can enter any.
 */
export function enterableFlops(system: SystemSpec, wanted: Precision): Precision[] {
	return PRECISIONS.filter(
		(p) =>
			BYTES_PER_VALUE[p] >= BYTES_PER_VALUE[wanted] &&
			system.denseFlopsPerS[p] === undefined &&
			!chipLacks(system, p)
	);
}

/**
 * Why a system cannot serve at `wanted`, when the missing figure is one the reader can enter:
 * "no published BF16 dense compute per chip: unknown, not absent. Enter it in the system panel
 * …", or, for a figure its preset gives that the reader removed, "no BF16 dense compute per chip:
 * the preset's figure was removed. …". Null when every missing figure is one the chip lacks.
 */
export function missingFlopsText(system: SystemSpec, wanted: Precision, i18n: I18n): string | null {
	const missing = enterableFlops(system, wanted);
	if (missing.length === 0) return null;
	const named = (precisions: Precision[]) =>
		precisions
			.map((p) => i18n.t('field.denseFlopsPerS', { precision: p.toUpperCase() }))
			.join(i18n.t('placement.comma'));
	const removed = missing.filter((p) => presetGives(system, p));
	const unpublished = missing.filter((p) => !removed.includes(p));
	const params = { precision: wanted.toUpperCase(), count: removed.length };
	if (removed.length === 0) return i18n.t('unknown.flops', { ...params, fields: named(missing) });
	if (unpublished.length === 0)
		return i18n.t('unknown.flopsRemoved', { ...params, fields: named(removed) });
	return i18n.t('unknown.flopsSomeRemoved', {
		...params,
		fields: named(unpublished),
		removed: named(removed)
	});
}
