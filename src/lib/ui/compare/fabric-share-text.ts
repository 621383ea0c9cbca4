import '../../i18n/topology-messages';
import { formatNumber } from '../../format/number';
import type { FabricShareEstimate } from '../../model/inference/fabric-share-estimates';
import type { I18n } from '../i18n-context';

/**
 * The formula inspector's label for a serving collective's fabric factor: which collective, over
 * how many chips, and why the fabric differs from a plain switch (NVLS, a full mesh's links, a
 * torus's bisection).
 */
export function fabricShareLabel(share: FabricShareEstimate, i18n: I18n): string {
	const n = (v: number) => formatNumber(v, i18n.tag, 6);
	const links = share.domainChips - 1;
	const why = i18n.t(`fabricShare.why.${share.why}`, {
		chips: n(share.chips),
		used: n(share.chips - 1),
		links: n(links),
		block: (share.block ?? [share.chips]).map(n).join('×')
	});
	return i18n.t('fabricShare.label', {
		group: share.group.toUpperCase(),
		collective: i18n.t(`fabricShare.${share.collective}`),
		chips: n(share.chips),
		why
	});
}
