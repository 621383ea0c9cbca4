import { estimate, term, type Estimate } from '../estimate-types';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../units';
import { goodputFraction, youngDalyIntervalS } from './checkpoint';
import {
	COMPONENT_KINDS,
	DEFAULT_INTERRUPTING_FRACTIONS,
	sumRates,
	systemInterruptionsPerHour,
	type ComponentCounts,
	type ComponentKind,
	type InterruptingFractions
} from './inventory';
import { DEFAULT_FAILURE_RATES, type FailureRates } from './rates';
import { DEFAULT_CHECKPOINT } from '../operations-defaults';

export { DEFAULT_CHECKPOINT };

export interface ReliabilitySettings {
	/** Per system. */
	counts: ComponentCounts;
	/** Systems in the job. */
	systems: number;
	/** Chips per scale-up domain: the unit drained when a part fails. */
	scaleUpDomainChips: number;
	/**
	 * Chips of one optical-circuit-switched cube when the domain is built of them (TPU: 64), else
	 * null: the switches re-form a slice around a failed cube, so only that cube is drained.
	 */
	ocsCubeChips?: number | null;
	rates: FailureRates;
	interruptingFractions: InterruptingFractions;
	checkpointWriteS: number;
	restartS: number;
	/** Null: the Young/Daly optimum. */
	checkpointIntervalS: number | null;
}

export interface ReliabilityEstimate {
	kind: 'reliability';
	/** Expected job interruptions per day (unit `1`: a count per day). */
	interruptionsPerDay: Estimate;
	byKindPerDay: Record<ComponentKind, Estimate>;
	/** The kind with the most interruptions. */
	dominantKind: ComponentKind;
	/** Mean time between interruptions of the whole job. */
	mtbiS: Estimate;
	checkpointIntervalS: Estimate;
	/**
	 * The interval is shorter than one checkpoint write: interruptions come so fast that no
	 * interval lets the job advance (goodput 0), and the interval has no meaning.
	 */
	checkpointOutrun: boolean;
	/** Fraction of wall time that advances training. */
	goodput: Estimate;
	/**
	 * Chips taken out of service per failure. Assumption: the failed part's whole scale-up domain is
	 * drained for repair, because the job lays its TP/EP/PP groups out by domain and the domain's
	 * fabric is shared (72 for NVL72, 384 for CM384, 8 for an HGX board); in a domain of
	 * optical-switched cubes, the failed cube alone (OCS_BLAST_NOTE).
	 */
	blastRadiusChips: Estimate;
	/** A synchronous job stops every chip at each interruption until it restarts. */
	chipsStoppedPerInterruption: Estimate;
}

export function defaultReliabilitySettings(
	counts: ComponentCounts,
	systems: number,
	scaleUpDomainChips: number
): ReliabilitySettings {
	return {
		counts,
		systems,
		scaleUpDomainChips,
		rates: { ...DEFAULT_FAILURE_RATES },
		interruptingFractions: { ...DEFAULT_INTERRUPTING_FRACTIONS },
		checkpointWriteS: DEFAULT_CHECKPOINT.checkpointWriteS,
		restartS: DEFAULT_CHECKPOINT.restartS,
		checkpointIntervalS: null
	};
}

/** Why a domain of optical-switched cubes drains one cube per failure (zh-data.ts translates it). */
export const OCS_BLAST_NOTE =
	'Assumption: the optical circuit switches re-form the slice around a failed cube (TPU v4 routes around failed hosts this way; Ironwood is reported to reroute around unhealthy components), so a failure drains its cube, not the whole domain.';

/** What each kind's term of interruptionsPerDay is (the page translates it, zh-data.ts). */
export const PER_KIND_NOTE =
	'Each kind of component adds its interruptions per system and hour: count × ratePerHour × interruptingFraction (its count per system, failure rate and the share of failures that stop the job).';

