import type { ResolvedLayout } from '../model/training/types';
import type { SystemSpec } from '../model/system';
import { isEqualRatio, sharedLimit, type Limit, type SpecField } from './why-equal';

/*
 * Why two systems train at different speeds per chip though the figure limiting both is the same.
 * GB300 NVL72 beside GB200 NVL72 takes 0.792× the time: both are limited by FP8 compute, 5 PFLOP/s
 * per chip on each, so the chip does not explain it. The layout each picks does: GB300's 279 GB of
 * HBM holds PP16 · EP2 (38.4% MFU), which needs 279 GB per chip; GB200's 186 GB does not, and it
 * runs TP4 · EP64 (30.4%). The summary says so, from the training results, for any two systems.
 */

/** What a training run's answer says of its layout: the layout, its MFU, its HBM per chip. */
export interface LayoutRun {
	layout: ResolvedLayout;
	/** Model FLOPs per second ÷ dense peak, 0–1. */
	mfu: number;
	/** HBM the layout needs per chip, in bytes. */
	memoryBytes: number;
}

/** The degrees that split the model, in the training card's order; data parallel fills the rest. */
const MODEL_PARALLEL = ['tp', 'cp', 'pp', 'ep'] as const;

/**
 * A layout in brief, its degrees above 1 as the training card writes them: "PP16 · EP2",
 * "TP4 · EP64"; "DP64" for data parallel alone. Microbatches, interleaving, FSDP and recompute
 * are the card's to say.
 */
export function layoutBrief(layout: ResolvedLayout): string {
	const degrees = MODEL_PARALLEL.filter((d) => layout[d] > 1).map(
		(d) => `${d.toUpperCase()}${layout[d]}`
	);
	// Held on one line in a sentence: "TP4 ·" ending one line and "EP64" starting the next misread.
	return degrees.length > 0 ? degrees.join('\u00a0·\u00a0') : `DP${layout.dp}`;
}

/** Why a training ratio away from 1 is not the chip's: the layouts each picks, and what let it. */
export interface DifferReason {
	/** The figure that limits both, the same on each. */
	limiting: SpecField;
	/** Its value per chip. */
	value: number;
	/** Each system's layout in brief (layoutBrief): the system's, then the reference's. */
	layouts: readonly [string, string];
	/** Each one's MFU, 0–1. */
	mfu: readonly [number, number];
	/**
	 * What let the faster pick its layout, where the results say so: it needs more HBM per chip
	 * than the slower has. `faster` is 0 for the system, 1 for the reference.
	 */
	room?: { faster: 0 | 1; needsBytes: number; slowerHbmBytes: number };
}

/**
 * Why `ratio` (a system's training tokens/s per chip ÷ the reference's) is more than 1% from 1
 * though the same figure limits both and is the same on each: they run different layouts, at
 * different MFUs. With it, when the faster one's layout needs more HBM per chip than the slower
 * one has, that is what let it pick it. Null when the ratio is about 1 (whyEqual's case), the
 * limits differ, or the layouts or MFUs read the same (the gap is then something else: idle chips
 * in a cluster, the microbatches).
 */
export function whyDiffer(
	ratio: number,
	specs: readonly [SystemSpec, SystemSpec],
	limits: readonly [Limit, Limit],
	[run, referenceRun]: readonly [LayoutRun, LayoutRun]
): DifferReason | null {
	if (!(ratio > 0) || !Number.isFinite(ratio) || isEqualRatio(ratio)) return null;
	const shared = sharedLimit(specs, limits);
	if (!shared) return null;
	const layouts = [layoutBrief(run.layout), layoutBrief(referenceRun.layout)] as const;
	if (layouts[0] === layouts[1] || isEqualRatio(run.mfu / referenceRun.mfu)) return null;
	const faster: 0 | 1 = ratio > 1 ? 0 : 1;
	const needsBytes = [run, referenceRun][faster]!.memoryBytes;
	const slowerHbmBytes = specs[1 - faster]!.hbmBytes;
	const room =
		needsBytes > slowerHbmBytes && slowerHbmBytes < specs[faster]!.hbmBytes
			? { faster, needsBytes, slowerHbmBytes }
			: undefined;
	return {
		...shared,
		layouts,
		mfu: [run.mfu, referenceRun.mfu],
		...(room && { room })
	};
}
