import type { Bounds } from '../../model/bounds';
import { numberText } from './number-text';
import { shorten } from '../../share/notices';
import type { I18n } from '../i18n-context';

/**
 * Why text typed in a field was not used, and what the field keeps: once an edit ends, a refused
 * entry gives way to the value in use, and without this it would vanish unexplained.
 * "1536.7 is not a whole number from 1 to 100,000; kept 1,536 chips"; "The field was empty; kept
 * 1,536 chips". `kept` is the value in use as the field shows it (with its unit), or null when the
 * field holds none (a price not entered: "0 is not a number from 0.01 to 1,000; kept the field
 * empty", not "kept" its placeholder); `scale` turns
 * the bounds (SI) into the field's unit. The typed text is shown as a link's notices show a value
 * (shorten): at most 40 characters, control and direction marks as code points, so 10 kB pasted
 * does not print 10 kB and a right-to-left override cannot reverse the sentence.
 */
export function keptText(
	i18n: I18n,
	given: string,
	kept: string | null,
	bounds: Pick<Bounds, 'min' | 'max' | 'integer'>,
	scale = 1
): string {
	const text = given.trim();
	// Nothing typed into a field with nothing in it: nothing to say.
	if (!text) return kept === null ? '' : i18n.t('field.keptEmpty', { kept });
	const shown = kept ?? i18n.t('field.keptNothing');
	return i18n.t(bounds.integer ? 'field.keptWhole' : 'field.kept', {
		given: shorten(text),
		kept: shown,
		// Whole bounds exactly, as the field's own notice (InputSlider) writes them.
		min: numberText(bounds.min / scale, i18n.tag, bounds.integer && scale === 1),
		max: numberText(bounds.max / scale, i18n.tag, bounds.integer && scale === 1)
	});
}

/**
 * When a value passed on is not the one in use, the model's rules set another (a scale-up domain
 * of at most the system's chips, at least one accelerator per chip): "1,000 does not fit the
 * other settings; using 72 chips". Both texts as the field shows them (the same significant
 * digits, so a value only quantised reads as kept); null when they match.
 */
export function keptByRule(i18n: I18n, given: string, inUse: string, unit = ''): string | null {
	if (given === inUse) return null;
	return i18n.t('field.keptRule', { given, kept: `${inUse} ${unit}`.trim() });
}
