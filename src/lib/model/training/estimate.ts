import { estimate, term, unavailable, type Estimate, type Unavailable } from '../estimate-types';
import { missingFlops } from '../missing-flops';
import { chipsText, gigabytesText } from '../prose';
import type { SystemSpec } from '../system';
import { DEFAULT_TRAINING_EFFICIENCIES, type TrainingEfficiencies } from './efficiencies';
import { evaluateLayout, searchLayout, type LayoutChoice } from './layout';
import { layoutChips, layoutProblem, layoutProblemText, type LayoutProblem } from './pinned';
import { placementTiers, type PlacementTiers } from './placement';
import type { ResolvedLayout, TrainingSettings } from './types';

export type TrainingWarning =
	/** The layout uses fewer chips than the systems provide; the rest sit idle. */
	| 'layout-leaves-chips-idle'
	/** A pinned TP group is larger than one scale-up domain: its all-reduces ride scale-out. */
	| 'tensor-parallel-leaves-scale-up-domain';

export interface TrainingMemory {
	weightsBytes: Estimate;
	gradsBytes: Estimate;
	optimizerBytes: Estimate;
	activationBytes: Estimate;
	/** Per chip; bound `memory-capacity` when it exceeds HBM. */
	totalBytes: Estimate;
	hbmBytes: Estimate;
	fits: boolean;
}

/** Step-time parts, each the time one chip spends on it per step. */
export interface TrainingBreakdown {
	computeS: Estimate;
	bubbleS: Estimate;
	tensorParallelS: Estimate;
	contextParallelS: Estimate;
	pipelineS: Estimate;
	expertS: Estimate;
	dataParallelS: Estimate;
	scaleUpS: Estimate;
	scaleOutS: Estimate;
}

export interface TrainingEstimate {
	kind: 'training';
	/** Chips the layout uses; MFU and chip-seconds are over these (tokens/s per chip is not). */
	chips: number;
	/** Chips the systems provide that the layout leaves idle (awkward counts, small batches). */
	idleChips: number;
	layout: ResolvedLayout;
	/** Where each parallel group lives: inside one scale-up domain, across domains, or none. */
	placement: PlacementTiers;
	layoutSource: 'auto' | 'override';
	/** Layouts the search evaluated (1 for an override). */
	layoutsConsidered: number;
	memory: TrainingMemory;
	/** Range: perfect overlap (low) to none (high); bound names the largest term. */
	stepS: Estimate;
	breakdown: TrainingBreakdown;
	bubbleFraction: Estimate;
	tokensPerS: Estimate;
	/** tokens/s ÷ every chip the systems provide, idle ones included. */
	tokensPerSPerChip: Estimate;
	/** Model FLOPs (6N + attention) per second ÷ dense peak at the training precision. */
	mfu: Estimate;
	/** Before any goodput loss; see reliability's `stretchTimeToTrain`. */
	timeToTrainS: Estimate;
	/** chips × time to train, in chip-seconds (÷ 3,600 for chip-hours). */
	chipSeconds: Estimate;
	warnings: TrainingWarning[];
}

/**
 * A pinned layout that needs more HBM per chip than a chip has. It cannot run, so it has no step
 * time, throughput, energy or cost; an Unavailable everywhere (the summary, energy, cost, diff and
 * CLI say why), which keeps its memory so the training view can state the shortfall.
 */
export interface TrainingDoesNotFit extends Unavailable {
	memory: TrainingMemory;
}

/** A pinned layout the model cannot be split by (pinned.ts): refused, with the reason. */
export interface TrainingLayoutRefused extends Unavailable {
	problem: LayoutProblem;
}

export type TrainingResult =
	TrainingEstimate | TrainingDoesNotFit | TrainingLayoutRefused | Unavailable;

function isPositiveInteger(n: number): boolean {
	return Number.isInteger(n) && n >= 1;
}

