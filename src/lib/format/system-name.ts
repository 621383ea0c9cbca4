import { LAZY_PRESET_INDEX } from '../catalog/preset-index';
import { formatWhole } from './number';

/**
 * A preset's own chip count in brackets at the end of its name: "HGX B200 (8 GPU)", "（8 卡）", or
 * without a unit as some presets write it ("TPU7x pod (9,216)"). A bare count is read as one in
 * the presets' names alone: in a name a reader typed, "(2)" may be a version.
 */
const COUNT_IN_NAME = /(\s*[(（]\s*)(\d[\d,]*)(\s*(GPUs?|NPUs?|chips?|卡|颗芯片)?\s*[)）]\s*)$/iu;

function countIn(name: string): RegExpExecArray | null {
	const match = COUNT_IN_NAME.exec(name);
	return match && (match[4] || LAZY_PRESET_INDEX.some((preset) => preset.name === name))
		? match
		: null;
}

/**
 * A system's name where the sentence states its chip count itself: a preset's own count in
 * brackets ("HGX B200 (8 GPU)") would read twice, and wrongly for another count
 * ("HGX B200 (8 GPU) (1,152 chips)"), so it is left out.
 */
export function nameBesideCount(name: string): string {
	const match = countIn(name);
	return (match && name.slice(0, match.index)) || name;
}

/**
 * A name whose bracketed count is set to the chips the system has: a link may give a preset
 * another count (the 30x claim's a=hgx-h100&a.chips=72), and "HGX H100 (8 GPU)" would then
 * misstate a 72-chip system. "HGX H100 (72 GPU)"; a name without such a count stays as it is.
 */
export function nameAtChips(name: string, chips: number, locale: string): string {
	const match = countIn(name);
	if (!match || match.index === 0) return name;
	const [, open, count, close] = match as unknown as [string, string, string, string];
	if (Number(count.replaceAll(',', '')) === chips) return name;
	return `${name.slice(0, match.index)}${open}${formatWhole(chips, locale)}${close}`;
}

/**
 * A slot's letter before a system's name in a table head, caption or legend, with the language's
 * colon: "A: GB200 NVL72", "A：GB200 NVL72" (an ASCII colon reads as a typo among full-width
 * punctuation).
 */
export function slotPrefix(slot: string, locale: string): string {
	return slot.toUpperCase() + (locale === 'zh' ? '：' : ': ');
}
