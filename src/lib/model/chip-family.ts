/**
 * The software stack a chip runs, as far as serving efficiency goes (issue 12 item 7): CUDA on
 * Hopper, on Blackwell and on Rubin, CANN on Ascend, ROCm on AMD Instinct, XLA on TPU, Neuron on Trainium.
 * Every catalog preset names its family (catalog/systems.ts); a custom system is "other".
 */
export const CHIP_FAMILIES = [
	'hopper',
	'blackwell',
	'rubin',
	'ascend',
	'amd',
	'tpu',
	'trainium',
	'other'
] as const;
export type ChipFamily = (typeof CHIP_FAMILIES)[number];