function memoryOf(choice: LayoutChoice, hbmBytes: number): TrainingMemory {
	const m = choice.memory;
	const part = (symbol: string, value: number) =>
		estimate(value, 'B', symbol, [term(symbol, value, 'B')]);
	return {
		weightsBytes: part('weightsBytes', m.weightsBytes),
		gradsBytes: part('gradsBytes', m.gradsBytes),
		optimizerBytes: part('optimizerBytes', m.optimizerBytes),
		activationBytes: part('activationBytes', m.activationBytes),
		totalBytes: estimate(
			m.totalBytes,
			'B',
			'weightsBytes + gradsBytes + optimizerBytes + activationBytes',
			[
				term('weightsBytes', m.weightsBytes, 'B'),
				term('gradsBytes', m.gradsBytes, 'B'),
				term('optimizerBytes', m.optimizerBytes, 'B'),
				term('activationBytes', m.activationBytes, 'B')
			],
			choice.fits ? {} : { bound: 'memory-capacity' }
		),
		hbmBytes: part('hbmBytesPerChip', hbmBytes),
		fits: choice.fits
	};
}

/**
 * How each group's traffic is costed (topology.ts), in prose: an estimate's note, which the page
 * translates (zh-data.ts), where the formula stays in symbols.
 */
export const TRAINING_TRAFFIC_NOTES = {
	tp: 'Each of the collectives is a reduce-scatter and an all-gather of bytes over the TP group: (tp − 1)/tp × bytes ÷ usedBytesPerS + steps × alphaS on the fabric inside a domain, plus (m − 1)/m × bytes/d ÷ (scaleOutBytesPerS ÷ oversubscription) across m domains.',
	cp: 'Each pass is an all-gather of kvBytes over the CP group: (cp − 1)/cp × kvBytes ÷ usedBytesPerS + steps × alphaS on the fabric inside a domain, over scale-out across domains.',
	pp: 'Each send is bytes ÷ peerBytesPerS + alphaS; peerBytesPerS is the chip’s bandwidth on a switch, one link on a full mesh or torus, or the NIC when stages span domains.',
	ep: 'Each all-to-all is bytes × remoteShare ÷ linkBytesPerS + alphaS, inside and outside the domain; on a torus the larger of injection and bisection (G·S/4 ÷ cut bandwidth).',
	dp: 'Each pass is a reduce-scatter (or all-gather) of bytes over the ranks: (inner − 1)/inner × bytes ÷ usedBytesPerS on the fabric inside a domain, + (outer − 1)/outer × bytes/inner ÷ (scaleOutBytesPerS ÷ oversubscription) across domains, + the hops’ latency.',
	up: 'The time every group’s traffic spends on the scale-up fabric, summed.',
	out: 'The time every group’s traffic spends on the scale-out network, summed.'
} as const;

/** Why tokens/s per chip divides by every chip (the page translates it, zh-data.ts). */
export const PER_CHIP_NOTE =
	'systemChips counts every chip the systems provide, idle ones included: chips the layout leaves unused were bought too.';

type GroupTraffic = Record<'tp' | 'cp' | 'pp' | 'ep' | 'dp', { upS: number; outS: number }>;

/** A tier's traffic time: the sum of each group's part on it, each a term (checkable). */
function tierSum(
	tier: 'Up' | 'Out',
	totalS: number,
	groups: GroupTraffic,
	bound: 'scale-up' | 'scale-out'
): Estimate {
	const names = Object.keys(groups) as (keyof GroupTraffic)[];
	const partS = (name: keyof GroupTraffic) =>
		tier === 'Up' ? groups[name].upS : groups[name].outS;
	return estimate(
		totalS,
		's',
		names.map((name) => `${name}${tier}S`).join(' + '),
		names.map((name) => term(`${name}${tier}S`, partS(name), 's')),
		{ bound, note: tier === 'Up' ? TRAINING_TRAFFIC_NOTES.up : TRAINING_TRAFFIC_NOTES.out }
	);
}

/**
 * One parallel group's traffic time: its scale-up and scale-out parts, summed (a formula the page
 * can check); how each part is costed is the note's prose (translated on the page), not the
 * formula's, so substituting values into the formula never rewrites a word of it.
 */
