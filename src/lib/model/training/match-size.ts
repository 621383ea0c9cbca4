import { TRAINING_BOUNDS } from './bounds';

/** A slot's cluster: chips in one system and systems joined over scale-out. */
export interface ClusterSize {
	chipsPerSystem: number;
	systems: number;
}

/** The offer that evens two clusters' chips: join `systems` of the smaller one. */
export interface SizeMatch {
	/** Which cluster grows: the compared one or the reference. */
	grow: 'system' | 'reference';
	/** Its new count of systems; equal to its current count when no whole count comes nearer. */
	systems: number;
	/** Its chips at that count. */
	chips: number;
}

/** Whole cluster, idle chips too, as tokens/s per chip counts them. */
export function clusterChips(c: ClusterSize): number {
	return c.chipsPerSystem * c.systems;
}

/**
 * When `system` and `reference` differ in chips: join more of whichever is smaller, as many as
 * come nearest to the larger in chips, round(larger chips ÷ smaller's chips per system), at
 * least its current count and at most the input's bound. 5 × NVL72 (360) for one CM384 (384),
 * not 6 (432): round(384 ÷ 72) = round(5.33) = 5. Null when the sizes already match.
 */
export function matchClusterSize(system: ClusterSize, reference: ClusterSize): SizeMatch | null {
	const chips = clusterChips(system);
	const referenceChips = clusterChips(reference);
	if (chips === referenceChips) return null;
	const [grow, smaller, largerChips] =
		chips < referenceChips
			? (['system', system, referenceChips] as const)
			: (['reference', reference, chips] as const);
	const nearest = Math.round(largerChips / smaller.chipsPerSystem);
	const systems = Math.max(smaller.systems, Math.min(TRAINING_BOUNDS.systems.max, nearest));
	return { grow, systems, chips: systems * smaller.chipsPerSystem };
}
