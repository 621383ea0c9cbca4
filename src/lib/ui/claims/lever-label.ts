import '../../i18n/inference-messages';
import type { Lever } from '../../model/sensitivity';
import type { MessageKey, MessagePiece } from '../../i18n';
import { isolateText } from '../../i18n/pieces';
import type { I18n } from '../i18n-context';

/**
 * A lever's name in the reader's language, in pieces with the system in `system` (to isolate):
 * "B (name): BF16 compute per chip", "Global: MoE imbalance".
 */
export function leverPieces(
	lever: Lever,
	names: readonly string[],
	i18n: I18n,
	withSlot = true
): MessagePiece[] {
	const name = lever.system === null ? '' : (names[lever.system] ?? '');
	const system =
		lever.system === null
			? ''
			: withSlot
				? `${String.fromCharCode(65 + lever.system)} (${name})`
				: name;
	if (lever.field === 'flops')
		return i18n.pieces('lever.flops', {
			system,
			precision: (lever.precision ?? '').toUpperCase()
		});
	if (lever.system === null)
		return i18n.pieces('lever.efficiency', {
			field: i18n.t(`efficiency.${lever.field}` as MessageKey)
		});
	if (lever.field === 'softwareFraction')
		return i18n.pieces('lever.system', { system, field: i18n.t('system.softwareFraction') });
	return i18n.pieces('lever.system', {
		system,
		field: i18n.t(`field.${lever.field}` as MessageKey)
	});
}

/**
 * The same as plain text, for where no markup can go (a select's option): the system isolated
 * with FSI … PDI, as `<bdi>` isolates it elsewhere, so a right-to-left name cannot reorder the
 * field beside it.
 */
export function leverLabel(
	lever: Lever,
	names: readonly string[],
	i18n: I18n,
	withSlot = true
): string {
	return leverPieces(lever, names, i18n, withSlot)
		.map((p) => (p.param === 'system' && p.text ? isolateText(p.text) : p.text))
		.join('');
}