function traffic(
	symbol: string,
	upS: number,
	outS: number,
	note: string,
	extra: Estimate['terms']
): Estimate {
	return estimate(
		upS + outS,
		's',
		`${symbol}UpS + ${symbol}OutS`,
		[term(`${symbol}UpS`, upS, 's'), term(`${symbol}OutS`, outS, 's'), ...extra],
		{ note }
	);
}

function breakdownOf(
	choice: LayoutChoice,
	tokens: number,
	eff: TrainingEfficiencies
): TrainingBreakdown {
	const t = choice.terms;
	const l = choice.layout;
	const groups: GroupTraffic = {
		tp: t.tensorParallel,
		cp: t.contextParallel,
		pp: t.pipeline,
		ep: t.expert,
		dp: t.dataParallel
	};
	return {
		computeS: estimate(
			t.computeS,
			's',
			'max(flopsS, hbmS) + elementwiseS; flopsS ≈ tokensPerStep × hardwareFlopsPerToken ÷ ' +
				'(chips × peakFlopsPerS × computeFraction); ' +
				'hbmS = microbatches × bytesPerMicrobatch ÷ (hbmBytesPerS × hbmBwFraction); ' +
				'elementwiseS = tokensPerStep × elementwiseBytesPerToken ÷ ' +
				'(chips × hbmBytesPerS × hbmBwFraction)',
			[
				term('flopsS', t.flopsS, 's'),
				term('hbmS', t.hbmS, 's'),
				term('elementwiseS', t.elementwiseS, 's'),
				term('elementwiseBytesPerToken', t.elementwiseBytesPerToken, 'B'),
				term('tokensPerStep', tokens, '1'),
				term('hardwareFlopsPerToken', t.hardwareFlopsPerToken, '1'),
				term('chips', t.chips, 'chips'),
				term('peakFlopsPerS', t.peakFlopsPerS, 'FLOP/s'),
				term('computeFraction', eff.computeFraction, '1'),
				term('microbatches', l.microbatches, '1'),
				term('bytesPerMicrobatch', t.bytesPerMicrobatch, 'B'),
				term('hbmBwFraction', eff.hbmBwFraction, '1')
			],
			{ bound: t.computeBound }
		),
		bubbleS: estimate(t.bubbleS, 's', 'computeS × (pp − 1) ÷ (virtualStages × microbatches)', [
			term('computeS', t.computeS, 's'),
			term('pp', l.pp, '1'),
			term('virtualStages', l.virtualStages, '1'),
			term('microbatches', l.microbatches, '1')
		]),
		tensorParallelS: traffic(
			'tp',
			t.tensorParallel.upS,
			t.tensorParallel.outS,
			TRAINING_TRAFFIC_NOTES.tp,
			[
				term('collectives', t.tensorParallel.collectives, '1'),
				term('tp', l.tp, '1'),
				term('bytes', t.tensorParallel.bytes, 'B'),
				term('tpDomains', t.placement.tp.domains, '1')
			]
		),
		contextParallelS: traffic(
			'cp',
			t.contextParallel.upS,
			t.contextParallel.outS,
			TRAINING_TRAFFIC_NOTES.cp,
			[
				term('passes', t.contextParallel.passes, '1'),
				term('cp', l.cp, '1'),
				term('kvBytes', t.contextParallel.bytes, 'B'),
				term('cpDomains', t.placement.cp.domains, '1')
			]
		),
		pipelineS: traffic('pp', t.pipeline.upS, t.pipeline.outS, TRAINING_TRAFFIC_NOTES.pp, [
			term('sends', t.pipeline.sends, '1'),
			term('bytes', t.pipeline.bytes, 'B'),
			term('ppDomains', t.placement.pp.domains, '1')
		]),
		expertS: traffic('ep', t.expert.upS, t.expert.outS, TRAINING_TRAFFIC_NOTES.ep, [
			term('allToAlls', t.expert.allToAlls, '1'),
			term('ep', l.ep, '1'),
			term('bytes', t.expert.bytes, 'B'),
			term('epDomains', t.placement.ep.domains, '1')
		]),
		dataParallelS: traffic(
			'dp',
			t.dataParallel.upS,
			t.dataParallel.outS,
			TRAINING_TRAFFIC_NOTES.dp,
			[
				term('passes', t.dataParallel.passes, '1'),
				term('bytes', t.dataParallel.bytes, 'B'),
				term('ranks', t.dataParallel.ranks, '1'),
				term('inner', t.dataParallel.ranksPerDomain, '1'),
				term('outer', t.placement.dp.domains, '1'),
				term('oversubscription', t.oversubscription, '1')
			]
		),
		scaleUpS: tierSum('Up', t.scaleUpS, groups, 'scale-up'),
		scaleOutS: tierSum('Out', t.scaleOutS, groups, 'scale-out')
	};
}

