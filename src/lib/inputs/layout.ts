import { normalizeLayout } from '../model/deployment';
import type { TrainingLayout } from '../model/training/types';
import type { FormattedInput } from './schema';

/** Whole numbers exactly, others to the 6 significant digits a link keeps (as share/fields.ts). */
const numberText = (n: number) =>
	Number.isSafeInteger(n) ? String(n) : String(Number(n.toPrecision(6)));

/** "tp4.pp8.ep1.dp2.mb16", optionally ".cp2", ".vs4", ".fsdp" ↔ a pinned training layout. */
export function formatLayout(l: TrainingLayout): string {
	let text = `tp${l.tp}.pp${l.pp}.ep${l.ep}.dp${l.dp}.mb${numberText(l.microbatches)}`;
	if (l.cp !== undefined && l.cp !== 1) text += `.cp${l.cp}`;
	if (l.virtualStages !== undefined && l.virtualStages !== 1) text += `.vs${l.virtualStages}`;
	if (l.fsdp) text += '.fsdp';
	return text;
}

export function parseLayout(text: string): TrainingLayout | null {
	const match =
		/^tp(\d+)\.pp(\d+)\.ep(\d+)\.dp(\d+)\.mb(\d+(?:\.\d+)?)(?:\.cp(\d+))?(?:\.vs(\d+))?(\.fsdp)?$/.exec(
			text
		);
	if (!match) return null;
	const [tp, pp, ep, dp, microbatches] = match.slice(1, 6).map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	const layout: TrainingLayout = { tp, pp, ep, dp, microbatches };
	if (match[6]) layout.cp = Number(match[6]);
	if (match[7]) layout.virtualStages = Number(match[7]);
	if (match[8]) layout.fsdp = true;
	return layout;
}

/**
 * A pinned training layout (`a.layout=tp4.pp8.ep1.dp2.mb16`), or `auto`: the training model picks
 * the fastest that fits. Zero or fractional degrees are made whole (a notice says so).
 */
export const LAYOUT_INPUT: FormattedInput<TrainingLayout> = {
	key: 'layout',
	path: 'deployment.trainingLayout',
	none: 'auto',
	label: 'training.layout',
	parse: parseLayout,
	format: formatLayout,
	normalize: normalizeLayout
};
