import type { Bounds } from './bounds';
import { estimate, term, unavailable, type Estimate, type Result } from './estimate-types';
import { missingFlops } from './missing-flops';
import type { Precision } from './precision';
import type { SystemSpec } from './system';
import { MEGA } from './units';

/**
 * Energy per token, tokens per facility megawatt, energy per training run and what a power budget
 * buys. Chips are taken to draw their all-in power whenever they serve or train (the all-in figure
 * covers the chip's share of CPUs, switches, optics and, for NVL72 / CM384, in-rack cooling):
 * an upper bound, since decode and idle draw less.
 */

export { DEFAULT_PUE } from './operations-defaults';

export const J_PER_KWH = 3.6e6;
export const J_PER_MWH = 3.6e9;

/** Input ranges; inside them every output is finite. */
export const ENERGY_BOUNDS = {
	tokensPerSPerChip: { min: 1e-3, max: 1e7, log: true },
	allInPowerPerChipW: { min: 10, max: 20_000, log: true },
	timeToTrainS: { min: 1, max: 1e10, log: true },
	chips: { min: 1, max: 10_000_000, log: true, integer: true }
} as const satisfies Record<string, Bounds>;

/**
 * J per token = all-in W per chip ÷ tokens/s per chip. `rate` names the rate in the formula: the
 * serving view's own names for each phase's (its "tokens/s per chip" column is the deployment's).
 */
export function joulesPerToken(
	tokensPerSPerChip: number,
	allInPowerPerChipW: number,
	rate = 'tokensPerSPerChip'
): Estimate {
	return estimate(allInPowerPerChipW / tokensPerSPerChip, 'J', `allInPowerPerChipW ÷ ${rate}`, [
		term('allInPowerPerChipW', allInPowerPerChipW, 'W'),
		term(rate, tokensPerSPerChip, 'tokens/s')
	]);
}

/** tokens/s one MW of facility power sustains = 1e6 W ÷ (PUE × J per token). */
export function tokensPerSPerFacilityMW(jPerToken: number, pue: number): Estimate {
	// The megawatt is a term, so the formula reads back to its value (✓ in the inspector).
	return estimate(MEGA / (pue * jPerToken), 'tokens/s', 'wattsPerMW ÷ (pue × jPerToken)', [
		term('wattsPerMW', MEGA, 'W'),
		term('pue', pue, '1'),
		term('jPerToken', jPerToken, 'J')
	]);
}

export interface TokenEnergy {
	inputJPerToken: Estimate;
	outputJPerToken: Estimate;
	inputTokensPerSPerMW: Estimate;
	outputTokensPerSPerMW: Estimate;
}

/** Energy per input (prefill) and output (decode) token, from each phase's tokens/s per chip. */
export function tokenEnergy(inputs: {
	allInPowerPerChipW: number;
	inputTokensPerSPerChip: number;
	outputTokensPerSPerChip: number;
	pue: number;
}): TokenEnergy {
	const input = joulesPerToken(
		inputs.inputTokensPerSPerChip,
		inputs.allInPowerPerChipW,
		'prefillChipTokensPerS'
	);
	const output = joulesPerToken(
		inputs.outputTokensPerSPerChip,
		inputs.allInPowerPerChipW,
		'decodeChipTokensPerS'
	);
	return {
		inputJPerToken: input,
		outputJPerToken: output,
		inputTokensPerSPerMW: tokensPerSPerFacilityMW(input.value, inputs.pue),
		outputTokensPerSPerMW: tokensPerSPerFacilityMW(output.value, inputs.pue)
	};
}

/** What the run's wall time is: the training view's time to train stretched by interruptions. */
export const WALL_TIME_NOTE =
	'wallTimeS: the time to train ÷ goodput, the run’s wall time with interruptions; every chip draws power all of it.';

/**
 * Facility energy of a training run = chips × all-in W × PUE × wall time (÷ J_PER_MWH for MWh).
 * The wall time is the time to train with interruptions (÷ goodput): it was labelled time to
 * train, which the training view gives without them (helper-91).
 */