/** Wrap an evaluated layout into the public estimate. */
export function trainingEstimateOf(
	system: SystemSpec,
	settings: TrainingSettings,
	choice: LayoutChoice,
	source: 'auto' | 'override',
	considered: number,
	eff: TrainingEfficiencies,
	warnings: TrainingWarning[],
	availableChips: number
): TrainingEstimate {
	const t = choice.terms;
	const l = choice.layout;
	const tokens = settings.globalBatchTokens;
	const overlap = Math.min(1, Math.max(0, settings.overlap));
	const stepS = estimate(
		t.stepS,
		's',
		'max(computePathS, scaleUpS, scaleOutS) + (1 − overlap) × (sum − max)',
		[
			term('computePathS', t.computePathS, 's'),
			term('scaleUpS', t.scaleUpS, 's'),
			term('scaleOutS', t.scaleOutS, 's'),
			term('overlap', overlap, '1')
		],
		{ bound: t.bound, range: { low: t.lowS, high: t.highS } }
	);
	const tokensPerS = tokens / t.stepS;
	// A rate: no overlap (the longest step) gives the low end, perfect overlap the high one.
	const range = {
		low: tokens / t.highS,
		high: tokens / t.lowS,
		highIsPerfectOverlap: true
	} as const;
	const steps = settings.tokensToTrain / tokens;
	const timeToTrainS = steps * t.stepS;
	return {
		kind: 'training',
		chips: t.chips,
		idleChips: Math.max(0, availableChips - t.chips),
		layout: l,
		placement: placementTiers(t.placement),
		layoutSource: source,
		layoutsConsidered: considered,
		memory: memoryOf(choice, system.hbmBytes),
		stepS,
		breakdown: breakdownOf(choice, tokens, eff),
		bubbleFraction: estimate(
			t.computePathS > 0 ? t.bubbleS / t.computePathS : 0,
			'1',
			'(pp − 1) ÷ (virtualStages × microbatches + pp − 1)',
			[
				term('pp', l.pp, '1'),
				term('virtualStages', l.virtualStages, '1'),
				term('microbatches', l.microbatches, '1')
			]
		),
		tokensPerS: estimate(
			tokensPerS,
			'tokens/s',
			'tokensPerStep ÷ stepS',
			[term('tokensPerStep', tokens, '1'), term('stepS', t.stepS, 's')],
			{ bound: t.bound, range }
		),
		// Over every chip the systems provide: idle ones were bought too, and the scale curve,
		// the comparisons and the CSV all read this one figure.
		tokensPerSPerChip: estimate(
			tokensPerS / availableChips,
			'tokens/s',
			'tokensPerS ÷ systemChips',
			[term('tokensPerS', tokensPerS, 'tokens/s'), term('systemChips', availableChips, 'chips')],
			{
				range: {
					low: range.low / availableChips,
					high: range.high / availableChips,
					highIsPerfectOverlap: true
				},
				note: PER_CHIP_NOTE
			}
		),
		mfu: estimate(
			(t.modelFlopsPerToken * tokensPerS) / (t.chips * t.peakFlopsPerS),
			'1',
			'modelFlopsPerToken × tokensPerS ÷ (chips × peakFlopsPerS)',
			[
				term('modelFlopsPerToken', t.modelFlopsPerToken, '1'),
				term('tokensPerS', tokensPerS, 'tokens/s'),
				term('chips', t.chips, 'chips'),
				term('peakFlopsPerS', t.peakFlopsPerS, 'FLOP/s')
			]
		),
		timeToTrainS: estimate(
			timeToTrainS,
			's',
			'tokensToTrain ÷ tokensPerStep × stepS',
			[
				term('tokensToTrain', settings.tokensToTrain, '1'),
				term('tokensPerStep', tokens, '1'),
				term('stepS', t.stepS, 's')
			],
			{ bound: t.bound, range: { low: steps * t.lowS, high: steps * t.highS } }
		),
		chipSeconds: estimate(t.chips * timeToTrainS, 'chip·s', 'chips × timeToTrainS', [
			term('chips', t.chips, 'chips'),
			term('timeToTrainS', timeToTrainS, 's')
		]),
		warnings
	};
}

