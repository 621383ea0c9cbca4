import { PRECISIONS, SERVING_PRECISIONS, type Precision } from '../model/precision';
import { specFromPresetId } from '../model/scenario';
import type { SystemNumberField, SystemSpec } from '../model/system';
import { GIGA, PETA, TERA } from '../model/units';
import {
	numberInput,
	type ChoiceInput,
	type CrossRule,
	type InputUnit,
	type NumberInput,
	type TextInput
} from './schema';
import { cleanName } from './text';

/**
 * A system's hardware figures (link keys after the slot: `a.chips`, `b.hbm_gb`, `a.fp8_tflops`).
 * Wide enough for any announced part (Atlas 950 SuperPoD: 8,192 chips; Rubin: 22 TB/s HBM),
 * narrow enough that every derived figure stays finite. A link writes the fields that differ
 * from the slot's preset; `default` is where a custom system starts (GB200 NVL72's figures).
 */
const CUSTOM_START = specFromPresetId('gb200-nvl72')!;

const field = (
	key: string,
	path: SystemNumberField,
	unit: InputUnit,
	bounds: NumberInput['bounds'],
	scale = 1
): NumberInput =>
	numberInput({
		key,
		path,
		unit,
		scale,
		bounds,
		// Only accelerator power may be unknown; every other field needs a number.
		nullable: path === 'chipPowerW',
		label: `field.${path}`,
		default: CUSTOM_START[path]
	});

const DENSE_FLOPS_PER_S = { min: 1 * TERA, max: 100 * PETA, log: true };

/** In link order. */
export const SYSTEM_INPUTS: readonly NumberInput[] = [
	field('chips', 'chips', 'chips', { min: 1, max: 100_000, log: true, integer: true }),
	field('hbm_gb', 'hbmBytes', 'GB', { min: 1 * GIGA, max: 4 * TERA, log: true }, GIGA),
	field('hbm_tbps', 'hbmBytesPerS', 'TB/s', { min: 0.1 * TERA, max: 100 * TERA, log: true }, TERA),
	field('up_gbps', 'scaleUpBytesPerS', 'GB/s', { min: 1 * GIGA, max: 10 * TERA, log: true }, GIGA),
	field('domain', 'scaleUpDomainChips', 'chips', {
		min: 1,
		max: 100_000,
		log: true,
		integer: true
	}),
	field(
		'out_gbps',
		'scaleOutBytesPerS',
		'GB/s',
		{ min: 0.1 * GIGA, max: 1 * TERA, log: true },
		GIGA
	),
	field('tdp_w', 'chipPowerW', 'W', { min: 10, max: 10_000, log: true }),
	field('allin_w', 'allInPowerPerChipW', 'W', { min: 10, max: 20_000, log: true }),
	// A precision the chip lacks is absent: `none` in a link.
	...PRECISIONS.map((precision) =>
		numberInput({
			key: `${precision}_tflops`,
			path: `denseFlopsPerS.${precision}`,
			unit: 'TFLOP/s',
			scale: TERA,
			bounds: DENSE_FLOPS_PER_S,
			nullable: true,
			label: 'field.denseFlopsPerS',
			default: CUSTOM_START.denseFlopsPerS[precision] ?? null
		})
	)
];

/** The system's name (`a.name`): written for a custom system and where it differs from the preset's. */
export const SYSTEM_TEXTS: readonly TextInput[] = [
	{ key: 'name', path: 'name', default: 'Custom system', label: 'system.name', clean: cleanName }
];

/**
 * How each system serves the workload (`a.serve_prec=int8`): `auto` (the workload's precisions)
 * or its own precision for weights and matrix work, e.g. INT8 on CloudMatrix 384 as Huawei serves
 * DeepSeek-R1 (issue 12 item 8). A precision without a figure on the chip falls back to the
 * nearest one at least as wide, with a notice on the result (model/inference/precision-choice.ts).
 */
export const SYSTEM_CHOICES: readonly ChoiceInput[] = [
	{
		key: 'serve_prec',
		path: 'deployment.servingPrecision',
		choices: SERVING_PRECISIONS,
		default: 'auto',
		label: 'system.servePrecision'
	}
];

/**
 * Combinations that cannot exist: a scale-up domain holds at most every chip; the all-in power
 * per chip includes the chip, so it is at least the chip's power.
 */
export const SYSTEM_RULES: readonly CrossRule<SystemSpec>[] = [
	{
		keys: ['domain'],
		why: 'A scale-up domain holds at most every chip of the system.',
		apply: (spec) => {
			spec.scaleUpDomainChips = Math.min(spec.scaleUpDomainChips, spec.chips);
		}
	},
	{
		keys: ['allin_w'],
		why: 'All-in power per chip includes the chip itself.',
		apply: (spec) => {
			if (spec.chipPowerW !== null && spec.allInPowerPerChipW < spec.chipPowerW)
				spec.allInPowerPerChipW = spec.chipPowerW;
		}
	}
];

const byPath = new Map(SYSTEM_INPUTS.map((input) => [input.path, input]));

/** The declaration of one hardware figure, e.g. `systemInput('chips')`. */
export const systemInput = (path: SystemNumberField): NumberInput => byPath.get(path)!;
export const flopsInput = (precision: Precision): NumberInput =>
	byPath.get(`denseFlopsPerS.${precision}`)!;

/** A precision without a figure (`none`, or nothing) is absent, not null, in a spec. */
export function dropUnknownFlops(spec: SystemSpec) {
	for (const precision of PRECISIONS)
		if (typeof spec.denseFlopsPerS[precision] !== 'number') delete spec.denseFlopsPerS[precision];
}