/** Interruptions, MTBI, checkpoint interval, goodput and blast radius for a job of N systems. */
export function estimateReliability(s: ReliabilitySettings): ReliabilityEstimate {
	const perSystem = systemInterruptionsPerHour(s.counts, s.rates, s.interruptingFractions);
	const perHour = sumRates(perSystem) * s.systems;
	const perDay = (perHour * SECONDS_PER_DAY) / SECONDS_PER_HOUR;
	const byKindPerDay = {} as Record<ComponentKind, Estimate>;
	let dominantKind: ComponentKind = 'accelerator';
	for (const kind of COMPONENT_KINDS) {
		const value = (perSystem[kind] * s.systems * SECONDS_PER_DAY) / SECONDS_PER_HOUR;
		byKindPerDay[kind] = estimate(value, '1', `systems × ${kind} × 24`, [
			term('systems', s.systems, '1'),
			term(kind, perSystem[kind], '1')
		]);
		if (perSystem[kind] > perSystem[dominantKind]) dominantKind = kind;
	}
	// The floor keeps MTBI finite if every interrupting fraction is zero (outside the bounds).
	const mtbiS = SECONDS_PER_HOUR / Math.max(perHour, 1e-30);
	const intervalS = s.checkpointIntervalS ?? youngDalyIntervalS(s.checkpointWriteS, mtbiS);
	const goodput = goodputFraction(s.checkpointWriteS, intervalS, s.restartS, mtbiS);
	const chips = s.counts.accelerators * s.systems;
	return {
		kind: 'reliability',
		// The sum written out, one term per kind of component, so the inspector's ✓ checks it.
		interruptionsPerDay: estimate(
			perDay,
			'1',
			`systems × (${COMPONENT_KINDS.join(' + ')}) × 24`,
			[
				term('systems', s.systems, '1'),
				...COMPONENT_KINDS.map((kind) => term(kind, perSystem[kind], '1'))
			],
			{ note: PER_KIND_NOTE }
		),
		byKindPerDay,
		dominantKind,
		mtbiS: estimate(mtbiS, 's', '3,600 ÷ interruptionsPerHour', [
			term('interruptionsPerHour', perHour, '1')
		]),
		checkpointIntervalS: estimate(
			intervalS,
			's',
			s.checkpointIntervalS === null
				? '√(2 × checkpointWriteS × mtbiS)'
				: 'checkpointIntervalS (set)',
			[term('checkpointWriteS', s.checkpointWriteS, 's'), term('mtbiS', mtbiS, 's')]
		),
		checkpointOutrun: intervalS < s.checkpointWriteS,
		goodput: estimate(
			goodput,
			'1',
			'clamp(1 − (checkpointWriteS/intervalS + (intervalS/2 + restartS)/mtbiS), 0, 1)',
			[
				term('checkpointWriteS', s.checkpointWriteS, 's'),
				term('intervalS', intervalS, 's'),
				term('restartS', s.restartS, 's'),
				term('mtbiS', mtbiS, 's')
			]
		),
		blastRadiusChips: blastRadius(s.scaleUpDomainChips, s.ocsCubeChips ?? null),
		chipsStoppedPerInterruption: estimate(chips, 'chips', 'accelerators × systems', [
			term('accelerators', s.counts.accelerators, 'chips'),
			term('systems', s.systems, '1')
		])
	};
}

/** The chips one failure drains: the scale-up domain, or its failed cube where switches re-form it. */
function blastRadius(scaleUpDomainChips: number, ocsCubeChips: number | null): Estimate {
	if (ocsCubeChips === null)
		return estimate(scaleUpDomainChips, 'chips', 'scaleUpDomainChips', [
			term('scaleUpDomainChips', scaleUpDomainChips, 'chips')
		]);
	return estimate(
		Math.min(ocsCubeChips, scaleUpDomainChips),
		'chips',
		'min(ocsCubeChips, scaleUpDomainChips)',
		[
			term('ocsCubeChips', ocsCubeChips, 'chips'),
			term('scaleUpDomainChips', scaleUpDomainChips, 'chips')
		],
		{ note: OCS_BLAST_NOTE }
	);
}

/**
 * Interruptions per chip per day: interruptionsPerDay ÷ chipsStoppedPerInterruption. A bigger job
 * fails more often just for being bigger; this rate compares jobs of different sizes. Null for a
 * job of no chips (outside the bounds), never NaN or Infinity.
 */
export function interruptionsPerChipPerDay(r: ReliabilityEstimate): number | null {
	const chips = r.chipsStoppedPerInterruption.value;
	return chips > 0 ? r.interruptionsPerDay.value / chips : null;
}