export function trainingEnergyJ(
	chips: number,
	allInPowerPerChipW: number,
	wallTimeS: number,
	pue: number
): Estimate {
	return estimate(
		chips * allInPowerPerChipW * pue * wallTimeS,
		'J',
		'chips × allInPowerPerChipW × pue × wallTimeS',
		[
			term('chips', chips, 'chips'),
			term('allInPowerPerChipW', allInPowerPerChipW, 'W'),
			term('pue', pue, '1'),
			term('wallTimeS', wallTimeS, 's')
		],
		{ note: WALL_TIME_NOTE }
	);
}

export interface EnvelopeRow {
	name: string;
	presetId: string | null;
	/** Whole systems that fit: ⌊budget ÷ (PUE × chips × all-in W)⌋ (unit `1`). */
	systems: Estimate;
	chips: Estimate;
	/** Facility power those systems draw. */
	facilityPowerW: Estimate;
	denseFlopsPerS: Result;
	/** Null tokens/s per chip in the options gives Unavailable. */
	tokensPerS: Result;
}

/**
 * The envelope's stated assumption (zh-data.ts translates it). The operating point's rate is per
 * chip its whole copies use; a system can have chips left over (GB200 NVL72 serving DeepSeek-R1
 * in copies of 40 of its 72). Charging those as idle made a harder target look cheaper, since the
 * point maximises the rate per chip in use, not per chip of the system (2026-12-05 review); the
 * envelope takes them to serve as well, and says so.
 */
export const ENVELOPE_CHIPS_NOTE =
	'Assumption: every chip serves at tokensPerSPerChip, the rate per chip in use at the operating point. Its whole copies may leave some of a system’s chips over (the inference view says how many); those are taken to serve in other copies at the same rate, which can overstate the total.';

/** How many whole systems of each kind a facility budget holds, and what they deliver. */
export function powerEnvelope(
	facilityBudgetW: number,
	specs: readonly SystemSpec[],
	options: { pue: number; precision: Precision; tokensPerSPerChip?: readonly (number | null)[] }
): EnvelopeRow[] {
	const { pue, precision } = options;
	return specs.map((spec, i) => {
		const systemW = pue * spec.chips * spec.allInPowerPerChipW;
		const systems = Math.floor(facilityBudgetW / systemW);
		const chips = systems * spec.chips;
		const flops = spec.denseFlopsPerS[precision];
		const perChip = options.tokensPerSPerChip?.[i] ?? null;
		return {
			name: spec.name,
			presetId: spec.presetId,
			systems: estimate(
				systems,
				'1',
				'⌊facilityBudgetW ÷ (pue × chipsPerSystem × allInPowerPerChipW)⌋',
				[
					term('facilityBudgetW', facilityBudgetW, 'W'),
					term('pue', pue, '1'),
					term('chipsPerSystem', spec.chips, 'chips'),
					term('allInPowerPerChipW', spec.allInPowerPerChipW, 'W')
				],
				{ bound: 'power' }
			),
			chips: estimate(chips, 'chips', 'systems × chipsPerSystem', [
				term('systems', systems, '1'),
				term('chipsPerSystem', spec.chips, 'chips')
			]),
			facilityPowerW: estimate(
				systems * systemW,
				'W',
				'systems × pue × chipsPerSystem × allInPowerPerChipW',
				[
					term('systems', systems, '1'),
					term('pue', pue, '1'),
					term('chipsPerSystem', spec.chips, 'chips'),
					term('allInPowerPerChipW', spec.allInPowerPerChipW, 'W')
				]
			),
			denseFlopsPerS:
				flops === undefined
					? missingFlops(spec, precision)
					: estimate(chips * flops, 'FLOP/s', 'chips × flopsPerSPerChip', [
							term('chips', chips, 'chips'),
							term('flopsPerSPerChip', flops, 'FLOP/s')
						]),
			tokensPerS:
				perChip === null
					? unavailable('not-applicable', 'No tokens/s per chip given for this system.')
					: estimate(
							chips * perChip,
							'tokens/s',
							'chips × tokensPerSPerChip',
							[term('chips', chips, 'chips'), term('tokensPerSPerChip', perChip, 'tokens/s')],
							{ note: ENVELOPE_CHIPS_NOTE }
						)
		};
	});
}
