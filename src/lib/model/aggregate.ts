import { estimate, term, type Estimate, type Result } from './estimate-types';
import { PRECISIONS, type Precision } from './precision';
import { missingChipPower, missingFlops } from './missing-flops';
import type { SystemSpec } from './system';

/** Whole-system totals: per-chip figure × chips. */
export interface Aggregate {
	denseFlopsPerS: Record<Precision, Result>;
	hbmBytes: Estimate;
	hbmBytesPerS: Estimate;
	/** Sum over chips of per-direction scale-up bandwidth. */
	scaleUpBytesPerS: Estimate;
	/** Sum over chips of per-direction scale-out bandwidth. */
	scaleOutBytesPerS: Estimate;
	allInPowerW: Estimate;
}

/** Figures of merit that do not grow with chip count. */
export interface Efficiency {
	/** Dense FLOP/s per all-in watt at the efficiency precision. */
	flopsPerSPerW: Result;
	/** All-in watts per dense FLOP/s (the inverse; "power per FLOP"). */
	wattsPerFlopsPerS: Result;
	/** HBM bytes moved per dense FLOP at peak: balance of memory to compute. */
	hbmBytesPerFlop: Result;
	hbmBytesPerChip: Estimate;
	chipPowerW: Result;
	allInPowerPerChipW: Estimate;
}

function perChipTimesChips(
	spec: SystemSpec,
	symbol: string,
	perChip: number,
	unit: Estimate['unit']
) {
	// aggregate = chips × per-chip figure
	return estimate(spec.chips * perChip, unit, `chips × ${symbol}`, [
		term('chips', spec.chips, 'chips'),
		term(symbol, perChip, unit)
	]);
}

export function aggregate(spec: SystemSpec): Aggregate {
	const denseFlopsPerS = {} as Record<Precision, Result>;
	for (const precision of PRECISIONS) {
		const perChip = spec.denseFlopsPerS[precision];
		denseFlopsPerS[precision] =
			perChip === undefined
				? missingFlops(spec, precision)
				: perChipTimesChips(spec, `${precision}FlopsPerSPerChip`, perChip, 'FLOP/s');
	}
	return {
		denseFlopsPerS,
		hbmBytes: perChipTimesChips(spec, 'hbmBytesPerChip', spec.hbmBytes, 'B'),
		hbmBytesPerS: perChipTimesChips(spec, 'hbmBytesPerSPerChip', spec.hbmBytesPerS, 'B/s'),
		scaleUpBytesPerS: perChipTimesChips(
			spec,
			'scaleUpBytesPerSPerChip',
			spec.scaleUpBytesPerS,
			'B/s'
		),
		scaleOutBytesPerS: perChipTimesChips(
			spec,
			'scaleOutBytesPerSPerChip',
			spec.scaleOutBytesPerS,
			'B/s'
		),
		allInPowerW: perChipTimesChips(spec, 'allInPowerPerChipW', spec.allInPowerPerChipW, 'W')
	};
}

export function efficiency(spec: SystemSpec, precision: Precision): Efficiency {
	const flops = spec.denseFlopsPerS[precision];
	const flopsSymbol = `${precision}FlopsPerSPerChip`;
	const missing = missingFlops(spec, precision, ' Pick another efficiency precision.');
	const chipPowerW =
		spec.chipPowerW === null
			? missingChipPower(spec)
			: estimate(spec.chipPowerW, 'W', 'chipPowerW', [term('chipPowerW', spec.chipPowerW, 'W')]);
	return {
		flopsPerSPerW:
			flops === undefined
				? missing
				: estimate(
						flops / spec.allInPowerPerChipW,
						'FLOP/s/W',
						`${flopsSymbol} ÷ allInPowerPerChipW`,
						[
							term(flopsSymbol, flops, 'FLOP/s'),
							term('allInPowerPerChipW', spec.allInPowerPerChipW, 'W')
						]
					),
		wattsPerFlopsPerS:
			flops === undefined
				? missing
				: estimate(
						spec.allInPowerPerChipW / flops,
						'W/(FLOP/s)',
						`allInPowerPerChipW ÷ ${flopsSymbol}`,
						[
							term('allInPowerPerChipW', spec.allInPowerPerChipW, 'W'),
							term(flopsSymbol, flops, 'FLOP/s')
						]
					),
		hbmBytesPerFlop:
			flops === undefined
				? missing
				: estimate(spec.hbmBytesPerS / flops, 'B/FLOP', `hbmBytesPerSPerChip ÷ ${flopsSymbol}`, [
						term('hbmBytesPerSPerChip', spec.hbmBytesPerS, 'B/s'),
						term(flopsSymbol, flops, 'FLOP/s')
					]),
		hbmBytesPerChip: estimate(spec.hbmBytes, 'B', 'hbmBytesPerChip', [
			term('hbmBytesPerChip', spec.hbmBytes, 'B')
		]),
		chipPowerW,
		allInPowerPerChipW: estimate(spec.allInPowerPerChipW, 'W', 'allInPowerPerChipW', [
			term('allInPowerPerChipW', spec.allInPowerPerChipW, 'W')
		])
	};
}
