import '../../i18n/inference-messages';
import type { Lever } from '../../model/sensitivity';
import type { MessageKey } from '../../i18n';
import type { I18n } from '../i18n-context';

/** A lever's name in the reader's language: "B: BF16 compute per chip", "Global: MoE imbalance". */
export function leverLabel(
	lever: Lever,
	names: readonly string[],
	i18n: I18n,
	withSlot = true
): string {
	const name = lever.system === null ? '' : (names[lever.system] ?? '');
	const system =
		lever.system === null
			? ''
			: withSlot
				? `${String.fromCharCode(65 + lever.system)} (${name})`
				: name;
	if (lever.field === 'flops')
		return i18n.t('lever.flops', { system, precision: (lever.precision ?? '').toUpperCase() });
	if (lever.system === null)
		return i18n.t('lever.efficiency', { field: i18n.t(`efficiency.${lever.field}` as MessageKey) });
	if (lever.field === 'softwareFraction')
		return i18n.t('lever.system', { system, field: i18n.t('system.softwareFraction') });
	return i18n.t('lever.system', { system, field: i18n.t(`field.${lever.field}` as MessageKey) });
}
