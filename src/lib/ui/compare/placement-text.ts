import '../../i18n/topology-messages';
import { formatNumber, formatWhole } from '../../format/number';
import type { ScaleUpFabric } from '../../model/fabric';
import {
	domainsSpanned,
	placeServingLayout,
	SERVING_GROUPS,
	type Layout
} from '../../model/inference/layouts';
import type { SystemSpec } from '../../model/system';
import { topologyOf } from '../../model/topology-of';
import type { GroupTier, PlacedGroup } from '../../model/training/placement';
import type { I18n } from '../i18n-context';

/**
 * Where parallel groups live, in words (issue 13 item 4): one vocabulary for the training card and
 * the serving readout. Groups are listed by tier, "TP4, EP32 inside one scale-up domain (switched,
 * 72 chips); PP2 (2 domains) across domains, over scale-out"; a group without a degree (training's
 * tiers) is named alone.
 */
export interface GroupWhere {
	name: string;
	tier: GroupTier;
	/** Degree and the whole domains it spans (domainsSpanned), when known. */
	chips?: number;
	domains?: number;
}

/**
 * The scale-up fabric's kind: "switched", "4×4×4 torus", "16×24×24 torus of 4×4×4 cubes joined
 * by optical switches", "full mesh, no switch".
 */
export function scaleUpKindText(
	up: Pick<ScaleUpFabric, 'kind' | 'dims' | 'domainChips' | 'cube' | 'wraparound'>,
	i18n: I18n
): string {
	if (up.kind !== 'torus') return i18n.t(`topology.kind.${up.kind}`);
	const joined = (dims: number[]) => dims.map((d) => formatWhole(d, i18n.tag)).join('×');
	const dims = joined(up.dims ?? [up.domainChips]);
	// No ring closes (a cube torus cut below one cube): a mesh, as the model costs it.
	if (up.wraparound === false) return i18n.t('topology.kind.mesh', { dims });
	const cube = up.cube && joined(up.cube);
	return cube && cube !== dims
		? i18n.t('topology.kind.cubeTorus', { dims, cube })
		: i18n.t('topology.kind.torus', { dims });
}

function groupText(group: GroupWhere, i18n: I18n): string {
	const name = group.chips === undefined ? group.name : `${group.name}${group.chips}`;
	if (group.tier !== 'scale-out' || group.domains === undefined) return name;
	const domains = formatNumber(group.domains, i18n.tag);
	return i18n.t('placement.domains', { group: name, domains });
}

export function placementText(
	groups: readonly GroupWhere[],
	i18n: I18n,
	fabric?: Pick<ScaleUpFabric, 'kind' | 'dims' | 'domainChips' | 'cube' | 'wraparound'>
): string {
	const comma = i18n.t('placement.comma');
	const lines = (['scale-up', 'scale-out'] as const).flatMap((tier) => {
		const named = groups.filter((g) => g.tier === tier).map((g) => groupText(g, i18n));
		if (named.length === 0) return [];
		const names = named.join(comma);
		if (tier === 'scale-up' && fabric) {
			const fabricText = i18n.t('placement.fabric', {
				kind: scaleUpKindText(fabric, i18n),
				chips: formatWhole(fabric.domainChips, i18n.tag)
			});
			return [i18n.t('placement.scale-up.fabric', { groups: names, fabric: fabricText })];
		}
		return [i18n.t(`placement.${tier}`, { groups: names })];
	});
	return lines.length > 0 ? lines.join(i18n.t('placement.end')) : i18n.t('placement.none');
}

/** A placed group as placementText reads it. */
export const placed = (name: string, group: PlacedGroup): GroupWhere => ({
	name,
	tier: group.tier,
	chips: group.chips,
	domains: domainsSpanned(group)
});

/**
 * Where a serving layout's TP, EP and PP groups live on the system's fabric, in words. `brief`
 * leaves out the fabric's kind and size (a chart tooltip on a phone has no room for it; the
 * readout says it in full).
 */
export function servingPlacementText(
	system: SystemSpec,
	layout: Layout,
	i18n: I18n,
	brief = false
): string {
	const topology = topologyOf(system);
	const placement = placeServingLayout(topology, layout);
	const groups = SERVING_GROUPS.map((g) => placed(g.toUpperCase(), placement[g]));
	return placementText(groups, i18n, brief ? undefined : topology.scaleUp);
}