/** Training on exactly `chips` chips of `system` (any count, not only whole systems). */
export function estimateTrainingOnChips(
	system: SystemSpec,
	settings: TrainingSettings,
	chips: number,
	eff: TrainingEfficiencies = DEFAULT_TRAINING_EFFICIENCIES
): TrainingResult {
	const peak = system.denseFlopsPerS[settings.precision];
	if (peak === undefined)
		return missingFlops(system, settings.precision, ' Pick another training precision.');
	const pinned = settings.layout;
	if (pinned === null) {
		const { best, considered } = searchLayout(system, settings, chips, peak, eff);
		if (best === null) {
			return unavailable(
				'not-applicable',
				`None of the ${considered} layouts tried on ${chipsText(chips)} fits in HBM: ` +
					'join more systems or use a smaller model.'
			);
		}
		const warnings: TrainingWarning[] =
			best.terms.chips < chips ? ['layout-leaves-chips-idle'] : [];
		return trainingEstimateOf(system, settings, best, 'auto', considered, eff, warnings, chips);
	}
	const cp = pinned.cp ?? 1;
	const degrees = [pinned.tp, pinned.pp, pinned.ep, pinned.dp, cp, pinned.virtualStages ?? 1];
	if (!degrees.every(isPositiveInteger) || !(pinned.microbatches >= 1)) {
		return unavailable(
			'not-applicable',
			'Every parallel degree must be a whole number of at least 1.'
		);
	}
	const used = layoutChips(pinned);
	if (used > chips) {
		return unavailable(
			'not-applicable',
			`The pinned layout needs ${chipsText(used)}; these systems have ${chips}.`
		);
	}
	const problem = layoutProblem(settings.model, pinned);
	if (problem) return { ...unavailable('not-applicable', layoutProblemText(problem)), problem };
	const choice = evaluateLayout(system, settings, pinned, peak, eff);
	if (!choice.fits) {
		const memory = memoryOf(choice, system.hbmBytes);
		const note =
			`The pinned layout needs ${gigabytesText(memory.totalBytes.value)} of HBM per chip and a ` +
			`chip has ${gigabytesText(system.hbmBytes)}: it cannot run. Add tensor or pipeline ` +
			'parallelism (or expert parallelism for a mixture of experts), shard with FSDP, or let ' +
			'the model choose the layout.';
		return { ...unavailable('not-applicable', note), memory };
	}
	const warnings: TrainingWarning[] = [];
	if (used < chips) warnings.push('layout-leaves-chips-idle');
	if (pinned.tp > system.scaleUpDomainChips) {
		warnings.push('tensor-parallel-leaves-scale-up-domain');
	}
	return trainingEstimateOf(system, settings, choice, 'override', 1, eff, warnings, chips);
}

/** Training on `settings.systems` whole systems joined over scale-out. */
export function estimateTraining(
	system: SystemSpec,
	settings: TrainingSettings,
	eff: TrainingEfficiencies = DEFAULT_TRAINING_EFFICIENCIES
): TrainingResult {
	return estimateTrainingOnChips(system, settings, settings.systems * system.chips, eff);
}
